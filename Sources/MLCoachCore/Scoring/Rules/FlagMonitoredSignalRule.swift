/// "After a month I watch usage and satisfaction (daily users, questions per user, thumbs-down
/// rate, …)": a metric watched among several is a signal on a dashboard, not the goal. A red
/// flag whose claim is that a metric is made the goal or the main measure of success does not
/// stand in a sentence that lists what is watched, monitored or tracked (trial 16: this
/// sentence drew "Makes usage the primary online success metric", 13.6 points). A statement
/// that says which metric leads ("the primary metric is …") is no such list; a metric watched
/// alone ("we monitor accuracy") is left to the flag.
struct FlagMonitoredSignalRule: RedFlagRule {
  let name = "flag-monitored-signal"
  let summary = "a metric among several that are watched or monitored (\"I monitor CTR, latency and drift\")"

  /// Words of a flag's text that make its claim a headline metric: found as substrings of the
  /// lowercased text.
  static let headlineWords = ["main metric", "main success metric", "primary", "north star", "north-star",
                              "success metric", "as the goal", "as the objective", "the objective"]

  /// Whether `flag` says a metric is made the goal or the main measure of success.
  static func claimsHeadlineMetric(_ flag: RedFlag) -> Bool {
    let text = flag.text.lowercased()
    return headlineWords.contains { text.contains($0) }
  }

  /// The least number of signals the statement watches: one beside the flagged metric.
  static let listedSignals = 2

  func applies(to kind: RedFlagKind) -> Bool { kind.headlineMetric }

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    context.isWatchedAmongOthers(occurrence, least: Self.listedSignals)
  }
}
