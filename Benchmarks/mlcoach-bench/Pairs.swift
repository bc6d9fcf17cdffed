import Foundation
import MLCoachCore

/// `mlcoach-bench pairs`: prose and terse-notes versions of the same answers (see
/// `StylePairs`), each pair's two scores and the gap, with the mean gap per part. The tests
/// assert the tuning part; the held-out part is only reported here and in the README.
func pairsRun() {
  let folder = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/pairs")
  let trials = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  let pairs = trials.flatMap { (try? StylePairs.load(folder: folder.appendingPathComponent($0))) ?? [] }
  guard !pairs.isEmpty else {
    print("pairs: nothing to read in \(folder.path)")
    return
  }
  let catalogue = allScenarios()
  var gaps: [Bool: [Double]] = [:]
  for pair in pairs {
    guard let scenario = catalogue.first(where: { $0.id == pair.scenario }) else { continue }
    let scorer = Scorer(scenario: scenario, others: catalogue.filter { $0.id != scenario.id })
    let prose = scorer.score(Answer.parse(pair.prose)).overall
    let notes = scorer.score(Answer.parse(pair.notes)).overall
    gaps[pair.heldOut, default: []].append(prose - notes)
    let name = pair.name.padding(toLength: 24, withPad: " ", startingAt: 0)
    print(name + String(format: " %@  prose %5.1f  notes %5.1f  gap %5.1f", pair.heldOut ? "held-out" : "tuning  ",
                        prose, notes, prose - notes))
  }
  for heldOut in [false, true] {
    let part = gaps[heldOut] ?? []
    print(String(format: "%@: %d pairs, mean gap %.1f, largest %.1f", heldOut ? "held-out" : "tuning",
                 part.count, part.reduce(0, +) / Double(max(1, part.count)), part.max() ?? 0))
  }
}
