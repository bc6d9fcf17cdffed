/// The one table renderer: columns measured in terminal cells, fitted to the terminal width by
/// narrowing the widest flexible column first, whose cells are then wrapped or cut with "…".
/// Numbers are right-aligned and never narrowed; the last column is not padded, so no line
/// ends in spaces.
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
