/// Wrapping text to a terminal width. Widths are terminal cells (see `DisplayWidth`), and
/// ANSI styling takes none.
enum TextLayout {
  /// Wraps `text` to `width` cells, prefixing every line with `indent`. Later lines use
  /// `hangingIndent` when given (for bullets and labels). A word longer than a line is cut.
  /// Widths under 20 are treated as 20: narrower text is harder to read than a wrapped line.
  static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> String {
    lines(text, width: max(20, width), indent: indent, hangingIndent: hangingIndent).joined(separator: "\n")
  }

  /// The lines `wrap` would print, with no lower bound on the width (table cells are narrow).
  static func lines(_ text: String, width limit: Int, indent: String = "", hangingIndent: String? = nil) -> [String] {
    let next = hangingIndent ?? indent
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = lines.isEmpty ? indent : next
      var lineWidth = DisplayWidth.of(line)
      var lineIsEmpty = true
      for word in paragraph.split(separator: " ") {
        var word = String(word)
        var wordWidth = DisplayWidth.of(word)
        if !lineIsEmpty && lineWidth + 1 + wordWidth > limit {
          lines.append(line)
          line = next
          lineWidth = DisplayWidth.of(line)
          lineIsEmpty = true
        }
        // A word wider than a whole line (a URL, a long id) is cut across lines.
        while lineIsEmpty && lineWidth + wordWidth > limit && limit - lineWidth >= 2 {
          let (head, tail) = split(word, at: limit - lineWidth)
          lines.append(line + head)
          line = next
          lineWidth = DisplayWidth.of(line)
          word = tail
          wordWidth = DisplayWidth.of(word)
        }
        line += (lineIsEmpty ? "" : " ") + word
        lineWidth += (lineIsEmpty ? 0 : 1) + wordWidth
        lineIsEmpty = false
      }
      lines.append(line)
    }
    return lines
  }

  /// `word` split so that the head takes at most `cells` (and at least one character),
  /// after a hyphen or slash when one fits: "click-" / "through-rate" reads better than
  /// "click-throug" / "h-rate".
  private static func split(_ word: String, at cells: Int) -> (String, String) {
    var used = 0
    var index = word.startIndex
    var lastBreak: String.Index?
    while index < word.endIndex {
      let width = DisplayWidth.of(word[index])
      if used + width > cells && index != word.startIndex { break }
      used += width
      let character = word[index]
      index = word.index(after: index)
      if (character == "-" || character == "/") && index < word.endIndex { lastBreak = index }
    }
    if index < word.endIndex, let lastBreak { index = lastBreak }
    return (String(word[..<index]), String(word[index...]))
  }
}
