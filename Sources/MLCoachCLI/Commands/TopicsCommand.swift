import Foundation
import MLCoachCore

struct TopicsCommand: Command {
  static let spec = CommandSpec(
    name: "topics", summary: "List the topics with how many scenarios each has.",
    options: [OptionSpec("--json", help: "print a JSON array with topic and scenarios (how many have it)")],
    examples: ["mlcoach topics", "mlcoach topics --json"])

  struct Row: Encodable {
    var topic: String
    var scenarios: Int
  }

  static func run(_ context: Context) throws -> ExitCode {
    let topics = try context.listing().topics
    // As list, sessions, history and next do: a newcomer's `topics --json` was an unknown option.
    if context.arguments.has("--json") {
      context.console.out(try JSONOutput.encode(topics.map { Row(topic: $0.topic, scenarios: $0.count) }))
      return .success
    }
    let rows = topics.map { [$0.topic, String($0.count)] }
    let table = Table(columns: [Table.Column("TOPIC"), Table.Column("SCENARIOS", alignment: .right)], rows: rows)
    context.console.out(table.render(width: context.console.tableWidth, style: context.style))
    return .success
  }
}
