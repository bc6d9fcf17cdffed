import BundledScenarios
import Foundation
import Testing
@testable import MLCoachCore

@Suite("Scenario loading and validation")
struct ScenarioTests {
  @Test("a valid scenario decodes with every field")
  func validScenario() throws {
    let scenario = try Fixtures.spamFilter()
    #expect(scenario.id == "spam-filter")
    #expect(scenario.steps.map(\.id) == StepID.allCases)
    #expect(scenario.totalMinutes == 45)
    #expect(scenario.rubric.count == 7)
    #expect(scenario.redFlags.first?.severity == 2)
    #expect(scenario.reference[.monitoring] == ["Outline for monitoring."])
  }

  /// Each bad fixture breaks one rule; its message names the JSON path and what is wrong.
  @Test("every validation rule has a bad fixture with a precise message",
        arguments: try JSONSerialization.jsonObject(
          with: Data(Fixtures.bytes("scenarios/bad-expectations.json"))) as! [String: String])
  func badFixture(name: String, expected: String) {
    let file = "bad/\(name).json"
    do {
      _ = try ScenarioDecoder.decode(Fixtures.bytes("scenarios/\(file)"), file: file)
      Issue.record("\(file) should be invalid")
    } catch {
      let messages = error.issues.map(\.description)
      #expect(messages.contains { $0.contains(expected) }, "\(messages)")
      #expect(messages.allSatisfy { $0.hasPrefix(file) }, "every message names the file")
    }
  }

