import Foundation
import MLCoachCore

// Benchmarks and quality figures for the README. Run from the repository root:
//   swift run -c release mlcoach-bench            all figures
//   swift run -c release mlcoach-bench grades     scorer vs the graded answers
// Figures are wall-clock on this machine; timing never lives in unit tests.

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let answersFolder = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/answers")

func loadScenario(_ id: String) -> Scenario {
  let path = repository.appendingPathComponent("Scenarios/\(id).json").path
  guard let data = FileManager.default.contents(atPath: path),
        let scenario = try? ScenarioDecoder.decode([UInt8](data), file: path) else {
    fatalError("cannot load \(path); run from the repository")
  }
  return scenario
}

func seconds(_ body: () -> Void) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakMemoryMB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024  // Linux reports KiB
}

func grades() {
  guard let data = FileManager.default.contents(atPath: answersFolder.appendingPathComponent("grades.json").path),
        let json = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else {
    print("no grades.json")
    return
  }
  var all: [(Double, Double)] = []
  for id in (CommandLine.arguments.count > 2 ? [CommandLine.arguments[2]] : ["ads-ctr", "video-recommendation", "image-search"]) {
    let scorer = Scorer(scenario: loadScenario(id))
    var rows: [(name: String, human: Double, score: ScoreReport)] = []
    for (key, value) in json where key.hasPrefix(id + "/") {
      let text = (try? String(contentsOf: answersFolder.appendingPathComponent(key), encoding: .utf8)) ?? ""
      rows.append((String(key.dropFirst(id.count + 1)), (value["grade"] as? Double) ?? 0, scorer.score(text: text)))
    }
    rows.sort { $0.human > $1.human }
    let rho = RankCorrelation.spearman(rows.map(\.human), rows.map(\.score.overall))
    print("\(id): Spearman rho = \(String(format: "%.3f", rho))")
    for row in rows {
      let cats = Category.allCases.map { String(format: "%3.0f", row.score.score($0)) }.joined(separator: " ")
      let statuses = ItemStatus.allCases.map { s in "\(s.rawValue.prefix(1))\(row.score.items.filter { $0.status == s }.count)" }
      print(String(format: "  %-20@ human %3.0f  overall %5.1f  %@  flags %d  g %.2f  [%@] %@",
                   row.name, row.human, row.score.overall, row.score.band.rawValue, row.score.redFlags.count,
                   row.score.genericFactor, cats, statuses.joined(separator: " ")))
      all.append((row.human, row.score.overall))
    }
  }
  print(String(format: "all: Spearman rho = %.3f", RankCorrelation.spearman(all.map(\.0), all.map(\.1))))
}

let mode = CommandLine.arguments.dropFirst().first ?? "all"
if mode == "grades" || mode == "all" { grades() }
if mode == "explain", CommandLine.arguments.count > 3 {
  let scenario = loadScenario(CommandLine.arguments[2])
  let text = (try? String(contentsOfFile: CommandLine.arguments[3], encoding: .utf8)) ?? ""
  let report = Scorer(scenario: scenario).score(text: text)
  for verdict in report.items {
    print("\(verdict.status.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) w\(verdict.weight) \(verdict.id)  \(verdict.note ?? "")  | \(verdict.evidence ?? "")")
  }
  for flag in report.redFlags { print("FLAG \(flag.id) | \(flag.evidence)") }
  print(report.overall, report.advice)
}
