import Foundation
import MLCoachCore

/// Wrapping text to a terminal width. Widths are terminal cells (see `DisplayWidth`), and
/// ANSI styling takes none.
enum TextLayout {
  /// `text` laid out by `layout` in at most `count` lines: whole when it fits, else its first
  /// whole sentences and " …", else its first `count` lines with the last ending in "…".
  static func clip(_ text: String, to count: Int, width: Int, layout: (String) -> [String]) -> [String] {
    let lines = layout(text)
    guard lines.count > count else { return lines }
    let sentences = SentenceEnds.split(text)
    for kept in stride(from: sentences.count - 1, through: 1, by: -1) {
      let shown = layout(sentences.prefix(kept).joined(separator: " ") + " …")
      if shown.count <= count { return shown }
    }
    var kept = Array(lines.prefix(count))
    kept[count - 1] = DisplayWidth.truncate(kept[count - 1] + " …", to: width)
    return kept
  }

  /// Wraps `text` to `width` cells, prefixing every line with `indent`. Later lines use
  /// `hangingIndent` when given (for bullets and labels). A word longer than a line is cut.
  /// Widths under 20 are treated as 20: narrower text is harder to read than a wrapped line.
  static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> String {
    lines(text, width: max(20, width), indent: indent, hangingIndent: hangingIndent, wholeCommands: true)
      .joined(separator: "\n")
  }

  /// The lines `wrap` would print, with no lower bound on the width (table cells are narrow).
  /// With `wholeCommands`, an "mlcoach …" command wider than a line gets a line of its own and
  /// runs past the edge rather than being cut: the terminal folds it on screen, and copying
  /// gives one command (trial 19); a table cell (without it) is cut to its width.
  static func lines(_ text: String, width limit: Int, indent: String = "", hangingIndent: String? = nil,
                    wholeCommands: Bool = false) -> [String] {
    let next = hangingIndent ?? indent
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = lines.isEmpty ? indent : next
      var lineWidth = DisplayWidth.of(line)
      var lineIsEmpty = true
      var commandEnded = false
      for unit in units(of: paragraph, fitting: wholeCommands ? Int.max : limit - DisplayWidth.of(next)) {
        commandEnded = false
        var word = unit
        var wordWidth = DisplayWidth.of(word)
        // Only a command wider than a whole line takes one of its own: one that merely fails to
        // fit the rest of this line starts the next, and prose goes on after it (trial 50 read
        // "'mlcoach report ID'" alone on a line, "for the whole record." below it, as a glitch).
        if wholeCommands, word.contains(Self.glue), DisplayWidth.of(next) + wordWidth > limit,
           lineWidth + (lineIsEmpty ? 0 : 1) + wordWidth > limit {
          if !lineIsEmpty { lines.append(line) }
          lines.append((lineIsEmpty ? line : next) + word.replacingOccurrences(of: Self.glue, with: " "))
          line = next
          lineWidth = DisplayWidth.of(line)
          lineIsEmpty = true
          commandEnded = true
          continue
        }
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
        line += (lineIsEmpty ? "" : " ") + word.replacingOccurrences(of: Self.glue, with: " ")
        lineWidth += (lineIsEmpty ? 0 : 1) + wordWidth
        lineIsEmpty = false
      }
      // A command that took a line of its own may have ended the paragraph.
      if !(lineIsEmpty && commandEnded) { lines.append(line) }
    }
    return lines
  }

  /// Joins the words of a command in running text ("Continue with: mlcoach resume
  /// 20261201-232128-street-view-blurring") while they are wrapped, so a line never breaks
  /// inside one: a command cut across two lines cannot be copied and pasted (trial 18).
  static let glue = "\u{00A0}"

  /// Most words after "mlcoach" kept with it: a command, an id or file, a few options.
  static let commandWords = 6

  /// Words that end a command in running text: the prose goes on ("… --details and more").
  static let proseWords: Set<String> = ["and", "or", "to", "then", "for", "with", "the", "a", "an", "in", "on", "if",
                                         "which", "that", "so", "but", "when", "after", "before", "instead"]

  /// The words of `paragraph`, with each "mlcoach …" command glued into one unit when it fits
  /// in `cells`. A command runs to a word that closes it (ending in a quote, ".", ",", ";",
  /// ":" or ")"), to "·" or a word of prose (`proseWords`), or for at most `commandWords` more words.
  static func units(of paragraph: Substring, fitting cells: Int) -> [String] {
    let words = paragraph.split(separator: " ").map(String.init)
    var units: [String] = []
    var index = 0
    while index < words.count {
      let opening = words[index].trimmingCharacters(in: CharacterSet(charactersIn: "'`\"("))
      guard opening == "mlcoach", index + 1 < words.count,
            !closesCommand(words[index]) else {
        units.append(words[index])
        index += 1
        continue
      }
      var end = index + 1
      while end < words.count, end - index <= commandWords, words[end] != "·", !proseWords.contains(words[end]) {
        end += 1
        if closesCommand(words[end - 1]) { break }
      }
      let command = words[index..<end].joined(separator: glue)
      if DisplayWidth.of(command) <= cells {
        units.append(command)
      } else {
        units += words[index..<end]
      }
      index = end
    }
    return units
  }

  /// Whether `word` ends a command in running text: a closing quote or punctuation.
  private static func closesCommand(_ word: String) -> Bool {
    guard let last = word.last else { return false }
    return "'`\".,;:)".contains(last)
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
