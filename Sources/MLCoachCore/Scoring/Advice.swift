/// Chooses the three most valuable things to work on from a report.
enum Advice {
  static func topThree(for report: ScoreReport, scenario: Scenario) -> [String] {
    var advice: [String] = []
    if let offTopic = report.offTopic {
      advice.append("Answer the question asked: this reads like an answer to \(offTopic.betterScenario), "
        + "not to \(scenario.title.lowercased()). Re-read the prompt and design for its users, data and constraints.")
    }
    let flags = report.redFlags.sorted(by: { $0.severity > $1.severity }).prefix(2)
      .map { "Fix a misconception: \($0.text) \($0.why)" }
    advice += flags.prefix(1)
    if let contradicted = report.items.first(where: { $0.status == .contradicted }),
       let item = scenario.item(contradicted.id) {
      advice.append("Reconsider what you dismissed: \(item.text) \(item.reference)")
    }
    // A category with none of its points made is a step skipped: a newcomer who wrote nothing
    // on monitoring saw a 13/100 bar (its share of the whole answer) and advice about other
    // things only. It comes before a second misconception; several such categories share one
    // piece of advice, led by the first one's most important point.
    let skipped = Category.allCases.filter { report.coverage($0) == 0 }.compactMap { category in
      heaviestMissed(in: category, report: report, scenario: scenario).map { (category, $0) }
    }
    if let (category, item) = skipped.first {
      let score = Int(report.score(category).rounded())
      advice.append(skipped.count == 1
        ? "\(category.title): you made none of its points (its \(score)/100 is its share of the whole answer). "
          + item.hint
        : "You made none of the points on " + skipped.dropLast().map(\.0.title).joined(separator: ", ")
          + " and \(skipped[skipped.count - 1].0.title) (their bars show only their share of the whole answer). "
          + "\(category.title): \(item.hint)")
    }
    advice += flags.dropFirst()
    // Counted, not filtered: copies of every verdict showed in profiles of scoring.
    let credited = report.items.count { $0.status == .hit || $0.status == .partial }
    let bare = report.bareMentions
    // A point only asked about ("/ask … which model?") weighs as little as one only named, and
    // the cap counts both: "0 of the 5 points you made were only named" under a cap read as a
    // contradiction when all five were asked about (thirty-fourth session).
    let askedOnly = report.bareListCapped == true ? report.items.count { $0.rule == .onlyAskedAbout } : 0
    if report.bareListCapped == true || (bare >= 3 && Double(bare) >= 0.4 * Double(max(1, credited))) {
      advice.append("Say why, not just what: \(bare + askedOnly) of the \(credited) points you made were only named "
        + "(in a list, a heading or without a reason that says something)"
        + (askedOnly > 0 ? " or only asked about" : "") + " and earn "
        + "\(Int(Scorer.listedCredit * 100))–\(Int(Scorer.partialCredit * 100))% of full credit"
        + (report.bareListCapped == true ? "; an answer made of names is capped at \(Int(Scorer.bareListCeiling))" : "")
        + ". Give the reason, a number or the alternative you rejected.")
    }
    // The weakest categories, each with its most important missed point.
    let weakest = Category.allCases.sorted { report.coverage($0) < report.coverage($1) }
    for category in weakest where advice.count < 3 && report.coverage(category) > 0 {
      guard let item = heaviestMissed(in: category, report: report, scenario: scenario) else { continue }
      let score = Int(report.score(category).rounded())
      advice.append("\(category.title) (\(score)/100): \(item.hint)")
    }
    return Array(advice.prefix(3))
  }

  /// The heaviest missed item of `category` that counts, the first of equal weight.
  private static func heaviestMissed(in category: Category, report: ScoreReport, scenario: Scenario) -> RubricItem? {
    var first: Int?
    for (index, verdict) in report.items.enumerated()
    where verdict.category == category && verdict.status == .missed && verdict.counts
      && first.map({ verdict.weight > report.items[$0].weight }) ?? true {
      first = index
    }
    return first.flatMap { scenario.item(report.items[$0].id) }
  }
}
