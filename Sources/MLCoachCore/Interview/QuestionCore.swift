import Foundation

/// The clause of a long question that asks it: "Since events vanish once they start, I'm
/// thinking the candidate set gets rebuilt daily — how quickly after publishing must an event
/// be recommendable?" asks only the clause after the dash; "I'm assuming X, is that right, or
/// is there a single promised time?" asks the clause after "or". The statement around it names
/// the candidate's plan in words no fact uses, and those words can hide the question's topic,
/// so when the whole question finds no fact the matcher tries the core alone (see
/// `QuestionMatcher.Tuning.coreLead`).
public enum QuestionCore {
  /// Words that join a question clause to the statement before it ("…, but what is …?").
  static let joiners: Set<String> = ["or", "and", "but", "so"]

  /// Question words that after a comma usually start a relative clause ("the browse page,
  /// where we show …"), not a question; they start a core only after a dash, colon or stop.
  static let relativeWords: Set<String> = QuestionTerms.relativeWords

  /// Words by which a clause points back at the statement before it ("is that right?"); "it"
  /// and "they" more often name the clause's own subject ("how long until it's final?").
  static let pointers: Set<String> = ["that", "this", "those", "these"]
  /// Nouns a pointer before them makes the thing being designed, not the statement: "Before I
  /// get into that, what is the goal of this feature for the company?" asks its own question
  /// (a blind sibling, thirty-eighth session, found no fact for the goal).
  static let designNouns: Set<String> = ["feature", "system", "product", "project", "service", "carousel", "feed",
                                         "surface", "app", "platform", "company", "problem", "pipeline", "tool"]
  /// A pointer this far into a clause points back; later it is a relative ("a service that …").
  static let backReferenceWords = 7

  /// A question needs at least this many words before its core for the core to differ from
  /// the question in a way worth a second look.
  static let leastContextWords = 4

  /// The question clauses of `question` that follow a statement, in order: each runs from its
  /// question word to the next "?" (or the end), keeping any options listed after a dash.
  /// A clause that points back at the statement ("is that right?", "is there a policy on
  /// that?") asks about the statement, not a question of its own, so it is no core.
  public static func cores(of question: String) -> [String] {
    let bytes = Array(question.utf8)
    let words = WordTokenizer.words(question)
    var result: [String] = []
    // A question that opens by asking ("Are users logged in, so …, or is there …?") has its
    // topic up front: what follows offers a reading of it, not a question of its own.
    guard let first = words.first, !QuestionParts.starters.contains(first.text)
      || QuestionParts.startsWithCondition(words[...]) else { return [] }
    for index in words.indices where index >= leastContextWords {
      let gap = bytes[words[index - 1].end..<words[index].start]
      let comma = gap.contains(UInt8(ascii: ","))
      let strong = gap.contains(UInt8(ascii: ".")) || gap.contains(UInt8(ascii: ":"))
        || gap.contains(UInt8(ascii: "?")) || gap.contains(UInt8(ascii: ";"))
        || (gap.contains(0xE2) && gap.contains(UInt8(ascii: " ")))
      guard comma || strong else { continue }
      var start = index
      if joiners.contains(words[index].text), index + 1 < words.count { start = index + 1 }
      let word = words[start].text
      guard QuestionParts.starters.contains(word), strong || start > index || !relativeWords.contains(word),
            !QuestionParts.startsWithCondition(words[start...]) else { continue }
      // The clause up to the next "?" must not point back at what came before.
      var end = bytes.count
      var last = start
      for next in words.indices.dropFirst(start + 1) {
        if bytes[words[next - 1].end..<words[next].start].contains(UInt8(ascii: "?")) {
          end = words[next].start
          break
        }
        last = next
      }
      let opening = words[start...last].prefix(backReferenceWords)
      if opening.indices.contains(where: { at in
        pointers.contains(words[at].text) && !(at + 1 < words.count && designNouns.contains(words[at + 1].text))
      }) { continue }
      let core = String(decoding: bytes[words[start].start..<end], as: UTF8.self)
        .trimmingCharacters(in: .whitespaces)
      if !result.contains(core) { result.append(core) }
    }
    return result
  }
}
