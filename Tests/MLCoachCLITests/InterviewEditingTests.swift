import BundledScenarios
import Foundation
import MLCoachCore
import Testing
@testable import MLCoachCLI

/// The interview on a terminal, run in-process through `CLI.run` with scripted keys: raw mode,
/// the line editor, history, paste, Ctrl-C and Ctrl-D, the status line, resize, time notices and
/// the resume header (issue 12, phase 2).
@Suite("interview on a terminal")
struct InterviewEditingTests {
  typealias Step = ScriptedKeyboard.Step

  /// A keyboard whose waits move a clock on: each `.wait` is `seconds` of the interview.
  final class ClockedKeyboard: Keyboard, @unchecked Sendable {
    let inner: ScriptedKeyboard
    let clock: FixedClock
    let seconds: TimeInterval
    init(_ inner: ScriptedKeyboard, clock: FixedClock, seconds: TimeInterval) {
      (self.inner, self.clock, self.seconds) = (inner, clock, seconds)
    }
    func enterRawMode() { inner.enterRawMode() }
    func restoreMode() { inner.restoreMode() }
    var size: (columns: Int, rows: Int) { inner.size }
    func drain() -> [UInt8] { inner.drain() }
    func read(timeoutMilliseconds milliseconds: Int32) -> KeyboardRead {
      let read = inner.read(timeoutMilliseconds: milliseconds)
      if read == .timeout { clock.advance(by: seconds) }
      return read
    }
  }

  struct Run {
    var code: Int32
    var out: String
    var err: String
    var home: String
    var sessions: [Session] { SessionStore(dataDirectory: home).all().sessions }
  }

  static func run(_ arguments: [String], keyboard: Keyboard, home: String = CLITest.temporaryDirectory(),
                  environment: [String: String] = [:], input: [String] = [], clock: Clock = FixedClock()) -> Run {
    var env = ["MLCOACH_HOME": home, "TERM": "xterm-256color", "NO_COLOR": "1", "TZ": "UTC"]
    for (key, value) in environment { env[key] = value }
    let console = ScriptedConsole(input: input, environment: env, width: keyboard.size.columns, keyboard: keyboard)
    let code = CLI.run(arguments, console: console, clock: clock)
    return Run(code: code, out: console.stdout, err: console.stderr, home: home)
  }

  let practice = ["practice", "ads-ctr", "--no-followups"]

  /// A newcomer pressed Y at "Resume it?" and waited: the prompt wanted Enter (thirty-fifth
  /// session). One key answers now, as in `review`.
  @Test("on a keyboard, one key answers \"Resume it?\": y resumes, n starts anew, no Enter needed")
  func resumePromptTakesOneKey() throws {
    let home = CLITest.temporaryDirectory()
    _ = CLITest.run(["practice", "image-search", "--no-followups", "--no-timer"], input: ["Hello there", "/quit"],
                    environment: ["MLCOACH_HOME": home])
    let resumed = Self.run(["practice", "image-search", "--no-timer"],
                           keyboard: ScriptedKeyboard([.keys("y"), .wait, .keys("/quit\r")]), home: home)
    #expect(resumed.code == 0, "\(resumed.err)")
    #expect(resumed.out.contains("Resuming "), "\(resumed.out)")
    #expect(resumed.sessions.count == 1)
    let fresh = Self.run(["practice", "image-search", "--no-timer"],
                         keyboard: ScriptedKeyboard([.keys("n"), .wait, .keys("/quit\r")]), home: home)
    #expect(!fresh.out.contains("Resuming "), "\(fresh.out)")
    #expect(fresh.sessions.count == 2)
  }

  @Test("arrow keys edit the line and no escape sequence is stored; raw mode is given back")
  func arrowsEditTheLine() throws {
    let keys = ScriptedKeyboard([.keys("revenu"), .keys("\u{1B}[D\u{1B}[D"), .keys("X"), .keys("\r"),
                                 .keys("\u{1B}[1;5Dfirst \r"), .keys("/quit\r")])
    let result = Self.run(practice, keyboard: keys)
    #expect(result.code == 0, "\(result.err)")
    let session = try #require(result.sessions.first)
    #expect(session.steps[0].lines == ["reveXnu", "first "])
    #expect(keys.modeChanges == ["raw", "restored"])
  }

