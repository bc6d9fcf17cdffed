import Foundation

/// What to practise next, and why in one line: the weakest category becomes the focus, the
/// scenario is the one never or least recently practised, and the items missed most often are
/// named so the candidate knows what to fix. Deterministic: the same history gives the same advice.
public struct Recommendation: Equatable, Sendable {
  /// Scored sessions whose category scores count towards "weakest": recent form, not old habits.
  public static let recentSessions = 5

  public struct MissedItem: Equatable, Sendable {
    public var scenarioID: String
    public var itemID: String
    /// The checklist line; nil when the scenario is no longer installed.
    public var text: String?
    public var category: Category
    /// Sessions of this scenario in which it was missed or contradicted.
    public var missed: Int
    /// Scored sessions of this scenario.
    public var sessions: Int
  }

  public var scenarioID: String
  public var scenarioTitle: String
  /// The category to focus on; nil until a session has been scored.
  public var focus: Category?
  /// The focus category's average score over recent sessions, as history shows the category.
  public var focusScore: Double?
  /// When the scenario was last practised; nil when never.
  public var lastPractised: Date?
  /// Items missed in two sessions or more, most often first (at most three).
  public var mostMissed: [MissedItem]
  /// `image-search, focus on metrics — you have never practised it and ...`
  public var reason: String
  public var command: String

  /// Nil only when there are no scenarios to choose from. Only finished sessions count as
  /// practised: an interview abandoned after a minute says nothing about the scenario. Days
  /// ("yesterday") are counted in `calendar`, the user's time zone.
  public static func recommend(sessions: [Session], scenarios: [Scenario], now: Date,
                               calendar: Calendar = RelativeDay.calendar(in: .current)) -> Recommendation? {
    recommend(summaries: sessions.map(SessionSummary.init), scenarios: scenarios, now: now, calendar: calendar)
  }

  /// The same from session summaries (what `SessionStore.summaries` reads from its index).
  public static func recommend(summaries: [SessionSummary], scenarios: [Scenario], now: Date,
                               calendar: Calendar = RelativeDay.calendar(in: .current)) -> Recommendation? {
    let ordered = summaries.filter { $0.state == .finished }.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
    let scored = ordered.filter(\.isScored)
    let missed = mostMissed(scored, scenarios: scenarios)
    let weakest = weakestCategory(coverage: scored.suffix(recentSessions).map(\.coverage), missed: missed)

    var lastPractised: [String: Date] = [:]
    for session in ordered { lastPractised[session.scenarioID] = session.startedAt }
    func focusWeight(_ scenario: Scenario) -> Int {
      guard let focus = weakest?.category else { return 0 }
      return scenario.rubric.filter { $0.category == focus }.reduce(0) { $0 + $1.weight }
    }
    // A scenario without items in the focus category cannot exercise it.
    let fitting = scenarios.filter { focusWeight($0) > 0 }
    let candidates = fitting.isEmpty ? scenarios : fitting
    let difficultyRank = Dictionary(uniqueKeysWithValues: Difficulty.allCases.enumerated().map { ($1, $0) })
    let pick = candidates.min { a, b in
      switch (lastPractised[a.id], lastPractised[b.id]) {
      case (nil, .some): return true
      case (.some, nil): return false
      case (.some(let left), .some(let right)) where left != right: return left < right
      default:
        let left = (-focusWeight(a), difficultyRank[a.difficulty] ?? 0, a.id)
        let right = (-focusWeight(b), difficultyRank[b.difficulty] ?? 0, b.id)
        return left < right
      }
    }
    guard let pick else { return nil }

    let focus = weakest?.category
    var because: [String] = []
    if ordered.isEmpty {
      because.append("you have no sessions yet, and it is a good place to start")
    } else if let last = lastPractised[pick.id] {
      // "Least recently" only when it is true of every installed scenario, not just those
      // that exercise the focus category.
      let oldest = scenarios.compactMap { lastPractised[$0.id] }.min()
      because.append(oldest == last && scenarios.allSatisfy { lastPractised[$0.id] != nil }
        ? "it is the scenario you practised least recently (\(ago(last, now: now, calendar: calendar)))"
        : "you last practised it \(ago(last, now: now, calendar: calendar))")
    } else {
      because.append("you have never practised it")
    }
    // Categories are ranked by raw coverage, but the number said is the category score every
    // other screen shows: a trial read "15% of its points covered" beside trade-offs scores of
    // 61, 82 and 32 and could not tell where the 15 came from.
    let recent = scored.suffix(recentSessions)
    let shownScores = weakest.map { weakest in recent.compactMap { $0.categories[weakest.category.rawValue] } } ?? []
    // One decimal, as reports show scores: `next --json` printed 54.300000000000004.
    let shown = shownScores.isEmpty ? nil
      : (shownScores.reduce(0, +) / Double(shownScores.count) * 10).rounded() / 10
    if let weakest, let shown {
      // "in your last scored session" only when that session scored the category: after a
      // metrics-only focus session, serving's one score came from the session before (a
      // newcomer's trial, thirty-fifth session).
      let lastScoredIt = recent.last?.categories[weakest.category.rawValue] != nil
      let figure = shownScores.count == 1
        ? "\(ReportNumber.score(shown)) in " + (lastScoredIt ? "your last scored session" : "the one recent session that scored it")
        : "\(ReportNumber.score(shown)) on average over \(shownScores.count) recent sessions"
      because.append("\(weakest.category.title.lowercased()) is your weakest category (\(figure))")
    }
    let head = pick.id + (focus.map { ", focus on \($0.title.lowercased())" } ?? "")
    return Recommendation(
      scenarioID: pick.id, scenarioTitle: pick.title, focus: focus, focusScore: shown,
      lastPractised: lastPractised[pick.id], mostMissed: missed,
      reason: "\(head) — \(because.joined(separator: " and ")).",
      command: "mlcoach practice \(pick.id)" + (focus.map { " --focus \($0.rawValue)" } ?? ""))
  }

