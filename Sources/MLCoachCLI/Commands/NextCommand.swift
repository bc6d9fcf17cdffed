import Foundation
import MLCoachCore

struct NextCommand: Command {
  static let spec = CommandSpec(
    name: "next", summary: "Recommend what to practise next, and why.",
    options: [OptionSpec("--json", help: "print the recommendation as JSON (see docs/report-format.md)")],
    discussion: [
      "An unfinished interview comes first: next offers to resume it, and a self-review stopped part-way is named "
        + "with how to continue it. Then it picks a focus and a scenario from "
        + "your finished sessions: the focus is your weakest category over your last "
        + "\(Recommendation.recentSessions) scored sessions (your self-assessed scores where you reviewed), and the "
        + "scenario is one you have never finished, else the one finished least recently. Items you keep missing "
        + "are named too. The same history always gives the same advice, and 'mlcoach practice' without a "
        + "scenario follows it.",
    ],
    examples: ["mlcoach next", "mlcoach next --json | jq -r .command"])

  /// What `next --json` prints (documented in docs/report-format.md).
  struct Output: Encodable {
    struct Resume: Encodable, Sendable {
      var id: String
      var scenario: String
      var step: Int
      var steps: Int
      var startedAt: Date
      var command: String
    }

    struct Review: Encodable, Sendable {
      var id: String
      var scenario: String
      var position: Int
      var total: Int
      var command: String
    }

    struct Missed: Encodable, Sendable {
      var scenario: String
      var item: String
      var text: Nullable<String>
      var missed: Int
      var sessions: Int
    }

    /// The latest unfinished interview, to resume before anything else; null when none.
    var resume: Nullable<Resume>
    /// The latest self-review stopped part-way, to finish; null when none.
    var review: Nullable<Review>
    var scenario: String
    var scenarioTitle: String
    /// The category id to focus on (`practice --focus`); null before any scored session.
    var focus: Nullable<String>
    var focusScore: Nullable<Double>
    var reason: String
    var command: String
    var mostMissed: [Missed]
  }

  static func run(_ context: Context) throws -> ExitCode {
    let lookup = SessionLookup(context: context)
    let console = context.console
    let catalogue = try context.catalogue()
    guard let next = Recommendation.recommend(summaries: lookup.sessions, scenarios: catalogue.scenarios,
                                              now: context.clock.now(), calendar: context.calendar) else {
      throw CLIError("no scenarios are installed; see 'mlcoach list' and docs/scenario-format.md", code: .noInput)
    }
    let unfinished = lookup.unfinished.last
    // A self-review stopped part-way is named too: its verdicts change the scores the advice
    // reads, and nothing else reminded of it.
    let reviewing = lookup.sessions.last { $0.reviewProgress != nil }
    if context.arguments.has("--json") {
      let resume = unfinished.map {
        Output.Resume(id: $0.id, scenario: $0.scenarioID, step: min($0.currentStep + 1, $0.stepCount),
                      steps: $0.stepCount, startedAt: $0.startedAt, command: "mlcoach resume \($0.id)")
      }
      let review = reviewing.flatMap { session in
        session.reviewProgress.map {
          Output.Review(id: session.id, scenario: session.scenarioID, position: $0.position, total: $0.total,
                        command: "mlcoach review \(session.id)")
        }
      }
      let output = Output(
        resume: Nullable(resume), review: Nullable(review), scenario: next.scenarioID, scenarioTitle: next.scenarioTitle,
        focus: Nullable(next.focus?.rawValue), focusScore: Nullable(next.focusScore), reason: next.reason,
        command: next.command,
        mostMissed: next.mostMissed.map {
          Output.Missed(scenario: $0.scenarioID, item: $0.itemID, text: Nullable($0.text), missed: $0.missed, sessions: $0.sessions)
        })
      console.out(try JSONOutput.encode(output))
      return .success
    }
    let width = console.width
    let style = context.style
    if let unfinished {
      let when = Format.when(unfinished.startedAt, now: context.clock.now(), calendar: context.calendar)
      console.line(TextLayout.wrap(style.bold("Unfinished: ") + "\(unfinished.scenarioID), started \(when), "
        + "stopped at \(HumanName.progress(of: unfinished)).", width: width, hangingIndent: "      "))
      console.line("Resume: " + style.cyan("mlcoach resume \(unfinished.id)"))
      console.line("")
    }
    if let reviewing, let progress = reviewing.reviewProgress {
      console.line(TextLayout.wrap(style.bold("Self-review: ") + "\(reviewing.scenarioID), stopped after "
        + "\(progress.position) of \(progress.total) items.", width: width, hangingIndent: "      "))
      console.line("Continue: " + style.cyan("mlcoach review \(reviewing.id)"))
      console.line("")
    }
    guard lookup.sessions.contains(where: { $0.state == .finished }) else {
      console.line(TextLayout.wrap("No finished sessions yet: start with '\(next.command)' (\(next.scenarioTitle)); "
        + "'mlcoach list' shows the others.", width: width))
      return .success
    }
    console.line(TextLayout.wrap(style.bold("Next: ") + next.reason, width: width, hangingIndent: "      "))
    let relevant = next.mostMissed.first { $0.category == next.focus } ?? next.mostMissed.first
    if let missed = relevant {
      let name = missed.text.map { "“\($0)”" } ?? missed.itemID
      console.line(TextLayout.wrap(style.dim("Most often missed: ") + "\(name) (\(missed.scenarioID), missed in "
        + "\(missed.missed) of \(missed.sessions) sessions)", width: width, hangingIndent: "      "))
    }
    console.line("Run:  " + style.cyan(next.command))
    return .success
  }
}
