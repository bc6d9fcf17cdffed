/// A question that asks to name things a fact only counts: "Which three countries?" after "About
/// 4 million orders a day in 3 countries and 60 cities" got that same sentence back, which
/// names none of them (three tuning questions and a blind one, all labelled as no fact). The
/// candidate already has the count, since the question states it; the honest reply is that
/// the interviewer has no more than that.
///
/// Only a question that states the count is read this way: "Which countries?" may be asking
/// how many, and a count answers it. A fact that names them after the count (a colon, a
/// bracket, or a capitalised name in that sentence: "Four harm areas …: hate speech, …")
/// answers it.
public enum CountedOnlyQuestion {
  /// Number words a question may state a count with.
  static let counts: [String: Int] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
  ]

  /// The count and the stem of what is counted when `question` opens by asking which of a stated
  /// number of things ("Which three countries?", "what are the 60 cities"), else nil.
  static func askedToName(_ question: String) -> (count: Int, noun: String)? {
    var words = WordTokenizer.words(question).map(\.text)[...]
    guard let first = words.first, first == "which" || first == "what" else { return nil }
    words = words.dropFirst()
    if words.first == "are" { words = words.dropFirst() }
    if words.first == "the" { words = words.dropFirst() }
    guard let number = words.first, let count = counts[number] ?? Int(number), count >= 2,
          let noun = words.dropFirst().first, noun.count > 2, noun.hasSuffix("s") else { return nil }
    return (count, WordNormalizer.stem(noun))
  }

  /// Whether `answer` states `count` of `noun` (as digits or in words) and names none of them in
  /// that sentence after the count.
  static func onlyCounts(_ answer: String, count: Int, noun: String) -> Bool {
    for sentence in SentenceEnds.split(answer) {
      let words = WordTokenizer.words(sentence)
      for (index, word) in words.enumerated() where Int(word.text) == count || counts[word.text] == count {
        // The noun right after the count, or one word later ("3 big countries").
        let next = words[(index + 1)..<min(words.count, index + 3)]
        guard next.contains(where: { WordNormalizer.stem($0.text) == noun }) else { continue }
        let rest = Array(sentence.utf8)[word.end...]
        let named = rest.contains(UInt8(ascii: ":")) || rest.contains(UInt8(ascii: "("))
          || words[(index + 1)...].contains { $0.capitals > 0 }
        return !named
      }
    }
    return false
  }

  /// Whether `question` asks to name the things `answer` only counts.
  public static func asksWhatOnlyIsCounted(_ question: String, answer: String) -> Bool {
    guard let (count, noun) = askedToName(question) else { return false }
    return onlyCounts(answer, count: count, noun: noun)
  }
}
