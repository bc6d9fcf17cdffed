/// How long data is kept ("How long do we keep impression logs?", "Do we keep about a year of
/// impression logs?", "How far back does the history go?"). Its words are the words of what is
/// logged, so a scenario with a fact of what is logged and another of how long it is kept gave
/// the first: a newcomer (fifty-first session) heard the logging fact twice, with no "No.",
/// beside "two years of impression and request logs". The fact asked about is the one that
/// states a duration of keeping, among the few the question's words rank highest; the fact the
/// words chose keeps the question when it states one itself.
public enum RetentionQuestion {
  /// Verbs of keeping data: with "how long" they ask for how long. Not "retention", which is as
  /// often the users' ("how long … to show a retention effect?").
  static let keepingWords: Set<String> = ["keep", "kept", "keeps", "retain", "retained", "retains",
                                          "store", "stored", "stores", "archive", "archived", "persist", "persisted"]

  /// Words of what is kept: with a duration ("a year of logs") they ask for how much.
  static let keptThings: Set<String> = keepingWords.union(["history", "histories", "log", "logs", "logged"])

  /// Units of time a length of keeping is written in.
  static let units: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years"]

  /// How many of the facts ranked highest for the question may hold the duration.
  static let rankedFacts = 3

  /// Whether `question` asks how long data is kept: "how long" with a word of keeping, "how far
  /// back", or a length of time "of" something kept ("a year of impression logs", "90 days of
  /// history"). Not "how much history": "…, since that tells me how much history I can
  /// personalise on" asks how many users have any (tuning bank).
  public static func asks(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map { $0.text.lowercased() }
    let pairs = Array(zip(words, words.dropFirst()))
    if pairs.contains(where: { $0.0 == "how" && $0.1 == "far" }) && words.contains("back") { return true }
    if pairs.contains(where: { $0.0 == "how" && $0.1 == "long" }), keepsData(words) { return true }
    // "a year of impression logs": a unit of time, "of", then what is kept within a few words.
    return words.indices.contains { index in
      units.contains(words[index]) && index + 1 < words.count && words[index + 1] == "of"
        && words[(index + 2)...].prefix(4).contains(where: keptThings.contains)
    }
  }

  /// What data is kept as: "keep the raw GPS traces", "retain the logs", "keep those".
  static let dataNouns: Set<String> = ["log", "logs", "data", "history", "histories", "record", "records", "event",
                                       "events", "trace", "traces", "imagery", "originals", "raw", "conversations",
                                       "recordings", "impressions", "clicks", "queries", "transactions", "messages",
                                       "panoramas", "snapshots", "labels", "features", "embeddings"]

  /// Whether a verb of keeping in `words` keeps data: a word of `dataNouns` within four words
  /// after it, or "those", "them", "it" right after ("How long do we keep those?"). "How long do
  /// we keep a dismissed person out of suggestions?" and "keep showing a post" keep no data.
  static func keepsData(_ words: [String]) -> Bool {
    words.indices.contains { index in
      guard keepingWords.contains(words[index]) else { return false }
      let after = words[(index + 1)...]
      if let next = after.first, ["those", "them", "it", "these", "that"].contains(next) { return true }
      return after.prefix(4).contains(where: dataNouns.contains)
    }
  }

  /// Whether `answer` (a fact's figures) states how long something is kept: a duration in a
  /// sentence of keeping (`NumberCheck.keptMark`): "two years of impression and request logs".
  public static func statesDuration(_ answer: [Quantity]) -> Bool {
    answer.contains { $0.dimension == .duration && $0.sentence.contains(NumberCheck.keptMark) }
  }

  /// Of `ranked` (fact indices, best first), the first of the top `rankedFacts` whose answer
  /// states how long something is kept, or nil. `answers` holds each fact's figures.
  static func fact(among ranked: [Int], answers: [[Quantity]]) -> Int? {
    ranked.prefix(rankedFacts).first { statesDuration(answers[$0]) }
  }
}
