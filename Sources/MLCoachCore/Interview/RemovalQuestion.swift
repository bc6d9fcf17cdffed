/// How soon something taken away must stop being shown ("When a user deletes an image, how
/// quickly must it disappear from results?", "When someone makes an image private, how fast
/// must it vanish?"). Its shape is a freshness or latency question's (a speed, a word of
/// appearing, results), and a newcomer (fiftieth session) got the upload-freshness fact, the
/// latency budget or nothing, beside a fact that says deleted and private images may never
/// appear. The fact asked about is the one whose phrases name a removal, among the few the
/// question's words rank highest; the freshness fact only where its own phrases name one (a
/// scenario whose freshness fact covers deletions too).
public enum RemovalQuestion {
  /// Words of something taken away rather than made available (`FreshnessQuestion.removalWords`
  /// and the verbs of vanishing).
  static let removalWords: Set<String> = FreshnessQuestion.removalWords.union([
    "deletes", "vanish", "vanishes", "vanished", "disappeared", "purge", "purged", "erase", "erased", "takedowns",
    "unlisted", "revoke",
  ])

  /// How many of the facts ranked highest for the question may hold the removal.
  static let rankedFacts = 3

  /// Whether `question` asks how soon a removal must reach users: a speed or a time
  /// (`FreshnessQuestion.asksSpeed`) and a word of removal.
  public static func asks(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map { $0.text.lowercased() }
    return words.contains(where: removalWords.contains) && FreshnessQuestion.asksSpeed(words)
  }

  /// Whether `fact`'s phrases name a removal ("deleted images", "takedown").
  public static func namesRemoval(_ fact: Fact) -> Bool {
    fact.about.contains { phrase in
      WordTokenizer.words(phrase).contains { removalWords.contains($0.text.lowercased()) }
    }
  }

  /// Of `ranked` (fact indices, best first), the first of the top `rankedFacts` whose phrases
  /// name a removal, or nil.
  static func fact(among ranked: [Int], facts: [Fact]) -> Int? {
    ranked.prefix(rankedFacts).first { namesRemoval(facts[$0]) }
  }
}
