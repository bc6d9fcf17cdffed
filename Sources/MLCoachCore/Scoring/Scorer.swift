/// Scores answers against one scenario's rubric. Compile once (a few milliseconds), then
/// score any number of answers; scoring is a pure function of the answer.
///
/// Given the other scenarios of the catalogue (`others`), it also checks that the answer is
/// about this scenario: an answer that fits another one clearly better is scaled down and the
/// report names the better fit.
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
  /// Share of the grade a red flag takes off, per severity level (0.07: severity 3 takes 21%),
  /// applied one flag after another to what is left. Proportional, because interviewers weigh
  /// a mistake against what the answer got right: one slip in a thin answer costs a few points,
  /// five mistakes in a fluent one cost half its grade (tuning corpus: fixed 5-point flags
  /// sank medium answers with one slip and barely dented senior-mistakes answers).
  public static let penaltySharePerSeverity = 0.07
  /// Red flags never take more than this share of the grade (a floor of 20% is kept).
  public static let maximumPenaltyShare = 0.8
  /// Highest overall for an answer whose credit comes from bare mentions (terms without
  /// reasons, keyword lists, headings): a list shows vocabulary, not design.
  public static let bareListCeiling = 25.0
  /// Share of the earned credit that must come from reasoned points (hits) for the answer not
  /// to count as a bare list.
  public static let reasonedShareForDesign = 0.3
  /// Share of a category's grade that comes from the whole answer's coverage rather than the
  /// category's own items: on the graded corpus, interviewers' category grades follow their
  /// overall grade closely (ρ 0.93), because a point counts wherever it is made.
  public static let wholeAnswerShareOfCategory = 0.4
  /// Words allowed between two units of an evidence phrase or lexicon form.
  static let maxGap = 3
  /// Red-flag phrases state a claim; they match tightly so "accuracy is misleading as a metric"
  /// does not read as "accuracy as the metric".
  static let redFlagMaxGap = 1

  public let scenario: Scenario
  let compiler: PhraseCompiler
  let cues: CueSet
  let itemPhrases: [[CompiledPhrase]]
  /// Per item phrase, the fewest units of any of its variants: a mention's words beyond these
  /// are how far it spreads (see `sentenceVerdicts`), counted once here rather than per mention.
  let itemPhraseLengths: [[Int]]
  /// Per item, the words of its evidence phrases and of the scenario's id: a negation said of a
  /// subject named by none of them sets another part aside (`MatchContext.negatesAnotherSubject`).
  let itemWords: [IDSet]
  /// For trade-off items, the two sides of each "A vs B" phrase: both named in one sentence,
  /// in either order and at any distance, is the comparison ("HNSW recalls more but IVF-PQ
  /// fits in memory").
  let itemPairs: [[(CompiledPhrase, CompiledPhrase)]]
  /// Per item: a requirements item that asks the candidate to work something out
  /// (`AskedAboutFactRule.asksToWorkOut`), worked out once here rather than per answer.
  let worksOut: [Bool]
  /// Per item, the indices of the items it `watches` (`WatchedOutcomes`), resolved once here.
  let watchedItems: [[Int]]
  let flagPhrases: [[CompiledPhrase]]
  let flagUnless: [[CompiledPhrase]]
  /// Per red flag, its compiled `committedByRefusing` phrases.
  let flagRefusing: [[CompiledPhrase]]
  /// Per red flag: whether its claim is about online experiments (see `FlagExperimentRule`).
  let flagKinds: [RedFlagKind]
  let contentWords: IDSet
  let others: [FitProfile]
  let scale: ScoreScale
  /// Which requirements items each fact is about, for questions asked during practice.
  let askedAboutFact: AskedAboutFactRule

  var vocabulary: Vocabulary { compiler.vocabulary }

  /// Compiles `scenario` against `lexicon`; `others` (the rest of the catalogue) feed the
  /// off-topic check and may be empty. `scale` is the curve its grades are on.
  public init(scenario: Scenario, lexicon: Lexicon = .bundled, others: [Scenario] = [],
              scale: ScoreScale = .interviewer) {
    self.scenario = scenario
    self.scale = scale
    askedAboutFact = AskedAboutFactRule(scenario: scenario)
    var (compiler, cueSet) = PhraseCompiler.baseWithCues(for: lexicon)
    cues = cueSet
    // Rough count of phrase words (a word is ~7 bytes with its space): only sizes a table.
    let phraseBytes = scenario.rubric.reduce(0) { $0 + $1.evidence.reduce(0) { $0 + $1.utf8.count } }
    compiler.vocabulary.reserveRawWords(phraseBytes / 7)
    itemPhrases = scenario.rubric.map { item in item.evidence.map { compiler.compile($0) } }
    itemPhraseLengths = itemPhrases.map { phrases in phrases.map { $0.variants.map(\.count).min() ?? 0 } }
    // The scenario's own name ("eta", "ad", "event") is the system's, as the item's words are.
    let nameWords = scenario.id.split(separator: "-").compactMap { compiler.compile(String($0)).variants.first?.first }
      .filter { $0 >= 0 }
    itemWords = itemPhrases.map { phrases in
      IDSet(phrases.flatMap { $0.variants.joined().filter { $0 >= 0 } } + nameWords)
    }
    worksOut = scenario.rubric.map { $0.category == .requirements && AskedAboutFactRule.asksToWorkOut($0) }
    watchedItems = scenario.rubric.map { item in
      item.watches.compactMap { id in scenario.rubric.firstIndex { $0.id == id } }
    }
    itemPairs = scenario.rubric.map { item in
      guard item.category == .tradeoffs else { return [] }
      return item.evidence.compactMap { phrase in
        guard let sides = Self.comparedSides(phrase) else { return nil }
        return (compiler.compile(sides.0), compiler.compile(sides.1))
      }
    }
    flagPhrases = scenario.redFlags.map { flag in flag.evidence.map { compiler.compile($0) } }
    flagUnless = scenario.redFlags.map { flag in flag.unlessMentioned.map { compiler.compile($0) } }
    flagRefusing = scenario.redFlags.map { flag in flag.committedByRefusing.map { compiler.compile($0) } }
    flagKinds = scenario.redFlags.map(RedFlagKind.init)
    var profiles: [FitProfile] = []
    for other in others where other.id != scenario.id { profiles.append(FitProfile(scenario: other, compiler: &compiler)) }
    self.others = profiles
    var content = compiler.formWords
    for phrases in itemPhrases + flagPhrases {
      for phrase in phrases {
        for variant in phrase.variants { content.formUnion(IDSet(variant.filter { $0 >= 0 })) }
      }
    }
    content.subtract(cues.hollowWords)
    content.subtract(cues.negators)
    for filler in PhraseCompiler.fillerWords { content.remove(compiler.vocabulary.id(WordNormalizer.stem(filler))) }
    contentWords = content
    self.compiler = compiler
  }

  /// Scores a Markdown or plain-text answer.
  public func score(text: String) -> ScoreReport { score(Answer.parse(text)) }

  public func score(_ answer: Answer) -> ScoreReport {
    let analyzed = AnalyzedAnswer(answer: answer, vocabulary: compiler.vocabulary)
    let index = PhraseIndex(analyzed, compiler: compiler, maxGap: Self.maxGap)
    var flagged = MatchContext(analyzed: analyzed, index: index, cues: cues, contentWords: contentWords)
    let (flags, flagSentences, claims) = redFlags(analyzed: analyzed, index: index, context: flagged)
    flagged.redFlagSentences = flagSentences
    flagged.redFlagClaims = claims
    let context = flagged

    // Items are judged independently: a long answer's rubric is split over two threads.
    let count = scenario.rubric.count
    let parts = analyzed.tokens.count >= Self.parallelTokens ? 2 : 1
    var verdicts = parallelMap(parts) { part in
      (count * part / parts..<count * (part + 1) / parts).map { itemIndex in
        verdict(itemIndex, answer: answer, analyzed: analyzed, index: index, context: context)
      }
    }.flatMap { $0 }

    if !answer.askedQuestions.isEmpty {
      checkRestatedFigures(&verdicts, answer: answer, analyzed: analyzed, index: index, context: context)
    }
    applyWatchedOutcomes(&verdicts, analyzed: analyzed, index: index, context: context)
    applyPracticeCredit(to: &verdicts, answer: answer)
    let offTopic = OffTopicCheck.judge(target: Self.fit(of: scenario.rubric, phrases: itemPhrases, index: index,
                                                        analyzed: analyzed),
                                       others: others.map { ($0.id, $0.fit(index: index, analyzed: analyzed)) })
    return Self.assemble(scenario: scenario, verdicts: verdicts, redFlags: flags, wordCount: analyzed.wordCount,
                         offTopic: offTopic, scale: scale)
  }

  /// Items that ask to work figures out, met by a sentence whose every figure the interviewer
  /// gave during practice (`RestatedFigures`): another sentence that earns the item with work of
  /// its own is quoted instead; without one the verdict is a partial.
  private func checkRestatedFigures(_ verdicts: inout [ItemVerdict], answer: Answer, analyzed: AnalyzedAnswer,
                                    index: PhraseIndex, context: MatchContext) {
    var given: [Quantity]?
    for itemIndex in verdicts.indices where worksOut[itemIndex] && verdicts[itemIndex].status == .hit {
      if given == nil { given = RestatedFigures.given(answer.askedQuestions, scenario: scenario) }
      guard let figures = given, !figures.isEmpty, let evidence = verdicts[itemIndex].evidence,
            RestatedFigures.onlyRestates(evidence, given: figures) else { continue }
      let all = sentenceVerdicts(itemIndex, analyzed: analyzed, index: index, context: context, all: true)
      let worked = all.filter { $0.value.status == .hit }.map(\.key).sorted()
        .first { !RestatedFigures.onlyRestates(analyzed.sentenceText($0), given: figures) }
      if let worked {
        verdicts[itemIndex].evidence = analyzed.sentenceText(worked)
        verdicts[itemIndex].rule = all[worked]
      } else {
        verdicts[itemIndex].status = .partial
        verdicts[itemIndex].rule = .restatedFigures
        verdicts[itemIndex].note = MatchReason.restatedFigures.note
      }
    }
  }

  /// Items that `watches` others and were missed: a sentence of their step that watches one of
  /// those items' metrics makes their point (`WatchedOutcomes`), quoted, with the verdict the
  /// metric earns there.
  private func applyWatchedOutcomes(_ verdicts: inout [ItemVerdict], analyzed: AnalyzedAnswer, index: PhraseIndex,
                                    context: MatchContext) {
    for itemIndex in verdicts.indices where verdicts[itemIndex].status == .missed {
      let item = scenario.rubric[itemIndex]
      guard !item.watches.isEmpty,
            analyzed.sentences.indices.contains(where: { analyzed.sectionSteps[analyzed.sentences[$0].section] == item.step })
      else { continue }
      let perSentence = watchedItems[itemIndex].map { sentenceVerdicts($0, analyzed: analyzed, index: index, context: context, all: true) }
      guard let found = WatchedOutcomes.sentence(
        perSentence: perSentence, step: item.step,
        stepOf: { analyzed.sectionSteps[analyzed.sentences[$0].section] }, text: { analyzed.sentenceText($0) })
      else { continue }
      verdicts[itemIndex].status = found.reason.status ?? .partial
      verdicts[itemIndex].rule = found.reason
      verdicts[itemIndex].evidence = analyzed.sentenceText(found.sentence)
      verdicts[itemIndex].note = ([WatchedOutcomes.note] + (found.reason.status == .hit ? [] : [found.reason.note].compactMap { $0 }))
        .joined(separator: "; ")
    }
  }

  /// Answers of at least this many words have their rubric judged on two threads (waking
  /// the second costs tens of microseconds; judging 84 items on 400 words, about 0.1 ms).
  static let parallelTokens = 400

  /// The verdict on rubric item `itemIndex`.
  private func verdict(_ itemIndex: Int, answer: Answer, analyzed: AnalyzedAnswer, index: PhraseIndex,
                       context: MatchContext) -> ItemVerdict {
    let item = scenario.rubric[itemIndex]
    var named: [Int: Int] = [:]
    let perSentence = sentenceVerdicts(itemIndex, analyzed: analyzed, index: index, context: context,
                                       named: { named = $0 })
    let best = perSentence.min { a, b in
      let rankA = a.value.status?.rank ?? 0, rankB = b.value.status?.rank ?? 0
      if rankA != rankB { return rankA > rankB }
      // A design sentence beats a question asked in step 1 at the same verdict: "user-author
      // affinity (past interactions, messages)" in the data step is what the candidate built,
      // and "only asked about, not designed" would tell them the opposite.
      let askedA = a.value == .onlyAskedAbout, askedB = b.value == .onlyAskedAbout
      if askedA != askedB { return askedB }
      if a.value.credit != b.value.credit { return a.value.credit > b.value.credit }
      let stepA = Self.stepOrder(a.key, analyzed, item.step), stepB = Self.stepOrder(b.key, analyzed, item.step)
      return stepA != stepB ? stepA < stepB : a.key < b.key
    }
    var quoted = best.map { analyzed.sentenceText($0.key) }
    var note = best?.value.note
    if let best, !worksOut[itemIndex],
       let point = Self.pointSentence(perSentence, named: named, decided: best.key, analyzed: analyzed, step: item.step) {
      quoted = analyzed.sentenceText(point)
      if let pointReason = perSentence[point] {
        note = pointReason.status == best.value.status
          ? best.value.note : "the reason is in “\(analyzed.sentenceText(best.key))”"
      }
    }
    return ItemVerdict(
      id: item.id, category: item.category, step: item.step, weight: item.weight,
      status: best?.value.status ?? .missed, evidence: quoted,
      note: note, hintUsed: answer.hintsUsed.contains(item.id), generic: item.generic, credit: 0,
      rule: best?.value)
  }

  /// The sentence to quote for a credited verdict when it is not the one that decided it: a
  /// design sentence in the item's own step that makes the point more squarely than the deciding
  /// one — because the deciding one lies in another step, or because it names more of the
  /// item's phrases. nil keeps the deciding sentence. A reason in a passing mention ("bots would
  /// dominate popular listings' co-occurrence counts", in the data step) still earns the hit,
  /// but the sentence shown is the one that states the baseline ("keep the rule-based
  /// retrieval", trial 42), and the note says where the reason is. Readers who never saw the
  /// rules preferred the sentence chosen so in 56 of the audit's tuning answers and the
  /// deciding one in 13 (forty-third session).
  static func pointSentence(_ perSentence: [Int: MatchReason], named: [Int: Int], decided: Int,
                            analyzed: AnalyzedAnswer, step: StepID) -> Int? {
    guard perSentence[decided]?.credits == true else { return nil }
    let key = { (sentence: Int) in (Self.stepOrder(sentence, analyzed, step), -(named[sentence] ?? 1), sentence) }
    let decidedKey = key(decided)
    var chosen: Int?
    for (sentence, reason) in perSentence where sentence != decided {
      guard reason.credits, reason != .onlyAskedAbout,
            reason != .askedAsQuestion else { continue }
      let k = key(sentence)
      // Only a sentence of the item's own step: between two other steps' sentences, naming more
      // phrases chose the better quote barely more often than the worse.
      guard k.0 == 0, (k.0, k.1) < (decidedKey.0, decidedKey.1) else { continue }
      if let current = chosen, key(current) < k { continue }
      chosen = sentence
    }
    return chosen
  }

  /// Each sentence's verdict on rubric item `itemIndex`, keyed by sentence index: credit beats
  /// a dismissal within a sentence; once the item's own step has a hit, later mentions are not
  /// judged.
  private func sentenceVerdicts(_ itemIndex: Int, analyzed: AnalyzedAnswer, index: PhraseIndex,
                                context: MatchContext, all: Bool = false,
                                judged: ((_ sentence: Int, _ phrase: String) -> Void)? = nil,
                                named reportNamed: ((_ named: [Int: Int]) -> Void)? = nil) -> [Int: MatchReason] {
    let item = scenario.rubric[itemIndex]
    // One verdict per sentence (credit beats a dismissal in the same sentence), then the
    // best sentence: hit, then contradicted, then partial.
    var perSentence: [Int: MatchReason] = [:]
    var found: [(Occurrence, CompiledPhrase, pair: Bool, phrase: Int)] = []
    for (number, phrase) in itemPhrases[itemIndex].enumerated() {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: Self.maxGap)
      where !context.stretchesAroundClaim(occurrence) {
        found.append((occurrence, phrase, false, number))
      }
    }
    for (number, (a, b)) in itemPairs[itemIndex].enumerated() {
      for occurrence in index.cooccurrences(of: a, b, in: analyzed, maxGap: Self.maxGap) {
        found.append((occurrence, a, true, -1 - number))
      }
    }
    // Mentions in the item's own step first, so the quoted evidence comes from there when
    // it can; once that step has a hit, nothing can beat it. Within a step, sentences that name
    // more of the item's phrases first: the first hit is the one quoted, and "honour
    // watch-history deletion" named one phrase of user features where "the user tower takes
    // recent watch history embeddings and subscriptions" named three (trial 36).
    // Sorted as small integer keys (own step first, then richness, then position, then as
    // found): sorting the mentions themselves moved their phrases around and cost more than
    // judging them.
    var named: [Int: Int] = [:]
    if found.count > 1 {
      // One count per (sentence, phrase): the same phrase twice says no more. One Int per pair
      // (phrases number in the tens, pairs are negative): an array per pair cost in profiles.
      var seen = Set<Int>(minimumCapacity: found.count)
      for entry in found where seen.insert(entry.0.sentence &* 65_536 &+ entry.phrase &+ 32_768).inserted {
        named[entry.0.sentence, default: 0] += 1
      }
    }
    // Then a phrase said outright before one spread over other words: "bookings per visitor"
    // makes the point that "control bookings and inflate the lift" only brushes as "booking
    // lift" (newcomer, forty-seventh session). Spread is counted in words beyond the phrase's
    // own, so a long phrase is not ranked below a short one; a pair's two sides are apart by
    // nature and keep their place. Counted only where there is an order to choose: most items
    // have one mention or none, and this runs for every item of every answer.
    var spreads = [Int](repeating: 0, count: found.count)
    if found.count > 1 {
      for index in found.indices where !found[index].pair {
        spreads[index] = max(0, Self.contentSpan(found[index].0, analyzed)
          - itemPhraseLengths[itemIndex][found[index].phrase])
      }
    }
    let order = found.indices.map { index -> (own: Bool, named: Int, spread: Int, start: Int, index: Int) in
      let occurrence = found[index].0
      return (analyzed.sectionSteps[analyzed.sentences[occurrence.sentence].section] == item.step,
              named[occurrence.sentence] ?? 1, spreads[index], occurrence.start, index)
    }.sorted { a, b in
      a.own != b.own ? a.own : a.named != b.named ? a.named > b.named
        : (a.spread, a.start, a.index) < (b.spread, b.start, b.index)
    }
    for (_, _, _, _, position) in order {
      let (occurrence, phrase, pair, _) = found[position]
      let mention = Mention(occurrence: occurrence, category: item.category, phrase: phrase, pair: pair,
                            asksToWorkOut: worksOut[itemIndex], itemWords: itemWords[itemIndex])
      let reason = MatchRules.judge(mention, in: context)
      if reason.status == nil { continue }
      // The two sides of "A vs B" named in one sentence are a trade-off only when the
      // sentence weighs them ("recall drops and latency rises" reports a symptom).
      if pair && reason == .noComparison { continue }
      if let previous = perSentence[occurrence.sentence], !Self.withinSentence(reason, beats: previous) { continue }
      perSentence[occurrence.sentence] = reason
      judged?(occurrence.sentence, phrase.text + (pair ? " (with its other side)" : ""))
      if reason.status == .hit && !all { break }
    }
    reportNamed?(named)
    return perSentence
  }

  /// Every sentence of `answer` that has a verdict on item `itemID`, in answer order, with that
  /// verdict (all of them, even after a hit) and the evidence phrase behind it: what
  /// `mlcoach-bench explain` shows to say why one sentence was quoted over another. Empty for an
  /// unknown id.
  public func sentenceVerdicts(itemID: String, answer: Answer)
    -> [(sentence: String, reason: MatchReason, phrase: String)] {
    guard let itemIndex = scenario.rubric.firstIndex(where: { $0.id == itemID }) else { return [] }
    let analyzed = AnalyzedAnswer(answer: answer, vocabulary: compiler.vocabulary)
    let index = PhraseIndex(analyzed, compiler: compiler, maxGap: Self.maxGap)
    var context = MatchContext(analyzed: analyzed, index: index, cues: cues, contentWords: contentWords)
    let flags = redFlags(analyzed: analyzed, index: index, context: context)
    context.redFlagSentences = flags.sentences
    context.redFlagClaims = flags.claims
    var phrases: [Int: String] = [:]
    let verdicts = sentenceVerdicts(itemIndex, analyzed: analyzed, index: index, context: context, all: true) {
      phrases[$0] = $1
    }
    return verdicts.sorted { $0.key < $1.key }.map { (analyzed.sentenceText($0.key), $0.value, phrases[$0.key] ?? "") }
  }

  /// The words of `occurrence`, fillers aside ("the", "and"): how far the mention spreads.
  static func contentSpan(_ occurrence: Occurrence, _ analyzed: AnalyzedAnswer) -> Int {
    var count = 0
    for position in occurrence.start..<max(occurrence.start, occurrence.end) where !analyzed.tokens[position].isFiller {
      count += 1
    }
    return count
  }

  /// "A vs B", "A versus B": the two sides of a comparison phrase.
  static func comparedSides(_ phrase: String) -> (String, String)? {
    // Most phrases compare nothing; Foundation's `components` on each cost 5% of compiling
    // a scenario at the size limits.
    let bytes = Array(phrase.utf8)
    guard bytes.indices.dropLast().contains(where: { bytes[$0] == UInt8(ascii: " ") && bytes[$0 + 1] == UInt8(ascii: "v") })
    else { return nil }
    for separator in [" vs. ", " vs ", " versus "] {
      let parts = phrase.components(separatedBy: separator)
      if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty { return (parts[0], parts[1]) }
    }
    return nil
  }

  /// Within one sentence, credit wins over a dismissal of the same item ("not X, but if I did,
  /// X' ..."), and more credit over less.
  private static func withinSentence(_ reason: MatchReason, beats previous: MatchReason) -> Bool {
    if reason.credits != previous.credits { return reason.credits }
    return reason.credit > previous.credit
  }

  /// Prefer evidence from the item's own step when the answer marks steps.
  private static func stepOrder(_ sentence: Int, _ analyzed: AnalyzedAnswer, _ step: StepID) -> Int {
    let section = analyzed.sentences[sentence].section
    return analyzed.sectionSteps[section] == step ? 0 : 1
  }

  /// Share of the specific (non-generic) items' weight whose phrases occur anywhere in the answer.
  static func fit(of rubric: [RubricItem], phrases: [[CompiledPhrase]], index: PhraseIndex,
                  analyzed: AnalyzedAnswer) -> Double {
    var total = 0.0
    var found = 0.0
    for (item, itemPhrases) in zip(rubric, phrases) where !item.generic {
      total += Double(item.weight)
      if itemPhrases.contains(where: { index.occurs($0, in: analyzed, maxGap: maxGap) }) {
        found += Double(item.weight)
      }
    }
    return total > 0 ? found / total : 0
  }

  /// The red flags found, each with the first sentence that commits it, every sentence in
  /// which some flag stands, and the spans of the claims that stand.
  private func redFlags(analyzed: AnalyzedAnswer, index: PhraseIndex,
                        context: MatchContext) -> (hits: [RedFlagHit], sentences: Set<Int>, claims: [Occurrence]) {
    var hits: [RedFlagHit] = []
    var sentences = Set<Int>()
    var claims: [Occurrence] = []
    for (flagIndex, flag) in scenario.redFlags.enumerated() {
      // An excuse must be said, not negated, dismissed, set aside or ruled out ("a time-based
      // split is unnecessary", "Daily retraining is prohibited by infra, so we retrain yearly"
      // excuse nothing; trial 20).
      var excused = false
      var refusedIn = Set<Int>()
      for phrase in flagUnless[flagIndex] {
        for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: Self.maxGap) {
          if phrase.carriesNegation { excused = true; continue }
          let negated = context.isNegated(occurrence, negators: cues.negators)
          let rejected = context.isRejectedAlternative(occurrence)
          if !(negated || rejected || context.isDismissedAfter(occurrence)
               || context.isCriticised(occurrence, ownClause: true, phrase: phrase)) {
            excused = true
          } else if (rejected && saidByCandidate(occurrence, in: analyzed)) || (negated && refuses(occurrence, in: analyzed))
                      || context.followsRefusalLead(occurrence, reach: MatchContext.refusalLeadReach) {
            refusedIn.insert(occurrence.sentence)
          }
        }
      }
      if excused && refusedIn.isEmpty { continue }
      var found: Int?
      var flagSentences = Set<Int>()
      for phrase in flagPhrases[flagIndex] {
        for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: Self.redFlagMaxGap)
        where RedFlagRules.stands(occurrence, phrase: phrase, in: context,
                                  kind: flagKinds[flagIndex]) {
          if found == nil { found = occurrence.sentence }
          flagSentences.insert(occurrence.sentence)
          claims.append(occurrence)
        }
      }
      // The remedy refused ("We don't need well-calibrated probabilities", "Calibration is
      // overkill here") commits the flag in words its evidence does not list.
      if found == nil {
        for phrase in flagRefusing[flagIndex] where !phrase.carriesNegation {
          for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: Self.maxGap)
          where refusedByCandidate(occurrence, in: analyzed, context: context) {
            if found == nil { found = occurrence.sentence }
            flagSentences.insert(occurrence.sentence)
            refusedIn.insert(occurrence.sentence)
          }
        }
      }
      // A claim that refuses the excuse in its own sentence ("I would not bother calibrating
      // the probabilities, because the auction only needs the ordering") stands whatever is
      // said elsewhere: trial 26's later "alert on calibration per ad-age bucket" excused it.
      if excused && flagSentences.isDisjoint(with: refusedIn) { continue }
      sentences.formUnion(flagSentences)
      if let found {
        hits.append(RedFlagHit(id: flag.id, text: flag.text, evidence: analyzed.sentenceText(found), why: flag.why,
                               severity: flag.severity, penalty: 0))
      }
    }
    return (hits, sentences, claims)
  }
}

