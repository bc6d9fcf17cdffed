/// Scores answers against one scenario's rubric. Compile once (a few milliseconds), then
/// score any number of answers; scoring is a pure function of the answer.
public struct Scorer: Sendable {
  /// Credit for an item named without a reason, relative to a reasoned one.
  public static let partialCredit = 0.35
  /// Credit for an item that appears only in a keyword list or a heading: naming a term in a
  /// list shows vocabulary, not judgement, so it earns less than a bare sentence.
  public static let listedCredit = 0.25
  /// Credit kept when the candidate asked for the item's hint.
  public static let hintFactor = 0.5
  /// Specific coverage at which generic items count in full; below it they shrink in proportion.
  public static let specificCoverageForFullGenericCredit = 0.3
  /// Points a red flag takes off, per severity level.
  public static let penaltyPerSeverity = 1.5
  /// Red flags together take at most this many points: a structured answer with several
  /// misconceptions still ranks above an empty one, as interviewers grade it.
  public static let maximumPenalty = 8.0
  /// Words allowed between two words of an evidence phrase.
  static let maxGap = 3
  /// Red-flag phrases state a claim; they match tightly so "accuracy is misleading as a metric"
  /// does not read as "accuracy as the metric".
  static let redFlagMaxGap = 1

  public let scenario: Scenario
  let cues: CueSet
  let itemPhrases: [[CompiledPhrase]]
  let flagPhrases: [[CompiledPhrase]]
  let flagUnless: [[CompiledPhrase]]
  let vocabulary: Vocabulary

  public init(scenario: Scenario) {
    self.scenario = scenario
    var compiler = PhraseCompiler()
    cues = CueSet(compiler: &compiler)
    itemPhrases = scenario.rubric.map { item in item.evidence.map { compiler.compile($0) } }
    flagPhrases = scenario.redFlags.map { flag in flag.evidence.map { compiler.compile($0) } }
    flagUnless = scenario.redFlags.map { flag in flag.unlessMentioned.map { compiler.compile($0) } }
    vocabulary = compiler.vocabulary
  }

  /// Scores a Markdown or plain-text answer.
  public func score(text: String) -> ScoreReport { score(Answer.parse(text)) }

  public func score(_ answer: Answer) -> ScoreReport {
    let analyzed = AnalyzedAnswer(answer: answer, vocabulary: vocabulary)
    let index = PhraseIndex(analyzed, vocabularySize: vocabulary.count)
    let context = MatchContext(analyzed: analyzed, index: index, cues: cues)

    var verdicts: [ItemVerdict] = []
    for (itemIndex, item) in scenario.rubric.enumerated() {
      var best: (status: ItemStatus, sentence: Int, note: String?)?
      for phrase in itemPhrases[itemIndex] {
        for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: Self.maxGap) {
          let judged = context.judgeItem(occurrence, category: item.category)
          if best == nil || judged.status.rank > best!.status.rank { best = judged }
          if best?.status == .hit { break }
        }
        if best?.status == .hit { break }
      }
      let hintUsed = answer.hintsUsed.contains(item.id)
      verdicts.append(ItemVerdict(
        id: item.id, category: item.category, step: item.step, weight: item.weight, status: best?.status ?? .missed,
        evidence: best.map { analyzed.sentenceText($0.sentence) }, note: best?.note, hintUsed: hintUsed,
        generic: item.generic, credit: 0))
    }

    let flags = redFlags(analyzed: analyzed, index: index, context: context)
    return Self.assemble(scenario: scenario, verdicts: verdicts, redFlags: flags, wordCount: analyzed.wordCount)
  }

  /// Turns item verdicts and red flags into scores. Also used to recompute a report after the
  /// candidate overrides verdicts in self-review, so both scores follow one rule.
  public static func assemble(
    scenario: Scenario, verdicts input: [ItemVerdict], redFlags flags: [RedFlagHit], wordCount: Int
  ) -> ScoreReport {
    var verdicts = input
    // Generic items count in full only when the answer is about this scenario.
    let specific = verdicts.filter { !$0.generic }
    let specificWeight = specific.reduce(0.0) { $0 + Double($1.weight) }
    let specificEarned = specific.reduce(0.0) { $0 + Double($1.weight) * $1.baseCredit }
    let coverage = specificWeight > 0 ? specificEarned / specificWeight : 1
    let genericFactor = min(1, coverage / specificCoverageForFullGenericCredit)
    for index in verdicts.indices {
      var credit = Double(verdicts[index].weight) * verdicts[index].baseCredit
      if verdicts[index].hintUsed { credit *= hintFactor }
      if verdicts[index].generic { credit *= genericFactor }
      verdicts[index].credit = round(credit * 100) / 100
    }
    var categories: [String: Double] = [:]
    for category in Category.allCases {
      let inCategory = verdicts.filter { $0.category == category }
      let total = inCategory.reduce(0.0) { $0 + Double($1.weight) }
      let earned = inCategory.reduce(0.0) { $0 + $1.credit }
      categories[category.rawValue] = total > 0 ? round(100 * earned / total) : 0
    }
    let totalWeight = verdicts.reduce(0.0) { $0 + Double($1.weight) }
    let earned = verdicts.reduce(0.0) { $0 + $1.credit }
    let penalty = min(maximumPenalty, flags.reduce(0.0) { $0 + $1.penalty })
    let overall = round(max(0, min(100, (totalWeight > 0 ? 100 * earned / totalWeight : 0) - penalty)))
    var report = ScoreReport(
      scenario: scenario.id, overall: overall, band: Band.of(overall), categories: categories, items: verdicts,
      redFlags: flags, advice: [], genericFactor: round(genericFactor * 100) / 100,
      bareMentions: verdicts.filter { $0.status == .partial }.count, wordCount: wordCount)
    report.advice = Advice.topThree(for: report, scenario: scenario)
    return report
  }

  private func redFlags(analyzed: AnalyzedAnswer, index: PhraseIndex, context: MatchContext) -> [RedFlagHit] {
    var hits: [RedFlagHit] = []
    for (flagIndex, flag) in scenario.redFlags.enumerated() {
      let excused = flagUnless[flagIndex].contains { phrase in
        index.occurrences(of: phrase, in: analyzed, maxGap: Self.maxGap).contains { !context.isNegated($0) }
      }
      if excused { continue }
      var found: Int?
      search: for phrase in flagPhrases[flagIndex] {
        for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: Self.redFlagMaxGap)
        where context.flagStands(occurrence) {
          found = occurrence.sentence
          break search
        }
      }
      if let found {
        hits.append(RedFlagHit(id: flag.id, text: flag.text, evidence: analyzed.sentenceText(found), why: flag.why,
                               severity: flag.severity, penalty: Double(flag.severity) * Self.penaltyPerSeverity))
      }
    }
    return hits
  }

  static func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}

extension ItemStatus {
  /// Which verdict wins when an item is matched several times: an explicit dismissal
  /// outranks a bare mention, a reasoned mention outranks both.
  var rank: Int {
    switch self {
    case .hit: return 3
    case .contradicted: return 2
    case .partial: return 1
    case .missed: return 0
    }
  }
}
