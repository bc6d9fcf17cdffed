/// The interviewer's judgement calls: answering clarifying questions from the scenario's facts,
/// choosing the follow-up probe and the hint. It never reveals the rubric itself.
public struct Interviewer: Sendable {
  public let scenario: Scenario
  public let scorer: Scorer

  public static let assumptionReply =
    "I don't have a number for that. State a reasonable assumption, say why it's reasonable, and carry on."

  public init(scenario: Scenario) {
    self.scenario = scenario
    scorer = Scorer(scenario: scenario)
  }

  /// The fact that best answers `question`, if one fits: the fact whose `about` phrase has the
  /// largest share of its words in the question (all of a one-word phrase, half of a longer one).
  public func answer(_ question: String) -> (answer: String, factID: String?) {
    let words = Set(WordTokenizer.words(question).map { WordNormalizer.stem($0.text) })
    var best: (fact: Fact, share: Double, count: Int)?
    for fact in scenario.facts {
      for phrase in fact.about {
        let phraseWords = PhraseCompiler.rawWords(phrase).map(WordNormalizer.stem)
        guard !phraseWords.isEmpty else { continue }
        let count = phraseWords.filter(words.contains).count
        let share = Double(count) / Double(phraseWords.count)
        let fits = share >= 0.99 || (phraseWords.count >= 3 && count >= 2)
        guard fits else { continue }
        if best == nil || share > best!.share || (share == best!.share && count > best!.count) {
          best = (fact, share, count)
        }
      }
    }
    guard let best else { return (Self.assumptionReply, nil) }
    return (best.fact.answer, best.fact.id)
  }

  /// The most important item of `step` not yet covered by `answer`, skipping `excluded` ids.
  public func mostImportantUncovered(in step: StepID, answer: Answer, excluding excluded: Set<String> = [])
    -> RubricItem? {
    let report = scorer.score(answer)
    let covered = Set(report.items.filter { $0.status == .hit }.map(\.id))
    let partial = Set(report.items.filter { $0.status == .partial }.map(\.id))
    let candidates = scenario.items(in: step).filter { !covered.contains($0.id) && !excluded.contains($0.id) }
    // Missed before merely named; heavier first; rubric order breaks ties.
    return candidates.enumerated().min { a, b in
      let aPartial = partial.contains(a.element.id)
      let bPartial = partial.contains(b.element.id)
      if aPartial != bPartial { return !aPartial }
      if a.element.weight != b.element.weight { return a.element.weight > b.element.weight }
      return a.offset < b.offset
    }?.element
  }
}
