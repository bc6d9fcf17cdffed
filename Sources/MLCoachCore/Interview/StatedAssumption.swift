import Foundation

/// A question that states the candidate's own assumption and asks to have it checked: "I'll
/// assume we own the courier fleet, fair?", "Can I assume most traffic is mobile?", "So the label
/// is delivered minus placed, right?". When no fact speaks to it, "State a reasonable
/// assumption" answered an assumption just stated (trial 21); the reply acknowledges it instead.
public enum StatedAssumption {
  /// Words that state or ask about an assumption wherever they stand.
  static let assumingWords: Set<String> = ["assume", "assuming", "assumed", "assumption", "assumptions", "suppose",
                                           "presume", "presuming"]
  /// Words that, closing the question, ask to confirm what it said ("…, fair?", "…, right?").
  static let closingConfirmations: Set<String> = ["fair", "right", "correct", "ok", "okay", "reasonable", "sensible",
                                                  "realistic", "true"]

  /// Whether `question` states an assumption and asks to have it checked.
  public static func states(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    if words.contains(where: assumingWords.contains) { return true }
    guard let last = words.last, closingConfirmations.contains(last), words.count >= 4 else { return false }
    // "Is the data fair?" asks about fairness; "…, fair?" after a statement, or "is that
    // right?", asks for a check.
    guard let closing = question.range(of: last, options: [.backwards, .caseInsensitive]) else { return false }
    let before = question[..<closing.lowerBound].trimmingCharacters(in: .whitespaces)
    return before.hasSuffix(",") || before.hasSuffix("—") || before.hasSuffix(" -")
      || ["that", "this", "sound", "sounds"].contains(words[words.count - 2])
  }
}
