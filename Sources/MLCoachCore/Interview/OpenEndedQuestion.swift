/// "Anything else I should know before I start?", "Is there anything I'm missing?": a question
/// that names no topic and asks the interviewer to volunteer what the candidate has not asked
/// about. No fact answers it, and "I don't have anything specific on that. State a reasonable
/// assumption" read as a wrong reply: nobody can state an assumption about "anything else"
/// (newcomer, forty-eighth session). The interviewer says it volunteers nothing more and hands
/// the choice back, without naming what is left: what to ask is what the step practises.
public enum OpenEndedQuestion {
  /// Words that ask for more without saying about what; one of them must be there.
  static let openers: Set<String> = ["anything", "something", "everything", "else", "other", "more", "further",
                                     "additional", "missing", "missed", "miss", "overlooked", "overlooking", "forgot",
                                     "forgetting", "left", "leave", "covered"]
  /// Everyday words that may stand beside them, whether or not a fact happens to use them
  /// ("keep in mind", "is that everything", "what matters").
  static let frame: Set<String> = Set([
    "know", "knowing", "start", "starting", "begin", "beginning", "go", "going", "dive", "jump", "move", "important",
    "relevant", "worth", "mention", "mentioning", "tell", "want", "like", "question", "questions", "thing", "things",
    "ok", "okay", "really", "obvious", "big", "key", "constraint", "constraints", "requirement", "requirements",
    "detail", "details", "info", "information", "context", "let", "design", "designing", "get", "started", "ask",
    "asked", "aware", "cover", "matter", "matters", "think", "consider", "keep", "mind", "forward", "ought", "point",
    "care", "expect", "flag", "surprise", "surprises", "gotcha", "gotchas", "caveat", "caveats", "pitfall",
    "pitfalls", "assume", "assumption", "assumptions", "need", "needs", "out", "say", "add", "help", "useful",
    "before", "now", "yet", "here", "bear", "note", "watch", "should", "would", "could", "might", "may",
  ].map(WordNormalizer.stem))

  /// Whether `question` only asks for whatever else the interviewer might volunteer: an opener,
  /// and no word that names a topic — none the case study's facts use (`knows`, a stem) nor one
  /// of the field's topic words, besides the everyday ones of `frame`. "Anything else about the
  /// labels?" and "Anything I haven't covered on the traffic side?" name a topic.
  public static func asks(_ question: String, knows: (String) -> Bool) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    guard words.contains(where: openers.contains) else { return false }
    return words.allSatisfy { word in
      guard !openers.contains(word), !QuestionTerms.stopWords.contains(word), !word.allSatisfy(\.isNumber) else {
        return true
      }
      let stem = WordNormalizer.stem(word)
      return frame.contains(stem) || !knows(stem) && !TopicWords.contains(stem)
    }
  }
}
