import Foundation

/// How an item was judged.
public enum ItemStatus: String, Codable, Sendable, CaseIterable {
  /// Made with a reason, a comparison or a number.
  case hit
  /// Named without a reason: in a list, a heading, a bare sentence, or only in a question.
  case partial
  case missed
  /// Dismissed or negated ("we don't need a feature store").
  case contradicted

  public var credit: Double {
    switch self {
    case .hit: return 1
    case .partial: return Scorer.partialCredit
    case .missed, .contradicted: return 0
    }
  }
}

/// The hiring recommendation vocabulary of real interview loops.
public enum Band: String, Codable, Sendable, CaseIterable {
  case strongHire = "strong hire"
  case hire = "hire"
  case leanHire = "lean hire"
  case leanNoHire = "lean no hire"
  case noHire = "no hire"

  /// Lowest overall score of each band, on the interviewer scale; documented in
  /// docs/scoring.md. Chosen on the graded corpus so that answers graded 80 or more land in the
  /// top band and keyword lists (capped at 25) in the bottom one.
  public var threshold: Double {
    switch self {
    case .strongHire: return 70
    case .hire: return 55
    case .leanHire: return 40
    case .leanNoHire: return 26
    case .noHire: return 0
    }
  }

  public static func of(_ overall: Double) -> Band {
    allCases.first { overall >= $0.threshold } ?? .noHire
  }

  /// The cut-offs in words, for help text: "strong hire ≥ 70, hire ≥ 55, lean hire ≥ 40, lean no
  /// hire ≥ 26, no hire below" (trial 36 found them in no help page).
  public static var legend: String {
    allCases.dropLast().map { "\($0.rawValue) ≥ \(Int($0.threshold))" }.joined(separator: ", ")
      + ", \(Band.noHire.rawValue) below"
  }
}

/// The verdict on one rubric item, with the sentence that earned it.
public struct ItemVerdict: Codable, Equatable, Sendable {
  public var id: String
  public var category: Category
  public var step: StepID
  public var weight: Int
  public var status: ItemStatus
  /// The answer's sentence behind the verdict (for hit, partial and contradicted).
  public var evidence: String?
  /// Why the item earned less than full credit ("listed without a reason").
  public var note: String?
  public var hintUsed: Bool
  public var generic: Bool
  /// Points earned, in weight units, after hints and the generic-content discount (0.01 steps).
  public var credit: Double
  /// The rule that decided the verdict (nil when missed, and in reports saved before rules had names).
  public var rule: MatchReason?
  /// The candidate chose one of this item's `alternatives`, so it was not expected: its
  /// weight leaves the total. Nil or false otherwise.
  public var excluded: Bool?

  public init(id: String, category: Category, step: StepID, weight: Int, status: ItemStatus, evidence: String?,
              note: String?, hintUsed: Bool, generic: Bool, credit: Double, rule: MatchReason? = nil,
              excluded: Bool? = nil) {
    self.id = id
    self.category = category
    self.step = step
    self.weight = weight
    self.status = status
    self.evidence = evidence
    self.note = note
    self.hintUsed = hintUsed
    self.generic = generic
    self.credit = credit
    self.rule = rule
    self.excluded = excluded
  }

  /// Notes that marked a mention made only in a keyword list or a heading, in reports saved
  /// before verdicts carried their rule.
  static let listedNotes: Set<String> = ["listed without a reason", "only named in a heading"]

  /// Whether the item counts towards the total (not replaced by a chosen alternative).
  public var counts: Bool { excluded != true }

  /// Credit per unit of weight before hints and the generic discount.
  public var baseCredit: Double {
    guard counts else { return 0 }
    if status == .partial, rule == nil { return Self.listedNotes.contains(note ?? "") ? Scorer.listedCredit : status.credit }
    // A rule's credit is its verdict's: a hit the candidate marked partial in self-review keeps
    // the coach's "reasoned", which must not pay it in full (trial 36).
    if status == .partial, let rule, rule.status == .partial { return rule.credit }
    return status.credit
  }

  enum CodingKeys: String, CodingKey {
    case id, category, step, weight, status, evidence, note, hintUsed, generic, credit, rule, excluded
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(category, forKey: .category)
    try container.encode(step, forKey: .step)
    try container.encode(weight, forKey: .weight)
    try container.encode(status, forKey: .status)
    try container.encode(evidence, forKey: .evidence)  // null, not absent: part of the JSON contract
    try container.encode(note, forKey: .note)
    try container.encode(hintUsed, forKey: .hintUsed)
    try container.encode(generic, forKey: .generic)
    try container.encode(credit, forKey: .credit)
    try container.encode(rule, forKey: .rule)
    try container.encodeIfPresent(excluded, forKey: .excluded)
  }
}

/// A red flag found in the answer.
public struct RedFlagHit: Codable, Equatable, Sendable {
  public var id: String
  public var text: String
  public var evidence: String
  public var why: String
  public var severity: Int
  /// Points this flag took off `overall` (0–100 scale): `Scorer.penaltySharePerSeverity` ×
  /// severity of the grade the more severe flags left. The flags' points add up to
  /// `ScoreReport.penalty`.
  public var penalty: Double