  @Test("Ctrl-C keeps the half-typed line in the session and exits 130 with how to resume")
  func controlCKeepsTheLine() throws {
    let keys = ScriptedKeyboard([.keys("one\r"), .keys("half a thou"), .keys("\u{03}")])
    let result = Self.run(practice, keyboard: keys)
    #expect(result.code == 130)
    // Wrapped to the window: read with its lines joined.
    #expect(result.out.replacingOccurrences(of: "\n", with: " ").contains("Interrupted. Your answers are saved, "
      + "with the line you were typing; continue with: mlcoach resume "))
    let step = try #require(result.sessions.first).steps[0]
    #expect(step.lines == ["one", "half a thou"])
    #expect(step.unfinishedLines == [1], "marked as unfinished in the session")
    let report = CLITest.run(["report"], environment: ["MLCOACH_HOME": result.home])
    #expect(report.out.contains("> half a thou *(unfinished: still being typed when the interview stopped)*"))
    #expect(report.out.contains("> one\n"))
    let json = CLITest.run(["report", "--format", "json"], environment: ["MLCOACH_HOME": result.home])
    let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
    let steps = try #require(object?["steps"] as? [[String: Any]])
    #expect(steps[0]["unfinishedLines"] as? [Int] == [1] && steps[1]["unfinishedLines"] as? [Int] == [])
    #expect(keys.modeChanges == ["raw", "restored"])
  }

  @Test("Ctrl-C on a half-typed command neither runs it nor stores it")
  func controlCOnACommand() throws {
    let result = Self.run(practice, keyboard: ScriptedKeyboard([.keys("one\r"), .keys("/ne"), .keys("\u{03}")]))
    #expect(result.code == 130)
    let session = try #require(result.sessions.first)
    #expect(session.steps[0].lines == ["one"] && session.currentStep == 0)
  }

  @Test("Ctrl-D on an empty line ends the step; Ctrl-D inside a line deletes forward")
  func controlD() throws {
    let keys = ScriptedKeyboard([.keys("abc\u{1B}[D\u{1B}[D\u{04}\r"), .keys("\u{04}"), .keys("two\r")])
    let result = Self.run(practice, keyboard: keys)
    let session = try #require(result.sessions.first)
    #expect(session.steps[0].lines == ["ac"])
    #expect(session.currentStep == 1 && session.steps[1].lines == ["two"])
    #expect(result.out.contains("Step 2/7"))
  }

  @Test("Up and Down recall this step's lines first, then earlier steps'")
  func historyAcrossSteps() throws {
    let keys = ScriptedKeyboard([.keys("first\r"), .keys("\u{04}"), .keys("second\r"),
                                 .keys("\u{1B}[A\u{1B}[A\r"), .keys("\u{1B}[A\u{1B}[A\u{1B}[B!\r")])
    let result = Self.run(practice, keyboard: keys)
    let session = try #require(result.sessions.first)
    #expect(session.steps[0].lines == ["first"])
    // Up, Up: past "second" to "first" (step 1); then Up, Up, Down: "first", "second", "first" again.
    #expect(session.steps[1].lines == ["second", "first", "first!"])
  }

  @Test("a bracketed paste of several lines enters each; the text after the cursor ends the last")
  func bracketedPaste() throws {
    let keys = ScriptedKeyboard([.keys("END"), .keys("\u{1B}[H"), .keys("\u{1B}[200~one\r\ntwo\nthree \u{1B}[201~"),
                                 .keys("\r")])
    let result = Self.run(practice, keyboard: keys)
    #expect(try #require(result.sessions.first).steps[0].lines == ["one", "two", "three END"])
  }

  @Test("the status line is drawn above the input, fits the window and is redrawn after a resize")
  func statusLineAndResize() throws {
    let keys = ScriptedKeyboard([.keys("typing"), .wait, .resize(columns: 30, rows: 20), .wait, .keys(" more\r")],
                                columns: 80, rows: 24)
    let result = Self.run(["practice", "ads-ctr", "--no-followups"], keyboard: keys)
    let statuses = Self.statusLines(result.out)
    #expect(statuses.first?.contains("Step 1/7") == true && statuses.first?.contains("left") == true)
    let last = try #require(statuses.last)
    #expect(DisplayWidth.of(last) <= 29 && last.contains("5:00"), "\(last)")
    #expect(try #require(result.sessions.first).steps[0].lines == ["typing more"])
    // The line is redrawn for the new width after the resize.
    #expect(result.out.components(separatedBy: "typing").count > 2)
  }

  @Test("no status line with --no-timer, and no raw mode or escape codes with TERM=dumb")
  func capabilities() throws {
    let quiet = Self.run(practice + ["--no-timer"], keyboard: ScriptedKeyboard([.keys("x\r")]))
    #expect(Self.statusLines(quiet.out).isEmpty)
    let keys = ScriptedKeyboard([.keys("never read")])
    let dumb = Self.run(practice, keyboard: keys, environment: ["TERM": "dumb"], input: ["plain line", "/quit"])
    #expect(keys.modeChanges.isEmpty)
    #expect(!dumb.out.contains("\u{1B}["))
    #expect(try #require(dumb.sessions.first).steps[0].lines == ["plain line"])
  }

  @Test("a time warning appears at once, above the half-typed line, which is then drawn again")
  func warningWhileTyping() throws {
    let clock = FixedClock()
    let inner = ScriptedKeyboard([.keys("half"), .wait, .wait, .wait, .wait, .wait, .keys(" done\r")])
    let keys = ClockedKeyboard(inner, clock: clock, seconds: 50)
    let result = Self.run(practice, keyboard: keys, clock: clock)
    let warning = try #require(result.out.range(of: "About "))
    #expect(result.out[warning.lowerBound...].contains("left in this step."))
    // The warning came before Enter, and the line being typed was drawn again after it.
    #expect(result.out[warning.upperBound...].contains("› half"))
    #expect(result.out.range(of: " done")!.lowerBound > warning.lowerBound)
    #expect(try #require(result.sessions.first).steps[0].lines == ["half done"])
  }

  @Test("resume says which step, the time used and left, and the last lines typed")
  func resumeHeader() throws {
    let clock = FixedClock()
    let home = CLITest.temporaryDirectory()
    let lines = (1...7).map { "line \($0)\r" }
    let first = Self.run(practice, keyboard: ClockedKeyboard(
      ScriptedKeyboard([.keys(lines.joined())] + [.wait, .wait]), clock: clock, seconds: 40), home: home, clock: clock)
    #expect(first.code == 0)
    let resumed = Self.run(["resume"], keyboard: ScriptedKeyboard([.keys("/quit\r")]), home: home, clock: clock)
    #expect(resumed.out.replacingOccurrences(of: "\n", with: " ").contains("Resuming \(try #require(first.sessions.first).id) at step 1/7 (Clarifying "
      + "requirements): 1:20 used, 3:40 left; 43:40 left in the interview."), "\(resumed.out)")
    #expect(resumed.out.contains("Step 1/7 · Clarifying requirements — 3:40 left of 5:00"))
    #expect(resumed.out.contains("Restored 7 lines you typed before; the last 5 (Up recalls them all):"))
    #expect(resumed.out.contains("│ line 7") && !resumed.out.contains("│ line 2"))
  }

  @Test("resume quotes back the lines typed, not the empty Enter presses between them")
  func resumeSkipsBlankLines() throws {
    let clock = FixedClock()
    let home = CLITest.temporaryDirectory()
    let first = Self.run(practice, keyboard: ClockedKeyboard(
      ScriptedKeyboard([.keys("first idea\r\r\rsecond idea\r")] + [.wait, .wait]), clock: clock, seconds: 40),
      home: home, clock: clock)
    #expect(try #require(first.sessions.first).steps[0].lines.count == 4, "blank lines are still saved")
    let resumed = Self.run(["resume"], keyboard: ScriptedKeyboard([.keys("/quit\r")]), home: home, clock: clock)
    #expect(resumed.out.contains("Restored 2 lines you typed before:"), "\(resumed.out)")
  }

  @Test("resume shows at most two rows of a long pasted line, not the whole of it")
  func resumeCutsLongLines() throws {
    let clock = FixedClock()
    let home = CLITest.temporaryDirectory()
    let long = Array(repeating: "features from the feature store", count: 200).joined(separator: " ")
    let first = Self.run(practice, keyboard: ClockedKeyboard(ScriptedKeyboard([.keys(long + "\r/quit\r")]), clock: clock,
                                                             seconds: 5), home: home, clock: clock)
    #expect(first.code == 0)
    let resumed = Self.run(["resume"], keyboard: ScriptedKeyboard([.keys("/quit\r")]), home: home, clock: clock)
    let shown = resumed.out.split(separator: "\n").filter { $0.contains("│ ") }
    #expect(shown.count == 2, "\(shown)")
    #expect(shown.last?.hasSuffix("…") == true)
    #expect(try #require(SessionStore(dataDirectory: home).all().sessions.first).steps[0].lines == [long])
  }

  @Test("resume shows the questions already asked in the step with their replies, and Up recalls them")
  func resumeShowsQuestions() throws {
    let clock = FixedClock()
    let home = CLITest.temporaryDirectory()
    let first = Self.run(practice, keyboard: ClockedKeyboard(
      ScriptedKeyboard([.keys("How many daily active users?\rQPS?\r/quit\r")]), clock: clock, seconds: 5), home: home,
      clock: clock)
    #expect(first.code == 0)
    let session = try #require(first.sessions.first)
    #expect(session.steps[0].questions.count == 2)
    // Up twice then Enter: the first question, asked again.
    let resumed = Self.run(["resume", "ads"], keyboard: ScriptedKeyboard([.keys("\u{1B}[A\u{1B}[A\r/quit\r")]),
                           home: home, clock: clock)
    #expect(resumed.out.contains("You asked before:"), "\(resumed.out)")
    #expect(resumed.out.contains("│ › How many daily active users?") && resumed.out.contains("│ › QPS?"))
    #expect(resumed.out.contains("│ Interviewer: "))
    let again = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    #expect(again.steps[0].questions.map(\.question) == ["How many daily active users?", "QPS?",
                                                          "How many daily active users?"])
  }

  @Test("the end of an interview is a summary that fits a screen, then where the full report is")
  func summaryAtTheEnd() {
    let answers = ["Revenue because advertisers pay per click.\n", "/next\n"]
      + (2...7).flatMap { ["Step \($0): a time-based split because data is time ordered.\n", "/next\n"] }
    let result = CLITest.run(practice + ["--no-timer"], input: answers.map { String($0.dropLast()) })
    #expect(result.code == 0, "\(result.err)")
    let end = result.out.components(separatedBy: "Interview over.").last ?? ""
    #expect(end.split(separator: "\n", omittingEmptySubsequences: false).count <= SummaryRenderer.maximumLines + 3)
    #expect(end.contains("Overall: ") && end.contains("full report: mlcoach report "))
  }

  @Test("an unfinished-line mark must point at a line of its step, or the session is skipped")
  func unfinishedMarkIsChecked() throws {
    let scenario = try #require(BundledScenarios.files.first { $0.name == "ads-ctr.json" })
    let decoded = try ScenarioDecoder.decode(scenario.bytes, file: "ads-ctr.json")
    var session = InterviewEngine.newSession(id: "20270101-000000-ads-ctr", scenario: decoded,
                                             options: Session.Options(totalMinutes: 45, strict: false, timer: true,
                                                                      followUps: true, focus: nil),
                                             now: Date(timeIntervalSince1970: 1_800_000_000))
    try session.apply(.line(step: 0, text: "half"), at: Date())
    try session.apply(.unfinishedLine(step: 0, index: 0), at: Date())
    #expect(session.steps[0].unfinishedLines == [0])
    #expect(SessionValidation.problem(in: session, fileName: "20270101-000000-ads-ctr.json") == nil)
    #expect(throws: SessionChangeError.self) { try session.apply(.unfinishedLine(step: 0, index: 5), at: Date()) }
    session.steps[0].unfinishedLines = [3]
    #expect(SessionValidation.problem(in: session, fileName: "20270101-000000-ads-ctr.json")
      == "steps[0].unfinishedLines holds 3; expected indices of its 1 lines")
    try session.apply(.lines(step: 0, lines: ["edited"]), at: Date())
    #expect(session.steps[0].unfinishedLines == nil, "an edit makes the text whole")
  }

  /// The texts drawn on the status row (between "go to row 1 and clear it" and "restore").
  static func statusLines(_ output: String) -> [String] {
    output.components(separatedBy: "\u{1B}[1;1H\u{1B}[2K").dropFirst().compactMap { part in
      part.components(separatedBy: "\u{1B}8").first.map { DisplayWidth.stripEscapes($0) }
    }.filter { !$0.isEmpty }
  }
}
