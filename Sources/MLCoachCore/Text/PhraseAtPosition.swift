extension Array where Element == String {
  /// Whether the words from `start` on begin with `phrase`, word for word ("right now" in
  /// ["handled", "right", "now"] at 1). False when the phrase runs past the end.
  func hasPhrase(_ phrase: [String], at start: Int) -> Bool {
    start >= 0 && start + phrase.count <= count && phrase.indices.allSatisfy { self[start + $0] == phrase[$0] }
  }
}