extension Scorer {
  /// Whether the candidate refuses what `occurrence` names: negates it as their own choice ("we
  /// don't need calibrated probabilities"), rules it out as the alternative they did not take,
  /// or dismisses it in its clause ("calibration is overkill", "is a waste of effort"). Not a
  /// criticism: "We split by time so nothing from the future leaks in" names a leak the split
  /// prevents.
  fileprivate func refusedByCandidate(_ occurrence: Occurrence, in analyzed: AnalyzedAnswer,
                                      context: MatchContext) -> Bool {
    // "I don't think we need calibrated probabilities", "I wouldn't worry about calibration".
    if context.followsRefusalLead(occurrence, reach: MatchContext.refusalLeadReach) { return true }
    // A negation must be the candidate's own, with "I" or "we": terse notes such as "AUC =
    // sanity only (ignores calib)" say what a metric does not see.
    if context.isNegated(occurrence, negators: cues.negators) {
      return refuses(occurrence, in: analyzed) && saidByCandidate(occurrence, in: analyzed)
    }
    if context.isRejectedAlternative(occurrence) { return saidByCandidate(occurrence, in: analyzed) }
    return context.isDismissedAfter(occurrence)
  }

  /// How near a negation must stand before an excuse to refuse it.
  static let refusalReach = 3

