import MLCoachCore

struct NextCommand: Command {
  static let spec = CommandSpec(
    name: "next", usage: "mlcoach next",
    summary: "Recommend what to practise next, and why.",
    details: """
      Picks a focus and a scenario from your history: the focus is your weakest category over your
      last \(Recommendation.recentSessions) scored sessions (your self-assessed scores where you reviewed), and the
      scenario is one you have never practised, else the one practised least recently. Items you
      keep missing are named too. The same history always gives the same advice.

      example: mlcoach next
      """)

  static func run(_ context: Context) throws -> ExitCode {
    let lookup = SessionLookup(context: context)
    let console = context.console
    let catalogue = try context.catalogue()
    guard let next = Recommendation.recommend(summaries: lookup.sessions, scenarios: catalogue.scenarios,
                                              now: context.clock.now()) else {
      console.line("No scenarios are installed; see 'mlcoach list' and docs/scenario-format.md.")
      return .success
    }
    let width = console.width
    guard !lookup.sessions.isEmpty else {
      console.line(TextLayout.wrap("No sessions yet: start one with '\(next.command)' (\(next.scenarioTitle)); "
        + "'mlcoach list' shows the others.", width: width))
      return .success
    }
    let style = context.style
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
