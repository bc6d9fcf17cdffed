import Foundation

/// Splits a question that asks two things ("How many images, and how many queries per
/// second?", "QPS? And latency?") into its parts, so each part gets its own answer. A split
/// needs a question word or auxiliary after the joint, so "clicks and views" stays one part.
public enum QuestionParts {
  /// Words that start a new question after "and" or a comma.
  static let starters: Set<String> = ["how", "what", "whats", "which", "where", "when", "who", "is", "are", "do",
                                      "does", "can", "could", "should", "will", "would", "any", "did"]

  public static func split(_ question: String) -> [String] {
    let bytes = Array(question.utf8)
    let words = WordTokenizer.words(question)
    var cuts: [Int] = []
    for (index, word) in words.enumerated() where index > 0 {
      let gap = bytes[words[index - 1].end..<word.start]
      let questionMark = gap.contains(UInt8(ascii: "?")) || gap.contains(UInt8(ascii: ";"))
      if questionMark {
        cuts.append(word.start)
        continue
      }
      // "..., and how many ..." / "... and what ..." / "..., how ...".
      if word.text == "and", index + 1 < words.count, starters.contains(words[index + 1].text), index >= 2 {
        cuts.append(word.start)
      }
    }
    guard !cuts.isEmpty else { return [question] }
    var parts: [String] = []
    var start = 0
    for cut in cuts + [bytes.count] {
      let part = String(decoding: bytes[start..<cut], as: UTF8.self).trimmingCharacters(in: .whitespaces)
      if WordTokenizer.words(part).count >= 1 { parts.append(part) }
      start = cut
    }
    return parts
  }
}
