import BundledScenarios
import Foundation
@testable import MLCoachCLI
import MLCoachCore
import Testing

/// Issue 10, end to end: a piped practice interview in which every follow-up is answered, run
/// through `CLI.run` with a scripted console. Each probed item must be earned by its reply.
@Suite("Follow-up replies earn the probed item, end to end")
struct FollowUpCreditEndToEndTests {
  /// One short line per step that leaves the step's main points open, so the interviewer probes.
  static let stepLines: [StepID: String] = [
    .requirements: "Let me start with the product.",
    .framing: "I would frame it as a recommendation problem.",
    .data: "We have logs of what people watched.",
    .model: "Retrieval uses a two-tower model with a user tower and a video tower.",
    .evaluation: "I would look at offline metrics first.",
    .serving: "It runs as an online service.",
    .monitoring: "We would watch dashboards after launch.",
  ]

  /// What a candidate says to a probe: the item's point in their own voice.
  static func reply(to item: RubricItem) -> String { "Good question. \(item.reference)" }

  @Test("piped practice: every follow-up is answered and every probed item is credited")
  func answeringEarnsProbedItems() throws {
    let file = try #require(BundledScenarios.files.first { $0.name == "video-recommendation.json" })
    let scenario = try ScenarioDecoder.decode(file.bytes, file: file.name)
    // Walk the interview once in the engine to learn which item each step probes.
    let clock = FixedClock()
    let session = InterviewEngine.newSession(id: "plan", scenario: scenario,
                                             options: .init(totalMinutes: 45, timer: false), now: clock.now())
    var engine = InterviewEngine(scenario: scenario, session: session, now: clock.now())
    _ = engine.begin(now: clock.now())
    var input: [String] = []
    for step in StepID.allCases {
      let line = try #require(Self.stepLines[step])
      input += [line, "/next"]
      _ = engine.enter(line, now: clock.now())
      _ = engine.enter("/next", now: clock.now())
      let probed = try #require(engine.session.steps[step.number - 1].followUp, "\(step) was not probed")
      let reply = Self.reply(to: try #require(scenario.item(probed.itemID)))
      input += [reply, "/next"]
      _ = engine.enter(reply, now: clock.now())
      _ = engine.enter("/next", now: clock.now())
    }
    #expect(engine.phase == .finished)

    let home = CLITest.temporaryDirectory()
    let result = CLITest.run(["practice", "video-recommendation", "--no-timer"], input: input,
                             environment: ["MLCOACH_HOME": home])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("Interview over."))
    let saved = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    let report = try #require(saved.score)
    let probes = saved.steps.compactMap(\.followUp)
    #expect(probes.count == 7, "one probe per step")
    for probe in probes {
      let verdict = try #require(report.verdict(probe.itemID))
      #expect(verdict.status == .hit || verdict.status == .partial, "\(probe.itemID): \(verdict.status)")
      #expect(!probe.lines.isEmpty)
    }
    // After a two-tower choice no step probes matrix factorisation.
    #expect(!probes.contains { $0.itemID == "matrix-factorization" || $0.itemID == "mf-weighted-loss" })
  }
}
