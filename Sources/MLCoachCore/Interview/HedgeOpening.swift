import Foundation

/// An opening that only says the candidate is checking their understanding or apologises for
/// asking: "Sorry, just to make sure I understand — the predicted CTR gets multiplied by the
/// bid, right?", "sorry, just to check i've got it right — we're ranking only posts from
/// connections …?", "Quick sanity check: …". It says how the candidate asks, never what: its
/// words ("sure", "understand", "check") are content words to the matcher and thinned out the
/// question's own until no fact fitted (blind set nine, thirty-second session: 2 of 90 opened
/// so and went unanswered, though the rest alone gets its fact).
public enum HedgeOpening {
  /// Words such an opening is made of, as the tokenizer reads them ("I've" is "i", "ve").
  static let words: Set<String> = [
    "sorry", "just", "to", "make", "sure", "i", "im", "ve", "m", "s", "understand", "understood", "understanding",
    "check", "checking", "double", "quick", "sanity", "so", "ok", "okay", "one", "more", "thing", "question", "q",
    "clarify", "clarifying", "confirm", "confirming", "got", "get", "have", "it", "right", "correctly", "that",
    "this", "is", "a", "the", "let", "me", "first", "before", "we", "go", "on", "further", "if", "might", "be",
    "obvious", "but", "hi", "hey", "hmm", "um", "also", "another", "follow", "up", "and", "then", "naive", "dumb",
    "silly", "maybe", "want", "wanted", "apologies", "again", "ask", "asking", "quickly", "can", "may", "my",
    "following", "you", "said", "already", "covered", "mentioned", "end", "basic", "simple", "in", "case",
    "missed", "earlier",
  ]

  /// Words of which an opening must hold one: a bare "so —" or "ok:" is no hedge to strip.
  static let markers: Set<String> = ["sorry", "sure", "understand", "understood", "understanding", "check", "checking",
                                     "clarify", "clarifying", "confirm", "confirming", "sanity", "apologies",
                                     "question", "correctly", "following", "basic", "silly", "dumb", "obvious",
                                     "naive"]

  /// The longest opening considered, in words.
  static let longest = 12

  /// `question` without an opening of hedge words that ends at a dash, a colon or a ", but":
  /// the text after it. Nil when the question has no such opening, or fewer than three words
  /// follow it.
  public static func without(_ question: String) -> String? {
    let bytes = Array(question.utf8)
    let tokens = WordTokenizer.words(question)
    for index in tokens.indices.dropFirst() where index <= longest {
      guard words.contains(tokens[index - 1].text) else { return nil }
      let gap = bytes[tokens[index - 1].end..<tokens[index].start]
      if gap.contains(UInt8(ascii: "?")) || gap.contains(UInt8(ascii: ".")) { return nil }
      let ends = QuestionTerms.isDash(gap) || gap.contains(UInt8(ascii: ":"))
        || (gap.contains(UInt8(ascii: ",")) && tokens[index].text == "but")
      guard ends else { continue }
      let start = tokens[index].text == "but" ? index + 1 : index
      guard tokens[..<index].contains(where: { markers.contains($0.text) }), tokens.count - start >= 3 else {
        return nil
      }
      return String(decoding: bytes[tokens[start].start...], as: UTF8.self)
    }
    return nil
  }
}
