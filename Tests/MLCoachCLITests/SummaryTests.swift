import Foundation
import MLCoachCore
import Testing
@testable import MLCoachCLI

@Suite("a summary that fits a screen")
struct SummaryTests {
  let answers = CLITest.coreFixtures.appendingPathComponent("corpus")

  @Test("the end-of-interview summary is at most 30 lines at any width, and says where the rest is")
  func interviewSummaryHeight() throws {
    let home = CLITest.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let answer = try String(contentsOf: answers.appendingPathComponent("video-recommendation/w2-medium.md"), encoding: .utf8)
    let lines = answer.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    var input: [String] = []
    for step in 0..<7 { input += lines.enumerated().filter { $0.offset % 7 == step }.map(\.element) + ["/next"] }
    _ = CLITest.run(["practice", "video-recommendation", "--no-followups"], input: input,
                    environment: ["MLCOACH_HOME": home])
    let session = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    let report = try #require(session.score)
    let scenario = try #require(try ScenarioSet.bundled(id: "video-recommendation"))
    for width in [30, 40, 60, 80, 100] {
      let text = SummaryRenderer(scenario: scenario, style: Style(enabled: true), width: width)
        .render(report, session: session, footer: "full report: mlcoach report \(session.id)")
      let shown = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(shown.count <= SummaryRenderer.maximumLines, "\(width) columns: \(shown.count) lines")
      // The footer's command runs past a narrow window on a line of its own rather than being cut.
      let wide = shown.filter { !$0.contains("mlcoach report") && DisplayWidth.of(String($0)) > max(width, 30) }
      #expect(wide.isEmpty, "\(width) columns: \(wide.map { DisplayWidth.stripEscapes(String($0)) })")
      #expect(text.contains("Overall: ") && text.contains("Work on next") && text.contains("Time: "))
      // Advice is whole at 80 columns and wider: no "…" where a hint's question was cut.
      if width >= 80 { #expect(!text.contains("…"), "\(width): \(text)") }
      #expect(text.contains("Trade-offs") && !text.contains("tradeoffs"))
      // Never cut: the command is whole on one line.
      #expect(shown.contains { DisplayWidth.stripEscapes(String($0)).contains("mlcoach report \(session.id)") },
              "\(width)")
    }
  }

  /// Trial 48 read a Trade-offs bar of 85 beside four missed trade-off items as a contradiction:
  /// each bar says how many of its items earned credit, where the window leaves room.
  @Test("each category bar carries its count of credited items, within the width")
  func barsCountItems() throws {
    let file = answers.appendingPathComponent("eta-prediction/wa-medium.md").path
    let scenario = try #require(try ScenarioSet.bundled(id: "eta-prediction"))
    let report = Scorer(scenario: scenario).score(text: try String(contentsOfFile: file, encoding: .utf8))
    for width in [30, 50, 80] {
      let text = SummaryRenderer(scenario: scenario, style: Style(enabled: false), width: width)
        .render(report, session: nil, footer: "x")
      let line = try #require(text.split(separator: "\n").first { $0.contains("Trade-offs") })
      let tally = report.itemTally(.tradeoffs)
      // Partial ones are counted apart: "10/10 items" read as all made with a reason when two
      // were named without one (newcomer's trial, forty-second session).
      let partial = tally.partial > 0 ? " (\(tally.partial) partial)" : ""
      #expect(line.hasSuffix("\(tally.credited)/\(tally.counted) items" + partial) == (width >= 50), "\(width): \(line)")
      #expect(DisplayWidth.of(String(line)) <= width, "\(width): \(line)")
    }
  }

