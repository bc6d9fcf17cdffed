import Foundation
import MLCoachCore
import Testing
@testable import MLCoachCLI

/// The practice command in-process, with scripted input and a fixed clock.
@Suite("practice options")
struct PracticeCommandTests {
  @Test("without a scenario it picks the least practised one and says so")
  func leastPractised() {
    let home = CLITest.temporaryDirectory()
    let first = CLITest.run(["practice", "--no-followups"], input: ["/quit"], environment: ["MLCOACH_HOME": home])
    #expect(first.code == 0)
    #expect(first.out.contains("No scenario named: picking ads-ctr, the one you have practised least (never)."))
    let second = CLITest.run(["practice", "--no-followups"], input: ["/quit"], environment: ["MLCOACH_HOME": home])
    #expect(second.out.contains("picking image-search"))
  }

  @Test("bad --minutes and --focus values are usage errors")
  func badOptions() {
    let minutes = CLITest.run(["practice", "ads-ctr", "--minutes", "soon"])
    #expect(minutes.code == 64)
    #expect(minutes.err.hasPrefix("error: --minutes needs a number of minutes from 1 to 600 (got 'soon')\nusage: "))
    let focus = CLITest.run(["practice", "ads-ctr", "--focus", "vibes"])
    #expect(focus.code == 64)
    #expect(focus.err.contains("unknown category 'vibes'; use one of: requirements, modeling"))
  }

  @Test("--minutes scales the budgets shown and saved")
  func minutesAndTimeTable() throws {
    let home = CLITest.temporaryDirectory()
    let clock = FixedClock()
    let result = CLITest.run(["practice", "image-search", "--minutes", "9", "--no-followups"],
                             input: ["/quit"], environment: ["MLCOACH_HOME": home], clock: clock)
    #expect(result.out.contains("Step 1/7 · Clarifying requirements — 1:00"))
    let session = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    #expect(session.steps.reduce(0) { $0 + $1.budgetSeconds } == 540)
  }

  @Test("resume refuses a finished session and explains how to see it")
  func resumeFinished() throws {
    let home = CLITest.temporaryDirectory()
    let input = Array(repeating: "/next", count: 7)
    _ = CLITest.run(["practice", "ads-ctr", "--no-followups"], input: input, environment: ["MLCOACH_HOME": home])
    let id = try #require(SessionStore(dataDirectory: home).all().sessions.first?.id)
    let result = CLITest.run(["resume", id], environment: ["MLCOACH_HOME": home])
    #expect(result.code == 64)
    #expect(result.err.contains("is finished; see it with 'mlcoach review \(id)'"))
    let none = CLITest.run(["resume"], environment: ["MLCOACH_HOME": home])
    #expect(none.code == 66)
    #expect(none.err.contains("no unfinished interview to resume"))
  }
}
