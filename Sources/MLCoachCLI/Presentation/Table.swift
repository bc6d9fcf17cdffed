/// The one table renderer: columns measured in terminal cells, fitted to the terminal width by
/// narrowing the widest flexible column first, whose cells are then wrapped or cut with "…".
/// Numbers are right-aligned and never narrowed; the last column is not padded, so no line
/// ends in spaces. A terminal too narrow for the table (40 columns) gets one block per row
/// instead, the first cell on a line of its own and the others under their headers, since a
/// row wrapped into six-letter strips ("throug", "h-rate") cannot be read (trial 14).
struct Table {
  enum Alignment: Sendable { case left, right }

  /// What happens to a cell wider than its fitted column.
  enum Overflow: Sendable {
    case truncate
    case wrap
  }

  struct Column: Sendable {
    var header: String
    var alignment: Alignment = .left
    /// Whether the column may be narrowed to fit the width (text yes, numbers and dates no).
    var flexible: Bool = true

    init(_ header: String, alignment: Alignment = .left, flexible: Bool? = nil) {
      self.header = header
      self.alignment = alignment
      self.flexible = flexible ?? (alignment == .left)
    }
  }

  var columns: [Column]
  var rows: [[String]]
  /// Printed before every line (a table inside a section).
  var indent = ""
  var showHeader = true
  var overflow = Overflow.truncate
  /// Narrowest a flexible column gets before the table gives up and overflows the width.
  var minimumColumnWidth = 6

  /// The table as lines ending in "\n". `width` 0 or less means unlimited.
  func render(width: Int, style: Style) -> String {
    let widths = fittedWidths(width: width)
    if isCramped(widths, width: width) { return stacked(width: width, style: style) }
    var text = ""
    if showHeader {
      text += style.bold(indent + layout(columns.map(\.header), widths: widths)[0].trimmingTrailingSpaces()) + "\n"
    }
    for row in rows {
      for line in layout(row, widths: widths) { text += indent + line + "\n" }
    }
    return text
  }

  /// Natural column widths, then the widest flexible column narrowed one cell at a time until
  /// the table fits (or every flexible column is at its minimum).
  func fittedWidths(width: Int) -> [Int] {
    var widths = columns.indices.map { index in
      max(DisplayWidth.of(columns[index].header),
          rows.map { index < $0.count ? DisplayWidth.of($0[index]) : 0 }.max() ?? 0)
    }
    guard width > 0 else { return widths }
    let gaps = 2 * max(0, columns.count - 1) + DisplayWidth.of(indent)
    while widths.reduce(0, +) + gaps > width {
      let candidates = columns.indices.filter { columns[$0].flexible && widths[$0] > minimumWidth(of: $0) }
      guard let widest = candidates.max(by: { (widths[$0], -$0) < (widths[$1], -$1) }) else { break }
      widths[widest] -= 1
    }
    return widths
  }

  /// Whether the fitted table is still wider than `width`, or a wrapped cell would have to
  /// cut a word other than after a hyphen or slash: then rows read better as blocks (see
  /// `stacked`).
  func isCramped(_ widths: [Int], width: Int) -> Bool {
    guard width > 0, columns.count > 1 else { return false }
    let gaps = 2 * (columns.count - 1) + DisplayWidth.of(indent)
    if widths.reduce(0, +) + gaps > width { return true }
    guard overflow == .wrap else { return false }
    return rows.contains { row in
      row.indices.contains { index in
        index < widths.count && DisplayWidth.stripEscapes(row[index]).split(separator: " ")
          .contains { Self.widestPiece(of: $0) > widths[index] }
      }
    }
  }

  /// The widest part of `word` that wrapping cannot break: wrapping may break after a hyphen
  /// or slash ("click-" / "through-rate"), which reads well, but cuts anything else mid-word.
  static func widestPiece(of word: Substring) -> Int {
    var widest = 0
    var piece = ""
    for character in word {
      piece.append(character)
      if character == "-" || character == "/" {
        widest = max(widest, DisplayWidth.of(piece))
        piece = ""
      }
    }
    return max(widest, DisplayWidth.of(piece))
  }

  /// Each row as a block: its first cell, then every other non-empty cell as "HEADER  value",
  /// wrapped under itself; a blank line between blocks.
  func stacked(width: Int, style: Style) -> String {
    let labelWidth = columns.dropFirst().map { DisplayWidth.of($0.header) }.max() ?? 0
    let lead = indent + "  "
    var blocks: [String] = []
    for row in rows {
      var text = indent + (row.first ?? "") + "\n"
      for index in columns.indices.dropFirst() where index < row.count && !row[index].isEmpty {
        let label = lead + DisplayWidth.pad(columns[index].header, to: labelWidth) + "  "
        let hanging = String(repeating: " ", count: DisplayWidth.of(label))
        let lines = TextLayout.lines(row[index], width: max(width, DisplayWidth.of(label) + 12),
                                     indent: label, hangingIndent: hanging)
        for line in lines {
          let labelled = line.hasPrefix(label) ? style.dim(label) + String(line.dropFirst(label.count)) : line
          text += labelled.trimmingTrailingSpaces() + "\n"
        }
      }
      blocks.append(text)
    }
    return blocks.joined(separator: "\n")
  }

  private func minimumWidth(of column: Int) -> Int {
    max(minimumColumnWidth, min(DisplayWidth.of(columns[column].header), 12))
  }

  /// One row as one or more lines (more when a cell wraps).
  private func layout(_ cells: [String], widths: [Int]) -> [String] {
    var columnsLines: [[String]] = []
    for index in columns.indices {
      let cell = index < cells.count ? cells[index] : ""
      let fits = DisplayWidth.of(cell) <= widths[index]
      if fits {
        columnsLines.append([cell])
      } else if overflow == .wrap {
        columnsLines.append(TextLayout.lines(DisplayWidth.stripEscapes(cell), width: widths[index]))
      } else {
        columnsLines.append([DisplayWidth.truncate(cell, to: widths[index])])
      }
    }
    let height = columnsLines.map(\.count).max() ?? 1
    var lines: [String] = []
    for lineIndex in 0..<height {
      var parts: [String] = []
      for index in columns.indices {
        let cell = lineIndex < columnsLines[index].count ? columnsLines[index][lineIndex] : ""
        let isLast = index == columns.count - 1
        switch columns[index].alignment {
        case .right: parts.append(DisplayWidth.padLeft(cell, to: widths[index]))
        case .left: parts.append(isLast ? cell : DisplayWidth.pad(cell, to: widths[index]))
        }
      }
      lines.append(parts.joined(separator: "  ").trimmingTrailingSpaces())
    }
    return lines
  }
}

extension String {
  /// The string without trailing spaces (a table's blank last cells).
  func trimmingTrailingSpaces() -> String {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
    return String(self[..<end])
  }
}
