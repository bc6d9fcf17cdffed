/// A question that asks to name things a fact only counts: "Which three countries?" after "About
/// 4 million orders a day in 3 countries and 60 cities" got that same sentence back, which
/// names none of them (three tuning questions and a blind one, all labelled as no fact). The
/// candidate already has the count, since the question states it; the honest reply is that
/// the interviewer has no more than that.
///
/// Only a question that states the count is read this way: "Which countries?" may be asking
/// how many, and a count answers it. A fact that names them after the count (a colon, a
/// bracket, or a capitalised name in that clause, up to a semicolon: "Four harm areas …: hate
/// speech, …") answers it.
public enum CountedOnlyQuestion {
  /// Number words a question may state a count with.
  static let counts: [String: Int] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
  ]

  /// Words that open a request to name things: "which", "what are the", "who are the".
  static let openers: Set<String> = ["which", "what", "who"]

  /// The count and the stem of what is counted when a sentence of `question` asks which of a
  /// stated number of things ("Which three countries?", "what are the 60 cities", "Who are the
  /// 50 partners?"), or names the count alone after stating it ("You said we're in 3
  /// countries. Which 3 are they?"), else nil.
  static func askedToName(_ question: String) -> (count: Int, noun: String)? {
    askedToNameAsTyped(question).map { ($0.count, $0.noun) }
  }

  /// `askedToName` with the noun also as typed (lowercased), for a slip of the keyboard.
  static func askedToNameAsTyped(_ question: String) -> (count: Int, noun: String, typed: String)? {
    let all = WordTokenizer.words(question).map(\.text)
    for sentence in SentenceEnds.split(question) {
      var words = WordTokenizer.words(sentence).map(\.text)[...]
      guard let first = words.first, openers.contains(first) else { continue }
      words = words.dropFirst()
      if words.first == "are" { words = words.dropFirst() }
      if words.first == "the" || words.first == "those" || words.first == "these" { words = words.dropFirst() }
      if words.first == "roughly" || words.first == "about" { words = words.dropFirst() }
      guard let number = words.first, let stated = count(number), stated >= 2 else { continue }
      if let noun = words.dropFirst().first, noun.count > 2, noun.hasSuffix("s") {
        return (stated, WordNormalizer.stem(noun), noun)
      }
      // "Which 3 are they?": the noun is the one the question counted before.
      for index in all.indices.dropLast() where count(all[index]) == stated && all[index + 1].hasSuffix("s")
        && all[index + 1].count > 2 {
        return (stated, WordNormalizer.stem(all[index + 1]), all[index + 1])
      }
    }
    return nil
  }

  /// `word` as a whole count ("3", "three", "1,000"), or nil.
  static func count(_ word: String) -> Int? {
    counts[word] ?? Int(word.replacingOccurrences(of: ",", with: ""))
  }

  /// Whether `answer` states `count` of `noun` (as digits or in words) and names none of them in
  /// that sentence after the count.
  static func onlyCounts(_ answer: String, count: Int, noun: String, typed: String? = nil) -> Bool {
    for sentence in SentenceEnds.split(answer) {
      let words = WordTokenizer.words(sentence)
      for (index, word) in words.enumerated() where Self.count(word.text) == count {
        // The noun right after the count, or one word later ("3 big countries").
        let next = words[(index + 1)..<min(words.count, index + 3)]
        guard next.contains(where: { isNoun($0.text, noun, typed: typed) }) else { continue }
        // Names follow in the same clause, up to a semicolon: "cover about 30 languages;
        // together they make … a day: roughly 850k …" lists decisions, not languages.
        let bytes = Array(sentence.utf8)
        let clauseEnd = bytes[word.end...].firstIndex(of: UInt8(ascii: ";")) ?? bytes.endIndex
        let rest = bytes[word.end..<clauseEnd]
        let named = rest.contains(UInt8(ascii: ":")) || rest.contains(UInt8(ascii: "("))
          || words[(index + 1)...].contains { $0.start < clauseEnd && $0.capitals > 0 }
        return !named
      }
    }
    return false
  }

  /// Whether the answer's word `word` is the question's noun (stem `noun`, as typed `typed`), or
  /// one slip of the keyboard from it as typed: "which 3 contries" asks what "Which three
  /// countries?" asks (a blind bank, thirty-ninth session, got the count back). Both words at
  /// least `TypoNeighbour.leastLength` letters.
  static func isNoun(_ word: String, _ noun: String, typed: String?) -> Bool {
    if WordNormalizer.stem(word) == noun { return true }
    guard let typed else { return false }
    let word = word.lowercased()
    return word.count >= TypoNeighbour.leastLength && typed.count >= TypoNeighbour.leastLength
      && TypoNeighbour.oneSlipApart(Array(word.utf8), Array(typed.utf8))
  }

  /// Whether `question` asks to name the things `answer` only counts.
  public static func asksWhatOnlyIsCounted(_ question: String, answer: String) -> Bool {
    guard let (count, noun, typed) = askedToNameAsTyped(question) else { return false }
    return onlyCounts(answer, count: count, noun: noun, typed: typed)
  }
}
