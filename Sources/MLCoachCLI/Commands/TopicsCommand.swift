import Foundation
import MLCoachCore

struct TopicsCommand: Command {
  static let spec = CommandSpec(
    name: "topics", summary: "List the topics with how many scenarios each has.",
    examples: ["mlcoach topics"])

  static func run(_ context: Context) throws -> ExitCode {
    let topics = try context.listing().topics
    let rows = topics.map { [$0.topic, String($0.count)] }
    let table = Table(columns: [Table.Column("TOPIC"), Table.Column("SCENARIOS", alignment: .right)], rows: rows)
    context.console.out(table.render(width: context.console.tableWidth, style: context.style))
    return .success
  }
}
