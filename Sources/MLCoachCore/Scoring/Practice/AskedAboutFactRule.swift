/// A clarifying question answered by a fact counts for the requirements items about that
/// fact, however it was worded: "/ask Are there any regional or language constraints?" is
/// answered by the `global` fact and so asks about the global/multilingual item. An item is
/// about a fact when one of the fact's `about` phrases (two or more words, or one word the
/// item's text names) is said in the item's text or one of its evidence phrases, its words
/// together.
public struct AskedAboutFactRule: Sendable {
  private let scenario: Scenario
  private let concepts: ConceptSpotter

  /// Cheap: the links are worked out only when a session has questions to credit (a
  /// scenario at the size limits spent a fifth of its compile time on them).
  public init(scenario: Scenario, concepts: ConceptSpotter = .bundled) {
    self.scenario = scenario
    self.concepts = concepts
  }

  /// Per fact id, the indexes of the requirements items it is about.
  public var itemsByFact: [String: [Int]] {
    var links: [String: [Int]] = [:]
    // A phrase links when it has two terms, or one topic word: "users" alone links nothing.
    let factPhrases = scenario.facts.map { fact in
      fact.about.map { QuestionTerms.set($0, concepts: concepts) }
        .filter { !$0.isEmpty && ($0.count >= 2 || $0.allSatisfy(TopicWords.contains)) }
    }
    for (index, item) in scenario.rubric.enumerated() where item.category == .requirements {
      // Each of the item's texts on its own: pooled, words of different phrases made phrases
      // nobody wrote ("blocked users" + "not based on profiling" held "user base", so a question
      // about daily users earned the privacy item).
      // Within one text, the phrase's words must stand together: "connections are mutual (a
      // request the other person must accept)" does not say "accepted connections".
      let itemTexts = (item.evidence + [item.text]).map(Self.Text.init)
      for (fact, phrases) in zip(scenario.facts, factPhrases)
      where phrases.contains(where: { phrase in itemTexts.contains { $0.holds(phrase, concepts: concepts) } }) {
        links[fact.id, default: []].append(index)
      }
    }
    return links
  }

  /// An item's text or evidence phrase as its terms in order.
  struct Text {
    let raw: String
    init(_ raw: String) { self.raw = raw }

    /// Whether `phrase` (a fact phrase's terms) is said here: its word terms as a run of
    /// consecutive terms (small words are no terms), and its lexicon concepts anywhere.
    func holds(_ phrase: Set<String>, concepts: ConceptSpotter) -> Bool {
      let all = QuestionTerms.set(raw, concepts: concepts)
      guard phrase.isSubset(of: all) else { return false }
      let plain = phrase.filter { !$0.hasPrefix("#") }
      guard plain.count > 1 else { return true }
      let sequence = WordTokenizer.words(raw).flatMap { word in
        QuestionTerms.set(word.text, concepts: concepts).filter { !$0.hasPrefix("#") }.sorted()
      }
      guard sequence.count >= plain.count else { return false }
      return (0...(sequence.count - plain.count)).contains { Set(sequence[$0..<($0 + plain.count)]) == plain }
    }
  }

  /// The item indexes credited by `questions`, each with the question that earned it.
  public func credited(by questions: [Answer.AskedQuestion]) -> [(item: Int, question: String)] {
    guard questions.contains(where: { !$0.factIDs.isEmpty }) else { return [] }
    let itemsByFact = itemsByFact
    var result: [(Int, String)] = []
    var seen = Set<Int>()
    for question in questions {
      for fact in question.factIDs {
        for item in itemsByFact[fact] ?? [] where seen.insert(item).inserted { result.append((item, question.question)) }
      }
    }
    return result
  }
}
