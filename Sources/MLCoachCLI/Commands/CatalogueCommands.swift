import Foundation
import MLCoachCore

struct ListCommand: Command {
  static let spec = CommandSpec(
    name: "list", usage: "mlcoach list [--topic T] [--json]",
    summary: "List the scenarios you can practise.",
    details: """
      options:
        --topic T   only scenarios with topic T (case-insensitive; see 'mlcoach topics')
        --json      print a JSON array with id, title, topics, difficulty, minutes, summary

      example: mlcoach list --topic search
      """,
    flags: ["--json"], options: ["--topic"])

  struct Row: Encodable {
    var id: String
    var title: String
    var topics: [String]
    var difficulty: String
    var minutes: Double
    var summary: String
  }

  static func run(_ context: Context) throws -> ExitCode {
    let catalogue = try context.catalogue()
    var scenarios = catalogue.scenarios
    if let topic = context.arguments.value("--topic") {
      scenarios = catalogue.scenarios(topic: topic)
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
    console.out(TextLayout.table(header: ["ID", "TITLE", "TOPICS", "LEVEL", "MIN"], rows: rows,
                                 width: 1000, style: context.style))
    return .success
  }
}

struct TopicsCommand: Command {
  static let spec = CommandSpec(
    name: "topics", usage: "mlcoach topics",
    summary: "List the topics with how many scenarios each has.",
    details: "example: mlcoach topics")

  static func run(_ context: Context) throws -> ExitCode {
    let topics = try context.catalogue().topics
    let rows = topics.map { [$0.topic, String($0.count)] }
    context.console.out(TextLayout.table(header: ["TOPIC", "SCENARIOS"], rows: rows, width: context.console.width,
                                         style: context.style))
    return .success
  }
}

struct ShowCommand: Command {
  static let spec = CommandSpec(
    name: "show", usage: "mlcoach show SCENARIO",
    summary: "Show a scenario's opening prompt and steps (no rubric spoilers).",
    details: """
      SCENARIO is an id, a unique id prefix, or words from its title.

      example: mlcoach show video
      """,
    positionals: 1...1)

  static func run(_ context: Context) throws -> ExitCode {
    let scenario = try context.scenario(named: context.arguments.positionals[0])
    let style = context.style
    let width = context.console.width
    var text = style.bold(scenario.title) + "  " + style.dim("(\(scenario.id), \(scenario.difficulty.rawValue), "
      + "\(scenario.topics.joined(separator: ", ")))") + "\n\n"
    text += TextLayout.wrap(scenario.summary, width: width) + "\n\n"
    text += style.bold("Interviewer:") + "\n" + TextLayout.wrap(scenario.prompt, width: width, indent: "  ") + "\n\n"
    text += style.bold("Steps (\(Format.minutes(scenario.totalMinutes)) minutes):") + "\n"
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

struct ValidateCommand: Command {
  static let spec = CommandSpec(
    name: "validate", usage: "mlcoach validate [PATH ...]",
    summary: "Check scenario files or folders and print every problem.",
    details: """
      Without PATH, checks every scenario mlcoach loads (bundled, $MLCOACH_SCENARIOS, your data
      folder and --scenarios). Exit status: 0 all valid, 65 a file is invalid, 66 a path is missing.

      example: mlcoach validate my-scenarios/fraud.json
      """,
    positionals: 0...Int.max)

  static func run(_ context: Context) throws -> ExitCode {
    let console = context.console
    let paths = context.arguments.positionals
    var catalogue: Catalogue
    if paths.isEmpty {
      catalogue = try context.catalogue()
    } else {
      catalogue = Catalogue()
      var seen = Set<String>()
      for path in paths {
        // The same file named twice (or 20,000 times) is checked once.
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        guard seen.insert(canonical).inserted else { continue }
        do {
          try catalogue.add(path: path)
        } catch {
          throw CLIError(error)
        }
      }
      if catalogue.scenarios.isEmpty && catalogue.problems.isEmpty {
        throw CLIError("no .json files in \(paths.joined(separator: ", "))", code: .noInput)
      }
      catalogue.sortScenarios()
      for problem in catalogue.problems { console.errorLine(CLIError.printable(problem.description)) }
    }
    let bad = Set(catalogue.problems.map(\.file)).count
    let good = catalogue.scenarios.count
    if bad == 0 {
      console.line("\(context.style.green("ok")): \(good) scenario\(good == 1 ? "" : "s") valid")
      return .success
    }
    console.errorLine("\(catalogue.problems.count) problem\(catalogue.problems.count == 1 ? "" : "s") in \(bad) file\(bad == 1 ? "" : "s"); \(good) valid")
    return .dataError
  }
}

/// Number formatting shared by the reports.
enum Format {
  static func minutes(_ value: Double) -> String { NumberText.decimal(value) }

  /// `m:ss`, or `h:mm:ss` past an hour; negative values get a minus sign.
  static func clock(_ seconds: Double) -> String { ClockText.format(seconds) }

}
