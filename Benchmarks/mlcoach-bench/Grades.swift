import Foundation
import MLCoachCore

/// `mlcoach-bench grades [SCENARIO] [--rows] [--dump FILE]`: the scorer against the graded
/// corpus (Tests/MLCoachCoreTests/Fixtures/corpus), reported separately for the tuning two
/// thirds and the held-out third: Spearman ρ of `overall` against the human grade, the mean
/// absolute difference, band agreement, and ρ per category.
func gradedCorpus(arguments: [String]) {
  let folder = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/corpus")
  let corpus: GradedCorpus
  do {
    corpus = try GradedCorpus.load(folder: folder)
  } catch {
    print("grades: \(error)")
    return
  }
  let only = arguments.first { !$0.hasPrefix("--") && !$0.hasSuffix(".json") }
  let catalogue = allScenarios()
  var scorers: [String: Scorer] = [:]
  var rows: [(entry: GradedCorpus.Entry, report: ScoreReport)] = []
  for entry in corpus.entries where only == nil || entry.scenario == only {
    guard let scenario = catalogue.first(where: { $0.id == entry.scenario }) else { continue }
    if scorers[entry.scenario] == nil { scorers[entry.scenario] = Scorer(scenario: scenario, others: catalogue) }
    rows.append((entry, scorers[entry.scenario]!.score(text: entry.text)))
  }
  if arguments.contains("--rows") {
    for row in rows.sorted(by: { ($0.entry.scenario, $0.entry.grade) < ($1.entry.scenario, $1.entry.grade) }) {
      let report = row.report
      let flags = report.redFlags.map(\.id).joined(separator: ",")
      print(String(format: "%-55@ %-8@ human %3.0f  coach %5.1f  raw %5.1f  %@%@%@",
                   row.entry.path as NSString, row.entry.split as NSString, row.entry.grade, report.overall,
                   report.coverage ?? 0, report.bareListCapped == true ? " capped" : "",
                   report.offTopic.map { " off-topic→\($0.betterScenario) ×\($0.factor)" } ?? "",
                   flags.isEmpty ? "" : " flags: \(flags)"))
    }
  }
  for split in ["tuning", "held-out"] {
    let part = rows.filter { $0.entry.split == split }
    guard !part.isEmpty else { continue }
    let pooled = Agreement(human: part.map(\.entry.grade), coach: part.map(\.report.overall))
    print(String(format: "%@ (%d answers): rho %.3f, mean |difference| %.1f, band agreement %.0f%%",
                 split as NSString, pooled.count, pooled.rho, pooled.meanAbsoluteDifference, pooled.bandAgreement * 100))
    for scenario in Set(part.map(\.entry.scenario)).sorted() {
      let own = part.filter { $0.entry.scenario == scenario }
      let agreement = Agreement(human: own.map(\.entry.grade), coach: own.map(\.report.overall))
      print(String(format: "  %-22@ %2d answers: rho %.3f, mean |difference| %.1f, band agreement %.0f%%",
                   scenario as NSString, agreement.count, agreement.rho, agreement.meanAbsoluteDifference,
                   agreement.bandAgreement * 100))
    }
    let perCategory = Category.allCases.map { category -> String in
      let agreement = Agreement(human: part.map { $0.entry.categories[category.rawValue] ?? 0 },
                                coach: part.map { $0.report.score(category) })
      return String(format: "%@ %.2f/%.0f", category.rawValue, agreement.rho, agreement.meanAbsoluteDifference)
    }
    print("  per category (rho/mean |difference|): " + perCategory.joined(separator: ", "))
  }
  if let index = arguments.firstIndex(of: "--dump"), index + 1 < arguments.count {
    let dump = rows.map { row -> [String: Any] in
      ["path": row.entry.path, "split": row.entry.split, "kind": row.entry.kind, "grade": row.entry.grade,
       "overall": row.report.overall, "coverage": row.report.coverage ?? 0,
       "categoryCoverage": row.report.categoryCoverage ?? [:], "categories": row.entry.categories,
       "capped": row.report.bareListCapped == true, "offTopic": row.report.offTopic?.factor ?? 1,
       "penalty": row.report.penalty ?? 0, "severities": row.report.redFlags.map(\.severity)]
    }
    if let data = try? JSONSerialization.data(withJSONObject: dump, options: [.prettyPrinted, .sortedKeys]) {
      _ = FileManager.default.createFile(atPath: arguments[index + 1], contents: data)
    }
  }
}

/// Every scenario file in `Scenarios/`.
func allScenarios() -> [Scenario] {
  let folder = repository.appendingPathComponent("Scenarios")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.sorted().filter { $0.hasSuffix(".json") }.map { loadScenario(String($0.dropLast(5))) }
}
