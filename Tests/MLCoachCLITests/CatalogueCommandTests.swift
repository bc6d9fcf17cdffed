import BundledScenarios
import Foundation
import Testing
@testable import MLCoachCLI

@Suite("Catalogue commands, help and exit codes")
struct CatalogueCommandTests {
  let goodFolder = CLITest.coreFixtures.appendingPathComponent("scenarios/good").path
  let badFolder = CLITest.coreFixtures.appendingPathComponent("scenarios/bad").path

  @Test("the help's examples of the catalogue commands run as shown")
  func catalogueExamplesRun() {
    // A newcomer copied `mlcoach show video` from `help show` and got "matches several scenarios".
    for entry in CLI.commands where ["list", "topics", "show"].contains(entry.spec.name) {
      for example in entry.spec.examples {
        let words = Self.shellWords(example).dropFirst()
        let run = CLITest.run(Array(words))
        #expect(run.code == 0, "\(example): \(run.err)")
      }
    }
  }

  /// `text` split as a shell splits it: at spaces, with double quotes grouping.
  static func shellWords(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    for character in text {
      if character == "\"" { quoted.toggle() } else if character == " " && !quoted {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else { current.append(character) }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  @Test("list shows every bundled scenario")
  func list() {
    let result = CLITest.run(["list"])
    #expect(result.code == 0)
    for file in BundledScenarios.files { #expect(result.out.contains(String(file.name.dropLast(5)))) }
    #expect(result.err.isEmpty)
  }

  @Test("list --json prints the documented fields")
  func listJSON() throws {
    let result = CLITest.run(["list", "--json"])
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
    #expect(rows.count == BundledScenarios.files.count)
    for row in rows {
      for key in ["id", "title", "topics", "difficulty", "minutes"] { #expect(row[key] != nil, "\(key)") }
    }
  }

  @Test("--topic filters case-insensitively; an unknown topic lists the known ones")
  func topicFilter() {
    let search = CLITest.run(["list", "--topic", "SEARCH"])
    #expect(search.code == 0)
    #expect(search.out.contains("image-search") && !search.out.contains("ads-ctr"))
    let unknown = CLITest.run(["list", "--topic", "robotics"])
    #expect(unknown.code == 64)
    #expect(unknown.err.contains("no scenario has the topic 'robotics'; known topics: ads, classification"))
    let topics = CLITest.run(["topics"])
    let ranking = CLITest.run(["list", "--topic", "ranking", "--json"])
    let count = (try? JSONSerialization.jsonObject(with: Data(ranking.out.utf8)) as? [Any])?.count ?? -1
    let row = topics.out.split(separator: "\n").first { $0.hasPrefix("ranking ") }
    #expect(row.map { $0.split(separator: " ").last == Substring(String(count)) } == true, "\(topics.out)")
    // A newcomer's `topics --json` was an unknown option (thirty-fifth session).
    let json = CLITest.run(["topics", "--json"])
    #expect(json.code == 0, "\(json.err)")
    let entries = try? JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
    let ranked = entries?.first { $0["topic"] as? String == "ranking" }
    #expect(ranked?["scenarios"] as? Int == count, "\(json.out)")
  }

  @Test("show prints the prompt and steps but no rubric")
  func show() {
    let result = CLITest.run(["show", "ads"])
    #expect(result.code == 0)
    #expect(result.out.contains("Interviewer:") && result.out.contains("7. Monitoring — 5 min"))
    #expect(!result.out.contains("evidence") && !result.out.contains("hint"))
  }

  @Test("scenario names: ambiguous and unknown names are usage errors with candidates")
  func names() {
    let ambiguous = CLITest.run(["show", "video"])
    #expect(ambiguous.code == 64)
    #expect(ambiguous.err.contains("'video' matches several scenarios: video-recommendation, video-search"))
    let unknown = CLITest.run(["show", "ads-ctx"])
    #expect(unknown.code == 64)
    #expect(unknown.err == "error: no scenario named 'ads-ctx'; did you mean 'ads-ctr'?\nusage: mlcoach show SCENARIO\n")
  }

  @Test("validate: 0 for valid files, 65 with every problem for invalid ones, 66 for missing paths")
  func validate() {
    #expect(CLITest.run(["validate", goodFolder]).code == 0)
    let bad = CLITest.run(["validate", badFolder + "/zero-minutes.json", badFolder + "/syntax-error.json"])
    #expect(bad.code == 65)
    #expect(bad.err.contains("zero-minutes.json: steps[3].minutes: must be greater than 0 (found 0)"))
    #expect(bad.err.contains("syntax-error.json: line 4, column 3: invalid JSON"))
    let missing = CLITest.run(["validate", "/no/such/file.json"])
    #expect(missing.code == 66)
    #expect(missing.err == "error: '/no/such/file.json': no such file or folder\n")
    #expect(CLITest.run(["validate"]).code == 0)
  }

  @Test("validate checks a lexicon file as a lexicon: the bundled ones pass, a bad one names its field")
  func validateLexicon() {
    let bundled = CLITest.repository.appendingPathComponent("Scenarios/lexicon/evaluation.json").path
    let good = CLITest.run(["validate", bundled])
    #expect(good.code == 0)
    #expect(good.out == "ok: 1 lexicon file valid\n")
    let file = CLITest.temporaryDirectory() + "/mine.json"
    try? Data(#"{"formatVersion": 1, "concepts": [{"id": "Bad Id", "forms": ["a form", "another form"]}]}"#.utf8)
      .write(to: URL(fileURLWithPath: file))
    let bad = CLITest.run(["validate", file])
    #expect(bad.code == 65)
    #expect(bad.err.contains("mine.json: concepts[0].id: \"Bad Id\" must be kebab-case"))
  }

  @Test("a broken user scenario is a one-line warning; the rest still list")
  func brokenUserScenario() {
    let folder = CLITest.temporaryDirectory()
    try? FileManager.default.copyItem(atPath: goodFolder + "/spam-filter.json", toPath: folder + "/spam-filter.json")
    try? FileManager.default.copyItem(atPath: badFolder + "/missing-title.json", toPath: folder + "/missing-title.json")
    let result = CLITest.run(["list", "--scenarios", folder])
    #expect(result.code == 0)
    #expect(result.out.contains("spam-filter") && result.out.contains("ads-ctr"))
    #expect(result.err.split(separator: "\n").count == 1)
    #expect(result.err.contains("missing-title.json: title: is missing"))
    let fromEnvironment = CLITest.run(["list"], environment: ["MLCOACH_SCENARIOS": goodFolder])
    #expect(fromEnvironment.out.contains("fraud-check"))
    let missingFolder = CLITest.run(["list", "--scenarios", "/no/such/folder"])
    #expect(missingFolder.code == 66)
  }

  @Test("usage errors exit 64 with a usage line; help and version exit 0")
  func usage() {
    let unknownCommand = CLITest.run(["lst"])
    #expect(unknownCommand.code == 64)
    #expect(unknownCommand.err.hasPrefix("error: unknown command 'lst'; did you mean 'list'?\nusage: "))
    let unknownFlag = CLITest.run(["list", "--jsn"])
    #expect(unknownFlag.code == 64)
    #expect(unknownFlag.err == "error: unknown option '--jsn'; did you mean '--json'?\nusage: mlcoach list [--topic TOPIC] [--json]\n")
    #expect(CLITest.run(["show"]).code == 64)
    #expect(CLITest.run(["list", "--topic"]).code == 64)
    for arguments in [["--help"], ["help", "score"], ["score", "--help"], ["--version"], []] {
      let result = CLITest.run(arguments)
      #expect(result.code == 0, "\(arguments)")
      #expect(!result.out.isEmpty && result.err.isEmpty, "\(arguments)")
    }
    #expect(CLITest.run(["help", "score"]).out.hasPrefix("usage: mlcoach score SCENARIO FILE [--details] [--json]"))
  }

  @Test("colour only on a terminal without NO_COLOR")
  func colour() {
    #expect(CLITest.run(["list"], terminal: true).out.contains("\u{1B}["))
    #expect(!CLITest.run(["list"], environment: ["NO_COLOR": "1"], terminal: true).out.contains("\u{1B}["))
    #expect(!CLITest.run(["list"], terminal: false).out.contains("\u{1B}["))
    #expect(!CLITest.run(["list"], environment: ["TERM": "dumb"], terminal: true).out.contains("\u{1B}["))
  }
}
