/// The words of a clarifying question that can say what it is about, each with how much it
/// counts: stems of content words plus the lexicon concepts they spell ("QPS" and "queries
/// per second" both give `#qps`). Question words, auxiliaries and politeness carry no intent
/// and are dropped; words listing options after a colon or "like" count for less than the
/// words that name the topic ("What is the main goal: watch time, DAU or retention?" asks
/// about the goal, not about users).
public struct QuestionTerms: Equatable, Sendable {
  /// Stem (or `#concept`) → how much the question leans on it (1, or less for listed options).
  public var weights: [String: Double]

  /// How much a word counts when it only lists options or examples.
  public static let listedOptionFactor = 0.35

  /// Words that never say what a question is about.
  static let stopWords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "into", "as", "about", "and", "or",
    "but", "if", "so", "than", "then", "there", "here", "this", "that", "these", "those", "it", "its", "we", "our",
    "us", "i", "me", "my", "you", "your", "they", "them", "their", "he", "she", "what", "whats", "which", "who",
    "whom", "whose", "where", "when", "why", "how", "do", "does", "did", "done", "doing", "is", "are", "was", "were",
    "be", "been", "being", "am", "im", "can", "could", "should", "would", "will", "shall", "may", "might", "must",
    "have", "has", "had", "having", "any", "some", "all", "each", "every", "much", "many", "more", "most", "less",
    "just", "also", "only", "already", "really", "actually", "basically", "roughly", "approximately", "around",
    "about", "like", "say", "e", "g", "eg", "ie", "etc", "okay", "ok", "yes", "not", "get", "got", "go",
    "going", "need", "needs", "want", "know", "tell", "assume", "assuming", "think", "talking", "look", "looks",
    "kind", "sort", "thing", "things", "something", "anything", "one", "ones", "lot", "lots", "big", "large",
    "small", "high", "low", "mostly", "mainly", "usually", "typical", "typically", "fine", "expected", "expect",
    "allowed", "able", "use", "using", "used", "make", "made", "way", "ways", "s", "t", "even", "still", "well",
    "other", "else", "either", "both", "same", "whether", "per", "over", "under", "up", "down", "out",
  ]

  /// The term for "how many" / "how much".
  static let amount = "#amount"

  /// Words after which a question lists options or examples rather than its topic.
  static let optionMarkers: Set<String> = ["like", "eg", "e", "such", "including", "say", "example", "or"]

  public init(weights: [String: Double]) { self.weights = weights }

  /// The terms of `text`, with lexicon concepts found through `concepts`.
  public init(_ text: String, concepts: ConceptSpotter) {
    var weights: [String: Double] = [:]
    let words = WordTokenizer.words(text)
    // After a colon, dash or an option marker, the rest of the clause lists options.
    var listing = false
    var stems: [String] = []
    let bytes = Array(text.utf8)
    for (position, word) in words.enumerated() {
      if position > 0 {
        let gap = bytes[words[position - 1].end..<word.start]
        if gap.contains(UInt8(ascii: ":")) || gap.contains(0xE2) /* em/en dash */ { listing = true }
        if gap.contains(UInt8(ascii: "?")) || gap.contains(UInt8(ascii: ";")) { listing = false }
      }
      let stem = WordNormalizer.stem(word.text)
      stems.append(stem)
      if Self.optionMarkers.contains(word.text), position > 1 { listing = true }
      // "How many" and "how much" ask for an amount: a term of its own, so "how many users"
      // in a fact meets "How many users?" as a whole phrase.
      if (word.text == "many" || word.text == "much"), position > 0, words[position - 1].text == "how" {
        weights[Self.amount] = max(weights[Self.amount] ?? 0, listing ? Self.listedOptionFactor : 1)
      }
      guard !Self.stopWords.contains(word.text), !word.isNumber else { continue }
      let weight = listing ? Self.listedOptionFactor : 1
      weights[stem] = max(weights[stem] ?? 0, weight)
    }
    for concept in concepts.concepts(in: Set(stems)) where weights[concept] == nil {
      weights[concept] = 1
    }
    self.weights = weights
  }

  /// The stems of a phrase, stop words dropped, with the concepts the phrase spells.
  public static func set(_ text: String, concepts: ConceptSpotter) -> Set<String> {
    Set(QuestionTerms(text, concepts: concepts).weights.keys)
  }
}
