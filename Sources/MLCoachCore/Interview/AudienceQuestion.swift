import Foundation

/// "Who are the primary users?", "Who will use this?", "Who's the target audience?": a question
/// about who the users are asks for the fact that says who and how many they are. Such
/// questions named no word of that fact ("primary" met "primary metric" of the goal fact) and
/// got "I don't have anything specific" in three case studies, or the goal fact in ads-ctr
/// (newcomer's trial, forty-ninth session). The tuning and held-out banks label all six of
/// this shape in rag-assistant with its users fact.
public enum AudienceQuestion {
  /// "who are the (main) users", "who is the target audience", "who will use it", "who's using
  /// the site", "the user base".
  static let pattern = try! NSRegularExpression(pattern:
    #"\bwho(?:'s|\s+(?:are|is|will\s+be|would\s+be))\s+(?:the\s+|our\s+)?(?:main\s+|primary\s+|target\s+|intended\s+|typical\s+|end\s+|core\s+|key\s+)?(?:users?|audience|customers?)\b"#
    + #"|\bwho(?:'s|\s+is|\s+will\s+be|\s+would\s+be|\s+will|\s+would|\s+are)?\s+(?:uses|use|using|going\s+to\s+use)\s+(?:it|this|(?:the|our)\s+(?:app|site|website|product|feature|platform|service|assistant|home\s*page|feed|search|tool|carousel|bot))\b"#
    + #"|\btarget\s+(?:users|audience)\b|\buser\s+base\b"#)

  /// Whether `question` asks who the users are.
  public static func asks(_ question: String) -> Bool {
    let text = question.lowercased()
    return pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  /// Phrases of a fact's `about` that make it the fact on the users.
  static let userPhrases: Set<String> = ["how many users", "daily active users", "number of users", "user count",
                                         "user population", "who will use it", "main users"]

  /// The index of `scenario`'s fact on its users: the first whose `about` names how many users
  /// there are; nil when none does.
  public static func usersFact(of scenario: Scenario) -> Int? {
    scenario.facts.firstIndex { fact in fact.about.contains { userPhrases.contains($0.lowercased()) } }
  }
}
