import Foundation

/// One practice interview: everything typed, asked and timed, saved after every line so that
/// nothing is lost (each line is appended to the session's journal; the file itself is rewritten
/// at step ends), and read back by review, report and history.
public struct Session: Codable, Equatable, Sendable {
  public static let currentFormatVersion = 1

  public enum State: String, Codable, Sendable {
    case inProgress = "in-progress"
    case finished
  }

  public struct Options: Codable, Equatable, Sendable {
    public var totalMinutes: Double
    public var strict: Bool
    public var timer: Bool
    public var followUps: Bool
    public var focus: Category?

    public init(totalMinutes: Double, strict: Bool = false, timer: Bool = true, followUps: Bool = true,
                focus: Category? = nil) {
      self.totalMinutes = totalMinutes
      self.strict = strict
      self.timer = timer
      self.followUps = followUps
      self.focus = focus
    }
  }

  public var formatVersion: Int
  /// File name without `.json`: `20261122-221500-ads-ctr`.
  public var id: String
  public var scenarioID: String
  public var scenarioTitle: String
  public var startedAt: Date
  public var updatedAt: Date
  public var finishedAt: Date?
  public var state: State
  public var options: Options
  /// Index into `steps` of the step being answered.
  public var currentStep: Int
  public var steps: [StepRecord]
  /// The scoring engine's report, kept so history survives a scenario being removed.
  public var score: ScoreReport?
  public var review: ReviewRecord?
  /// The sequence number of the last journal entry this file includes (docs/session-format.md);
  /// absent in files that never had a journal. Entries up to it are skipped when reading.
  public var journalSequence: Int?

  public init(id: String, scenario: Scenario, startedAt: Date, options: Options, steps: [StepRecord]) {
    formatVersion = Self.currentFormatVersion
    self.id = id
    scenarioID = scenario.id
    scenarioTitle = scenario.title
    self.startedAt = startedAt
    updatedAt = startedAt
    self.options = options
    currentStep = 0
    self.steps = steps
    state = .inProgress
  }

  /// Seconds spent answering, over all steps.
  public var usedSeconds: Double { steps.reduce(0) { $0 + $1.usedSeconds } }

  /// Whether the candidate has entered nothing at all: no line but blank ones, no question,
  /// follow-up reply or skipped step. Such a session holds nothing worth keeping.
  public var hasNothingEntered: Bool {
    func blank(_ lines: [String]) -> Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
    return steps.allSatisfy { step in
      blank(step.lines) && step.questions.isEmpty && blank(step.followUp?.lines ?? []) && !step.skipped
    }
  }

  /// Hints the candidate asked for, over all steps.
  public var hintsUsed: Set<String> { Set(steps.flatMap(\.hintsUsed)) }

  /// `line` with a full stop after it unless it already ends a sentence (or is blank).
  static func endingTheSentence(_ line: String) -> String {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard let last = trimmed.last, !".!?:".contains(last) else { return line }
    return trimmed + "."
  }

  /// What the scorer reads: each step's lines and follow-up answer, plus the questions asked.
  public var answer: Answer {
    var sections: [Answer.Section] = []
    for step in steps {
      // A line cut off when the interview stopped, and the last line before the interviewer's
      // follow-up, end their sentence: read as wrapped, "Also use friends going as a feature and
      // the" took the next line's "80/20" as its reason (a newcomer trial).
      var lines = step.lines
      for index in step.unfinishedLines ?? [] where lines.indices.contains(index) {
        lines[index] = Self.endingTheSentence(lines[index])
      }
      if let followUp = step.followUp, !followUp.lines.isEmpty {
        if let last = lines.indices.last { lines[last] = Self.endingTheSentence(lines[last]) }
        lines += followUp.lines
      }
      sections.append(Answer.Section(step: step.id, text: lines.joined(separator: "\n")))
    }
    let questions = steps.flatMap(\.questions).map(\.question)
    if !questions.isEmpty {
      sections.append(Answer.Section(step: .requirements, kind: .questions, text: questions.joined(separator: "\n")))
    }
    let replies = steps.compactMap { step -> Answer.FollowUpReply? in
      guard let followUp = step.followUp, !followUp.lines.isEmpty else { return nil }
      return Answer.FollowUpReply(itemID: followUp.itemID, text: followUp.lines.joined(separator: "\n"))
    }
    let asked = steps.flatMap { step in
      step.questions.map { Answer.AskedQuestion(question: $0.question, factIDs: $0.answeredBy,
                                                inRequirements: step.id == .requirements) }
    }
    return Answer(sections: sections, hintsUsed: hintsUsed, followUpReplies: replies, askedQuestions: asked)
  }
}

