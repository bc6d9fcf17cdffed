import Foundation

/// Clarifying questions written by people who never saw the facts, each labelled with the
/// fact ids that answer it (none: the interviewer should abstain), and the evaluation of the
/// interviewer's matching against them. A third of the questions (every third one) is held
/// out: it is never used to tune phrases, examples or thresholds, and is reported as counts.
public struct QuestionBank: Equatable, Sendable {
  public enum Split: String, Codable, Sendable { case tuning, heldout }

  public struct Question: Equatable, Sendable, Codable {
    public var question: String
    /// The ids of the facts that answer it; empty when none does.
    public var facts: [String]
    public var split: Split
    /// Which bank it came from (1 = the first written), when the file says: a tuning question
    /// is answered without its own bank's questions among the facts' `asked` lists.
    public var bank: Int?

    public init(question: String, facts: [String], split: Split, bank: Int? = nil) {
      self.question = question
      self.facts = facts
      self.split = split
      self.bank = bank
    }
  }

  /// How one question was answered.
  public enum Outcome: String, CaseIterable, Sendable {
    /// Exactly the labelled facts, or an abstention on a question no fact answers.
    case correct
    /// At least one fact that does not answer it.
    case wrong
    /// Nothing, though a fact answers it.
    case abstained
    /// Some parts of a multi-part question answered, none wrongly.
    case partial
  }

  /// Counts of outcomes over a set of questions.
  public struct Tally: Equatable, Sendable {
    public var counts: [Outcome: Int] = [:]
    public init() {}
    public var total: Int { counts.values.reduce(0, +) }
    public subscript(_ outcome: Outcome) -> Int { counts[outcome] ?? 0 }
    public func share(_ outcome: Outcome) -> Double { total > 0 ? Double(self[outcome]) / Double(total) : 0 }

    /// "52/56 correct (92.9%), 1 wrong (1.8%), 3 abstained, 0 partial".
    public var summary: String {
      String(format: "%d/%d correct (%.1f%%), %d wrong (%.1f%%), %d abstained, %d partial", self[.correct], total,
             100 * share(.correct), self[.wrong], 100 * share(.wrong), self[.abstained], self[.partial])
    }
  }

  public var scenarioID: String
  public var questions: [Question]

  public init(scenarioID: String, questions: [Question]) {
    self.scenarioID = scenarioID
    self.questions = questions
  }

  /// Reads a bank file: `{"scenario": id, "questions": [{"question", "facts", "split", "bank"?}]}`.
  public static func decode(_ data: Data) throws -> QuestionBank {
    struct File: Decodable {
      var scenario: String
      var questions: [Question]
    }
    let file = try JSONDecoder().decode(File.self, from: data)
    return QuestionBank(scenarioID: file.scenario, questions: file.questions)
  }

  /// The outcome for one question given the facts the interviewer answered with.
  public static func outcome(expected: [String], given: [String]) -> Outcome {
    if given.contains(where: { !expected.contains($0) }) { return .wrong }
    if given.isEmpty { return expected.isEmpty ? .correct : .abstained }
    return Set(given) == Set(expected) ? .correct : .partial
  }

  /// One evaluated question.
  public struct Result: Equatable, Sendable {
    public var question: Question
    public var given: [String]
    public var outcome: Outcome
  }

  /// Every question of `split`, answered by `matcher`, a tuning question from a numbered bank
  /// by `leavingOutOwnBank(matcher)`.
  public func evaluate(_ matcher: QuestionMatcher, split: Split) -> [Result] {
    // Only the tuning part needs the matchers that leave a bank out; building them costs a matcher each.
    let answerer = split == .tuning ? leavingOutOwnBank(matcher) : { _ in matcher }
    return questions.filter { $0.split == split }.map { question in
      let given = answerer(question).match(question.question).factIDs
      return Result(question: question, given: given, outcome: Self.outcome(expected: question.facts, given: given))
    }
  }

  /// The matcher to answer a question with in an evaluation. The facts' `asked` lists hold the
  /// tuning questions of these banks, so a tuning question would find itself there, and the
  /// other wordings its writer tried: it is answered by a matcher whose `asked` lists are this
  /// file's tuning questions from the other banks (leave one bank out), which reads as a
  /// question from a new writer would. A held-out question, or one from a scenario with no
  /// `asked` lists or of no known bank, is answered by `matcher` as it is.
  public func leavingOutOwnBank(_ matcher: QuestionMatcher) -> (Question) -> QuestionMatcher {
    guard matcher.scenario.facts.contains(where: { !$0.asked.isEmpty }) else { return { _ in matcher } }
    var matchers: [Int: QuestionMatcher] = [:]
    for bank in Set(questions.compactMap(\.bank)) {
      var scenario = matcher.scenario
      for index in scenario.facts.indices {
        let id = scenario.facts[index].id
        scenario.facts[index].asked = asked(of: id, leavingOut: bank)
      }
      scenario.unanswered = unanswered(leavingOut: bank)
      matchers[bank] = QuestionMatcher(scenario: scenario, lexicon: matcher.lexicon, tuning: matcher.tuning)
    }
    return { question in
      guard question.split == .tuning, let bank = question.bank, let own = matchers[bank] else { return matcher }
      return own
    }
  }

  /// The questions of the tuning part labelled with fact `factID`, in bank order, leaving out
  /// bank `bank` when given: what that fact's `asked` list holds. A question longer than a
  /// scenario's line (`ScenarioLimits.lineLength`, a pasted paragraph) is left out: the format
  /// allows no longer entry, and a paragraph is alike to no short question anyway.
  public func asked(of factID: String, leavingOut bank: Int? = nil) -> [String] {
    tuningQuestions(leavingOut: bank) { $0.facts.contains(factID) }
  }

  /// The questions of the tuning part labelled with no fact, in bank order, leaving out bank
  /// `bank` when given: what the scenario's `unanswered` list holds. Long ones are left out as
  /// in `asked(of:leavingOut:)`.
  public func unanswered(leavingOut bank: Int? = nil) -> [String] {
    tuningQuestions(leavingOut: bank) { $0.facts.isEmpty }
  }

  /// The tuning questions `labelled` accepts, in bank order, but those of bank `bank` and those
  /// longer than a scenario's line.
  private func tuningQuestions(leavingOut bank: Int?, labelled: (Question) -> Bool) -> [String] {
    questions.filter {
      $0.split == .tuning && (bank == nil || $0.bank != bank) && labelled($0)
        && $0.question.count <= ScenarioLimits.lineLength
    }.map(\.question)
  }

  /// The counts for `split`.
  public func tally(_ matcher: QuestionMatcher, split: Split) -> Tally {
    var tally = Tally()
    for result in evaluate(matcher, split: split) { tally.counts[result.outcome, default: 0] += 1 }
    return tally
  }
}
