/// A clarifying question answered by a fact counts for the requirements items about that
/// fact: "/ask Are there any regional or language constraints?" is answered by the `global`
/// fact and so asks about the global/multilingual item. An item is about a fact when one of the
/// fact's `about` phrases (two or more words, or one word the item's text names) is said in the
/// item's text or one of its evidence phrases, its words together; the question must name a
/// term of such a linking phrase, so a reply that merely mentions the item's topic earns nothing.
/// An item named after the fact (`itemsNamedByFact`) is asked about by any question the fact answers.
public struct AskedAboutFactRule: Sendable {
  private let scenario: Scenario
  private let concepts: ConceptSpotter

  /// Cheap: the links are worked out only when a session has questions to credit (a
  /// scenario at the size limits spent a fifth of its compile time on them).
  public init(scenario: Scenario, concepts: ConceptSpotter = .bundled) {
    self.scenario = scenario
    self.concepts = concepts
  }

  /// Per fact id, the requirements items it is about, each with the fact's phrases that link
  /// them (as terms).
  public var linksByFact: [String: [(item: Int, phrases: [Set<String>])]] {
    var links: [String: [(item: Int, phrases: [Set<String>])]] = [:]
    // A phrase links when it has two terms, or one topic word: "users" alone links nothing.
    let factPhrases = scenario.facts.map { fact in
      fact.about.map { QuestionTerms.set($0, concepts: concepts) }
        .filter { !$0.isEmpty && ($0.count >= 2 || $0.allSatisfy(TopicWords.contains)) }
    }
    for (index, item) in scenario.rubric.enumerated() where item.category == .requirements {
      // Each of the item's texts on its own, with the phrase's words together: pooled, "blocked
      // users" and "not based on profiling" held "user base" (a question about daily users
      // earned the privacy item), and "connections are mutual (a request the other person must
      // accept)" held "accepted connections".
      let itemTexts = (item.evidence + [item.text]).map { Self.Text($0, concepts: concepts) }
      let ownText = itemTexts[itemTexts.count - 1]
      for (fact, phrases) in zip(scenario.facts, factPhrases) {
        // A one-word phrase links through the item's text or an evidence phrase of that word
        // alone: inside a longer phrase it is a modifier, and "session signal latency" had let
        // "Latency?" earn the item on how fresh session signals must be (a newcomer trial).
        let linking = phrases.filter { phrase in
          phrase.filter { !$0.hasPrefix("#") }.count >= 2 ? itemTexts.contains { $0.holds(phrase) }
            : ownText.holds(phrase) || itemTexts.contains { $0.terms == phrase }
        }
        if !linking.isEmpty { links[fact.id, default: []].append((index, linking)) }
      }
    }
    // A phrase that links its fact to many items names the scenario's subject, not one point:
    // "fraud" is in most fraud-detection items, and "How long until we know a payment was
    // fraud?" had earned five of them.
    for (fact, items) in links {
      var itemsPerPhrase: [Set<String>: Int] = [:]
      for link in items { for phrase in link.phrases { itemsPerPhrase[phrase, default: 0] += 1 } }
      links[fact] = items.compactMap { link in
        let specific = link.phrases.filter { (itemsPerPhrase[$0] ?? 0) <= Self.mostItemsPerPhrase }
        return specific.isEmpty ? nil : (link.item, specific)
      }
    }
    return links
  }

  /// First words of an item that asks the candidate to work something out from the facts
  /// ("Turns users into load: 300M DAU × 15 requests ≈ 50k/s"): asking "QPS?" gets the
  /// interviewer's figures, not the arithmetic, so the question earns a partial.
  static let derivingVerbs: Set<String> = ["turns", "derives", "computes", "calculates", "estimates", "sizes", "works"]

  /// Whether `item` asks for what the candidate works out from the facts, not for asking.
  public static func asksToWorkOut(_ item: RubricItem) -> Bool {
    guard let first = item.text.split(separator: " ", maxSplits: 1).first else { return false }
    return derivingVerbs.contains(first.lowercased())
  }

