/// Which steps an interview walks and how long each may take.
public struct InterviewPlan: Equatable, Sendable {
  public struct PlannedStep: Equatable, Sendable {
    public var id: StepID
    public var budgetSeconds: Double
  }

  public var steps: [PlannedStep]

  public var totalSeconds: Double { steps.reduce(0) { $0 + $1.budgetSeconds } }

  /// The scenario's budgets, scaled so they add up to `totalMinutes` when given. A focus session
  /// walks only the steps of that category, each with its own (scaled) budget. Budgets are whole
  /// seconds that add up to the total exactly: rounding each on its own had shown
  /// `--minutes 20` as "used of 19:59".
  public init(scenario: Scenario, totalMinutes: Double? = nil, focus: Category? = nil) {
    let chosen = scenario.steps.filter { focus == nil || focus!.steps.contains($0.id) }
    let natural = chosen.reduce(0) { $0 + $1.minutes }
    let scale = totalMinutes.map { natural > 0 ? $0 / natural : 1 } ?? 1
    let exact = chosen.map { $0.minutes * scale * 60 }
    var seconds = exact.map { $0.rounded(.down) }
    // Largest remainders first take the seconds the rounding down left over.
    let leftOver = Int((exact.reduce(0, +).rounded() - seconds.reduce(0, +)).rounded())
    let byRemainder = exact.indices.sorted { exact[$0] - seconds[$0] > exact[$1] - seconds[$1] }
    for index in byRemainder.prefix(max(0, leftOver)) { seconds[index] += 1 }
    steps = zip(chosen, seconds).map { PlannedStep(id: $0.id, budgetSeconds: $1) }
  }
}

/// When the interviewer warns and calls time. Pure, so it is tested with plain numbers.
public enum StepTimer {
  public enum Event: Equatable, Sendable {
    /// One minute left (or half the budget, for steps shorter than two minutes).
    case warning
    /// The step's budget is used up.
    case expired
  }

  /// Seconds before the deadline at which the warning is given.
  public static func warningLead(budget: Double) -> Double { budget >= 120 ? 60 : budget / 2 }

  /// Events crossed when elapsed time goes from `before` to `now` (seconds into the step).
  public static func events(budget: Double, before: Double, now: Double) -> [Event] {
    var events: [Event] = []
    let warningAt = budget - warningLead(budget: budget)
    if before < warningAt && now >= warningAt && now < budget { events.append(.warning) }
    if before < budget && now >= budget { events.append(.expired) }
    return events
  }
}