/// One step of a session.
public struct StepRecord: Codable, Equatable, Sendable {
  public var id: StepID
  public var budgetSeconds: Double
  public var usedSeconds: Double
  /// Every line the candidate entered for this step, in order (in-line commands excluded).
  public var lines: [String]
  public var questions: [QuestionRecord]
  /// Rubric item ids whose hint was shown.
  public var hintsUsed: [String]
  public var followUp: FollowUpRecord?
  public var skipped: Bool
  public var completed: Bool
  /// Indices into `lines` of lines that were still being typed when the interview was stopped
  /// (Ctrl-C, SIGTERM, SIGHUP) and were saved as they stood; absent when there are none.
  public var unfinishedLines: [Int]?

  public init(id: StepID, budgetSeconds: Double) {
    self.id = id
    self.budgetSeconds = budgetSeconds
    usedSeconds = 0
    lines = []
    questions = []
    hintsUsed = []
    skipped = false
    completed = false
  }

  /// Seconds beyond the budget (0 when within it).
  public var overrunSeconds: Double { max(0, usedSeconds - budgetSeconds) }
}

/// A clarifying question and the interviewer's answer.
public struct QuestionRecord: Codable, Equatable, Sendable {
  public var question: String
  public var answer: String
  /// The scenario fact that answered it (the first, for a question in several parts); nil
  /// when the interviewer asked for an assumption.
  public var factID: String?
  /// Every fact that answered it, one per part; nil in sessions saved before multi-part answers.
  public var factIDs: [String]?

  public init(question: String, answer: String, factID: String?, factIDs: [String]? = nil) {
    self.question = question
    self.answer = answer
    self.factID = factID
    self.factIDs = factIDs
  }

  /// The facts that answered the question, in sessions of any age.
  public var answeredBy: [String] { factIDs ?? (factID.map { [$0] } ?? []) }
}

/// The interviewer's probe after a step, and the candidate's reply.
public struct FollowUpRecord: Codable, Equatable, Sendable {
  public var itemID: String
  public var question: String
  public var lines: [String]

  public init(itemID: String, question: String, lines: [String] = []) {
    self.itemID = itemID
    self.question = question
    self.lines = lines
  }
}

/// The candidate's self-review: their verdict on each item, and where they stopped.
public struct ReviewRecord: Codable, Equatable, Sendable {
  /// Item id → the candidate's verdict, where they overrode or confirmed the coach.
  public var verdicts: [String: ItemStatus]
  /// How many items of the review order have been walked.
  public var position: Int
  public var completed: Bool
  public var updatedAt: Date
  /// The report recomputed with the candidate's verdicts, once the review is complete.
  public var selfAssessed: ScoreReport?
  /// Red-flag id → whether the candidate agrees they did what it names (`false`: dismissed, so
  /// it costs nothing in `selfAssessed`). Flags are walked after the items; absent in sessions
  /// reviewed before flags could be judged (trial 18 could not dispute a flag that misread
  /// "it is impossible to publish an unblurred image").
  public var flagVerdicts: [String: Bool]?

  public init(verdicts: [String: ItemStatus] = [:], position: Int = 0, completed: Bool = false, updatedAt: Date,
              selfAssessed: ScoreReport? = nil, flagVerdicts: [String: Bool]? = nil) {
    self.flagVerdicts = flagVerdicts
    self.verdicts = verdicts
    self.position = position
    self.completed = completed
    self.updatedAt = updatedAt
    self.selfAssessed = selfAssessed
  }
}
