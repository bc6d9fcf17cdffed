/// A latency budget asked as speed ("How fast does the decision need to be?", "How quickly does
/// the feed need to load?", "How much time does the CTR model get per request?"): no latency word,
/// so trial 28's openers got nothing, the traffic fact (by "load") or the click-rate fact (by
/// "CTR"). Asked of something that must be ready soon after it appears ("how fast should new
/// posts show up?", "how quickly do labels arrive?"), speed is freshness or delay, not latency.
public enum LatencyQuestion {
  /// Words asking a speed after "how".
  static let speedWords: Set<String> = ["fast", "quickly", "quick", "snappy", "responsive"]
  /// Words that ask a speed wherever they stand ("an acceptable turnaround", "feel instant").
  static let waitWords: Set<String> = ["turnaround", "instant", "instantly"]
  /// Stems of what is served on a request: a speed asked of one of these is a latency budget.
  static let servedWords: Set<String> = Set(["decision", "decide", "respond", "response", "score", "scoring",
    "load", "return", "serve", "serving", "request", "reply", "render", "prediction", "inference", "quote",
    "answer", "estimate", "result", "results", "page"].map { WordNormalizer.stem($0) })
  /// Stems that make a speed one of something new becoming available, or of a change.
  static let freshnessWords: Set<String> = Set(["new", "newly", "show", "appear", "searchable", "publish",
    "published", "upload", "uploaded", "change", "changes", "propagate", "reflect", "reflected", "after", "available",
    "index", "indexed", "update", "updated", "adapt", "grow", "growing", "arrive", "reach", "act", "label", "labels",
    "fresh", "edit", "revoked", "viral", "rankable", "recommendable", "eligible", "keep", "kept", "retain", "store",
    "history", "stale", "findable", "delete", "deleted"].map { WordNormalizer.stem($0) })

  /// Whether `question` asks a latency budget as a speed: "how fast", "how much time", an
  /// instant answer or a turnaround, of something served on a request, and of nothing new
  /// becoming available or kept. ("How long" and "wait" were tried: "How long we wait before we
  /// call it negative?" and "… log the answers, and for how long?" got the latency fact.)
  public static func asks(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    let stems = Set(words.map(WordNormalizer.stem))
    let speed = zip(words, words.dropFirst()).contains { $0 == "how" && speedWords.contains($1) }
      || words.contains(where: waitWords.contains)
      || zip(zip(words, words.dropFirst()), words.dropFirst(2)).contains { $0.0 == "how" && $0.1 == "much" && $1 == "time" }
    return speed && !stems.isDisjoint(with: servedWords) && stems.isDisjoint(with: freshnessWords)
  }
}
