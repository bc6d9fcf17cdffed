import Foundation

/// Where a sentence ends in typed text: at ".", "!" or "?" followed by a space, except after an
/// abbreviation ("e.g.", "i.e.", "vs.", a single letter). The scorer and the interviewer split
/// the same way: a step-1 line "Do we have integrity classifiers, e.g. for spam?" cut at "e.g."
/// saved "Do we have integrity classifiers, e.g." as a statement of the answer (trial 18).
public enum SentenceEnds {
  static let abbreviations: Set<String> = ["e.g", "i.e", "vs", "etc", "approx", "e", "i", "g", "cf", "eg", "ie", "fig",
                                           "no", "est", "avg", "incl", "resp", "min", "max",
                                           // Titles and names: a capitalised word follows ("St. Louis",
                                           // "Dr. Smith"), which is no new sentence (trial 20). Not "Ms.":
                                           // "~30 ms." ends sentences.
                                           "st", "dr", "mr", "mrs", "prof", "jr", "sr", "inc", "ltd", "corp"]

  /// Abbreviations that also close a clause: a unit ("in ~10 min."), a list ("clicks, hides,
  /// etc.") or a word ("the answer is no."). Before a capitalised word they end the sentence:
  /// read as one, "~10 min. There are no engagement features yet, so …" lent the second
  /// sentence's reason to the first one's mentions.
  static let closingAbbreviations: Set<String> = ["etc", "min", "max", "avg", "est", "no"]

  /// Whether the byte at `index` of `text` ends a sentence that began at `start`: ".", "!" or
  /// "?" with a space after it, and no abbreviation before a ".". Indices are byte offsets.
  public static func endsSentence(_ text: [UInt8], at index: Int, start: Int) -> Bool {
    let byte = text[index]
    guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
          index + 1 < text.count, text[index + 1] == UInt8(ascii: " ") else { return false }
    return !endsWithAbbreviation(text, start: start, dot: index)
  }

  /// The sentences of `line` in order, each with its closing punctuation and without the
  /// spaces around it; empty sentences are left out.
  public static func split(_ line: String) -> [String] {
    let text = Array(line.utf8)
    var sentences: [String] = []
    var start = 0
    for index in text.indices where endsSentence(text, at: index, start: start) {
      sentences.append(String(decoding: text[start...index], as: UTF8.self))
      start = index + 1
    }
    sentences.append(String(decoding: text[start...], as: UTF8.self))
    return sentences.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// "e.g.", "i.e.", "vs." and single letters do not end a sentence; "etc.", "min." and the like
  /// do not unless a capitalised word follows.
  private static func endsWithAbbreviation(_ text: [UInt8], start: Int, dot: Int) -> Bool {
    guard text[dot] == UInt8(ascii: ".") else { return false }
    var i = dot
    while i > start, MarkupCleaner.isLetter(text[i - 1]) || text[i - 1] == UInt8(ascii: ".") { i -= 1 }
    let word = String(decoding: text[i..<dot], as: UTF8.self).lowercased()
    let initials = isInitials(word)
    guard abbreviations.contains(word) || initials else { return false }
    if closingAbbreviations.contains(word) || initials && !abbreviations.contains(word), dot + 2 < text.count,
       text[dot + 2] >= UInt8(ascii: "A"), text[dot + 2] <= UInt8(ascii: "Z") { return false }
    return true
  }

  /// "u.s", "u.k", "a.m", "p.m": single letters joined by dots (the last dot is the one being
  /// read). Like "etc.", they end a sentence only before a capitalised word (trial 19: "What is
  /// peak load at 7 p.m. on a Friday?" was cut after "p.m.").
  private static func isInitials(_ word: String) -> Bool {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count >= 2 && parts.allSatisfy { $0.count == 1 }
  }
}
