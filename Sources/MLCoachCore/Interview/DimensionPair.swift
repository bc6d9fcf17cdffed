import Foundation

/// A width by a height put to the interviewer ("Let's say each stitched panorama is roughly 8K
/// by 4K pixels; is that about right?") against the fact's own pair ("about 16,000 by 8,000
/// pixels"): read as four counts, the guess met two figures of the same size and got no verdict
/// (tmux, fiftieth session). Each side is compared with its own.
enum DimensionPair {
  /// "8K by 4K", "16,000 x 8,000", "1920×1080": two figures joined by "by", "x" or "×".
  static let pattern = try! NSRegularExpression(
    pattern: #"(\d[\d,.]*\s*[km]?)\s*(?:by|x|×)\s*(\d[\d,.]*\s*[km]?)\b"#, options: [.caseInsensitive])

  /// The pairs written in `text`, as values.
  static func pairs(in text: String) -> [(Double, Double)] {
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).compactMap { match in
      guard let first = Range(match.range(at: 1), in: text), let second = Range(match.range(at: 2), in: text),
            let a = value(String(text[first])), let b = value(String(text[second])) else { return nil }
      return (a, b)
    }
  }

  /// "8K" → 8,000, "16,000" → 16,000, "2m" → 2,000,000.
  static func value(_ written: String) -> Double? {
    let lowered = written.lowercased().replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
    let factor: Double = lowered.hasSuffix("k") ? 1_000 : lowered.hasSuffix("m") ? 1_000_000 : 1
    let digits = lowered.trimmingCharacters(in: CharacterSet(charactersIn: "km "))
    return Double(digits).map { $0 * factor }
  }

  /// The verdict on the one pair `question` puts forward against the one pair `facts` state, the
  /// weaker of its two sides; nil unless each holds exactly one pair.
  static func verdict(question: String, facts: [String]) -> NumberCheck.Verdict? {
    let asked = pairs(in: question)
    let known = facts.flatMap { pairs(in: $0) }
    guard asked.count == 1, known.count == 1, let guess = asked.first, let fact = known.first else { return nil }
    let sides = [side(guess.0, fact.0), side(guess.1, fact.1)]
    if sides.contains(.no) { return .no }
    return sides.contains(.roughly) ? .roughly : .yes
  }

  private static func side(_ guess: Double, _ fact: Double) -> NumberCheck.Verdict {
    guard guess > 0, fact > 0 else { return guess == fact ? .yes : .no }
    let ratio = max(guess, fact) / min(guess, fact)
    return ratio <= NumberCheck.yesRatio ? .yes : ratio <= NumberCheck.roughRatio ? .roughly : .no
  }
}
