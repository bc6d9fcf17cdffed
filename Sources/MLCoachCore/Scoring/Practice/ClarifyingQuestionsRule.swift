/// Asking several clarifying questions in step 1 is itself the point of an item such as
/// "asks clarifying questions and states assumptions", whose evidence phrases ("clarifying
/// questions", "I'd ask") a candidate who simply asks never types.
public enum ClarifyingQuestionsRule {
  /// Questions asked in step 1 that show the habit.
  public static let questionsNeeded = 3

  /// Whether `item` is about asking clarifying questions: a requirements item with an
  /// evidence phrase about clarifying or asking questions.
  public static func isAboutAsking(_ item: RubricItem) -> Bool {
    guard item.category == .requirements else { return false }
    return item.evidence.contains { phrase in
      let words = Set(WordTokenizer.words(phrase).map { WordNormalizer.stem($0.text) })
      return words.contains(WordNormalizer.stem("clarifying")) || words.contains(WordNormalizer.stem("clarify"))
    }
  }

  /// The question quoted as evidence when the candidate asked enough in step 1.
  public static func evidence(_ questions: [Answer.AskedQuestion]) -> String? {
    let asked = questions.filter(\.inRequirements)
    guard asked.count >= questionsNeeded else { return nil }
    return asked.prefix(questionsNeeded).map(\.question).joined(separator: " ")
  }
}
