import Foundation

extension Scorer {
  /// Turns item verdicts and red flags into scores. Also used to recompute a report after the
  /// candidate overrides verdicts in self-review, so both scores follow one rule.
  ///
  /// 1. An item missed while one of its `alternatives` is credited leaves the total.
  /// 2. Generic items count in full only when at least 30% of the specific weight is earned.
  /// 3. Raw coverage = credit earned / weight counted (overall and per category).
  /// 4. Grades = `scale`'s calibration of raw coverage, times the off-topic factor.
  /// 5. Overall = grade less each red flag's share (`penalty(for:grade:)`), then at most
  ///    `bareListCeiling` when less
  ///    than `reasonedShareForDesign` of the earned credit comes from reasoned points.
  public static func assemble(
    scenario: Scenario, verdicts input: [ItemVerdict], redFlags flags: [RedFlagHit], wordCount: Int,
    offTopic: OffTopic? = nil, scale: ScoreScale = .interviewer
  ) -> ScoreReport {
    let calibration = scale.calibration
    // Sums and look-ups below walk the verdicts by index: filtering copies of them (each
    // holding several Strings) for every category showed in profiles of scoring.
    var verdicts = input
    var credited: Set<String> = []
    for verdict in verdicts where verdict.status == .hit || verdict.status == .partial { credited.insert(verdict.id) }
    for index in verdicts.indices where verdicts[index].status == .missed || verdicts[index].status == .contradicted {
      // Verdicts come in rubric order; the search is for reports edited in self-review.
      let item = index < scenario.rubric.count && scenario.rubric[index].id == verdicts[index].id
        ? scenario.rubric[index] : scenario.item(verdicts[index].id)
      let alternatives = item?.alternatives ?? []
      guard alternatives.contains(where: credited.contains) else { continue }
      // Choosing another valid option is not a dismissal: "skip MF, go straight to a two-tower".
      verdicts[index].excluded = true
      if verdicts[index].status == .contradicted {
        verdicts[index].status = .missed
        verdicts[index].rule = nil
        verdicts[index].note = "another valid choice was made"
      }
    }
    var specificWeight = 0.0, specificEarned = 0.0
    for verdict in verdicts where !verdict.generic && verdict.counts {
      specificWeight += Double(verdict.weight)
      specificEarned += Double(verdict.weight) * verdict.baseCredit
    }
    let specificShare = specificWeight > 0 ? specificEarned / specificWeight : 1
    let genericFactor = min(1, specificShare / specificCoverageForFullGenericCredit)
    for index in verdicts.indices {
      var credit = Double(verdicts[index].weight) * verdicts[index].baseCredit
      if verdicts[index].hintUsed { credit *= hintFactor }
      if verdicts[index].generic { credit *= genericFactor }
      verdicts[index].credit = hundredths(credit)
    }
    let factor = offTopic?.factor ?? 1
    var reasoned = 0.0, earned = 0.0, totalWeight = 0.0, bareMentions = 0
    var categoryWeight: [Category: Double] = [:], categoryEarned: [Category: Double] = [:]
    for verdict in verdicts {
      earned += verdict.credit
      if verdict.status == .hit { reasoned += verdict.credit }
      if verdict.rule?.isBareMention ?? (verdict.status == .partial) { bareMentions += 1 }
      guard verdict.counts else { continue }
      totalWeight += Double(verdict.weight)
      categoryWeight[verdict.category, default: 0] += Double(verdict.weight)
      categoryEarned[verdict.category, default: 0] += verdict.credit
    }
    let bareList = earned > 0 && reasoned < reasonedShareForDesign * earned
    let coverage = totalWeight > 0 ? 100 * earned / totalWeight : 0
    var categories: [String: Double] = [:]
    var categoryCoverage: [String: Double] = [:]
    for category in Category.allCases {
      let total = categoryWeight[category] ?? 0
      let raw = total > 0 ? 100 * (categoryEarned[category] ?? 0) / total : 0
      categoryCoverage[category.rawValue] = tenths(raw)
      // Interviewers grade a category partly from the answer as a whole (a trade-off made
      // inside a serving point still counts), so the category's own items carry most of it.
      let blended = (1 - wholeAnswerShareOfCategory) * raw + wholeAnswerShareOfCategory * coverage
      var grade = total > 0 ? calibration.grade(blended) * factor : 0
      if bareList { grade = min(grade, bareListCeiling) }
      categories[category.rawValue] = tenths(grade)
    }
    let grade = max(0, min(100, calibration.grade(coverage) * factor))
    let flags = Self.penalties(for: flags, grade: grade)
    let penalty = flags.reduce(0.0) { $0 + $1.penalty }
    var overall = max(0, grade - penalty)
    if bareList { overall = min(overall, bareListCeiling) }
    overall = tenths(overall)
    var report = ScoreReport(
      scenario: scenario.id, overall: overall, band: Band.of(overall), categories: categories, items: verdicts,
      redFlags: flags, advice: [], genericFactor: hundredths(genericFactor),
      bareMentions: bareMentions, wordCount: wordCount)
    report.coverage = tenths(coverage)
    report.categoryCoverage = categoryCoverage
    report.penalty = tenths(penalty)
    report.bareListCapped = bareList ? true : nil
    report.offTopic = offTopic
    report.scale = scale == .interviewer ? nil : scale
    report.advice = Advice.topThree(for: report, scenario: scenario)
    return report
  }

  /// `flags` with the points each takes from `grade` (0–100): the most severe first, each
  /// taking `penaltySharePerSeverity` × severity of what the earlier ones left, until
  /// `maximumPenaltyShare` of the grade is gone. The points add up to the total deduction.
  static func penalties(for flags: [RedFlagHit], grade: Double) -> [RedFlagHit] {
    var left = grade
    let floor = grade * (1 - maximumPenaltyShare)
    var result = flags
    for index in result.indices.sorted(by: { result[$0].severity > result[$1].severity }) {
      let taken = min(left - floor, left * penaltySharePerSeverity * Double(result[index].severity))
      result[index].penalty = tenths(max(0, taken))
      left -= max(0, taken)
    }
    return result
  }

  /// Rounds to 0.1 (scores).
  static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }

  /// Rounds to 0.01 (credits and factors).
  static func hundredths(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
