import Foundation
import MLCoachCore

/// `interviews`: the coach's score for whole practice interviews, as `practice` gives it
/// (`Scorer.forSession`), beside blind graders' grades
/// (`Tests/MLCoachCoreTests/Fixtures/interviews/grades.json`), overall and per category, with
/// the tuning and held-out parts apart. Trials 50, 57 and 59 read interview scores as high; this
/// puts a number on it. `Calibration.practice` was fitted on the tuning part only; no phrase,
/// rule or threshold is tuned on the held-out part.
func interviewGradesRun() {
  let folder = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/interviews")
  guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("grades.json").path),
        let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let sessions = json["sessions"] as? [String: [String: Any]] else {
    print("interviews: cannot read \(folder.path)/grades.json")
    return
  }
  let catalogue = allScenarios()
  var pairs: [String: (human: [Double], coach: [Double])] = [:]
  for (file, graded) in sessions.sorted(by: { $0.key < $1.key }) {
    let path = folder.appendingPathComponent(file).path
    guard let grade = (graded["grade"] as? NSNumber)?.doubleValue,
          let bytes = FileManager.default.contents(atPath: path),
          let session = try? SessionStore.decode(bytes, file: path),
          let scenario = catalogue.first(where: { $0.id == session.scenarioID }) else {
      print("interviews: cannot read \(file)")
      continue
    }
    let split = graded["split"] as? String ?? "tuning"
    let report = Scorer.forSession(session, scenario: scenario).score(session.answer)
    pairs[split, default: ([], [])].human.append(grade)
    pairs[split, default: ([], [])].coach.append(report.overall)
    let categories = (graded["categories"] as? [String: NSNumber]) ?? [:]
    let byCategory = Category.allCases.map { category in
      let human = categories[category.rawValue].map { String(format: "%.0f", $0.doubleValue) } ?? "-"
      return "\(category.rawValue) \(human)/\(String(format: "%.0f", report.score(category)))"
    }.joined(separator: ", ")
    print(String(format: "%-42@ %-8@ grade %4.1f  coach %5.1f  raw %5.1f  (grade/coach: %@)", file as NSString,
                 split as NSString, grade, report.overall, report.coverage ?? 0, byCategory as NSString))
  }
  for (split, values) in pairs.sorted(by: { $0.key > $1.key }) {
    let agreement = Agreement(human: values.human, coach: values.coach)
    print(String(format: "interviews %@: %d graded, coach minus grade %+.1f on average, mean abs. difference %.1f",
                 split as NSString, agreement.count, agreement.meanDifference, agreement.meanAbsoluteDifference))
  }
}
