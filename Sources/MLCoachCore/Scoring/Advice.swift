/// Chooses the three most valuable things to work on from a report.
enum Advice {
  static func topThree(for report: ScoreReport, scenario: Scenario) -> [String] {
    var advice: [String] = []
    if let offTopic = report.offTopic {
      advice.append("Answer the question asked: this reads like an answer to \(offTopic.betterScenario), "
        + "not to \(scenario.title.lowercased()). Re-read the prompt and design for its users, data and constraints.")
    }
    for flag in report.redFlags.sorted(by: { $0.severity > $1.severity }).prefix(2) {
      advice.append("Fix a misconception: \(flag.text) \(flag.why)")
    }
    // Counted, not filtered: copies of every verdict showed in profiles of scoring.
    let credited = report.items.count { $0.status == .hit || $0.status == .partial }
    let bare = report.bareMentions
    if report.bareListCapped == true || (bare >= 3 && Double(bare) >= 0.4 * Double(max(1, credited))) {
      advice.append("Say why, not just what: \(bare) of the \(credited) points you made were only named "
        + "(in a list, a heading or without a reason that says something) and earn "
        + "\(Int(Scorer.listedCredit * 100))–\(Int(Scorer.partialCredit * 100))% of full credit"
        + (report.bareListCapped == true ? "; an answer made of names is capped at \(Int(Scorer.bareListCeiling))" : "")
        + ". Give the reason, a number or the alternative you rejected.")
    }
    if let contradicted = report.items.first(where: { $0.status == .contradicted }),
       let item = scenario.item(contradicted.id) {
      advice.append("Reconsider what you dismissed: \(item.text) \(item.reference)")
    }
    // The weakest categories, each with its most important missed point.
    let weakest = Category.allCases.sorted { report.coverage($0) < report.coverage($1) }
    for category in weakest where advice.count < 3 {
      // The heaviest missed item, the first of equal weight.
      var first: Int?
      for (index, verdict) in report.items.enumerated()
      where verdict.category == category && verdict.status == .missed && verdict.counts
        && first.map({ verdict.weight > report.items[$0].weight }) ?? true {
        first = index
      }
      guard let first, let item = scenario.item(report.items[first].id) else { continue }
      let score = Int(report.score(category).rounded())
      advice.append("\(category.title) (\(score)/100): \(item.hint)")
    }
    return Array(advice.prefix(3))
  }
}
