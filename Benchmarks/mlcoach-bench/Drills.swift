import Foundation
import MLCoachCore

/// `drills`: one-step drills (`Tests/MLCoachCoreTests/Fixtures/drills/drills.json`) scored as a
/// `practice --focus` session scores them (`Scorer.forSession`), beside their blind grades, with
/// the tuning and held-out parts and each level apart. No rule was tuned on them.
func drillsRun() {
  let path = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/drills/drills.json").path
  guard let data = FileManager.default.contents(atPath: path),
        let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let drills = json["drills"] as? [[String: Any]] else {
    print("drills: cannot read \(path)")
    return
  }
  let catalogue = allScenarios()
  var pairs: [String: (human: [Double], coach: [Double])] = [:]
  for drill in drills {
    guard let id = drill["id"] as? String, let scenarioID = drill["scenario"] as? String,
          let category = (drill["category"] as? String).flatMap(Category.init(rawValue:)),
          let text = drill["text"] as? String, let grade = (drill["grade"] as? NSNumber)?.doubleValue,
          let scenario = catalogue.first(where: { $0.id == scenarioID }) else {
      print("drills: cannot read an entry of \(path)")
      continue
    }
    var session = InterviewEngine.newSession(id: id, scenario: scenario,
                                             options: .init(totalMinutes: 10, followUps: false, focus: category),
                                             now: Date(timeIntervalSince1970: 0))
    // As a piped drill holds it: every line in the first step walked.
    session.steps[0].lines = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    let report = Scorer.forSession(session, scenario: scenario).score(session.answer)
    let split = drill["split"] as? String ?? "tuning"
    let level = drill["level"] as? String ?? "?"
    for key in [split, level] {
      pairs[key, default: ([], [])].human.append(grade)
      pairs[key, default: ([], [])].coach.append(report.overall)
    }
    print(String(format: "%@ %-22@ %-10@ %-6@ %-8@ grade %4.1f  coach %5.1f  raw %5.1f", id as NSString,
                 scenarioID as NSString, category.rawValue as NSString, level as NSString, split as NSString, grade,
                 report.overall, report.coverage ?? 0))
  }
  for key in ["tuning", "held-out", "strong", "medium", "weak"] {
    guard let values = pairs[key], !values.human.isEmpty else { continue }
    let agreement = Agreement(human: values.human, coach: values.coach)
    print(String(format: "drills %@: %d, coach minus grade %+.1f on average, mean abs. difference %.1f", key as NSString,
                 agreement.count, agreement.meanDifference, agreement.meanAbsoluteDifference))
  }
}