  /// The category with the lowest average over `reports`, counting only reports whose rubric
  /// covers it. Ties go to the category with more often-missed items, then to the earlier one.
  static func weakestCategory(_ reports: [ScoreReport], missed: [MissedItem]) -> (category: Category, score: Double)? {
    weakestCategory(coverage: reports.map(SessionSummary.coverage), missed: missed)
  }

  /// The same from each report's raw category coverage (`report.coverage(category)`, only
  /// categories it has items in), as `SessionSummary.coverage` carries it.
  static func weakestCategory(coverage reports: [[String: Double]], missed: [MissedItem])
    -> (category: Category, score: Double)? {
    var candidates: [(category: Category, score: Double, misses: Int, rank: Int)] = []
    for (rank, category) in Category.allCases.enumerated() {
      let scores = reports.compactMap { $0[category.rawValue] }
      guard !scores.isEmpty else { continue }
      let average = (scores.reduce(0, +) / Double(scores.count)).rounded()
      let misses = missed.filter { $0.category == category }.reduce(0) { $0 + $1.missed }
      candidates.append((category, average, misses, rank))
    }
    let weakest = candidates.min { a, b in (a.score, -a.misses, a.rank) < (b.score, -b.misses, b.rank) }
    return weakest.map { ($0.category, $0.score) }
  }

  /// Items missed (or contradicted) in at least two scored sessions of their scenario.
  static func mostMissed(_ scored: [SessionSummary], scenarios: [Scenario]) -> [MissedItem] {
    struct Key: Hashable { var scenario: String, item: String }
    var counts: [Key: (missed: Int, category: Category, weight: Int)] = [:]
    var sessionsPerScenario: [String: Int] = [:]
    for session in scored {
      sessionsPerScenario[session.scenarioID, default: 0] += 1
      for item in session.missed {
        let key = Key(scenario: session.scenarioID, item: item.id)
        counts[key, default: (0, item.category, item.weight)].missed += 1
      }
    }
    let repeated = counts.filter { $0.value.missed >= 2 }.sorted { a, b in
      (-a.value.missed, -a.value.weight, a.key.scenario, a.key.item)
        < (-b.value.missed, -b.value.weight, b.key.scenario, b.key.item)
    }
    return repeated.prefix(3).map { key, value in
      let text = scenarios.first { $0.id == key.scenario }?.item(key.item)?.text
      return MissedItem(scenarioID: key.scenario, itemID: key.item, text: text, category: value.category,
                        missed: value.missed, sessions: sessionsPerScenario[key.scenario] ?? value.missed)
    }
  }

  /// "3 days ago", "yesterday", "earlier today", in calendar days of the user's time zone.
  static func ago(_ date: Date, now: Date, calendar: Calendar) -> String {
    let text = RelativeDay.text(date, now: now, calendar: calendar)
    return text == "today" ? "earlier today" : text
  }
}
