import Foundation
import MLCoachCore

struct ListCommand: Command {
  static let spec = CommandSpec(
    name: "list", summary: "List the scenarios you can practise.",
    options: [
      OptionSpec("--topic", value: "TOPIC", help: "only scenarios with this topic (case-insensitive; see 'mlcoach topics')"),
      OptionSpec("--json", help: "print a JSON array with id, title, topics, difficulty, minutes, summary"),
    ],
    discussion: ["The table fits the terminal width (COLUMNS, else the terminal's); long titles wrap. Piped "
                 + "without COLUMNS, each scenario stays one line."],
    examples: ["mlcoach list --topic search"])

  struct Row: Encodable {
    var id: String
    var title: String
    var topics: [String]
    var difficulty: String
    var minutes: Double
    var summary: String
  }

  static func run(_ context: Context) throws -> ExitCode {
    // Only the listings: decoding every bundled scenario in full was most of list's time.
    let catalogue = try context.listing()
    var scenarios = catalogue.listings
    if let topic = context.arguments.value("--topic") {
      scenarios = catalogue.listings(topic: topic)
      if scenarios.isEmpty {
        let known = catalogue.topics.map(\.topic).joined(separator: ", ")
        throw CLIError("no scenario has the topic '\(UserText.excerpt(topic, limit: 60))'; known topics: \(known)", code: .usage)
      }
    }
    let console = context.console
    if context.arguments.has("--json") {
      console.out(try JSONOutput.encode(scenarios.map {
        Row(id: $0.id, title: $0.title, topics: $0.topics, difficulty: $0.difficulty.rawValue,
            minutes: $0.totalMinutes, summary: $0.summary)
      }))
      return .success
    }
    if scenarios.isEmpty {
      console.line("No scenarios found. Add one with --scenarios DIR; see docs/scenario-format.md.")
      return .success
    }
    let rows = scenarios.map { scenario in
      [context.style.cyan(scenario.id), scenario.title, scenario.topics.joined(separator: ", "),
       scenario.difficulty.rawValue, Format.minutes(scenario.totalMinutes)]
    }
    // Ids are never cut (they are what you type next); titles and topics wrap to fit.
    let table = Table(columns: [Table.Column("ID", flexible: false), Table.Column("TITLE"), Table.Column("TOPICS"),
                                Table.Column("LEVEL", flexible: false), Table.Column("MIN", alignment: .right)],
                      rows: rows, overflow: .wrap)
    console.out(table.render(width: console.tableWidth, style: context.style))
    return .success
  }
}
