import Foundation
import MLCoachCore

/// `mlcoach-bench probes [SCENARIO...] [--scenarios DIR] [--probes DIR]`: every content probe
/// (Tests/MLCoachCoreTests/Fixtures/probes/<id>.json) scored in one process, failures printed
/// as the unit test prints them. For content authors: scenario files and lexicon files are read
/// from DIR (default the repository's Scenarios/ and Scenarios/lexicon/), so an edited rubric
/// is checked in about a second without rebuilding.
func probeRun(arguments: [String]) {
  func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
  }
  let scenarioFolder = option("--scenarios") ?? repository.appendingPathComponent("Scenarios").path
  let probeFolder = option("--probes") ?? repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/probes").path
  var lexiconConcepts: [Lexicon.Concept] = []
  let lexiconFolder = (scenarioFolder as NSString).appendingPathComponent("lexicon")
  for name in ((try? FileManager.default.contentsOfDirectory(atPath: lexiconFolder)) ?? []).sorted() where name.hasSuffix(".json") {
    let path = (lexiconFolder as NSString).appendingPathComponent(name)
    do {
      lexiconConcepts += try LexiconDecoder.decode([UInt8](FileManager.default.contents(atPath: path) ?? Data()), file: path)
    } catch {
      print("probes: \(error)")
      exit(65)
    }
  }
  let lexicon = lexiconConcepts.isEmpty ? Lexicon.bundled : Lexicon(concepts: lexiconConcepts)
  var catalogue: [Scenario] = []
  for name in ((try? FileManager.default.contentsOfDirectory(atPath: scenarioFolder)) ?? []).sorted() where name.hasSuffix(".json") {
    let path = (scenarioFolder as NSString).appendingPathComponent(name)
    do {
      catalogue.append(try ScenarioDecoder.decode([UInt8](FileManager.default.contents(atPath: path) ?? Data()), file: path))
    } catch {
      print("probes: \(error)")
      exit(65)
    }
  }
  let named = arguments.enumerated().filter { index, argument in
    !argument.hasPrefix("--") && (index == 0 || !["--scenarios", "--probes"].contains(arguments[index - 1]))
  }.map(\.element)
  let ids = named.isEmpty ? catalogue.map(\.id) : named
  var failures = 0
  var total = 0
  for id in ids {
    guard let scenario = catalogue.first(where: { $0.id == id }) else {
      print("probes: no scenario '\(id)' in \(scenarioFolder)")
      exit(64)
    }
    let path = (probeFolder as NSString).appendingPathComponent("\(id).json")
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let probes = json["probes"] as? [[String: Any]] else {
      print("probes: \(path): not a probe file ({\"probes\": [...]})")
      exit(65)
    }
    let scorer = Scorer(scenario: scenario, lexicon: lexicon, others: catalogue.filter { $0.id != id })
    for probe in probes {
      guard let text = probe["text"] as? String else { continue }
      total += 1
      let report = scorer.score(text: text)
      for failure in ProbeExpectation(probe["expect"] as? [String: Any] ?? [:]).failures(in: report) {
        failures += 1
        print("\(id) \(probe["finding"] as? String ?? "-"): \(failure) — “\(text)”")
      }
    }
  }
  print("\(total) probes, \(failures) failures")
}
