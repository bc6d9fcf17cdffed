/// A clarifying question answered by a fact counts for the requirements items about that
/// fact, however it was worded: "/ask Are there any regional or language constraints?" is
/// answered by the `global` fact and so asks about the global/multilingual item. An item is
/// about a fact when one of the fact's `about` phrases (two or more words, or one word the
/// item's text names) is wholly inside the item's text or one of its evidence phrases.
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
      let itemTexts = (item.evidence + [item.text]).map { QuestionTerms.set($0, concepts: concepts) }
      for (fact, phrases) in zip(scenario.facts, factPhrases)
      where phrases.contains(where: { phrase in itemTexts.contains { phrase.isSubset(of: $0) } }) {
        links[fact.id, default: []].append(index)
      }
    }
    return links
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
