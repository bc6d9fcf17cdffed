import Foundation

/// Progress over many sessions: one entry per session, trends per category and the best and
/// latest score per scenario. Wherever the candidate completed a self-review, their
/// self-assessed score is the one that counts; the coach's stays visible beside it.
public struct History: Encodable, Sendable {
  public static let formatVersion = 1
  /// Sessions a trend covers, most recent last.
  public static let trendLength = 12

  public struct Entry: Encodable, Equatable, Sendable {
    public var id: String
    public var scenarioID: String
    public var scenarioTitle: String
    public var startedAt: Date
    public var state: Session.State
    public var minutesUsed: Double
    /// Whole seconds spent answering, as every clock shows them (rounded down): `history`'s
    /// TIME column, so it reads what the report and the end-of-practice table read.
    public var secondsUsed: Int
    /// The coach's overall score and band; null for a session never scored.
    public var overall: Nullable<Double>
    public var band: Nullable<Band>
    /// From a completed self-review; null otherwise.
    public var selfAssessed: Nullable<Double>
    public var selfAssessedBand: Nullable<Band>
    /// Where a self-review was stopped part-way (item position of total items and flags); null
    /// when none was started or the last one was completed. Its verdicts count for nothing yet.
    public var reviewProgress: Nullable<SessionSummary.ReviewProgress>
    /// What trends, best and latest use: self-assessed where there is one, else the coach's.
    public var effective: Nullable<Double>
    /// Category → 0–100 (self-assessed where there is one), only categories this scenario's
    /// rubric has items for: a missing category is not a zero.
    public var categories: [String: Double]
    /// The category a focus session practised; null for a whole interview. Such a session's
    /// overall is that category's score alone: the overall trend and a scenario's best and
    /// latest leave it out, its category's trend keeps it.
    public var focus: Nullable<Category>
  }

  public struct Point: Encodable, Equatable, Sendable {
    public var session: String
    public var score: Double
  }

  /// A category's scores over the last sessions that covered it, oldest first.
  public struct Trend: Encodable, Equatable, Sendable {
    public var category: Category
    public var points: [Point]

    public var latest: Double? { points.last?.score }
    /// Latest minus the first point of the window; nil with fewer than two points.
    public var change: Double? {
      guard points.count >= 2, let first = points.first, let last = points.last else { return nil }
      return last.score - first.score
    }
    public var sparkline: String { Sparkline.render(points.map(\.score)) }
  }

  public struct ScenarioProgress: Encodable, Equatable, Sendable {
    public var scenarioID: String
    public var scenarioTitle: String
    /// Every session of the scenario, unfinished ones included.
    public var sessions: Int
    /// How many of `sessions` are unfinished.
    public var unfinished: Int
    public var best: Nullable<Double>
    public var latest: Nullable<Double>
    public var lastPractised: Date
  }

  public var formatVersion: Int
  /// Oldest first.
  public var sessions: [Entry]
  /// Every category with at least one scored session, in `Category.allCases` order.
  public var trends: [Trend]
  /// The overall (effective) score over the same window.
  public var overall: [Point]
  /// By scenario id.
  public var scenarios: [ScenarioProgress]

  /// Builds the history of `sessions`, optionally only those of one scenario.
  public init(sessions all: [Session], scenarioID: String? = nil) {
    self.init(summaries: all.map(SessionSummary.init), scenarioID: scenarioID)
  }

  /// Builds the history from session summaries (what `SessionStore.summaries` reads from its
  /// index), optionally only those of one scenario.
  public init(summaries all: [SessionSummary], scenarioID: String? = nil) {
    formatVersion = Self.formatVersion
    let chosen = all
      .filter { scenarioID == nil || $0.scenarioID == scenarioID }
      .sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
    sessions = chosen.map(Self.entry)
    let scored = sessions.filter { $0.effective.value != nil }
    // A focus session's overall is one category's score: beside whole interviews it read as a
    // fall of 21 points after a ten-minute metrics drill (a newcomer's trial, thirty-fifth
    // session).
    let whole = scored.filter { $0.focus.value == nil }
    overall = whole.suffix(Self.trendLength).compactMap { entry in
      entry.effective.value.map { Point(session: entry.id, score: $0) }
    }
    trends = Category.allCases.compactMap { category in
      let points = scored.compactMap { entry in
        entry.categories[category.rawValue].map { Point(session: entry.id, score: $0) }
      }.suffix(Self.trendLength)
      return points.isEmpty ? nil : Trend(category: category, points: Array(points))
    }
    let byScenario = Dictionary(grouping: sessions, by: \.scenarioID)
    scenarios = byScenario.keys.sorted().compactMap { id in
      guard let entries = byScenario[id], let last = entries.last else { return nil }
      let scores = entries.filter { $0.focus.value == nil }.compactMap(\.effective.value)
      return ScenarioProgress(scenarioID: id, scenarioTitle: last.scenarioTitle, sessions: entries.count,
                              unfinished: entries.filter { $0.state == .inProgress }.count,
                              best: Nullable(scores.max()), latest: Nullable(scores.last),
                              lastPractised: last.startedAt)
    }
  }

  /// The report whose numbers count for a session: the last completed self-assessment (it is
  /// stored only when a review is completed), else the coach's; nil when never scored.
  public static func effectiveReport(_ session: Session) -> ScoreReport? {
    session.review?.selfAssessed ?? session.score
  }

  static func entry(_ session: SessionSummary) -> Entry {
    Entry(
      id: session.id, scenarioID: session.scenarioID, scenarioTitle: session.scenarioTitle,
      startedAt: session.startedAt, state: session.state, minutesUsed: (session.usedSeconds / 6).rounded() / 10,
      secondsUsed: Int(saturating: session.usedSeconds.rounded(.down)),
      overall: Nullable(session.coach?.overall), band: Nullable(session.coach?.band),
      selfAssessed: Nullable(session.selfAssessed?.overall), selfAssessedBand: Nullable(session.selfAssessed?.band),
      reviewProgress: Nullable(session.reviewProgress), effective: Nullable(session.effective?.overall),
      categories: session.categories, focus: Nullable(session.focus))
  }

  /// The JSON of `history --json`, documented in docs/report-format.md.
  /// - Throws: `JSONOutputError` when a number has no JSON form.
  public var json: String {
    get throws(JSONOutputError) { try JSONReport.encode(self) }
  }
}

/// Scores as a row of block characters. The scale is absolute (▁ below 12.5, █ from 87.5), not
/// stretched to the data, so a flat line at 40 never looks like progress.
public enum Sparkline {
  public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  public static func render(_ scores: [Double]) -> String {
    String(scores.map { score in
      let clamped = score.isNaN ? 0 : min(100, max(0, score))
      return blocks[min(blocks.count - 1, Int(saturating: clamped / 100 * Double(blocks.count)))]
    })
  }
}
