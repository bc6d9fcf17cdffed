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
