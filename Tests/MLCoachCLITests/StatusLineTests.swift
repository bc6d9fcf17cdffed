import MLCoachCore
import Testing
@testable import MLCoachCLI

@Suite("status line and time notices")
struct StatusLineTests {
  let fields = StatusLine.Fields(scenarioID: "video-recommendation", stepIndex: 2, stepCount: 7,
                                 stepTitle: "Data preparation", stepBudget: 300, stepSecondsLeft: 101,
                                 totalSecondsLeft: 518)

  @Test("parts are given up by priority: the step's time stays at every width")
  func truncationByPriority() {
    let line = StatusLine(fields)
    #expect(line.text(width: 100)
      == "video-recommendation · Step 3/7 Data preparation · step 1:41 left · interview 8:38 left")
    #expect(line.text(width: 80) == "Step 3/7 Data preparation · step 1:41 left · interview 8:38 left")
    #expect(line.text(width: 60) == "Step 3/7 Data prepa… · step 1:41 left · interview 8:38 left")
    #expect(line.text(width: 30) == "3/7 · 1:41 left · total 8:38")
    #expect(line.text(width: 20) == "1:41 · total 8:38")
    #expect(line.text(width: 8) == "1:41")
    for width in [8, 20, 30, 60, 80, 100] {
      #expect(DisplayWidth.of(line.text(width: width)) <= width - 1, "\(width)")
      #expect(line.text(width: width).contains("1:41"), "\(width)")
    }
  }

  @Test("over time it says so, in red; from the warning on, yellow")
  func overTime() {
    var over = fields
    over.stepSecondsLeft = -7
    #expect(StatusLine(over).text(width: 80).contains("step over by 0:07"))
    #expect(StatusLine(over).text(width: 20).hasPrefix("+0:07"))
    #expect(StatusLine(over).render(width: 80, style: Style(enabled: true)).hasPrefix("\u{1B}[31m"))
    var warned = fields
    warned.stepSecondsLeft = 59
    #expect(StatusLine(warned).render(width: 80, style: Style(enabled: true)).hasPrefix("\u{1B}[33m"))
    // A 90-second step warns half-way, so 50 s left is not yet a warning.
    var short = fields
    (short.stepBudget, short.stepSecondsLeft) = (90, 50)
    #expect(StatusLine(short).render(width: 80, style: Style(enabled: true)).hasPrefix("\u{1B}[1m"))
  }

  @Test("wide characters in a title are measured in cells")
  func wideTitle() {
    var wide = fields
    wide.stepTitle = "データ準備とラベル付け"
    let text = StatusLine(wide).text(width: 60)
    #expect(DisplayWidth.of(text) <= 59)
    #expect(text.contains("step 1:41 left"))
  }

  @Test("warnings: a minute before the end of steps of 2 minutes or more, half-way for shorter ones")
  func warningTiming() {
    #expect(TimeNotice.lead(budget: 300) == 60)
    #expect(TimeNotice.lead(budget: 120) == 60)
    #expect(TimeNotice.lead(budget: 90) == 45)
    #expect(StepTimer.events(budget: 300, before: 239, now: 240) == [.warning])
    #expect(StepTimer.events(budget: 90, before: 44, now: 45) == [.warning])
    #expect(StepTimer.events(budget: 90, before: 30, now: 40).isEmpty)
    // Crossing the warning and the end at once gives only the end.
    #expect(StepTimer.events(budget: 120, before: 30, now: 130) == [.expired])
  }

  @Test("a warning for a step that has ended is dropped; one still current shows the time now")
  func staleWarnings() {
    let notice = TimeNotice(stepIndex: 0)
    #expect(notice.isCurrent(stepIndex: 0, secondsLeft: 38))
    #expect(!notice.isCurrent(stepIndex: 1, secondsLeft: 200))
    #expect(!notice.isCurrent(stepIndex: 0, secondsLeft: 0))
    #expect(TimeNotice.text(secondsLeft: 38) == "About 0:38 left in this step.")
  }
}

@Suite("terminal capabilities and step headers")
struct TerminalCapabilitiesTests {
  @Test("line editing and the status line need a real terminal at both ends and a TERM that is not dumb")
  func capabilities() {
    let full = TerminalCapabilities.decide(stdinIsTerminal: true, stdoutIsTerminal: true,
                                           environment: ["TERM": "xterm-256color"], timer: true)
    #expect(full == TerminalCapabilities(lineEditing: true, statusLine: true))
    #expect(TerminalCapabilities.decide(stdinIsTerminal: true, stdoutIsTerminal: true, environment: ["TERM": "dumb"],
                                        timer: true) == TerminalCapabilities(lineEditing: false, statusLine: false))
    #expect(TerminalCapabilities.decide(stdinIsTerminal: true, stdoutIsTerminal: true, environment: [:],
                                        timer: true) == TerminalCapabilities(lineEditing: false, statusLine: false))
    #expect(TerminalCapabilities.decide(stdinIsTerminal: false, stdoutIsTerminal: true, environment: ["TERM": "xterm"],
                                        timer: true) == TerminalCapabilities(lineEditing: false, statusLine: false))
    #expect(TerminalCapabilities.decide(stdinIsTerminal: true, stdoutIsTerminal: true, environment: ["TERM": "xterm"],
                                        timer: false) == TerminalCapabilities(lineEditing: true, statusLine: false))
  }

  @Test("a resumed step's heading says the time left, not the full budget")
  func stepHeader() {
    #expect(StepHeader.text(index: 3, count: 7, title: "Model development", budget: 133, used: 0, timer: true)
      == "Step 4/7 · Model development — 2:13")
    #expect(StepHeader.text(index: 3, count: 7, title: "Model development", budget: 133, used: 32, timer: true)
      == "Step 4/7 · Model development — 1:41 left of 2:13")
    #expect(StepHeader.text(index: 3, count: 7, title: "Model development", budget: 133, used: 140, timer: true)
      == "Step 4/7 · Model development — over by 0:07 (budget 2:13)")
    #expect(StepHeader.text(index: 3, count: 7, title: "Model development", budget: 133, used: 32, timer: false)
      == "Step 4/7 · Model development")
  }
}