  /// Trial 21: into a pipe, advice was cut to three lines ("Give the reason, a …") and the title
  /// line to 80 columns ("(eta-prediction, 91 word…"), so a log lost words no screen needed cut.
  @Test("into a pipe or a file the summary cuts nothing")
  func pipedSummaryIsWhole() throws {
    let file = answers.appendingPathComponent("eta-prediction/wa-medium.md").path
    let piped = CLITest.run(["score", "eta-prediction", file])
    #expect(!piped.out.contains("…"), "\(piped.out)")
    let scenario = try #require(try ScenarioSet.bundled(id: "eta-prediction"))
    let report = Scorer(scenario: scenario).score(text: try String(contentsOfFile: file, encoding: .utf8))
    let joined = piped.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    for advice in report.advice.prefix(3) { #expect(joined.contains(advice), "\(advice)") }
    #expect(joined.contains("(eta-prediction, \(report.wordCount) words)"))
  }

  @Test("on a screen, advice that does not fit is cut after a whole sentence")
  func screenAdviceCutsAtSentences() throws {
    let file = answers.appendingPathComponent("eta-prediction/wa-medium.md").path
    let scenario = try #require(try ScenarioSet.bundled(id: "eta-prediction"))
    let report = Scorer(scenario: scenario).score(text: try String(contentsOfFile: file, encoding: .utf8))
    for width in [50, 80] {
      let text = SummaryRenderer(scenario: scenario, style: Style(enabled: false), width: width, fitsScreen: true)
        .render(report, session: nil, footer: "every verdict with its evidence: mlcoach score eta-prediction x.md --details")
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(lines.count <= SummaryRenderer.maximumLines)
      // Every cut item ends its last whole sentence before the "…".
      for line in lines where line.hasSuffix("…") {
        #expect(line.hasSuffix(". …") || line.hasSuffix("? …"), "\(width): \(line)")
      }
    }
  }

  @Test("a cut keeps whole sentences, and cuts mid-sentence only when the first does not fit")
  func clipKeepsSentences() {
    let layout = { (text: String) in TextLayout.lines(text, width: 30) }
    let text = "First sentence is short. Second sentence is a good deal longer than the first one was."
    #expect(TextLayout.clip(text, to: 5, width: 30, layout: layout) == layout(text))
    #expect(TextLayout.clip(text, to: 2, width: 30, layout: layout) == ["First sentence is short. …"])
    let long = "One sentence that runs on for far longer than two lines of thirty cells can hold."
    let cut = TextLayout.clip(long, to: 2, width: 30, layout: layout)
    #expect(cut.count == 2 && cut[1].hasSuffix("…"))
  }

  @Test("an overall below the category bars says what took it down, under the overall line")
  func overallNote() {
    let flagged = CLITest.run(["score", "eta-prediction", answers.appendingPathComponent("eta-prediction/wa-medium.md").path])
    let lines = flagged.out.split(separator: "\n").map(String.init)
    let overall = lines.firstIndex { $0.hasPrefix("Overall: ") }
    #expect(overall.map { lines[$0 + 1].contains("before 2 red flags (−") } == true, "\(flagged.out)")
    let bare = CLITest.run(["score", "eta-prediction", answers.appendingPathComponent("eta-prediction/wa-keywords-bare.md").path])
    #expect(bare.out.contains("at most 25: most of the credit came from points named without a reason"))
    let clean = CLITest.run(["score", "ads-ctr", answers.appendingPathComponent("ads-ctr/w2-good.md").path])
    #expect(!clean.out.contains("before") && !clean.out.contains("at most 25"), "\(clean.out)")
  }

  @Test("score prints the summary; --details prints every verdict")
  func scoreSummaryAndDetails() {
    let file = answers.appendingPathComponent("ads-ctr/w2-good.md").path
    let summary = CLITest.run(["score", "ads-ctr", file])
    #expect(summary.code == 0)
    #expect(summary.out.split(separator: "\n").count <= SummaryRenderer.maximumLines)
    #expect(summary.out.contains("Overall: ") && summary.out.contains("Work on next"))
    // The footer wraps over as many lines as the checkout's path needs: join them again.
    let lines = summary.out.split(separator: "\n")
    let start = lines.lastIndex { $0.contains("every verdict") } ?? lines.startIndex
    let unwrapped = lines[start...].joined(separator: " ")
    #expect(unwrapped.hasSuffix("every verdict with its evidence: mlcoach score ads-ctr \(file) --details"))
    #expect(!summary.out.contains("✓ "))
    let details = CLITest.run(["score", "ads-ctr", file, "--details"])
    #expect(details.out.contains("✓ ") && details.out.contains("Why this score"))
    #expect(details.out.split(separator: "\n").count > SummaryRenderer.maximumLines)
  }
}

/// The bundled scenarios, decoded for a test.
enum ScenarioSet {
  static func bundled(id: String) throws -> Scenario? {
    let console = ScriptedConsole(environment: ["MLCOACH_HOME": CLITest.temporaryDirectory()])
    let context = Context(console: console, clock: FixedClock(), arguments: ParsedArguments())
    return try context.catalogue().scenario(id: id)
  }
}
