import Foundation

/// The evidence audit (Tests/MLCoachCoreTests/Fixtures/audit): readers who never saw the rules
/// labelled, for 39 scored answers, whether the sentence the coach quoted for each credited item
/// makes that item's point, and whether each item marked missed was made after all. Every third
/// answer is held out. This type turns today's verdicts on the same answers into figures, so a
/// change to matching or evidence choice is measured rather than eyeballed.
public enum EvidenceAudit {
  /// One label, one line of `labels.jsonl`.
  public struct Label: Codable, Equatable, Sendable {
    /// How the coach listed the item when it was labelled.
    public enum Listed: String, Codable, Sendable { case credited, missed }
    /// The reader's judgement: for a credited item, does the quote make the point; for a missed
    /// item, does the answer make it anywhere.
    public enum Judgement: String, Codable, Sendable { case yes, partly, no }

    /// The answer, relative to the fixtures folder: `corpus/<scenario>/<name>.md` or
    /// `audit/sessions/<id>.json` (a practice session, scored from its lines).
    public var answer: String
    /// `tuning` or `held-out`; one split per answer.
    public var split: String
    /// Rubric item id.
    public var item: String
    public var listed: Listed
    public var label: Judgement
    /// For a credited item: its status then (`hit` or `partial`) and the sentence quoted.
    public var status: String?
    public var quote: String?
    /// For a credited item, a sentence of the answer the reader found makes the point better.
    public var better: String?
    /// For a missed item the reader found made, where.
    public var madeIn: String?

    /// What the labels say about the item itself: made, partly made, or not made. A quote
    /// judged wrong with a better sentence named still means the point is made.
    public var point: Judgement {
      switch listed {
      case .missed: return label
      case .credited: return better != nil && label != .yes ? .yes : label
      }
    }
  }

  /// Reads `labels.jsonl`: one JSON object per non-empty line.
  /// - Throws: `DecodingError` naming the line (1-based) that is not a label.
  public static func labels(_ data: Data) throws -> [Label] {
    let decoder = JSONDecoder()
    var labels: [Label] = []
    for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
      do {
        labels.append(try decoder.decode(Label.self, from: Data(line)))
      } catch {
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "line \(index + 1): \(error)"))
      }
    }
    return labels
  }

  /// Figures for one split. Counts are of labelled (answer, item) pairs.
  public struct Tally: Equatable, Sendable {
    /// Items credited now (hit or partial).
    public var credited = 0
    /// Of those, items whose quote today is one a reader judged: the labelled quote, or the
    /// sentence the reader named as better (which counts as `yes`).
    public var judgedQuotes = 0
    /// Judged quotes that do not make the point (`no`), and those that make it in part.
    public var wrongQuotes = 0
    public var partlyQuotes = 0
    /// Items credited now whose point the readers found not made at all.
    public var creditedNotMade = 0
    /// Items not credited now (missed or contradicted).
    public var notCredited = 0
    /// Of those, items whose point the readers found made in full.
    public var missedButMade = 0

    public init() {}

    /// `wrongQuotes / judgedQuotes`, 0 when nothing was judged.
    public var wrongQuoteShare: Double { judgedQuotes > 0 ? Double(wrongQuotes) / Double(judgedQuotes) : 0 }
    public var creditedNotMadeShare: Double { credited > 0 ? Double(creditedNotMade) / Double(credited) : 0 }
    public var missedButMadeShare: Double { notCredited > 0 ? Double(missedButMade) / Double(notCredited) : 0 }
  }

  /// Tallies today's verdicts against the labels of one split. `reports` maps each label's
  /// `answer` to that answer's report scored now; labels of answers without a report, or of
  /// items the rubric no longer has, are skipped.
  public static func tally(_ labels: [Label], reports: [String: ScoreReport], split: String) -> Tally {
    var tally = Tally()
    for label in labels where label.split == split {
      guard let verdict = reports[label.answer]?.verdict(label.item) else { continue }
      if verdict.status == .hit || verdict.status == .partial {
        tally.credited += 1
        if label.point == .no { tally.creditedNotMade += 1 }
        guard let evidence = verdict.evidence.map(normalised) else { continue }
        if label.listed == .credited, let quote = label.quote, sameQuote(normalised(quote), evidence) {
          tally.judgedQuotes += 1
          if label.label == .no { tally.wrongQuotes += 1 }
          if label.label == .partly { tally.partlyQuotes += 1 }
        } else if let sentence = label.better ?? label.madeIn, sentence.count >= 12,
                  evidence.contains(normalised(sentence)) || normalised(sentence).contains(evidence) {
          tally.judgedQuotes += 1
        }
      } else {
        tally.notCredited += 1
        if label.point == .yes { tally.missedButMade += 1 }
      }
    }
    return tally
  }

  /// Each audited answer in `answers` (paths under `fixtures`) scored now, keyed by its path.
  /// A corpus answer is scored as text against the scenario named by its folder; a session
  /// from its lines against its own scenario. Answers that cannot be read, or whose scenario
  /// `scenario` does not give, are left out.
  public static func reports(_ answers: Set<String>, fixtures: URL,
                             scenario: (String) -> Scenario?) -> [String: ScoreReport] {
    var scorers: [String: Scorer] = [:]
    func scorer(_ id: String) -> Scorer? {
      if let known = scorers[id] { return known }
      guard let found = scenario(id) else { return nil }
      scorers[id] = Scorer(scenario: found)
      return scorers[id]
    }
    var reports: [String: ScoreReport] = [:]
    for path in answers.sorted() {
      guard let (scenarioID, answer) = answer(at: fixtures.appendingPathComponent(path).path),
            let scorer = scorer(scenarioID) else { continue }
      reports[path] = scorer.score(answer)
    }
    return reports
  }

  /// The answer in the file at `path` with its scenario id: a session (`.json`) gives its
  /// lines as practice scores them and its own scenario; any other file is Markdown text whose
  /// scenario is the name of its folder. Nil when the file cannot be read or is not a session.
  public static func answer(at path: String) -> (scenarioID: String, answer: Answer)? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    if path.hasSuffix(".json") {
      guard let session = try? SessionStore.decode(data, file: path) else { return nil }
      return (session.scenarioID, session.answer)
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
    return (folder, Answer.parse(String(decoding: data, as: UTF8.self)))
  }

  /// Whether two sentences are the same up to whitespace.
  public static func normalisedEquals(_ a: String, _ b: String) -> Bool { normalised(a) == normalised(b) }

  /// Whether a labelled quote is `evidence`: readers labelled quotes cut at 300 characters
  /// ("… restart f..."), which now run on to the end of the sentence.
  static func sameQuote(_ labelled: String, _ evidence: String) -> Bool {
    guard labelled != evidence else { return true }
    return labelled.hasSuffix("...") && labelled.count > 200 && evidence.hasPrefix(labelled.dropLast(3))
  }

  /// Whitespace runs as one space, trimmed: readers copied sentences with line breaks folded.
  public static func normalised(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