  /// Whether "I" or "we" comes before `occurrence` in its sentence: the candidate speaks of their
  /// own design ("I would split randomly rather than by time"), not of what something else is
  /// ("reports are a weak signal, not a label").
  fileprivate func saidByCandidate(_ occurrence: Occurrence, in analyzed: AnalyzedAnswer) -> Bool {
    let first = analyzed.sentences[occurrence.sentence].firstToken
    return (first..<occurrence.start).contains { cues.firstPerson.contains(analyzed.tokens[$0].id) }
  }

  /// Whether the candidate refuses the practice at `occurrence` ("I would not bother
  /// calibrating", "We use a random split and no temporal split", "No temporal split."): a
  /// negation at most `refusalReach` tokens before it, other than "without" ("makes no sense
  /// without a GBDT" argues for the GBDT) and not after a copula, in a clause that the negation
  /// opens or whose subject is "I" or "we". "An image-level classifier can't localize faces"
  /// and "… is not access control" say what something else cannot do or is not.
  fileprivate func refuses(_ occurrence: Occurrence, in analyzed: AnalyzedAnswer) -> Bool {
    let tokens = analyzed.tokens
    let first = analyzed.sentences[occurrence.sentence].firstToken
    var i = occurrence.start - 1
    while i >= max(first, occurrence.start - Self.refusalReach) {
      if tokens[i + 1].startsClause { return false }
      if cues.negators.contains(tokens[i].id) { break }
      i -= 1
    }
    guard i >= first, i >= occurrence.start - Self.refusalReach, cues.negators.contains(tokens[i].id),
          tokens[i].id != cues.without, !cues.copulas.contains(tokens[i].id),
          !(i > first && cues.copulas.contains(tokens[i - 1].id)) else { return false }
    var j = i
    while j >= first {
      if cues.firstPerson.contains(tokens[j].id) { return true }
      if j == first || tokens[j].startsClause { return j == i }
      j -= 1
    }
    return false
  }
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

extension PhraseCompiler {
  private static let bundled = PhraseCompiler(lexicon: .bundled)

  /// A compiler with the lexicon's forms compiled; the bundled lexicon's is compiled once.
  static func base(for lexicon: Lexicon) -> PhraseCompiler {
    lexicon.concepts.count == Lexicon.bundled.concepts.count && lexicon == .bundled ? bundled : PhraseCompiler(lexicon: lexicon)
  }

  /// The base compiler with the cue phrases compiled into it, and those cues: the same for
  /// every scenario, so the bundled lexicon's pair is made once.
  private static let bundledWithCues: (PhraseCompiler, CueSet) = {
    var compiler = bundled
    let cues = CueSet(compiler: &compiler)
    return (compiler, cues)
  }()

  static func baseWithCues(for lexicon: Lexicon) -> (PhraseCompiler, CueSet) {
    guard lexicon.concepts.count == Lexicon.bundled.concepts.count && lexicon == .bundled else {
      var compiler = PhraseCompiler(lexicon: lexicon)
      let cues = CueSet(compiler: &compiler)
      return (compiler, cues)
    }
    return bundledWithCues
  }

  /// Word ids of every lexicon form: terms of the field.
  var formWords: IDSet { IDSet(forms.flatMap(\.words)) }
}
