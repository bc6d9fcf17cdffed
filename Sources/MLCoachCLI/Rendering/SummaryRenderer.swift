import MLCoachCore

/// The score on one screen: overall and band, a bar per category, the three things to work on
/// first and, for an interview, the time used (one line; the per-step table is in the report);
/// then where the full report is. On a terminal at most `maximumLines` lines at any width, so
/// the overall score never scrolls off a 30-row window; into a pipe or a file nothing is cut,
/// as there is no window to fit and a cut sentence is lost to the log (trial 21).
struct SummaryRenderer {
  static let maximumLines = 30

  let scenario: Scenario
  let style: Style
  let width: Int
  /// Whether the summary must fit a window: standard output is a terminal.
  var fitsScreen = true

  /// - Parameters:
  ///   - session: the interview, for its time table; nil for `mlcoach score`.
  ///   - footer: the last line, saying how to see everything ("full report: mlcoach report ID").
  func render(_ report: ScoreReport, session: Session?, footer: String) -> String {
    let renderer = ScoreRenderer(scenario: scenario, style: style, width: width)
    var lines: [String] = []
    let head = "\(scenario.title) (\(scenario.id), \(report.wordCount) words)"
    // Wrapped, not cut: "(eta-prediction, 91 word…" lost the count (trial 21).
    lines += TextLayout.lines(head, width: max(10, width), hangingIndent: "  ").map { style.bold($0) }
    lines += renderer.overallLines(report)
    if let note = report.overallNote {
      lines += TextLayout.lines(note, width: max(20, width), indent: "  ", hangingIndent: "  ").map { style.dim($0) }
    }
    lines.append("")

    let categories = Category.allCases.filter { category in report.items.contains { $0.category == category } }
    let nameWidth = categories.map { DisplayWidth.of(HumanName.category($0)) }.max() ?? 0
    // Each bar says how many of its items earned credit: a bar on the interviewer's scale with
    // no count read as the coach contradicting its verdicts (trial 48: Trade-offs 85, 4 of 7
    // missed). The count goes first to go when the window is too narrow for both.
    let tallies = categories.map { category -> String in
      let tally = report.itemTally(category)
      return "\(tally.credited)/\(tally.counted) items" + report.partialNote(category)
    }
    let tallyWidth = (tallies.map(\.count).max() ?? 0) + 2
    let showsTally = width - nameWidth - 2 - 2 - 5 - tallyWidth >= 5
    let barCells = max(5, min(20, width - nameWidth - 2 - 2 - 5 - (showsTally ? tallyWidth : 0)))
    for (category, tally) in zip(categories, tallies) {
      let score = report.score(category)
      let shown = Format.score(score)
      var line = "  " + DisplayWidth.pad(HumanName.category(category), to: nameWidth) + "  "
        + renderer.bar(score, cells: barCells) + " " + renderer.colored(shown, score)
      if showsTally { line += String(repeating: " ", count: max(0, 4 - shown.count) + 2) + style.dim(tally) }
      lines.append(line)
    }

    let timeTable = session.map { TextLayout.lines(TimeTable.summaryLine($0, style: style), width: max(20, width),
                                                   hangingIndent: "  ") } ?? []
    // The footer is a command to copy: wrapped, never cut.
    let footerLines = TextLayout.lines(footer, width: max(20, width), wholeCommands: true).map { style.dim($0) }
    // On a terminal advice gets what the rest leaves: whole when all of it fits, else at most
    // four lines per item, cut after a whole sentence where one fits (cut mid-sentence, a hint's
    // question loses its point).
    let fixed = lines.count + (timeTable.isEmpty ? 0 : timeTable.count + 1) + 1 + footerLines.count
    let advice = Array(report.advice.prefix(3))
    if !advice.isEmpty {
      let layout = { (number: Int, shown: String) in
        TextLayout.lines("\(number). \(shown)", width: max(20, width), indent: "  ", hangingIndent: "     ")
      }
      let room = Self.maximumLines - fixed - 2
      let whole = advice.enumerated().reduce(0) { $0 + layout($1.offset + 1, $1.element).count }
      let perItem = !fitsScreen || whole <= room ? Int.max : max(1, min(4, room / advice.count))
      lines.append("")
      lines.append(style.bold("Work on next"))
      for (index, text) in advice.enumerated() {
        lines += TextLayout.clip(text, to: perItem, width: max(20, width)) { layout(index + 1, $0) }
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
}
