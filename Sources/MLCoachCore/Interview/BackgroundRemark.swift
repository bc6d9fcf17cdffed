import Foundation

/// A candidate's word about their own background before the question: "I come from payments
/// infra, so forgive me if this is naive: what kind of auction is it?", "Background: I did
/// search ranking at a mid-size company. Would it be reasonable to …?". It says who asks, never
/// what: its words ("trucking", "e-commerce", "career") are no fact's, and as unknown words they
/// thinned out the question's own until no fact fitted (13 such questions in the tuning banks, 4
/// unanswered; 4 of 125 in a blind set of the thirtieth session, 3 unanswered and 1 wrong).
public enum BackgroundRemark {
  /// Word sequences that open a remark about the candidate's background, as the tokenizer reads
  /// them ("I've spent" is "i spent", "I'm coming from" is "i coming from").
  static let openers: [[String]] = [
    ["coming", "from"], ["i", "come", "from"], ["i", "came", "from"], ["background"], ["my", "background"],
    ["i", "spent"], ["i", "have", "spent"], ["i", "worked"], ["i", "used", "to", "work"],
    ["in", "a", "previous"], ["in", "my", "previous"], ["in", "my", "last"], ["at", "my", "previous"],
    ["at", "my", "last"], ["in", "my", "old"], ["at", "my", "old"],
  ]

  /// The remark must open within this many words of the start ("Sorry, bit of background — …").
  static let latestStart = 4

  /// `question` without its opening remark on the candidate's background: the text after the
  /// first full stop, colon, semicolon or dash that follows the remark's opener. Nil when there
  /// is no such remark; when it ends only at the question mark (a question asked "coming from
  /// ads"); when it holds a figure ("Coming from ads ranking, my instinct is 7 million
  /// listings. Is that in the right ballpark?" asks about the figure); or when what is left
  /// points back at it or has fewer than three words.
  public static func without(_ question: String) -> String? {
    let bytes = Array(question.utf8)
    let words = WordTokenizer.words(question)
    let texts = words.map(\.text)
    guard let (start, length) = openerStart(texts) else { return nil }
    // Look for the remark's end after the word that follows the opener, so the dash or colon of
    // "background — I've spent …" or "Background: I did …" does not end it at once.
    let firstGap = start + length + 1
    guard firstGap < words.count else { return nil }
    for index in firstGap..<words.count {
      let gap = bytes[words[index - 1].end..<words[index].start]
      if gap.contains(UInt8(ascii: "?")) { return nil }
      let ends = gap.contains(UInt8(ascii: ".")) || gap.contains(UInt8(ascii: ":")) || gap.contains(UInt8(ascii: ";"))
        || gap.contains(UInt8(ascii: "!")) || QuestionTerms.isDash(gap)
      guard ends else { continue }
      let remark = words[..<index]
      let rest = words[index...]
      guard !remark.contains(where: \.isNumber), rest.count >= 3, !QuestionParts.refersBack(rest.prefix(3)) else {
        return nil
      }
      return String(decoding: bytes[words[index].start...], as: UTF8.self)
    }
    return nil
  }

  /// Where an opener starts within `latestStart` words, and how many words it has.
  static func openerStart(_ texts: [String]) -> (Int, Int)? {
    for start in 0...min(latestStart, max(0, texts.count - 1)) {
      if let opener = openers.first(where: { texts.hasPhrase($0, at: start) }) {
        return (start, opener.count)
      }
    }
    return nil
  }
}
