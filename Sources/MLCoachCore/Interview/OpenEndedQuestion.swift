/// "Anything else I should know before I start?", "Is there anything I'm missing?": a question
/// that names no topic and asks the interviewer to volunteer what the candidate has not asked
/// about. No fact answers it, and "I don't have anything specific on that. State a reasonable
/// assumption" read as a wrong reply: nobody can state an assumption about "anything else"
/// (newcomer, forty-eighth session). The interviewer says it volunteers nothing more and hands
/// the choice back, without naming what is left: what to ask is what the step practises.
public enum OpenEndedQuestion {
  /// Words that ask for more without saying about what; one of them must be there.
  static let openers: Set<String> = ["anything", "else", "other", "more", "further", "additional", "missing",
                                     "missed", "miss", "overlooked", "overlooking", "forgot", "forgetting"]
  /// Words that may stand beside them and name no topic.
  static let frame: Set<String> = [
    "i", "im", "we", "you", "me", "us", "my", "our", "is", "are", "am", "there", "that", "this", "it", "be", "do",
    "does", "should", "shall", "would", "could", "can", "need", "needs", "to", "know", "knowing", "before", "start",
    "starting", "begin", "beginning", "go", "going", "dive", "in", "into", "jump", "what", "whats", "any", "some",
    "important", "relevant", "worth", "mentioning", "mention", "tell", "want", "like", "have", "has", "got",
    "questions", "question", "things", "thing", "ok", "okay", "so", "and", "or", "also", "just", "else", "the", "a",
    "of", "on", "about", "here", "now", "yet", "really", "obvious", "big", "key", "constraints", "requirements",
    "details", "info", "information", "context", "might", "may", "let", "design", "designing", "get", "started",
    "haven", "havent", "didn", "didnt", "t", "not", "asked", "ask",
  ]

  /// Whether `question` only asks for whatever else the interviewer might volunteer.
  public static func asks(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    return words.contains(where: openers.contains) && words.allSatisfy { openers.contains($0) || frame.contains($0) }
  }
}
