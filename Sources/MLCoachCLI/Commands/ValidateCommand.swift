import Foundation
import MLCoachCore

struct ValidateCommand: Command {
  static let spec = CommandSpec(
    name: "validate", summary: "Check scenario files or folders and print every problem.",
    arguments: [ArgumentSpec(name: "PATH", help: "a scenario or lexicon file, or a folder of scenarios", optional: true, repeating: true,
                             completion: .file)],
    discussion: [
      "Without PATH, checks every scenario mlcoach loads (bundled, your data folder, $MLCOACH_SCENARIOS and "
        + "--scenarios). Exit status: 0 when all are valid, 65 when a file is invalid, 66 when a path is missing or "
        + "holds no .json file.",
    ],
    examples: ["mlcoach validate my-scenarios/fraud.json"])

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
      if catalogue.scenarios.isEmpty && catalogue.problems.isEmpty && catalogue.lexiconFiles == 0 {
        throw CLIError("no .json files in \(paths.joined(separator: ", "))", code: .noInput)
      }
      catalogue.sortScenarios()
      for problem in catalogue.problems { console.errorLine(CLIError.printable(problem.description)) }
    }
    // Phrases the lexicon would read differently from what the author wrote: valid JSON that
    // can never match, so a problem like any other.
    let lexicon = context.lexicon()
    let lint = catalogue.scenarios.flatMap { RubricLint.issues(scenario: $0, lexicon: lexicon, file: $0.id) }
    for problem in lint { console.errorLine(problem.description) }
    let problems = catalogue.problems.count + lint.count
    let bad = Set(catalogue.problems.map(\.file) + lint.map(\.file)).count
    let good = catalogue.scenarios.count - Set(lint.map(\.file)).count
    let lexicons = catalogue.lexiconFiles
    if bad == 0 {
      var valid: [String] = []
      if good > 0 || lexicons == 0 { valid.append("\(good) scenario\(good == 1 ? "" : "s") valid") }
      if lexicons > 0 { valid.append("\(lexicons) lexicon file\(lexicons == 1 ? "" : "s") valid") }
      console.line("\(context.style.green("ok")): \(valid.joined(separator: ", "))")
      return .success
    }
    console.errorLine("\(problems) problem\(problems == 1 ? "" : "s") in \(bad) file\(bad == 1 ? "" : "s"); \(good) valid")
    return .dataError
  }
}
