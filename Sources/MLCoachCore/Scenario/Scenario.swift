/// The seven steps of the interview framework, in the order they are walked.
public enum StepID: String, CaseIterable, Codable, Sendable, Comparable {
  case requirements, framing, data, model, evaluation, serving, monitoring

  public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

  /// The heading a person would give the step.
  public var title: String {
    switch self {
    case .requirements: return "Clarifying requirements"
    case .framing: return "Framing as an ML task"
    case .data: return "Data preparation"
    case .model: return "Model development"
    case .evaluation: return "Evaluation"
    case .serving: return "Deployment & serving"
    case .monitoring: return "Monitoring"
    }
  }

  public static func < (lhs: StepID, rhs: StepID) -> Bool { lhs.number < rhs.number }
}

/// The rubric categories reported as separate scores.
public enum Category: String, CaseIterable, Codable, Sendable {
  case requirements, modeling, data, metrics, serving, monitoring, tradeoffs

  public var title: String {
    switch self {
    case .requirements: return "Requirements"
    case .modeling: return "Modeling"
    case .data: return "Data"
    case .metrics: return "Metrics"
    case .serving: return "Serving"
    case .monitoring: return "Monitoring"
    case .tradeoffs: return "Trade-offs"
    }
  }

  /// The steps where this category's points are usually made, for `practice --focus`.
  public var steps: [StepID] {
    switch self {
    case .requirements: return [.requirements, .framing]
    case .modeling: return [.framing, .model]
    case .data: return [.data]
    case .metrics: return [.evaluation]
    case .serving: return [.serving]
    case .monitoring: return [.monitoring]
    case .tradeoffs: return [.model, .serving]
    }
  }
}

public enum Difficulty: String, CaseIterable, Codable, Sendable {
  case easy, medium, hard
}

/// An answer the interviewer gives to a clarifying question.
public struct Fact: Equatable, Sendable, Codable {
  public var id: String
  /// Phrases that identify a question about this fact.
  public var about: [String]
  public var answer: String
  /// Questions a candidate might ask that this fact answers, as they would phrase them; used
  /// with `about` to match questions by intent. May be empty.
  public var examples: [String] = []
  /// Questions candidates asked, in their own words, that this fact answers: the tuning part
  /// of the question banks, written by people who never saw the facts. Unlike `examples` they
  /// lend the fact no words; a question worded like one of them only backs up this fact when
  /// the matcher nearly chose it (see `AskedBefore`). May be empty.
  public var asked: [String] = []
}

/// One step of the interview as the scenario configures it.
public struct Step: Equatable, Sendable, Codable {
  public var id: StepID
  public var minutes: Double
  public var prompts: [String]
}

/// One point a strong candidate makes; hidden from the candidate until the interview ends.
public struct RubricItem: Equatable, Sendable, Codable {
  public var id: String
  public var step: StepID
  public var category: Category
  public var weight: Int
  public var text: String
  public var evidence: [String]
  public var hint: String
  public var followUp: String
  public var reference: String
  /// A point any ML design makes; it counts for less when the answer misses the scenario.
  public var generic: Bool
  /// Ids of items that are another valid choice for the same decision (two-tower retrieval for
  /// matrix factorisation). When one of them is credited, this item is not probed and, if
  /// missed, its weight leaves the total: a candidate is not marked down for the road not taken.
  public var alternatives: [String] = []
  /// Ids of items this one presupposes (an HNSW-vs-IVF-PQ item presupposes ANN retrieval). Its
  /// follow-up is asked only when one of them is credited, so no probe assumes a design the
  /// candidate did not choose.
  public var requires: [String] = []
  /// Ids of items whose metrics, watched in this item's step, make this item's point: a
  /// monitoring sentence that tracks, charts or alerts on the online metrics or guardrails of
  /// the evaluation step ("page the on-call if accepts per impression drop in any country") is
  /// the outcome monitoring the item asks for, whatever its words (`WatchedOutcomes`).
  public var watches: [String] = []
  /// Ids of the facts that answer the question this requirements item asks ("What fraction of
  /// payments are fraud?" for the base-rate item): a clarifying question the interviewer answers
  /// with one of them earns the item, whatever its words. Items whose id starts with a fact's id
  /// are linked to that fact without saying so.
  public var facts: [String] = []
}

/// A common mistake for the scenario, detected in answers and penalised.
public struct RedFlag: Equatable, Sendable, Codable {
  public var id: String
  public var text: String
  public var evidence: [String]
  public var unlessMentioned: [String]
  public var why: String
  public var severity: Int
  /// Phrases naming the remedy whose refusal by the candidate is the mistake itself: "We don't
  /// need calibrated probabilities" states the ordering misconception as surely as "only the
  /// ordering matters", in words no evidence list can foresee (trial 27). The flag is raised
  /// by a sentence where the candidate negates, rules out or dismisses one of them; an excuse
  /// said plainly elsewhere still clears it, as for any flag. Optional; empty by default.
  public var committedByRefusing: [String] = []

  public init(id: String, text: String, evidence: [String], unlessMentioned: [String], why: String, severity: Int,
              committedByRefusing: [String] = []) {
    self.id = id
    self.text = text
    self.evidence = evidence
    self.unlessMentioned = unlessMentioned
    self.why = why
    self.severity = severity
    self.committedByRefusing = committedByRefusing
  }
}

/// A case study the candidate practises, with everything scoring and review need.
public struct Scenario: Equatable, Sendable, Codable {
  public static let formatVersion = 1

  public var id: String
  public var title: String
  public var topics: [String]
  public var difficulty: Difficulty
  public var summary: String
  public var prompt: String
  public var facts: [Fact]
  public var steps: [Step]
  public var rubric: [RubricItem]
  public var redFlags: [RedFlag]
  /// The model answer outline, one list of bullets per step.
  public var reference: [StepID: [String]]
  /// Questions candidates asked, in their own words, that no fact answers: the tuning part of
  /// the question banks labelled so. A question worded like one of them is more likely asking
  /// what nobody here knows than what the fact the matcher found says (see `AskedBefore`).
  /// May be empty.
  public var unanswered: [String] = []

  public var totalMinutes: Double { steps.reduce(0) { $0 + $1.minutes } }

  public func step(_ id: StepID) -> Step? { steps.first { $0.id == id } }

  public func item(_ id: String) -> RubricItem? { rubric.first { $0.id == id } }

  public func items(in step: StepID) -> [RubricItem] { rubric.filter { $0.step == step } }

  /// The scenario as a focus session sees it: only the rubric items of the steps walked, so
  /// the score measures what was practised rather than counting skipped steps as misses.
  public func restricted(to steps: [StepID]) -> Scenario {
    var copy = self
    copy.rubric = rubric.filter { steps.contains($0.step) }
    copy.steps = self.steps.filter { steps.contains($0.id) }
    return copy
  }
}
