import Foundation
import MLCoachCore

struct ShowCommand: Command {
  static let spec = CommandSpec(
    name: "show", summary: "Show a scenario's opening prompt and steps (no rubric spoilers).",
    arguments: [ArgumentSpec(name: "SCENARIO", help: "an id, a unique id prefix, or words from its title",
                             completion: .scenario)],
    examples: ["mlcoach show fraud", "mlcoach show \"visual search\""])

  static func run(_ context: Context) throws -> ExitCode {
    let scenario = try context.scenario(named: context.arguments.positionals[0])
    let style = context.style
    let width = context.console.width
    var text = style.bold(scenario.title) + "  " + style.dim("(\(scenario.id), \(scenario.difficulty.rawValue), "
      + "\(scenario.topics.joined(separator: ", ")))") + "\n\n"
    text += TextLayout.wrap(scenario.summary, width: width) + "\n\n"
    text += style.bold("Interviewer:") + "\n" + TextLayout.wrap(scenario.prompt, width: width, indent: "  ") + "\n\n"
    text += style.bold("Steps (\(Format.minutesWithUnit(scenario.totalMinutes))):") + "\n"
    for step in scenario.steps {
      text += "  \(step.id.number). \(step.id.title) — \(Format.minutes(step.minutes)) min\n"
      for prompt in step.prompts {
        text += TextLayout.wrap(prompt, width: width, indent: "     - ", hangingIndent: "       ") + "\n"
      }
    }
    text += "\nPractise it: mlcoach practice \(scenario.id)\n"
    context.console.out(text)
    return .success
  }
}
