/// Wrapping and tables for terminal output. Widths count characters, and ignore ANSI styling.
enum TextLayout {
  /// Wraps `text` to `width` columns, prefixing every line with `indent`.
  /// Later lines use `hangingIndent` when given (for bullets and labels).
  static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> String {
    let next = hangingIndent ?? indent
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = lines.isEmpty ? indent : next
      var lineIsEmpty = true
      let limit = max(20, width)
      for word in paragraph.split(separator: " ") {
        let wordLength = visibleLength(String(word))
        if !lineIsEmpty && visibleLength(line) + 1 + wordLength > limit {
          lines.append(line)
          line = next
          lineIsEmpty = true
        }
        line += (lineIsEmpty ? "" : " ") + word
        lineIsEmpty = false
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  static func visibleLength(_ text: String) -> Int {
    var count = 0
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if scalar == "m" { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else {
        count += 1
      }
    }
    return count
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - visibleLength(text)))
  }

  /// A left-aligned table; the last column is cut to the terminal width.
  static func table(header: [String], rows: [[String]], width: Int, style: Style) -> String {
    let columns = header.count
    var widths = header.map(visibleLength)
    for row in rows {
      for (index, cell) in row.enumerated() where index < columns { widths[index] = max(widths[index], visibleLength(cell)) }
    }
    func render(_ cells: [String], bold: Bool) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() {
        let isLast = index == columns - 1
        var text = cell
        if isLast {
          let used = widths.dropLast().reduce(0, +) + 2 * (columns - 1)
          let room = max(10, width - used)
          if visibleLength(text) > room { text = String(text.prefix(room - 1)) + "…" }
        }
        parts.append(isLast ? text : pad(text, widths[index]))
      }
      let line = parts.joined(separator: "  ")
      return bold ? style.bold(line) : line
    }
    return ([render(header, bold: true)] + rows.map { render($0, bold: false) }).joined(separator: "\n") + "\n"
  }
}

import MLCoachCore

/// JSON for `--json` outputs: sorted keys, so the output is stable for scripts and tests.
enum JSONOutput {
  static func encode<T: Encodable>(_ value: T) throws(CLIError) -> String {
    do {
      return try JSONReport.encode(value)
    } catch {
      throw CLIError(error)
    }
  }
}
