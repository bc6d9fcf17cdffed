import Foundation

/// "What's worse for us right now, harmful posts staying up or legit posts taken down by
/// mistake?", "Which direction hurts more: promising 30 and arriving at 45, or …?": a question
/// that weighs two ways of being wrong asks which error costs more. The scenarios that have a
/// fact on it name it so ("which error is worse", "worse to be early or late", "cost of an
/// error"), yet the outcomes the candidate describes are in other facts' words, and such a
/// question went unanswered (blind set nine, thirty-second session). In the tuning banks all
/// eight questions of this shape in those scenarios are labelled with that fact or the goal
/// fact that holds it.
public enum WorseOutcomeQuestion {
  /// Word sequences that compare how much two outcomes hurt.
  static let comparatives: [[String]] = [
    ["worse"], ["hurts", "more"], ["hurt", "more"], ["costs", "more"], ["cost", "more"], ["more", "costly"],
    ["more", "damaging"], ["more", "painful"], ["bigger", "problem"], ["worst"],
  ]

  /// Verbs of harm that may stand before "more" with one or two words between ("what hurts
  /// merchants more", "costs the business more").
  static let harmVerbs: Set<String> = ["hurts", "hurt", "costs", "cost", "harms", "harm", "damages", "damage",
                                       "bothers", "bother", "annoys", "annoy", "upsets", "upset"]

  /// Whether `question` weighs two outcomes against each other: a comparative above followed,
  /// later in the same message, by "or" or "than".
  public static func asks(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    guard let at = words.indices.first(where: { index in
      comparatives.contains { words.hasPhrase($0, at: index) }
        || harmVerbs.contains(words[index]) && words[(index + 1)..<min(words.count, index + 4)].contains("more")
    }) else { return false }
    return words[at...].contains("or") || words[at...].contains("than")
  }

  /// The index of `scenario`'s fact on which error costs more: the first whose `about` phrases
  /// say which is worse or name the cost of an error, a mistake, a miss or a false result; nil
  /// when the scenario has none (then the matcher decides as for any question).
  public static func errorCostFact(of scenario: Scenario) -> Int? {
    scenario.facts.firstIndex { fact in
      fact.about.contains { errorCostPhrase.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
    }
  }

  /// An `about` phrase that says which error is worse or names the cost of one.
  private static let errorCostPhrase = try! NSRegularExpression(
    pattern: #"\bworse\b|\bcost of (an? )?(error|mistake|miss|false|wrong)"#, options: [.caseInsensitive])
}