  @Test("JSON syntax errors give line and column")
  func syntaxErrorPosition() throws {
    #expect(throws: JSONSyntaxError(line: 2, column: 10, message: "unterminated string (newline inside a string)")) {
      try JSONParser.parse(Array("{\n  \"a\": \"b\n\"}".utf8))
    }
    #expect(throws: JSONSyntaxError(line: 1, column: 8, message: "trailing comma before ']'")) {
      try JSONParser.parse(Array("[1, 2, ]".utf8))
    }
    #expect(try JSONParser.parse(Array("{\"k\": [1.5e2, true, null, \"\\u00e9\\ud83d\\ude00\"]}".utf8))
      == .object([("k", .array([.number(150), .bool(true), .null, .string("é😀")]))]))
  }

  @Test("two files with one id: the first wins and the clash names both files")
  func duplicateScenarioIDs() {
    let good = Fixtures.bytes("scenarios/good/spam-filter.json")
    let catalogue = Catalogue(sources: [ScenarioSource(name: "a/spam-filter.json", bytes: good),
                                        ScenarioSource(name: "b/spam-filter.json", bytes: good)])
    #expect(catalogue.scenarios.count == 1)
    #expect(catalogue.problems.map(\.description)
      == ["b/spam-filter.json: id: \"spam-filter\" is already defined by a/spam-filter.json; ignoring this file"])
  }

  @Test("a broken file does not hide the good ones")
  func brokenFileIsolated() {
    let catalogue = Catalogue(sources: [
      ScenarioSource(name: "bad/missing-title.json", bytes: Fixtures.bytes("scenarios/bad/missing-title.json")),
      ScenarioSource(name: "good/spam-filter.json", bytes: Fixtures.bytes("scenarios/good/spam-filter.json")),
    ])
    #expect(catalogue.scenarios.map(\.id) == ["spam-filter"])
    #expect(catalogue.problems.count == 1)
  }

  @Test("names resolve by id, prefix and title words; ambiguity and typos are explained")
  func nameResolution() throws {
    let catalogue = Catalogue(sources: BundledScenarios.files.map { ScenarioSource(name: $0.name, bytes: $0.bytes) })
    #expect(try catalogue.resolve("ads-ctr").id == "ads-ctr")
    #expect(try catalogue.resolve("video-rec").id == "video-recommendation")
    #expect(throws: ResolveError.self) { try catalogue.resolve("vid") }
    #expect(try catalogue.resolve("visual search").id == "image-search")
    #expect(try catalogue.resolve("visua searc").id == "image-search")
    // Trial 36: "foo" opened the food-delivery case study, as the start of a title word.
    #expect(throws: ResolveError.self) { try catalogue.resolve("foo") }
    #expect(try catalogue.resolve("food delivery").id == "eta-prediction")
    #expect(throws: ResolveError.unknown(name: "ads-ctx", suggestions: ["ads-ctr"])) { try catalogue.resolve("ads-ctx") }
    // Too short to stand for a word, "rec" is offered the scenarios it starts a word of, not
    // an id a few letters away (newcomer trial, fortieth session: "did you mean 'rag-assistant'?").
    #expect(throws: ResolveError.unknown(name: "rec", suggestions: ["event-recommendation", "people-you-may-know",
                                                                    "video-recommendation"])) {
      try catalogue.resolve("rec")
    }
    // A typo of an id's first word ("frad" for "fraud"): the nearest ids only.
    #expect(throws: ResolveError.unknown(name: "frad", suggestions: ["fraud-detection"])) { try catalogue.resolve("frad") }
    #expect(throws: ResolveError.unknown(name: "vido", suggestions: ["video-recommendation", "video-search"])) {
      try catalogue.resolve("vido")
    }
    let withTwin = Catalogue(sources: [
      ScenarioSource(name: "x/spam-filter.json", bytes: Fixtures.bytes("scenarios/good/spam-filter.json")),
      ScenarioSource(name: "x/spam-filter-v2.json", bytes: Array(Fixtures.text("scenarios/good/spam-filter.json")
        .replacingOccurrences(of: "\"spam-filter\"", with: "\"spam-filter-v2\"").utf8)),
    ])
    #expect(throws: ResolveError.ambiguous(name: "spam", candidates: ["spam-filter", "spam-filter-v2"])) {
      try withTwin.resolve("spam")
    }
  }

  @Test("every file in Scenarios/ is bundled into the binary, byte for byte")
  func bundledMatchesFolder() throws {
    let folder = Fixtures.repository.appendingPathComponent("Scenarios").path
    for (subfolder, bundled) in [("", BundledScenarios.files), ("/lexicon", BundledScenarios.lexiconFiles)] {
      let files = try FileManager.default.contentsOfDirectory(atPath: folder + subfolder).filter { $0.hasSuffix(".json") }
      #expect(bundled.map(\.name).sorted() == files.sorted(), "run .ci/bundle-scenarios to bundle new files")
      for file in bundled {
        var onDisk = FileManager.default.contents(atPath: folder + subfolder + "/" + file.name).map { [UInt8]($0) }
        if onDisk?.last != 0x0A { onDisk?.append(0x0A) }
        #expect(onDisk == file.bytes, "\(file.name) is stale in the build; run .ci/bundle-scenarios")
      }
    }
  }

  @Test("flagship scenarios are deep enough to grade a senior candidate",
        arguments: ["ads-ctr", "video-recommendation", "image-search"])
  func flagshipDepth(id: String) throws {
    let scenario = try Fixtures.flagship(id)
    #expect(scenario.rubric.count >= 40)
    for category in Category.allCases {
      #expect(scenario.rubric.filter { $0.category == category }.count >= 4, "\(category)")
    }
    for step in StepID.allCases {
      #expect(!scenario.items(in: step).isEmpty, "\(step)")
      #expect(!(scenario.reference[step] ?? []).isEmpty, "\(step)")
      let prompts = scenario.step(step)?.prompts.count ?? 0
      #expect((2...4).contains(prompts), "\(step) prompts")
    }
    #expect(scenario.redFlags.count >= 5)
    #expect(scenario.facts.count >= 10)
    #expect(scenario.totalMinutes == 45)
    // Prompts must not leak the checklist: no prompt quotes an evidence phrase of 3+ words.
    let phrases = scenario.rubric.flatMap(\.evidence).filter { $0.split(separator: " ").count >= 3 }.map { $0.lowercased() }
    for prompt in scenario.steps.flatMap(\.prompts) {
      #expect(!phrases.contains { prompt.lowercased().contains($0) }, "\(prompt)")
    }
  }
}

@Suite("Documentation")
struct DocumentationTests {
  @Test("the complete example in docs/scenario-format.md is a valid scenario")
  func formatExampleIsValid() throws {
    let doc = try String(contentsOf: Fixtures.repository.appendingPathComponent("docs/scenario-format.md"), encoding: .utf8)
    let start = try #require(doc.range(of: "```json\n"))
    let end = try #require(doc.range(of: "\n```", range: start.upperBound..<doc.endIndex))
    let example = String(doc[start.upperBound..<end.lowerBound])
    let scenario = try ScenarioDecoder.decode(Array(example.utf8), file: "<docs>/spam-filter.json")
    #expect(scenario.id == "spam-filter")
    #expect(scenario.rubric.count == 8)
  }
}
