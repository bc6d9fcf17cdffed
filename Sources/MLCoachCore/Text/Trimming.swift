extension StringProtocol where SubSequence == Substring {
  /// The text without leading and trailing horizontal white space (spaces, tabs, no-break
  /// spaces; not line breaks), as Foundation's `trimmingCharacters(in: .whitespaces)` gives
  /// it. Foundation bridges through NSString and cost a percent of scoring when called on
  /// every line of an answer.
  var trimmingSpaces: Substring {
    var text = self[...]
    while let first = text.first, first.isWhitespace && !first.isNewline { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace && !last.isNewline { text = text.dropLast() }
    return text
  }
}
