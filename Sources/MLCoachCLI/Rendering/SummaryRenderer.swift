import MLCoachCore

/// The score on one screen: overall and band, a bar per category, the three things to work on
/// first and, for an interview, the time used (one line; the per-step table is in the report);
/// then where the full report is. At most
/// `maximumLines` lines at any width, so the overall score never scrolls off a 30-row window.
struct SummaryRenderer {
  static let maximumLines = 30

  let scenario: Scenario
  let style: Style
  let width: Int

  /// - Parameters:
  ///   - session: the interview, for its time table; nil for `mlcoach score`.
  ///   - footer: the last line, saying how to see everything ("full report: mlcoach report ID").
  func render(_ report: ScoreReport, session: Session?, footer: String) -> String {
    let renderer = ScoreRenderer(scenario: scenario, style: style, width: width)
    var lines: [String] = []
    let head = "\(scenario.title) (\(scenario.id), \(report.wordCount) words)"
    lines.append(style.bold(DisplayWidth.truncate(head, to: max(10, width))))
    lines.append("Overall: " + renderer.colored("\(Format.score(report.overall))/100 · \(report.band.rawValue)",
                                                report.overall))
    if let note = report.overallNote {
      lines += TextLayout.lines(note, width: max(20, width), indent: "  ", hangingIndent: "  ").map { style.dim($0) }
    }
    lines.append("")

    let categories = Category.allCases.filter { category in report.items.contains { $0.category == category } }
    let nameWidth = categories.map { DisplayWidth.of(HumanName.category($0)) }.max() ?? 0
    let barCells = max(5, min(20, width - nameWidth - 2 - 2 - 5))
    for category in categories {
      let score = report.score(category)
      lines.append("  " + DisplayWidth.pad(HumanName.category(category), to: nameWidth) + "  "
        + renderer.bar(score, cells: barCells) + " " + renderer.colored(Format.score(score), score))
    }

    let timeTable = session.map { TextLayout.lines(TimeTable.summaryLine($0, style: style), width: max(20, width),
                                                   hangingIndent: "  ") } ?? []
    // The footer is a command to copy: wrapped, never cut.
    let footerLines = TextLayout.lines(footer, width: max(20, width), wholeCommands: true).map { style.dim($0) }
    // Advice gets what the rest leaves, at most three lines per item: cut short, a hint's
    // question loses its point.
    let fixed = lines.count + (timeTable.isEmpty ? 0 : timeTable.count + 1) + 1 + footerLines.count
    let advice = Array(report.advice.prefix(3))
    if !advice.isEmpty {
      let room = Self.maximumLines - fixed - 2
      let perItem = max(1, min(3, room / advice.count))
      lines.append("")
      lines.append(style.bold("Work on next"))
      for (index, text) in advice.enumerated() {
        lines += Self.clip(TextLayout.lines("\(index + 1). \(text)", width: max(20, width), indent: "  ",
                                            hangingIndent: "     "), to: perItem, width: max(20, width))
      }
    }
    if !timeTable.isEmpty {
      lines.append("")
      lines += timeTable
    }
    lines.append("")
    lines += footerLines
    return lines.joined(separator: "\n") + "\n"
  }

  /// The first `count` lines, the last of them ending in "…" when some were cut.
  static func clip(_ lines: [String], to count: Int, width: Int) -> [String] {
    guard lines.count > count else { return lines }
    var kept = Array(lines.prefix(count))
    kept[count - 1] = DisplayWidth.truncate(kept[count - 1] + " …", to: width)
    return kept
  }
}