  /// Per fact id, the requirements items named after it: the item's id is the fact's id or
  /// starts with it ("integrity" → "integrity-constraints", "privacy" →
  /// "privacy-location-social"), or the item lists the fact in its `facts`. A question the fact
  /// answers asks about that item whatever its words: "Is there already a classifier for
  /// harmful or borderline posts?" got the integrity fact but named none of its linking phrases
  /// whole, and earned nothing (a newcomer trial); "What fraction of payments are fraudulent?"
  /// got the fraud-rate fact and missed the base-rate item (trial 16).
  public var itemsNamedByFact: [String: [Int]] {
    var named: [String: [Int]] = [:]
    for (index, item) in scenario.rubric.enumerated() where item.category == .requirements {
      for fact in scenario.facts where item.id == fact.id || item.id.hasPrefix(fact.id + "-")
        || item.facts.contains(fact.id) {
        named[fact.id, default: []].append(index)
      }
    }
    return named
  }

  /// A phrase linking its fact to more requirements items than this links none of them.
  static let mostItemsPerPhrase = 2

  /// Per fact id, the indexes of the requirements items it is about.
  public var itemsByFact: [String: [Int]] { linksByFact.mapValues { $0.map(\.item) } }

  /// An item's text or evidence phrase as its terms, and its word terms in order: worked out
  /// once per text, since every phrase of every fact is tried against it.
  struct Text {
    let terms: Set<String>
    let sequence: [String]

    /// Stands in `sequence` where punctuation parts two words: a run of a phrase's words does
    /// not cross it. "personal data, with retention limits" does not say "data retention", and
    /// "Do we keep about a year of order history?" had earned the privacy item through it (a
    /// newcomer, fifty-second session).
    static let clauseBreak = "|"

    init(_ raw: String, concepts: ConceptSpotter) {
      terms = QuestionTerms.set(raw, concepts: concepts)
      sequence = WordTokenizer.words(raw).flatMap { word in
        (word.clauseBreakBefore ? [Self.clauseBreak] : [])
          + QuestionTerms.set(word.text, concepts: concepts).filter { !$0.hasPrefix("#") }.sorted()
      }
    }

    /// Whether `phrase` (a fact phrase's terms) is said here: its word terms as a run of
    /// consecutive terms (small words are no terms), and its lexicon concepts anywhere.
    func holds(_ phrase: Set<String>) -> Bool {
      guard phrase.isSubset(of: terms) else { return false }
      let plain = phrase.filter { !$0.hasPrefix("#") }
      guard plain.count > 1 else { return true }
      guard sequence.count >= plain.count else { return false }
      return (0...(sequence.count - plain.count)).contains { Set(sequence[$0..<($0 + plain.count)]) == plain }
    }
  }

  /// Whether a question with terms `asked` asks about a linking phrase: it names every word of
  /// the phrase, or a lexicon concept of it. One word of it was too little: "Do we know the
  /// user's location?" named "location" of "precise location" and earned the item that
  /// location is used only with consent (a newcomer trial).
  private func asksAbout(_ phrase: Set<String>, _ asked: Set<String>) -> Bool {
    let words = phrase.filter { !$0.hasPrefix("#") }
    let concepts = phrase.subtracting(words)
    return (!words.isEmpty && words.isSubset(of: asked)) || !concepts.isDisjoint(with: asked)
  }

  /// The item indexes credited by `questions`, each with the question that earned it.
  public func credited(by questions: [Answer.AskedQuestion]) -> [(item: Int, question: String)] {
    guard questions.contains(where: { !$0.factIDs.isEmpty }) else { return [] }
    let linksByFact = linksByFact
    let itemsNamedByFact = itemsNamedByFact
    let itemTerms = scenario.rubric.map { QuestionTerms.set(of: $0.evidence + [$0.text], concepts: concepts) }
    var result: [(Int, String)] = []
    var seen = Set<Int>()
    for question in questions {
      // The question must ask about what links the fact to the item, not only get a reply that
      // mentions it: "do we need to handle video or other languages?" got a reply that names
      // private messages, and had earned the privacy item.
      let asked = QuestionTerms.set(question.question, concepts: concepts)
      for fact in question.factIDs {
        let links = (linksByFact[fact] ?? []).filter { $0.phrases.contains(where: { asksAbout($0, asked) }) }
        // Of the items one fact links, the question asks about those whose text it shares most
        // words with: "How quickly must a new upload show up?" asks about freshness, not about
        // the corpus's growth, though "new uploads" links the fact to both.
        let overlap = links.map { itemTerms[$0.item].intersection(asked).count }
        for (link, shared) in zip(links, overlap) where shared == overlap.max() {
          if seen.insert(link.item).inserted { result.append((link.item, question.question)) }
        }
        for item in itemsNamedByFact[fact] ?? [] where seen.insert(item).inserted {
          result.append((item, question.question))
        }
      }
    }
    return result
  }
}
