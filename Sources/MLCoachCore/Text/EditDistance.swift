/// Levenshtein distance, for "did you mean" suggestions on ids, commands and flags.
public enum EditDistance {
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased().utf8)
    let b = Array(b.lowercased().utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The closest candidate within a distance that still looks like a typo, if any.
  public static func closest(to word: String, in candidates: [String]) -> String? {
    ranked(word, candidates, limit: 1).first
  }

  /// Words longer than this get no suggestion: nobody mistypes a 10 MB key, and the distance
  /// costs length × length.
  public static let maximumLength = 64

  /// Candidates within a typo's distance of `word`, closest first. Candidates whose length
  /// differs by more than that distance are skipped without computing it.
  public static func ranked(_ word: String, _ candidates: [String], limit: Int) -> [String] {
    let length = word.utf8.count
    guard length <= maximumLength else { return [] }
    let threshold = max(2, word.count / 3)
    let near = candidates.filter { $0.utf8.count <= maximumLength && abs($0.utf8.count - length) <= threshold }
    let scored: [(candidate: String, distance: Int)] = near.map { ($0, between(word, $0)) }
    let close = scored.filter { $0.distance <= threshold }
    let sorted = close.sorted { a, b in a.distance != b.distance ? a.distance < b.distance : a.candidate < b.candidate }
    return sorted.prefix(limit).map { $0.candidate }
  }
}
