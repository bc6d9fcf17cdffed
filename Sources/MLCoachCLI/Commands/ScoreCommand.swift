import Foundation
import MLCoachCore

struct ScoreCommand: Command {
  static let spec = CommandSpec(
    name: "score", summary: "Score a written answer against a scenario's rubric.",
    arguments: [
      ArgumentSpec(name: "SCENARIO", help: "an id, a unique id prefix, or words from its title", completion: .scenario),
      ArgumentSpec(name: "FILE", help: "the answer, Markdown or plain text; '-' reads standard input", completion: .file),
    ],
    options: [
      OptionSpec("--details", help: "every rubric verdict with its evidence, the red flags and why (through $PAGER "
        + "on a terminal)"),
      OptionSpec("--json", help: "print the whole report as JSON (schema: docs/score-json.md)"),
    ],
    discussion: [
      "Headings such as '## 3. Data' or 'Step 5: Evaluation' map text to steps, but a point counts wherever you "
        + "make it. Without --details you get a summary that fits a screen: the overall score and band, the "
        + "category bars and the three things to work on first.",
      "Bands, on the 0–100 overall score: \(Band.legend). docs/scoring.md gives every rule and the calibration.",
    ],
    examples: ["mlcoach score ads-ctr my-answer.md --details", "pbpaste | mlcoach score image-search - --json"])

  /// Larger answers are refused rather than scored slowly; real answers are a few KB.
  static let maximumAnswerBytes = 16 * 1024 * 1024

  static func run(_ context: Context) throws -> ExitCode {
    let scenario = try context.scenario(named: context.arguments.positionals[0])
    let path = context.arguments.positionals[1]
    let text = try readAnswer(path, console: context.console)
    // The rest of the catalogue feeds the off-topic check.
    let report = Scorer(scenario: scenario, lexicon: context.lexicon(), others: try context.catalogue().scenarios)
      .score(text: text)
    if context.arguments.has("--json") {
      context.console.out(try JSONOutput.encode(report))
      return .success
    }
    if text.allSatisfy(\.isWhitespace) {
      context.warn("the answer is empty; every rubric point is missed")
    }
    let width = context.console.width
    if context.arguments.has("--details") {
      Pager.show(ScoreRenderer(scenario: scenario, style: context.style, width: width).render(report), context: context)
    } else {
      let file = path.contains(" ") ? "'\(path)'" : path
      // Standard input cannot be read twice: the same command line would find nothing to score.
      let footer = path == "-"
        ? "every verdict with its evidence: add --details (and pipe the answer again)"
        : "every verdict with its evidence: mlcoach score \(scenario.id) \(file) --details"
      context.console.out(SummaryRenderer(scenario: scenario, style: context.style, width: width,
                                          fitsScreen: context.console.stdoutIsTerminal)
        .render(report, session: nil, footer: footer))
    }
    return .success
  }

  /// Reads an answer as text: a file, a pipe or standard input (`-`), at most
  /// `maximumAnswerBytes` of it (checked before reading a file, and while reading a stream).
  /// UTF-8 with or without a byte-order mark and UTF-16/UTF-32 with one are read; line endings
  /// of every convention become LF, so every form of one text scores the same.
  /// - Throws: `CLIError` 66 when the answer cannot be read, 65 when it is too large, binary or
  ///   not text (with the line and column of the first bad byte).
  static func readAnswer(_ path: String, console: Console) throws(CLIError) -> String {
    let name = path == "-" ? "standard input" : "'\(path)'"
    let bytes: [UInt8]
    do {
      bytes = path == "-"
        ? try console.readAllInput(limit: maximumAnswerBytes)
        : try BoundedFile.read(atPath: path, limit: maximumAnswerBytes, streams: true)
    } catch {
      let limit = FileReadError.megabytes(maximumAnswerBytes)
      switch error {
      case .notFound where SessionStore.looksLikeSessionID(path):
        // A trial tried `score ID SESSION --details` to see a session's verdicts.
        throw CLIError("\(name): no such file; for a session's verdicts run 'mlcoach report \(path)'",
                       code: .noInput)
      case .notFound: throw CLIError("\(name): no such file", code: .noInput)
      case .isDirectory: throw CLIError("\(name) is a folder; give the answer file", code: .noInput)
      case .tooLarge(let size?, _):
        throw CLIError("\(name) is \(FileReadError.megabytes(size)); answers over \(limit) are not scored", code: .dataError)
      case .tooLarge(nil, _):
        throw CLIError("\(name) holds more than \(limit); answers over \(limit) are not scored", code: .dataError)
      default: throw CLIError("\(name): \(error)", code: .noInput)
      }
    }
    do {
      return TextInput.normalizingLineEndings(String(decoding: try TextInput.decode(bytes, allowNUL: false).bytes,
                                                     as: UTF8.self))
    } catch {
      if case .notUTF8 = error, bytes.contains(0) {
        throw CLIError("\(name) looks like a binary file (it contains NUL bytes), not an answer", code: .dataError)
      }
      if case .notUTF8(let line, let column, _) = error {
        throw CLIError("\(name) is not valid UTF-8 text (line \(line), column \(column): \(error.message))", code: .dataError)
      }
      throw CLIError("\(name) \(error.message)", code: .dataError)
    }
  }
}
