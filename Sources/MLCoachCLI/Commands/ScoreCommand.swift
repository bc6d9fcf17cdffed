import Foundation
import MLCoachCore

struct ScoreCommand: Command {
  static let spec = CommandSpec(
    name: "score", usage: "mlcoach score SCENARIO FILE [--json]",
    summary: "Score a written answer against a scenario's rubric.",
    details: """
      FILE is Markdown or plain text; '-' reads standard input. Headings such as '## 3. Data' or
      'Step 5: Evaluation' map text to steps, but a point counts wherever you make it.

      options:
        --json   print the report as JSON (schema: docs/score-json.md)

      examples:
        mlcoach score ads-ctr my-answer.md
        pbpaste | mlcoach score image-search - --json
      """,
    flags: ["--json"], positionals: 2...2)

  /// Larger answers are refused rather than scored slowly; real answers are a few KB.
  static let maximumAnswerBytes = 16 * 1024 * 1024

  static func run(_ context: Context) throws -> ExitCode {
    let scenario = try context.scenario(named: context.arguments.positionals[0])
    let path = context.arguments.positionals[1]
    let text = try readAnswer(path, console: context.console)
    let report = Scorer(scenario: scenario).score(text: text)
    if context.arguments.has("--json") {
      context.console.out(try JSONOutput.encode(report))
    } else {
      if text.allSatisfy(\.isWhitespace) {
        context.console.errorLine("warning: the answer is empty; every rubric point is missed")
      }
      context.console.out(ScoreRenderer(scenario: scenario, style: context.style, width: context.console.width)
        .render(report))
    }
    return .success
  }

  /// Reads an answer file as UTF-8 text, refusing binary files with a clear message.
  static func readAnswer(_ path: String, console: Console) throws(CLIError) -> String {
    let bytes: [UInt8]
    let name = path == "-" ? "standard input" : "'\(path)'"
    if path == "-" {
      bytes = console.readAllInput()
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIError("\(name): no such file", code: .noInput)
      }
      guard !isDirectory.boolValue else { throw CLIError("\(name) is a folder; give the answer file", code: .noInput) }
      guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIError("\(name): cannot read the file (permissions?)", code: .noInput)
      }
      bytes = [UInt8](data)
    }
    guard bytes.count <= maximumAnswerBytes else {
      throw CLIError("\(name) is \(bytes.count / 1_048_576) MB; answers over \(maximumAnswerBytes / 1_048_576) MB are not scored",
                     code: .dataError)
    }
    if bytes.contains(0) { throw CLIError("\(name) looks like a binary file (it contains NUL bytes), not an answer", code: .dataError) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw CLIError("\(name) is not valid UTF-8 text; save it as UTF-8", code: .dataError)
    }
    return text
  }
}
