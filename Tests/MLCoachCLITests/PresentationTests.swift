import Foundation
import MLCoachCore
import Testing
@testable import MLCoachCLI

/// The presentation toolkit: display width, the table, formatters, names and colour.
@Suite("presentation toolkit")
struct PresentationTests {
  @Test("width is counted in terminal cells")
  func displayWidth() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("中文") == 4)
    #expect(DisplayWidth.of("한국어") == 6)
    #expect(DisplayWidth.of("ｆｕｌｌ") == 8)  // fullwidth Latin
    #expect(DisplayWidth.of("e\u{301}") == 1)  // combining accent
    #expect(DisplayWidth.of("👍") == 2)
    #expect(DisplayWidth.of("👍🏽") == 2)
    #expect(DisplayWidth.of("👩‍👩‍👧") == 2)  // a zero-width-joiner sequence
    #expect(DisplayWidth.of("🇫🇷") == 2)
    #expect(DisplayWidth.of("❤️") == 2)  // text heart with the emoji variation selector
    #expect(DisplayWidth.of("\u{1B}[1mbold\u{1B}[0m") == 4)
    #expect(DisplayWidth.of("a\u{200B}b") == 2)  // zero-width space
    // Plain ASCII takes a shortcut (one cell a byte); controls and DEL still take none.
    #expect(DisplayWidth.of("2026-11-22 22:15  #*0") == 21)
    #expect(DisplayWidth.of("a\u{7F}b\tc\r\n") == 3)
    #expect(DisplayWidth.of("") == 0)
  }

  @Test("dates and clocks built by hand read as String(format:) wrote them")
  func zeroPadding() {
    for value in [0, 7, 42, 123, 2026, 12345, -1, -42, -2026, Int.max, Int.min] {
      for width in [0, 1, 2, 4] {
        #expect(NumberText.zeroPadded(value, width) == String(format: "%0\(width)ld", value), "\(value) \(width)")
      }
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    #expect(Format.dateTime(Date(timeIntervalSince1970: 1_795_392_900), calendar: calendar) == "2026-11-23 00:15")
    #expect(Format.dateTime(Date(timeIntervalSince1970: 1_767_229_261), calendar: calendar) == "2026-01-01 01:01")
    #expect(Format.clock(3_725) == "1:02:05" && Format.clock(65) == "1:05" && Format.clock(-5) == "-0:05")
    #expect(Format.clock(360_000) == "100:00:00")
  }

  @Test("truncation keeps colour and ends in an ellipsis; padding counts cells")
  func truncateAndPad() {
    #expect(DisplayWidth.truncate("Personalised homepage", to: 10) == "Personali…")
    #expect(DisplayWidth.truncate("中文中文", to: 5) == "中文…")
    #expect(DisplayWidth.truncate("short", to: 10) == "short")
    #expect(DisplayWidth.truncate("\u{1B}[36mads-ctr\u{1B}[0m", to: 4) == "\u{1B}[36mads…\u{1B}[0m")
    #expect(DisplayWidth.pad("中", to: 4) == "中  ")
    #expect(DisplayWidth.padLeft("7", to: 3) == "  7")
  }

  @Test("a table aligns CJK and emoji titles by cells and fits the width")
  func tableAlignment() {
    let table = Table(columns: [Table.Column("ID"), Table.Column("TITLE"), Table.Column("MIN", alignment: .right)],
                      rows: [["a", "中文の題名", "45"], ["bb", "Plain 👍", "7.5"]])
    let lines = table.render(width: 80, style: Style(enabled: false)).split(separator: "\n").map(String.init)
    #expect(lines == ["ID  TITLE       MIN", "a   中文の題名   45", "bb  Plain 👍    7.5"])
    #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1)
  }

  @Test("wrapped text never breaks inside an 'mlcoach …' command, unless the command alone is wider than a line")
  func commandsStayWhole() {
    // Trial 18: "continue with: mlcoach resume" / "20261201-232128-street-view-blurring" could not be copied.
    let text = "Interrupted; your answer is saved. Continue with: mlcoach resume 20261201-232128-street-view-blurring"
    for width in [55, 60, 80, 100] {
      let lines = TextLayout.lines(text, width: width)
      #expect(lines.contains { $0.contains("mlcoach resume 20261201-232128-street-view-blurring") }, "width \(width)")
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= width && !$0.contains("\u{00A0}") })
    }
    // Quoted commands close at their quote, and the prose after them wraps as usual.
    let quoted = TextLayout.lines("Start with 'mlcoach list', then 'mlcoach practice ads-ctr --minutes 30'. "
      + "'mlcoach help CMD' explains a command.", width: 44)
    #expect(quoted.contains { $0.contains("'mlcoach practice ads-ctr --minutes 30'.") })
    #expect(quoted.contains { $0.hasSuffix("'mlcoach help CMD'") || $0.contains("'mlcoach help CMD' explains") })
    #expect(quoted.allSatisfy { DisplayWidth.of($0) <= 44 })
    // Trial 19: a command wider than the line takes a line of its own, whole, rather than being
    // cut; the terminal folds it, and copying it gives one command. A table cell is still cut.
    let command = "mlcoach score people-you-may-know pymk-answer-second-draft-after-feedback-from-mentor-v3.md --details"
    let long = TextLayout.wrap("every verdict with its evidence: " + command + " and more words after it", width: 60)
      .split(separator: "\n").map(String.init)
    #expect(long == ["every verdict with its evidence:", command, "and more words after it"])
    #expect(TextLayout.wrap("see: " + command, width: 60).split(separator: "\n").map(String.init) == ["see:", command])
    #expect(TextLayout.lines(command, width: 24).allSatisfy { DisplayWidth.of($0) <= 24 })
    // Trial 50: a command that fits a line but not the rest of this one starts the next line,
    // and the prose after it follows on that line, not below it.
    let help = TextLayout.wrap("Every verdict: 'mlcoach review ID --print', and 'mlcoach report ID' for the whole "
      + "record.", width: 52).split(separator: "\n").map(String.init)
    #expect(help == ["Every verdict: 'mlcoach review ID --print', and", "'mlcoach report ID' for the whole record."],
            "\(help)")
    // Blank lines between paragraphs are kept.
    #expect(TextLayout.wrap("one\n\ntwo", width: 40) == "one\n\ntwo")
  }

  @Test("a table narrows its widest flexible column: wrapped or cut, numbers untouched")
  func tableFitting() {
    let rows = [["ads-ctr", "Ad click-through-rate prediction for a social feed", "ads, ranking", "45"]]
    let columns = [Table.Column("ID", flexible: false), Table.Column("TITLE"), Table.Column("TOPICS"),
                   Table.Column("MIN", alignment: .right)]
    let wrapped = Table(columns: columns, rows: rows, overflow: .wrap).render(width: 40, style: Style(enabled: false))
    #expect(wrapped.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 40 })
    #expect(wrapped.contains("through-rate") && wrapped.contains("ads, ranking"))
    #expect(wrapped.replacingOccurrences(of: " ", with: "").contains("45"))
    let cut = Table(columns: columns, rows: rows).render(width: 40, style: Style(enabled: false))
    #expect(cut.split(separator: "\n").count == 2)
    #expect(cut.contains("…"))
    #expect(!cut.split(separator: "\n").contains { $0.hasSuffix(" ") })
  }

  // Trial 14: at 40 columns `list` wrapped titles into strips that cut words ("throug",
  // "h-rate", "classificati" / "on"); `sessions` ran past the edge.
  @Test("a table too narrow for its words becomes one block per row, every word whole")
  func tableStacksWhenCramped() {
    let rows = [["ads-ctr", "Ad click-through-rate prediction for a social feed", "ads, ranking, classification", "45"],
                ["eta-prediction", "Delivery-time (ETA) prediction", "", "45"]]
    let columns = [Table.Column("ID", flexible: false), Table.Column("TITLE"), Table.Column("TOPICS"),
                   Table.Column("MIN", alignment: .right)]
    let text = Table(columns: columns, rows: rows, overflow: .wrap).render(width: 40, style: Style(enabled: false))
    #expect(text == """
      ads-ctr
        TITLE   Ad click-through-rate
                prediction for a social feed
        TOPICS  ads, ranking, classification
        MIN     45

      eta-prediction
        TITLE   Delivery-time (ETA) prediction
        MIN     45

      """)
    // Breaking after a hyphen reads well: that alone keeps the table.
    let hyphens = [["a", "click-through-rate", "45"]]
    let kept = Table(columns: [Table.Column("ID"), Table.Column("TITLE"), Table.Column("MIN", alignment: .right)],
                     rows: hyphens, overflow: .wrap).render(width: 20, style: Style(enabled: false))
    #expect(kept.hasPrefix("ID  TITLE"), "\(kept)")
    // Columns that cannot narrow (ids, dates) and still overflow stack too, truncating or not.
    let sessions = Table(columns: [Table.Column("ID", flexible: false), Table.Column("STARTED", flexible: false)],
                         rows: [["20261201-211416-ads-ctr", "2026-12-01 21:14"]]).render(width: 30, style: Style(enabled: false))
    #expect(sessions == "20261201-211416-ads-ctr\n  STARTED  2026-12-01 21:14\n")
    #expect(Table.widestPiece(of: "click-through-rate") == 8)
  }

  @Test("mlcoach list at 40 columns: whole words, no line past the edge")
  func listAtForty() {
    let result = CLITest.run(["list"], environment: ["COLUMNS": "40"])
    #expect(result.code == 0)
    #expect(result.out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 40 })
    #expect(result.out.contains("ads-ctr\n  TITLE   Ad click-through-rate\n"), "\(result.out)")
  }

  @Test("mlcoach list fits 80 columns, and 60 (as blocks), with every id whole")
  func listFits() {
    for width in [80, 60] {
      let result = CLITest.run(["list"], environment: ["COLUMNS": String(width)])
      #expect(result.code == 0)
      let lines = result.out.split(separator: "\n")
      #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width }, "\(width)")
      for id in ["ads-ctr", "image-search", "video-recommendation"] {
        #expect(result.out.contains(id + (width == 80 ? " " : "\n")))
      }
    }
  }

  @Test("formatters: scores, clocks, minutes and local dates")
  func formatters() throws {
    #expect(Format.score(64) == "64" && Format.score(62.5) == "62.5")
    #expect(Format.change(4.5) == "+4.5" && Format.change(-3) == "−3" && Format.change(0) == "±0")
    #expect(Format.clock(95) == "1:35" && Format.clock(-7) == "-0:07" && Format.clock(3725) == "1:02:05")
    #expect(Format.minutes(45) == "45" && Format.minutes(7.5) == "7.5")
    #expect(Format.minutesWithUnit(1) == "1 minute" && Format.minutesWithUnit(45) == "45 minutes" && Format.minutesWithUnit(1.5) == "1.5 minutes")
    let tokyo = RelativeDay.calendar(in: try #require(TimeZone(identifier: "Asia/Tokyo")))
    let date = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15 08:00 UTC
    #expect(Format.dateTime(date, calendar: tokyo) == "2027-01-15 17:00")
    #expect(Format.day(date, calendar: tokyo) == "2027-01-15")
    #expect(Format.when(date, now: date.addingTimeInterval(8 * 3600), calendar: tokyo) == "yesterday at 17:00")
    #expect(Format.when(date, now: date.addingTimeInterval(3600), calendar: tokyo) == "today at 17:00")
    #expect(Format.when(date, now: date.addingTimeInterval(5 * 86_400), calendar: tokyo) == "5 days ago")
  }

  @Test("internal ids have human names")
  func humanNames() {
    #expect(HumanName.category(.tradeoffs) == "Trade-offs")
    #expect(HumanName.item("no-such-item", in: nil) == "no-such-item")
  }

  @Test("colour: decided per stream; NO_COLOR counts only when not empty; --no-color")
  func colourRules() {
    #expect(Style.decide(isTerminal: true, environment: [:], noColorFlag: false))
    #expect(Style.decide(isTerminal: true, environment: ["NO_COLOR": ""], noColorFlag: false))
    #expect(!Style.decide(isTerminal: true, environment: ["NO_COLOR": "1"], noColorFlag: false))
    #expect(!Style.decide(isTerminal: true, environment: ["TERM": "dumb"], noColorFlag: false))
    #expect(!Style.decide(isTerminal: false, environment: [:], noColorFlag: false))
    #expect(!Style.decide(isTerminal: true, environment: [:], noColorFlag: true))
    #expect(!CLITest.run(["list", "--no-color"], terminal: true).out.contains("\u{1B}["))
    #expect(!CLITest.run(["--no-color", "list"], terminal: true).out.contains("\u{1B}["))
  }

  @Test("stdout on a terminal and stderr in a file: the file gets no colour codes")
  func stderrColourIsSeparate() {
    let console = SplitConsole(environment: ["MLCOACH_HOME": CLITest.temporaryDirectory()])
    let code = CLI.run(["show", "ads-ctx"], console: console)
    #expect(code == 64)
    #expect(console.stderr.hasPrefix("error: no scenario named 'ads-ctx'"))
    #expect(!console.stderr.contains("\u{1B}["))
    let listed = SplitConsole(environment: ["MLCOACH_HOME": CLITest.temporaryDirectory()])
    _ = CLI.run(["list"], console: listed)
    #expect(listed.stdout.contains("\u{1B}["))
  }

  @Test("a report's prose is wrapped at word ends for a terminal; tables, headings and code are not")
  func markdownReflow() {
    let markdown = "# Title\n\nScores are on the practice scale: the prompts and the interviewer's answers draw out more.\n"
      + "\n| a | b |\n|---|---|\n| a long cell that stays on its own line whatever the width | b |\n"
      + "- **Item:** a bullet whose words run past the edge of a narrow terminal\n"
      + "```\nsome code that is long and must never be wrapped by anything\n```"
    let wrapped = MarkdownReflow.wrapped(markdown, width: 30)
    let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.contains("# Title"))
    #expect(lines.contains("| a long cell that stays on its own line whatever the width | b |"))
    #expect(lines.contains("some code that is long and must never be wrapped by anything"))
    // Prose lines fit, and no word is cut.
    for line in lines where !line.hasPrefix("|") && !line.hasPrefix("some code") { #expect(line.count <= 30, "\(line)") }
    #expect(wrapped.contains("interviewer's"))
    // A bullet's later lines hang under its text.
    #expect(lines.contains { $0.hasPrefix("- **Item:**") })
    #expect(lines.contains { $0.hasPrefix("  ") && $0.contains("terminal") })
  }

  @Test("the pager: only for a terminal; PAGER chooses it; empty or cat prints directly")
  func pagerRules() {
    #expect(Pager.command(environment: [:], stdoutIsTerminal: true) == "less -FRX")
    #expect(Pager.command(environment: [:], stdoutIsTerminal: false) == nil)
    #expect(Pager.command(environment: ["PAGER": "most"], stdoutIsTerminal: true) == "most")
    #expect(Pager.command(environment: ["PAGER": "most", "MLCOACH_PAGER": "less -R"], stdoutIsTerminal: true)
      == "less -R")
    #expect(Pager.command(environment: ["PAGER": "most", "MLCOACH_PAGER": ""], stdoutIsTerminal: true) == nil)
    #expect(Pager.command(environment: ["PAGER": ""], stdoutIsTerminal: true) == nil)
    #expect(Pager.command(environment: ["PAGER": "cat"], stdoutIsTerminal: true) == nil)
    #expect(Pager.command(environment: ["TERM": "dumb"], stdoutIsTerminal: true) == nil)
  }
}

/// Standard output on a terminal, standard error redirected to a file.
final class SplitConsole: Console, @unchecked Sendable {
  private let inner: ScriptedConsole
  init(environment: [String: String]) { inner = ScriptedConsole(environment: environment, terminal: true) }
  var stdout: String { inner.stdout }
  var stderr: String { inner.stderr }
  func out(_ text: String) { inner.out(text) }
  func err(_ text: String) { inner.err(text) }
  func readLine() -> String? { inner.readLine() }
  var hasBufferedLine: Bool { inner.hasBufferedLine }
  func readAllInput(limit: Int) throws(FileReadError) -> [UInt8] { try inner.readAllInput(limit: limit) }
  var outputFailure: OutputFailure? { inner.outputFailure }
  var environment: [String: String] { inner.environment }
  var stdinIsTerminal: Bool { true }
  var stdoutIsTerminal: Bool { true }
  var stderrIsTerminal: Bool { false }
  var width: Int { 80 }
}
