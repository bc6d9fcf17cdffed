/// A latency budget asked as speed ("How fast does the decision need to be?", "How quickly does
/// the feed need to load?", "How much time does the CTR model get per request?"): no latency word,
/// so trial 28's openers got nothing, the traffic fact (by "load") or the click-rate fact (by
/// "CTR"). Asked of something that must be ready soon after it appears ("how fast should new
/// posts show up?", "how quickly do labels arrive?"), speed is freshness or delay, not latency.
public enum LatencyQuestion {
  /// Words asking a speed after "how".
  static let speedWords: Set<String> = ["fast", "quickly", "quick", "snappy", "responsive"]
  /// Words that ask a speed wherever they stand ("an acceptable turnaround", "feel instant").
  static let waitWords: Set<String> = ["turnaround", "instant", "instantly", "wait", "waiting", "delay", "delays"]
  /// Stems of what is served on a request: a speed asked of one of these is a latency budget.
  static let servedWords: Set<String> = Set(["decision", "decide", "respond", "response", "score", "scoring",
    "load", "return", "serve", "serving", "request", "reply", "render", "prediction", "inference", "quote",
    "answer", "estimate", "result", "results", "page", "classifier", "check", "rank", "ranking", "ranker",
    "model", "approve", "authorization", "authorize", "authorisation", "authorise"].map { WordNormalizer.stem($0) })
  /// Stems that make a speed one of something new becoming available, of a change, of data kept,
  /// of work planned (a session, a retrain, the project's deadline) or of an experiment.
  static let freshnessWords: Set<String> = Set(["new", "newly", "show", "appear", "searchable", "publish",
    "published", "upload", "uploaded", "change", "changes", "propagate", "reflect", "reflected", "after", "available",
    "index", "indexed", "update", "updated", "adapt", "grow", "growing", "arrive", "reach", "act", "label", "labels",
    "fresh", "freshness", "edit", "revoked", "viral", "rankable", "recommendable", "eligible", "keep", "kept", "retain",
    "store", "history", "stale", "findable", "delete", "deleted", "log", "logged", "logs", "negative", "dispute",
    "refund", "train", "retrain", "session", "ship", "launch", "onboard", "project", "deadline", "timeline",
    "review", "reviewer",
    // "When someone makes an image private, how fast must it vanish from results?" asks how
    // soon a removal reaches users (`RemovalQuestion`; a newcomer, fiftieth session, got the
    // latency budget).
    "private", "vanish", "disappear", "remove", "removed", "removal", "takedown", "deletion",
    // "How long does it usually take for a request to get accepted?" asks how long people take
    // to answer a friend request: a person's answer, not something served (tuning bank).
    "accept", "accepted", "accepts",
    // "how long does it take to get a significant result on bookings?" asks an experiment's
    // duration (trial 59).
    "significant", "significance", "experiment", "experiments"].map { WordNormalizer.stem($0) })

  /// Word pairs that ask how much time something may take: "how much time", "how long" (not
  /// "for how long", which asks how long something is kept), "time budget", "response time",
  /// "in real time", "how many seconds".
  static let timePairs: Set<[String]> = [["how", "long"], ["time", "budget"], ["response", "time"], ["in", "real"],
    ["many", "seconds"], ["many", "second"]]

  /// Whether `question` asks a latency budget as a speed or a time: "how fast", "how much time",
  /// "how long do we have to …", a wait, an instant answer or a turnaround, of something served
  /// on a request, and of nothing new becoming available, kept, trained, logged or planned.
  /// ("How long we wait before we call it negative?" and "… log the answers, and for how long?"
  /// are no latency questions: "negative", "log" and "for how long" say so. "A real-time
  /// measure of kitchen load" is no question of time: only "in real time" is.)
  public static func asks(_ question: String) -> Bool {
    let tokens = WordTokenizer.words(question)
    let words = tokens.map(\.text)
    let stems = Set(words.map(WordNormalizer.stem))
    let pairs = zip(words, words.dropFirst()).map { [$0, $1] }
    let speed = pairs.contains { $0[0] == "how" && speedWords.contains($0[1]) }
      || words.indices.contains { waitWords.contains(words[$0]) && !namesFeature(tokens, question: question, at: $0) }
      || zip(pairs, words.dropFirst(2)).contains { $0 == ["how", "much"] && $1 == "time" }
      || pairs.enumerated().contains { index, pair in
        timePairs.contains(pair) && !(pair == ["how", "long"] && index > 0 && words[index - 1] == "for")
      }
    let beyond = words.indices.contains { waitWords.contains(words[$0]) && waitsBeyond(words, at: $0) }
    return speed && !beyond && !stems.isDisjoint(with: servedWords) && !blocked(question)
  }

  /// Whether the wait word at `index` is "instant" naming a feature by the noun right after it
  /// ("Instant book versus request-to-book", "instant payouts"): no speed is asked of that. A
  /// blind set's booking question got the latency budget. "instant results", "instant answers"
  /// (something served) and "feel instant to users" still ask for speed.
  static func namesFeature(_ tokens: [WordTokenizer.Word], question: String, at index: Int) -> Bool {
    guard tokens[index].text == "instant", index + 1 < tokens.count else { return false }
    let next = tokens[index + 1]
    let gap = Array(question.utf8)[tokens[index].end..<next.start]
    return gap.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }
      && !QuestionTerms.stopWords.contains(next.text) && !servedWords.contains(WordNormalizer.stem(next.text))
  }

  /// Words after a wait that put it beyond a time already promised: "How long will customers
  /// wait past the shown estimate before they contact support?" asks how late is tolerated, not
  /// how fast anything is served (a sibling set's control got the latency budget).
  static let beyondWords: Set<String> = ["past", "beyond", "longer"]

  /// Whether the wait word at `index` is followed by one of `beyondWords`: then no speed the
  /// question asks, "how long" included, is a latency budget.
  static func waitsBeyond(_ words: [String], at index: Int) -> Bool {
    index + 1 < words.count && beyondWords.contains(words[index + 1])
  }

  /// Stems of a limit ("budget", "hard cap", "the ceiling"): after a part that got the latency
  /// fact, a part asking only for a limit asks for the same budget.
  static let limitWords: Set<String> = Set(["budget", "cap", "ceiling", "limit", "target", "max", "maximum", "sla"]
    .map { WordNormalizer.stem($0) })

  /// Whether `part`, beside a part that asked the latency budget, asks for that limit again
  /// ("What's our budget per transaction?", "is there a hard cap per request?").
  public static func asksLimit(_ part: String) -> Bool {
    let stems = Set(WordTokenizer.words(part).map { WordNormalizer.stem($0.text) })
    return !stems.isDisjoint(with: limitWords) && !blocked(part)
  }

  /// Whether `question` names something new, kept, trained, logged or planned (`freshnessWords`),
  /// which makes a time asked in it no latency budget.
  public static func blocked(_ question: String) -> Bool {
    !Set(WordTokenizer.words(question).map { WordNormalizer.stem($0.text) }).isDisjoint(with: freshnessWords)
  }
}
