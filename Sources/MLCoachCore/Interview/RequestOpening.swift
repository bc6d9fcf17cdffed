import Foundation

/// A request that opens by asking to be led through something or to understand it: "Walk me
/// through the existing ranking stack.", "Talk me through the labels we have.", "I'd like to
/// understand what metadata comes with each uploaded image.", "Help me understand how the score
/// is used.". The opening says how the candidate wants the answer, never what it is about:
/// "walk", "through", "understand", "sense" are no fact's words, and as unknown words they
/// thinned out a short request until no fact fitted (the tmux interview of the fortieth session:
/// "Walk me through the existing ranking stack." got nothing, though "the existing ranking
/// stack" asks what runs today; a blind bank of the forty-first session: "I'd like to
/// understand what metadata comes with each uploaded image." got nothing).
public enum RequestOpening {
  /// Words that may come before the opening ("can you", "could you please", "first,").
  static let politeWords: Set<String> = ["can", "could", "would", "will", "you", "please", "maybe", "quickly",
                                         "briefly", "first", "so", "ok", "okay", "now", "then", "next"]
  /// Verbs that, with "me" or "us" and "through", ask to be led through the rest.
  static let verbs: Set<String> = ["walk", "talk", "run", "take", "step", "guide"]

  /// Openings that ask to understand what follows, as the tokenizer reads them (a contraction
  /// loses its suffix: "I'd" is "i", "I'm" is "i").
  static let understandOpenings: [[String]] = {
    let wishes: [[String]] = [["i", "like", "to"], ["i", "would", "like", "to"], ["i", "love", "to"],
                              ["i", "want", "to"], ["i", "wanna"], ["i", "trying", "to"], ["i", "am", "trying", "to"],
                              ["i", "need", "to"], ["help", "me"], ["help", "us"], ["let", "me"], ["i", "like", "a"],
                              ["i", "want", "a"]]
    let aims: [[String]] = [["understand"], ["better", "understand"], ["get", "a", "sense", "of"],
                            ["get", "a", "feel", "for"], ["get", "a", "picture", "of"], ["sense", "of"],
                            ["picture", "of"]]
    return wishes.flatMap { wish in aims.map { wish + $0 } }
  }()

  /// `question` from the word after the opening: "Walk me through the existing ranking stack."
  /// → "the existing ranking stack.", "I'd like to understand what metadata comes with each
  /// uploaded image." → "what metadata comes with each uploaded image.". Nil when it does not
  /// open so (polite words aside), or fewer than two words follow.
  public static func without(_ question: String) -> String? {
    let words = WordTokenizer.words(question)
    let texts = words.map(\.text)
    var index = 0
    while index < words.count, politeWords.contains(texts[index]) { index += 1 }
    var rest: Int?
    if index + 3 < words.count, verbs.contains(texts[index]), ["me", "us"].contains(texts[index + 1]),
       texts[index + 2] == "through" {
      rest = index + 3
    } else if let opening = understandOpenings.first(where: { texts.hasPhrase($0, at: index) }) {
      rest = index + opening.count
    }
    guard let rest, words.count - rest >= 2 else { return nil }
    return String(decoding: Array(question.utf8)[words[rest].start...], as: UTF8.self)
  }
}