  /// What the flag cost, as the terminal and Markdown reports print it: "−19.2 points", or,
  /// when the grade left little to take, why a misconception cost almost nothing ("−0
  /// points" alone reads as harmless).
  public var costText: String {
    let points = "−\(ReportNumber.score(penalty)) points"
    return penalty >= 1 ? points : points + ": a red flag takes a share of the grade, and this grade is low"
  }
}

/// The full result of scoring one answer: every number traces to an item or a flag, and every
/// number a screen shows is here, so no renderer computes a score.
public struct ScoreReport: Codable, Equatable, Sendable {
  public var scenario: String
  /// 0–100 on the interviewer scale (0.1 steps): calibrated coverage, scaled when the answer
  /// is about another scenario, less the red-flag penalty, capped for bare lists.
  public var overall: Double
  public var band: Band
  /// Category → 0–100 on the interviewer scale; every category is present.
  public var categories: [String: Double]
  /// Raw coverage, 0–100: the share of rubric weight earned, before calibration (0.1 steps).
  public var coverage: Double?
  /// Raw coverage per category.
  public var categoryCoverage: [String: Double]?
  /// Points the red flags took off `overall` in all (each takes a share of the grade).
  public var penalty: Double?
  /// The answer's credit came from bare mentions, so `overall` was capped at
  /// `Scorer.bareListCeiling`.
  public var bareListCapped: Bool?
  /// Set when the answer reads like one to another scenario of the catalogue.
  public var offTopic: OffTopic?
  /// The curve the grades are on: nil for `interviewer` (a written answer, a focus session,
  /// and every report saved before 2026-12-05), `practice` for a whole practice interview.
  public var scale: ScoreScale?
  public var items: [ItemVerdict]
  public var redFlags: [RedFlagHit]
  /// The three most valuable things to work on.
  public var advice: [String]
  /// Multiplier applied to generic items (1 when the answer is about this scenario).
  public var genericFactor: Double
  /// Items named without a reason.
  public var bareMentions: Int
  public var wordCount: Int

  public func score(_ category: Category) -> Double { categories[category.rawValue] ?? 0 }

  /// How many of `category`'s items earned credit (hit or partial), how many of those only in
  /// part, out of those that count (an item replaced by a chosen alternative does not): shown
  /// beside the category's score, which is on the interviewer's scale and partly from the whole
  /// answer, so "Trade-offs 85" with four items missed reads as what it is rather than as a
  /// contradiction (trial 48). The partial count keeps "10/10 items" from reading as all made
  /// with a reason when two were named without one (newcomer's trial, forty-second session).
  public func itemTally(_ category: Category) -> (credited: Int, partial: Int, counted: Int) {
    var credited = 0, partial = 0, counted = 0
    for item in items where item.category == category && item.counts {
      counted += 1
      if item.status == .hit || item.status == .partial { credited += 1 }
      if item.status == .partial { partial += 1 }
    }
    return (credited, partial, counted)
  }

  /// " (2 partial)" after a tally whose category has partial verdicts, "" otherwise: the one
  /// spelling of the partial count wherever a tally is shown.
  public func partialNote(_ category: Category) -> String {
    let partial = itemTally(category).partial
    return partial > 0 ? " (\(partial) partial)" : ""
  }

  /// "3 of 7 items credited", "10 of 10 items credited (2 partial)": `itemTally` as words.
  public func itemTallyText(_ category: Category) -> String {
    let tally = itemTally(category)
    return "\(tally.credited) of \(tally.counted) item\(tally.counted == 1 ? "" : "s") credited" + partialNote(category)
  }

  /// Why `overall` sits below what the category bars suggest, as one line for every screen
  /// that shows both; nil when nothing was taken off. Red flags take points from the overall
  /// score only, and an answer made mostly of bare mentions is capped: unexplained, "34
  /// overall" beside bars of 40–80 reads as a bug. For example: "47.8 before 2 red flags (−13.5
  /// points); the category scores leave red flags out".
  public var overallNote: String? {
    let points = penalty ?? 0
    let count = redFlags.count
    let flags = "\(count) red flag\(count == 1 ? "" : "s")"
    if bareListCapped == true {
      // Said as a ceiling, not as a cut: the cap binds only when the grade was above it.
      let asked = items.contains { $0.rule == .onlyAskedAbout }
      let cap = "at most \(NumberText.decimal(Scorer.bareListCeiling)): most of the credit came from points named "
        + "without a reason" + (asked ? " or only asked about" : "")
      return points >= 0.05 ? cap + ", and \(flags) cost \(NumberText.decimal(points)) points" : cap
    }
    guard points >= 0.05 else { return nil }
    return "\(NumberText.decimal(overall + points)) before \(flags) (−\(NumberText.decimal(points)) points); "
      + "the category scores leave red flags out"
  }

  /// The share of the category's own items the answer covered, 0–100: what to practise is
  /// decided on this, not on the grade (which also reflects the whole answer). Reports saved
  /// before raw coverage was recorded fall back to the grade.
  public func coverage(_ category: Category) -> Double {
    categoryCoverage?[category.rawValue] ?? score(category)
  }

  public func verdict(_ id: String) -> ItemVerdict? { items.first { $0.id == id } }
}
