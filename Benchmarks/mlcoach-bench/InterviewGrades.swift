import Foundation
import MLCoachCore

/// `interviews`: the coach's score for whole practice interviews beside a blind grader's grade
/// (`Tests/MLCoachCoreTests/Fixtures/interviews/grades.json`), overall and per category. Trials
/// 50, 57 and 59 read interview scores as high; this puts a number on it. No phrase, rule or
/// threshold is tuned on these sessions.
func interviewGradesRun() {
  let folder = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/interviews")
  guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("grades.json").path),
        let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let sessions = json["sessions"] as? [String: [String: Any]] else {
    print("interviews: cannot read \(folder.path)/grades.json")
    return
  }
  let catalogue = allScenarios()
  var differences: [Double] = []
  for (file, graded) in sessions.sorted(by: { $0.key < $1.key }) {
    guard let grade = (graded["grade"] as? NSNumber)?.doubleValue,
          let (scenarioID, answer) = EvidenceAudit.answer(at: folder.appendingPathComponent(file).path),
          let scenario = catalogue.first(where: { $0.id == scenarioID }) else {
      print("interviews: cannot read \(file)")
      continue
    }
    let report = Scorer(scenario: scenario, others: catalogue).score(answer)
    differences.append(report.overall - grade)
    let categories = (graded["categories"] as? [String: NSNumber]) ?? [:]
    let byCategory = Category.allCases.map { category in
      let human = categories[category.rawValue].map { String(format: "%.0f", $0.doubleValue) } ?? "-"
      return "\(category.rawValue) \(human)/\(String(format: "%.0f", report.score(category)))"
    }.joined(separator: ", ")
    print(String(format: "%-42@ grade %4.1f  coach %5.1f  raw %5.1f  (grade/coach: %@)", file as NSString, grade,
                 report.overall, report.coverage ?? 0, byCategory as NSString))
  }
  guard !differences.isEmpty else { return }
  print(String(format: "interviews: %d graded, coach minus grade %+.1f on average", differences.count,
               differences.reduce(0, +) / Double(differences.count)))
}
