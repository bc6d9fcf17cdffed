import Foundation

/// `mlcoach report --format json`: the schema is documented in docs/report-format.md.
/// Optional fields are written as `null`, never left out, so scripts can rely on every key.
public struct JSONReport: Encodable, Sendable {
  public static let formatVersion = 1

  public struct SessionInfo: Encodable, Sendable {
    var id: String
    var scenarioID: String
    var scenarioTitle: String
    var scenarioInstalled: Bool
    var state: String
    var startedAt: Date
    var finishedAt: Nullable<Date>
    var options: OptionsInfo
    var budgetSeconds: Double
    var usedSeconds: Double
    var hintsUsed: [String]
  }

  public struct OptionsInfo: Encodable, Sendable {
    var totalMinutes: Double
    var strict: Bool
    var timer: Bool
    var followUps: Bool
    var focus: Nullable<Category>
  }

  public struct QuestionInfo: Encodable, Sendable {
    var question: String
    var answer: String
    var factID: Nullable<String>
    /// Every fact that answered a question in several parts; absent otherwise.
    var factIDs: [String]?
  }

  public struct FollowUpInfo: Encodable, Sendable {
    var itemID: String
    var question: String
    var lines: [String]
  }

  public struct StepInfo: Encodable, Sendable {
    var id: StepID
    var number: Int
    var title: String
    var budgetSeconds: Double
    var usedSeconds: Double
    var skipped: Bool
    var completed: Bool
    var lines: [String]
    /// Indices into `lines` of lines cut off by Ctrl-C, SIGTERM or SIGHUP while being typed.
    var unfinishedLines: [Int]
    var questions: [QuestionInfo]
    var followUp: Nullable<FollowUpInfo>
    var hintsUsed: [String]
  }

  public struct ItemInfo: Encodable, Sendable {
    var id: String
    var text: Nullable<String>
    var category: Category
    var step: StepID
    var weight: Int
    var coach: ItemStatus
    var own: Nullable<ItemStatus>
    var evidence: Nullable<String>
    var note: Nullable<String>
    var hintUsed: Bool
    var credit: Double
    var hint: Nullable<String>
    var reference: Nullable<String>
  }

  public struct ReviewInfo: Encodable, Sendable {
    var completed: Bool
    var position: Int
    var total: Int
    var updatedAt: Date
    var disagreements: [String]
    var dismissedFlags: [String]
  }

  public struct ReferenceStep: Encodable, Sendable {
    var step: StepID
    var title: String
    var bullets: [String]
    var weakest: Bool
  }

  var formatVersion: Int
  var session: SessionInfo
  var steps: [StepInfo]
  var score: Nullable<ScoreReport>
  var provisional: Bool
  /// True while the session is unfinished: `items` lists only finished steps, without hints or
  /// reference text, `score.advice` is empty and `reference` is null (see `SessionReport`).
  var withheld: Bool
  var review: Nullable<ReviewInfo>
  var selfAssessed: Nullable<ScoreReport>
  var items: [ItemInfo]
  var reference: Nullable<[ReferenceStep]>

  public init(_ report: SessionReport) {
    let session = report.session
    formatVersion = Self.formatVersion
    self.session = SessionInfo(
      id: session.id, scenarioID: session.scenarioID, scenarioTitle: session.scenarioTitle,
      scenarioInstalled: report.scenario != nil, state: session.state.rawValue, startedAt: session.startedAt,
      finishedAt: Nullable(session.finishedAt), options: OptionsInfo(session.options), budgetSeconds: report.budgetSeconds,
      usedSeconds: session.usedSeconds, hintsUsed: session.steps.flatMap(\.hintsUsed))
    steps = session.steps.map { step in
      StepInfo(id: step.id, number: step.id.number, title: step.id.title, budgetSeconds: step.budgetSeconds,
               usedSeconds: step.usedSeconds, skipped: step.skipped, completed: step.completed, lines: step.lines,
               unfinishedLines: step.unfinishedLines ?? [],
               questions: step.questions.map {
                 QuestionInfo(question: $0.question, answer: $0.answer, factID: Nullable($0.factID), factIDs: $0.factIDs)
               },
               followUp: Nullable(step.followUp.map {
                 FollowUpInfo(itemID: $0.itemID, question: $0.question, lines: $0.lines)
               }),
               hintsUsed: step.hintsUsed)
    }
    score = Nullable(report.coach)
    provisional = report.provisional
    withheld = report.withholdsAnswers
    review = Nullable(report.review.map { review in
      ReviewInfo(completed: review.isComplete, position: review.position, total: review.total,
                 updatedAt: review.record.updatedAt, disagreements: review.disagreements.map(\.item.id),
                 dismissedFlags: review.dismissedFlags.map(\.id))
    })
    selfAssessed = Nullable(report.selfAssessed)
    items = report.itemsByCategory.flatMap(\.items).map { item in
      let rubricItem = report.scenario?.item(item.id)
      let rubric = report.withholdsAnswers ? nil : rubricItem
      return ItemInfo(id: item.id, text: Nullable(rubricItem?.text), category: item.category, step: item.step,
                      weight: item.weight, coach: item.status, own: Nullable(report.review?.own(item.id)),
                      evidence: Nullable(item.evidence), note: Nullable(item.note), hintUsed: item.hintUsed,
                      credit: item.credit, hint: Nullable(rubric?.hint), reference: Nullable(rubric?.reference))
    }
    let weakest = report.weakestSteps
    reference = Nullable(report.withholdsAnswers ? nil : report.scenario.map { scenario in
      StepID.allCases.compactMap { step in
        guard let bullets = scenario.reference[step] else { return nil }
        return ReferenceStep(step: step, title: step.title, bullets: bullets, weakest: weakest.contains(step))
      }
    })
  }

  /// Pretty-printed with sorted keys and ISO 8601 dates: stable for diffs and scripts.
  /// - Throws: `JSONOutputError` when a value has no JSON form (see `encode`).
  public static func render(_ report: SessionReport) throws(JSONOutputError) -> String {
    try encode(JSONReport(report))
  }

  /// `value` as pretty-printed JSON with sorted keys and ISO 8601 dates, ending in a newline.
  /// - Throws: `JSONOutputError` when a value has no JSON form (a number that is infinite or
  ///   NaN): printing `null` instead would hand a script a wrong answer with exit status 0.
  public static func encode<T: Encodable>(_ value: T) throws(JSONOutputError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    do {
      let text = String(decoding: try encoder.encode(value), as: UTF8.self)
      // Foundation prints an empty array as "[\n\n]"; docs/report-format.md promises "[]".
      return (text == "[\n\n]" ? "[]" : text) + "\n"
    } catch {
      throw JSONOutputError(reason: "\(error)")
    }
  }
}

/// A value that JSON cannot represent; `reason` is Foundation's explanation.
public struct JSONOutputError: Error, Equatable, Sendable {
  public var reason: String
}

/// An optional that encodes as `null` instead of disappearing, so every documented key is
/// always present in the JSON (synthesised `Encodable` drops nil optionals).
public struct Nullable<Wrapped: Encodable & Sendable>: Encodable, Sendable {
  public var value: Wrapped?

  public init(_ value: Wrapped?) { self.value = value }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    if let value { try container.encode(value) } else { try container.encodeNil() }
  }
}

extension JSONReport.OptionsInfo {
  init(_ options: Session.Options) {
    self.init(totalMinutes: options.totalMinutes, strict: options.strict, timer: options.timer,
              followUps: options.followUps, focus: Nullable(options.focus))
  }
}

extension Nullable: Equatable where Wrapped: Equatable {}
