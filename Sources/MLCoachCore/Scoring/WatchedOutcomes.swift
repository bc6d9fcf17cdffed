/// An outcome-monitoring item is made by a sentence of its own step that watches the metrics of
/// the items it `watches` (the evaluation step's online metrics and guardrails): "I'd keep a
/// dashboard of requests sent and accepted per thousand impressions, by country and surface"
/// names the funnel in the scenario's words, not the rubric's. Two fresh helpers' sentences of
/// that kind earned the item in 6 of 24 through its phrases (forty-seventh session); alarm and
/// page forms in the lexicon earned one more and credited alerts on a pipeline's lag as well,
/// because what is watched, not the alarm, makes the point.
///
/// Pure: the scorer gives each sentence's verdicts on the watched items; this decides.
public enum WatchedOutcomes {
  /// Stems of words that put a metric under watch: tracking, charting, dashboards, alerts,
  /// alarms, anomaly detection, on-call. "Page" counts only before whom it wakes ("page the
  /// on-call", "page someone"), since "listing page" and "home page" are surfaces.
  static let watchingStems: Set<String> = Set([
    "track", "tracked", "tracking", "watch", "watched", "watching", "chart", "charted", "charting", "dashboard",
    "dashboards", "alert", "alerts", "alerted", "alerting", "alarm", "alarms", "monitor", "monitored", "monitoring",
    "plot", "plotted", "anomaly", "anomalies", "oncall", "notify", "notifies", "notified",
  ].map(WordNormalizer.stem))

  /// Forms of paging a person, compared as written: their stem is the stem of "page", the noun
  /// of "listing page".
  static let pagingWords: Set<String> = ["paged", "paging", "pager", "pagerduty"]

  /// Words after "page" that make it a page to a person ("page the on-call", "page whoever").
  static let pagedPeople: Set<String> = ["someone", "somebody", "whoever", "the", "us", "a", "an", "on", "oncall",
                                         "engineers", "owners", "team"]

  /// Whether `sentence` puts something under watch (see `watchingStems`).
  public static func watches(_ sentence: String) -> Bool {
    let words = WordTokenizer.words(sentence.lowercased()).map(\.text)
    for (index, word) in words.enumerated() {
      if pagingWords.contains(word) || watchingStems.contains(WordNormalizer.stem(word)) { return true }
      if word == "page", index + 1 < words.count, pagedPeople.contains(words[index + 1]) { return true }
      // "on-call" reads as "on", "call".
      if word == "on", index + 1 < words.count, words[index + 1] == "call" { return true }
    }
    return false
  }

  /// The sentence that makes a watching item's point, with the verdict its watched metric earns
  /// there: the first sentence, in answer order, of the item's step that credits one of the
  /// watched items without being a question and that watches (`watches(_:)`). `perSentence`
  /// holds each watched item's verdicts by sentence; `step(sentence)` is a sentence's step and
  /// `text(sentence)` its text. nil when none does.
  static func sentence(perSentence: [[Int: MatchReason]], step: StepID, stepOf: (Int) -> StepID?,
                       text: (Int) -> String) -> (sentence: Int, reason: MatchReason)? {
    // A hit beats a partial; at the same verdict the earlier sentence, then the watched item
    // listed first: a fixed order, since the verdicts come in dictionaries.
    let candidates = perSentence.enumerated().flatMap { watched, verdicts in
      verdicts.filter { sentence, reason in
        reason.credits && reason != .askedAsQuestion && reason != .onlyAskedAbout && stepOf(sentence) == step
      }.map { (hit: $0.value.status == .hit ? 0 : 1, sentence: $0.key, watched: watched, reason: $0.value) }
    }.sorted { ($0.hit, $0.sentence, $0.watched) < ($1.hit, $1.sentence, $1.watched) }
    return candidates.first { watches(text($0.sentence)) }.map { ($0.sentence, $0.reason) }
  }

  /// The note given with a verdict this rule decides.
  public static let note = "watches the outcomes of the evaluation step"
}
