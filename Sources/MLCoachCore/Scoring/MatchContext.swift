/// What the matching rules need to know about one answer, computed once: where the cue phrases
/// are, which reason clauses say something, and how far a negation reaches. The rules
/// (`Rules/*.swift`) ask it questions; it decides nothing itself.
struct MatchContext {
  let analyzed: AnalyzedAnswer
  let index: PhraseIndex
  let cues: CueSet
  /// Word ids that carry content in a reason: the scenario's own vocabulary and the lexicon's
  /// words, without hollow words.
  let contentWords: IDSet

  /// Reason cues (and arrows) per sentence, as token ranges.
  private var reasonCues: [Int: [Range<Int>]] = [:]
  /// Asides in brackets that read as reasons, by first token: the token after the aside.
  private var asideEnds: [Int: Int] = [:]
  /// Sentences in which a red flag of the scenario stands (set by the scorer before items
  /// are judged).
  var redFlagSentences: Set<Int> = []
  /// Where a red flag's claim stands, by token span (set with `redFlagSentences`).
  var redFlagClaims: [Occurrence] = []

  /// Whether a rubric phrase met at `occurrence` only by stretching around a red flag's claim:
  /// "I wouldn't split by time, a random 80/20 split is fine" meets "time split" across the
  /// claim "random 80/20". The words of the claim are the misconception's, not the practice's.
  func stretchesAroundClaim(_ occurrence: Occurrence) -> Bool {
    redFlagClaims.contains { claim in
      claim.sentence == occurrence.sentence && claim.start > occurrence.start && claim.start < occurrence.end
        && claim.end <= occurrence.end
    }
  }
  /// Where comparison cues start ("rather than", "vs", "faster than"), by sentence.
  private var comparisonStarts: [Int: [Int]] = [:]
  /// Sentences whose first words compare with the sentence before ("But ...", "However ...").
  private var comparisonOpens = IDSet()
  private var clarificationIn = IDSet()
  private var dismissalAt = IDSet()
  /// Where phrases of `CueSet.refusalLeads` stand, by sentence.
  private var refusalLeadRanges: [Int: [Range<Int>]] = [:]
  private var criticismAt = IDSet()
  /// Where a word that rules out what its clause named starts ("is prohibited").
  private var rulingAt = IDSet()
  /// Where a phrase of `CueSet.refusalAnswers` starts: the end of its longest phrase there.
  private var refusalAnswerEnd: [Int: Int] = [:]
  private var concessionAt: [Int: [Int]] = [:]
  /// Token index where a rejected alternative may start (right after "instead of", ", not").
  private var rejectionEnds = IDSet()
  /// The subset of `rejectionEnds` whose cue ("instead of", "rather than") opens its sentence
  /// or clause: it rejects everything up to the clause's end, however long.
  private var leadingRejectionEnds = IDSet()
  /// How many sentences use each reason clause, and the first that does.
  private var reasonUses: [[Int32]: (count: Int, first: Int)] = [:]

  /// Words a negation scans back over, at most, within its clause.
  static let negationReach = 15
  /// A reason cue counts for the next sentence when it opens it ("This avoids ...", "Otherwise").
  static let openingWords = 2
  /// Words from a sentence's subject to a reason cue that still explain that subject ("Fusion
  /// matters because …").
  static let subjectReasonReach = 4
  /// A reason clause used by this many sentences or more earns only in the first.
  static let repeatedReasonLimit = 3
  /// Non-filler words allowed between "instead of" and the rejected alternative.
  static let rejectionGap = 2
  /// Words after a flag phrase in which a criticism withdraws it ("accuracy ... is misleading").
  static let criticismReach = 8
  /// Words after a flag phrase in which a ruling in its own clause withdraws it: a ruling is
  /// clause-bound, so it may stand further off ("A random split of the orders into train and
  /// test is off the table").
  static let rulingReach = 16
  /// Words a ruling label before a colon may have ("Off the table:", "Not allowed:").
  static let rulingLabelWords = 4
  /// Words after a mention in which a dismissal of its subject is looked for.
  static let dismissalReach = 16

  init(analyzed: AnalyzedAnswer, index: PhraseIndex, cues: CueSet, contentWords: IDSet) {
    self.analyzed = analyzed
    self.index = index
    self.cues = cues
    self.contentWords = contentWords
    for phrase in cues.reasons {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) {
        // "to avoid" after "need" completes the verb ("we need to avoid leakage"): no purpose.
        if analyzed.tokens[occurrence.start].id == cues.to, completesVerb(at: occurrence.start) { continue }
        reasonCues[occurrence.sentence, default: []].append(occurrence.start..<occurrence.end)
      }
    }
    for (position, token) in analyzed.tokens.enumerated() {
      if token.arrowBefore { reasonCues[Int(token.sentence), default: []].append(position..<position) }
      if token.parenBefore, let end = asideEnd(at: position) {
        reasonCues[Int(token.sentence), default: []].append(position..<position)
        asideEnds[position] = end
      }
      // A "to" the phrase list already found ("to avoid") is one cue, not two: a clause counted
      // twice would reach `repeatedReasonLimit` early.
      if token.id == cues.to, isPurpose(at: position),
         !(reasonCues[Int(token.sentence)] ?? []).contains(where: { $0.lowerBound == position }) {
        reasonCues[Int(token.sentence), default: []].append(position..<position + 2)
      }
    }
    for phrase in cues.comparisons {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) {
        comparisonStarts[occurrence.sentence, default: []].append(occurrence.start)
        if occurrence.start < analyzed.sentences[occurrence.sentence].firstToken + Self.openingWords {
          comparisonOpens.insert(occurrence.sentence)
        }
      }
    }
    for phrase in cues.clarifications {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) { clarificationIn.insert(occurrence.sentence) }
    }
    for phrase in cues.dismissals {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 1) {
        if phrase.text == "can wait", isPlannedDeferral(after: occurrence.end, sentence: occurrence.sentence) { continue }
        dismissalAt.insert(occurrence.start)
      }
    }
    for phrase in cues.criticisms {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) { criticismAt.insert(occurrence.start) }
    }
    for phrase in cues.refusalLeads {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) {
        refusalLeadRanges[occurrence.sentence, default: []].append(occurrence.start..<occurrence.end)
      }
    }
    for phrase in cues.rulings {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) { rulingAt.insert(occurrence.start) }
    }
    for phrase in cues.refusalAnswers {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) {
        refusalAnswerEnd[occurrence.start] = max(refusalAnswerEnd[occurrence.start] ?? 0, occurrence.end)
      }
    }
    for phrase in cues.concessions {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) {
        concessionAt[occurrence.sentence, default: []].append(occurrence.start)
      }
    }
    for phrase in cues.rejections {
      let isNot = phrase.text == "not" || phrase.text == "never"
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) {
        // A bare "not" rejects only as ", not X" or at a sentence's start, and "never" only as
        // ", never X"; elsewhere they negate.
        if isNot {
          let first = analyzed.sentences[occurrence.sentence].firstToken
          let afterBreak = occurrence.start > first && analyzed.tokens[occurrence.start].clauseBreakBefore
          guard afterBreak || (occurrence.start == first && phrase.text == "not") else { continue }
          // "..., not sure yet" or "..., never mind" names no alternative.
          if occurrence.end < analyzed.tokens.count, Int(analyzed.tokens[occurrence.end].sentence) == occurrence.sentence,
             cues.notAnAlternative.contains(analyzed.tokens[occurrence.end].id) { continue }
          // "Y, not X" says why Y as "Y rather than X" does: the named alternative is the reason.
          if afterBreak { reasonCues[occurrence.sentence, default: []].append(occurrence.start..<occurrence.end) }
        }
        rejectionEnds.insert(occurrence.end)
        if !isNot, occurrence.start == analyzed.sentences[occurrence.sentence].firstToken
            || analyzed.tokens[occurrence.start].startsClause {
          leadingRejectionEnds.insert(occurrence.end)
        }
      }
    }
    // After the dismissals and criticisms: a side that dismisses is no claim with its reason.
    for (position, token) in analyzed.tokens.enumerated() where token.separatorBefore && separatorGivesReason(at: position) {
      reasonCues[Int(token.sentence), default: []].append(position..<position)
    }
    for (sentence, ranges) in reasonCues {
      for range in ranges {
        let key = fingerprint(reasonClause(after: range, in: analyzed.sentences[sentence]))
        guard !key.isEmpty else { continue }
        let entry = reasonUses[key]
        if entry == nil {
          reasonUses[key] = (1, sentence)
        } else if let entry, entry.first != sentence {
          reasonUses[key] = (entry.count + 1, min(entry.first, sentence))
        }
      }
    }
  }

  func sentence(_ mention: Mention) -> AnalyzedAnswer.Sentence { analyzed.sentences[mention.occurrence.sentence] }

  func inQuestionsSection(_ occurrence: Occurrence) -> Bool {
    analyzed.sectionKinds[analyzed.sentences[occurrence.sentence].section] == .questions
  }

  // MARK: - Negation and rejection

  /// Whether a word that `phrase` lacks (not a small word or a figure) stands inside
  /// `occurrence`. Phrases with lexicon concepts are never called narrowed: a concept's form
  /// may be longer than its unit.
  func isNarrowed(_ occurrence: Occurrence, by phrase: CompiledPhrase) -> Bool {
    // A one-word mention followed at once by another word of its clause is a modifier of what
    // that word names ("no synchronous heavy calls").
    if occurrence.end - occurrence.start == 1, occurrence.end < analyzed.sentences[occurrence.sentence].endToken {
      let next = analyzed.tokens[occurrence.end]
      return !next.clauseBreakBefore && !next.arrowBefore && !next.isFiller && !next.isQuantity && next.id >= 0
        && !cues.clauseBoundaries.contains(next.id)
    }
    guard occurrence.end - occurrence.start > 2,
          !phrase.variants.contains(where: { $0.contains { CompiledPhrase.conceptIndex($0) != nil } }) else { return false }
    for position in (occurrence.start + 1)..<(occurrence.end - 1) {
      let token = analyzed.tokens[position]
      if token.isFiller || token.isQuantity { continue }
      if !phrase.contains(token) { return true }
    }
    return false
  }

  /// Whether the occurrence ends in "every" or "each" that a unit of time follows, past at
  /// most two leads or figures ("every day", "every 10 minutes", "each couple of weeks"): the
  /// quantifier says how often, not of what.
  func quantifiesTime(_ occurrence: Occurrence) -> Bool {
    let tokens = analyzed.tokens
    guard occurrence.end > occurrence.start,
          cues.frequencyQuantifiers.contains(tokens[occurrence.end - 1].id) else { return false }
    let end = analyzed.sentences[occurrence.sentence].endToken
    var position = occurrence.end
    var leads = 0
    while position < end, !tokens[position].clauseBreakBefore {
      let token = tokens[position]
      if cues.timeUnits.contains(token.id) { return true }
      // "of" joins a count to its unit ("a couple of weeks"), so it costs no lead.
      let joins = leads > 0 && token.id == cues.of
      guard leads < 2 || joins, joins || token.isNumber || cues.timeUnitLeads.contains(token.id) else { return false }
      if !joins { leads += 1 }
      position += 1
    }
    return false
  }

  /// Right after "instead of", "rather than" or ", not": the alternative the candidate rejects.
  func isRejectedAlternative(_ occurrence: Occurrence) -> Bool {
    // A mention that runs across the cue ("a random split, not a time-based one" matching
    // "split … time-based") names the rejected alternative with its last words.
    if occurrence.end - occurrence.start > 2 {
      for end in (occurrence.start + 2)..<occurrence.end where rejectionEnds.contains(end) { return true }
    }
    if followsLeadingRejection(occurrence) { return true }
    var position = occurrence.start
    var skipped = 0
    let first = analyzed.sentences[occurrence.sentence].firstToken
    while position >= first {
      if rejectionEnds.contains(position) { return true }
      // Punctuation before this word: a cue before it governs another clause ("Not clicks (clickbait)").
      if analyzed.tokens[position].clauseBreakBefore { return false }
      position -= 1
      guard position >= first else { return false }
      if cues.clauseBoundaries.contains(analyzed.tokens[position].id) { return false }
      // "Rather than a random split we hold out the last week": the subject starts the clause
      // that says what is done instead, comma or not.
      if cues.pronouns.contains(analyzed.tokens[position].id) && !rejectionEnds.contains(position) { return false }
      if !analyzed.tokens[position].isFiller {
        skipped += 1
        if skipped > Self.rejectionGap { return false }
      }
    }
    return false
  }

  /// Whether a cue that opens the sentence or clause ("Instead of filtering retrieved chunks on
  /// document permissions, we tell the model …", trial 45) stands before `occurrence` in the
  /// same clause: the whole clause is the alternative not taken, however many words it has.
  /// A subject pronoun ends it ("Rather than a random split we hold out the last week").
  private func followsLeadingRejection(_ occurrence: Occurrence) -> Bool {
    let first = analyzed.sentences[occurrence.sentence].firstToken
    var position = occurrence.start
    while position > first {
      if leadingRejectionEnds.contains(position) { return true }
      if analyzed.tokens[position].startsClause { return false }
      position -= 1
      if cues.clauseBoundaries.contains(analyzed.tokens[position].id)
          || cues.pronouns.contains(analyzed.tokens[position].id) { return false }
    }
    return false
  }

  /// Whether the subject pronoun at `position` follows a negated lead, the auxiliary aside:
  /// "no way we", "no circumstances do we", "nowhere do we" negate the clause it opens.
  private func followsNegatedLead(_ position: Int, first: Int) -> Bool {
    var back = position - 1
    if back >= first, cues.verbsBeforeNot.contains(analyzed.tokens[back].id) { back -= 1 }
    return back >= first && cues.negatedLeads.contains(analyzed.tokens[back].id)
  }

  /// A negation earlier in the mention's clause ("I wouldn't ask about QPS or the latency
  /// budget"): not across a clause boundary, not inside a condition ("if we don't recalibrate"),
  /// not "not only", and not when the same sentence concedes it ("not X, but if I did, ...").
  func isNegated(_ occurrence: Occurrence, negators: IDSet) -> Bool {
    // "I don't think we need calibrated probabilities": the refusal reaches past the new
    // subject "we", which a plain negation's scope stops at.
    if followsRefusalLead(occurrence, reach: Self.refusalLeadReach) { return true }
    let tokens = analyzed.tokens
    let first = analyzed.sentences[occurrence.sentence].firstToken
    let lowest = max(first, occurrence.start - Self.negationReach)
    // Most mentions have no negation in reach: say so before any clause or list is looked at
    // (looking across list commas for every mention had cost a third of scoring time).
    guard lowest < occurrence.start, (lowest..<occurrence.start).contains(where: { negators.contains(tokens[$0].id) })
    else { return false }
    if isNarrowed(occurrence) { return false }
    if saysOtherSideAfterSeparator(occurrence, first: first, lowest: lowest) { return false }
    // "we can't call the routing engine 40 times per request": the mention is the rate of a
    // count, and the negation limits the count (trial 57's false "Reconsider what you dismissed").
    if occurrence.start > first, tokens[occurrence.start - 1].countsTimes { return false }
    var i = occurrence.start - 1
    while i >= lowest {
      // An arrow in terse notes starts a new clause ("no labels -> weak supervision"); so does
      // punctuation, except the commas of a list the negation governs ("no need for A, B or C").
      if tokens[i + 1].startsClause && !continuesNegatedList(comma: i + 1, occurrence) { return false }
      // "avoid" both ends an earlier negation's reach and, for red flags, negates itself.
      if cues.clauseBoundaries.contains(tokens[i].id) && !negators.contains(tokens[i].id) { return false }
      if cues.coordinators.contains(tokens[i].id), i + 1 < occurrence.start,
         cues.subjects.contains(tokens[i + 1].id) || cues.clauseVerbs.contains(tokens[i + 1].id) {
        return false
      }
      // A subject after the negation starts a new clause: "with no mutual friends we use contacts";
      // so does a condition: "we won't launch if the hide rate rises".
      if cues.pronouns.contains(tokens[i].id) && !followsNegatedLead(i, first: first)
        || cues.conditionals.contains(tokens[i].id) { return false }
      if negators.contains(tokens[i].id) {
        // "no-click impressions", "no-show rate": a hyphenated compound, not a negation.
        if i + 1 < tokens.count && tokens[i + 1].hyphenated {
          i -= 1
          continue
        }
        if tokens[i].id == cues.without && i == first { return false }
        // "feature store -> no train/serve skew", "which ensures no leakage", "check that no proxy
        // for protected attributes drives declines": a result the design gets or a safeguard it keeps.
        if tokens[i].id == cues.no, tokens[i].arrowBefore || keepsGuard(no: i, first: first) { return false }
        // "because CTR alone ignores the bid": another subject's verb is a criticism of it.
        if cues.refusalVerbNegators.contains(tokens[i].id), i > first,
           !cues.refusalVerbLeads.contains(tokens[i - 1].id), !tokens[i].clauseBreakBefore {
          i -= 1
          continue
        }
        // The words between the negation and the mention, copulas and fillers aside: the verb
        // the negation governs, if any.
        let said = (i + 1..<occurrence.start).filter { !cues.copulas.contains(tokens[$0].id) && !tokens[$0].isFiller }
        // "Logistic regression cannot learn crosses", "the catalogue cannot be scored within
        // 200 ms": what something cannot do is a limitation; "we can't use religion" refuses,
        // and so does "it can't be cached", whose negated verb is the mention itself.
        if cues.inabilities.contains(tokens[i].id), i > first, !cues.pronouns.contains(tokens[i - 1].id),
           !tokens[i].clauseBreakBefore, !said.isEmpty {
          i -= 1
          continue
        }
        // "We can't fine-tune the boosted-tree model incrementally, so we pair it with LR": what
        // cannot be updated is a limitation of the model, whoever says it (a sibling of the
        // forty-first session had the trees and the model-family trade-off contradicted).
        // "will not be able to fine-tune" says the same.
        let unable = cues.inabilities.contains(tokens[i].id) ? said.first
          : said.first.map { cues.abilityWords.contains(tokens[$0].id) } == true ? said.dropFirst().first : nil
        if let verb = unable, cues.updateVerbs.contains(tokens[verb].id) {
          i -= 1
          continue
        }
        // "negatives are shown but skipped plus random listings from the same market": what the
        // user skipped is a label, not what the candidate refuses (a newcomer's false "Reconsider
        // what you dismissed").
        if cues.skips.contains(tokens[i].id), isUsersSkip(at: i, sentenceStart: first) {
          i -= 1
          continue
        }
        // "without hurting engagement", "don't drive up hides", "no rise in refunds": the harm
        // is negated; what it would touch is a guardrail, kept.
        if negatesHarm(at: i, before: occurrence.start) { return false }
        // "without saves or time spent dropping": the harm may follow what it touches.
        if tokens[i].id == cues.without,
           (occurrence.end..<min(occurrence.end + 3, analyzed.sentences[occurrence.sentence].endToken))
             .contains(where: { cues.harms.contains(tokens[$0].id) && !tokens[$0].startsClause }) {
          return false
        }
        // "so no future edges leak into the graph features" (trial 46): the leak is negated, a
        // guarantee the design gives; neither what would leak nor where it would leak to is
        // refused.
        let after = occurrence.end < analyzed.sentences[occurrence.sentence].endToken
          && !tokens[occurrence.end].startsClause ? [occurrence.end] : []
        if tokens[i].id == cues.no, !(i + 1..<occurrence.end).contains(where: { tokens[$0].startsClause }),
           (Array(i + 1..<occurrence.start) + after).contains(where: {
             cues.guardedExposures.contains(tokens[$0].id)
           }) {
          return false
        }
        if i + 1 < tokens.count, tokens[i + 1].id == cues.only {
          i -= 1
          continue
        }
        // "courier assignment and pickup time aren't known at checkout", "isn't available yet":
        // saying what is missing at some moment is the leakage argument, not a refusal.
        if (i + 1..<min(i + 3, occurrence.end)).contains(where: { cues.availability.contains(tokens[$0].id) }) {
          return false
        }
        // "scanning 150B vectors cannot fit 200 ms", "crosses do not scale to millions of ad
        // IDs": a choice fails the constraint; the constraint is not what is refused.
        if (i + 1..<min(i + 3, occurrence.end)).contains(where: { cues.meetsConstraint.contains(tokens[$0].id) }) {
          return false
        }
        for back in stride(from: i - 1, through: max(first, i - 3), by: -1) {
          if cues.conditionals.contains(tokens[back].id) { return false }
          if tokens[back + 1].clauseBreakBefore { break }
        }
        if let concessions = concessionAt[occurrence.sentence], concessions.contains(where: { $0 >= occurrence.end }) {
          return false
        }
        return true
      }
      i -= 1
    }
    return false
  }

  /// Whether the skip word at `index` says what users did: it follows "but"/"and"/"then" after
  /// an exposure ("shown in the carousel but skipped", "scrolled past and skipped"), or stands
  /// in a relative clause about users ("posts that users skipped"). Within `userSkipReach` words.
  func isUsersSkip(at index: Int, sentenceStart: Int) -> Bool {
    let tokens = analyzed.tokens
    let lowest = max(sentenceStart, index - Self.userSkipReach)
    guard index > lowest else { return false }
    let before = lowest..<index
    if cues.skipJoiners.contains(tokens[index - 1].id), before.dropLast().contains(where: {
      cues.exposures.contains(tokens[$0].id) }) {
      return true
    }
    return before.contains { position in
      position + 1 < index && cues.relatives.contains(tokens[position].id) && cues.endUsers.contains(tokens[position + 1].id)
    }
  }

  static let userSkipReach = 8

  /// Most words a list item may have between two commas: "large batches", "co-saved boards".
  static let listItemWords = 4

  /// Whether the comma before `comma` separates items of one list that runs on to the
  /// mention: every item between the comma and the mention's own item is short, and the list
  /// closes with "or" or "nor" in the mention's item or a short item after it ("No need for
  /// contrastive fine-tuning, large batches or hard negative mining" dismisses all three; "no
  /// labels, we use contacts" is two clauses, and a pronoun stops the negation anyway).
  func continuesNegatedList(comma: Int, _ occurrence: Occurrence) -> Bool {
    let tokens = analyzed.tokens
    guard tokens[comma].commaBreakBefore else { return false }
    let first = analyzed.sentences[occurrence.sentence].firstToken
    // ", or" after a single negated item adds an alternative of its own rather than closing a
    // list: "reported but no action, or appeals overturned" does not negate the appeals. With an
    // item before it ("no A, B, or C") it is the serial comma of a list.
    if cues.alternativesClosers.contains(tokens[comma].id) {
      var back = comma - 1
      while back > first, !cues.negators.contains(tokens[back].id), !tokens[back].commaBreakBefore { back -= 1 }
      if back <= first || !tokens[back].commaBreakBefore { return false }
    }
    let end = analyzed.sentences[occurrence.sentence].endToken
    var words = 0
    var position = comma
    // The items between this comma and the mention's item.
    while position < occurrence.start {
      if position > comma && tokens[position].startsClause {
        guard tokens[position].commaBreakBefore else { return false }
        words = 0
      }
      if !tokens[position].isFiller { words += 1 }
      if cues.alternativesClosers.contains(tokens[position].id) { return true }
      if cues.pronouns.contains(tokens[position].id) || cues.clauseVerbs.contains(tokens[position].id) { return false }
      position += 1
    }
    guard words <= Self.listItemWords + 1 else { return false }
    // The mention's item and short items after it, up to the list's end.
    words = 0
    position = occurrence.end
    while position < end {
      if tokens[position].startsClause {
        guard tokens[position].commaBreakBefore else { return false }
        words = 0
      }
      if cues.alternativesClosers.contains(tokens[position].id) { return true }
      if !tokens[position].isFiller { words += 1 }
      if words > Self.listItemWords || cues.pronouns.contains(tokens[position].id) { return false }
      position += 1
    }
    return false
  }

  /// "cards not scrolled into view aren't negatives", "posts never shown to anyone": a "not" or
  /// "never" right after a noun and right before the mention starts a reduced relative clause
  /// that picks out some of the noun's things. It restricts the noun rather than rejecting the
  /// design, so the negation is of something narrower than the item.
  func isRestrictiveNegation(_ occurrence: Occurrence) -> Bool {
    let tokens = analyzed.tokens
    let first = analyzed.sentences[occurrence.sentence].firstToken
    var i = occurrence.start - 1
    // "not yet seen", "never actually shown": one small word may stand between.
    if i > first, tokens[i].isFiller || cues.restrictiveAdverbs.contains(tokens[i].id) { i -= 1 }
    guard i > first, cues.restrictiveNegators.contains(tokens[i].id), !tokens[i].startsClause else { return false }
    let before = tokens[i - 1].id
    return !tokens[i - 1].isFiller && !cues.copulas.contains(before) && !cues.negators.contains(before)
      && !cues.coordinators.contains(before) && !cues.conditionals.contains(before) && !cues.subjects.contains(before)
      && !cues.verbsBeforeNot.contains(before)
  }

  /// Whether `occurrence` names a harm (its last word one of `CueSet.unwantedOutcomes`) right
  /// after a negated wish (`CueSet.wishes`): "leadership does not want clickbait", "we must not
  /// reward outrage", "the ranker shouldn't promote engagement bait", "we don't want the feed to
  /// reward outrage". The wish is at most two words before the mention and the negation at most
  /// two before the wish, or before a wish that governs it (small words skipped); "we don't need
  /// to handle clickbait" has no wish and stays a dismissal. So does a harm right after "no" or
  /// "without" ("so there is no leakage of future engagement", "without label leakage"): a
  /// design with none of it guards against it (trial 62 had it as a dismissal of point-in-time
  /// features).
  func refusesHarm(_ occurrence: Occurrence) -> Bool {
    let tokens = analyzed.tokens
    let words = (occurrence.start..<occurrence.end).filter { !tokens[$0].isFiller }
    guard let last = words.last, let opening = words.first else { return false }
    // "no skew between training and serving": a mention may open with the harm and say where it
    // runs.
    let opensWithHarm = cues.unwantedOutcomes.contains(tokens[opening].id) && opening + 1 < occurrence.end
      && cues.harmPrepositions.contains(tokens[opening + 1].id)
    guard cues.unwantedOutcomes.contains(tokens[last].id) && !modifiesRemedy(last) || opensWithHarm else {
      return false
    }
    let first = analyzed.sentences[occurrence.sentence].firstToken
    func previous(from index: Int, within words: Int, where test: (Int) -> Bool) -> Int? {
      var seen = 0
      var i = index - 1
      while i >= first && seen < words {
        if tokens[i + 1].startsClause && i + 1 < index { return nil }
        if test(i) { return i }
        if !tokens[i].isFiller { seen += 1 }
        i -= 1
      }
      return nil
    }
    let noneOf = { (index: Int) in tokens[index].id == self.cues.no || tokens[index].id == self.cues.without }
    if previous(from: occurrence.start, within: 2, where: noneOf) != nil { return true }
    // "it should not be a near-duplicate of what they already saw", "results mustn't be
    // duplicates": a harm denied of what the design shows is one it guards against (newcomer's
    // trial, forty-second session: "Reconsider what you dismissed" on deduplication).
    // "should not be filled with clickbait thumbnails", "mustn't be full of duplicates": a word of
    // holding may come between (a sibling, forty-second session).
    var reach = occurrence.start
    while reach - 1 >= first, cues.holdingWords.contains(tokens[reach - 1].id) {
      reach -= 1
    }
    if let copula = previous(from: reach, within: 2, where: { self.cues.copulas.contains(tokens[$0].id) }),
       cues.negators.contains(tokens[copula].id)
        || (copula > first && cues.negators.contains(tokens[copula - 1].id)) {
      return true
    }
    guard var wish = previous(from: occurrence.start, within: 2, where: { self.cues.wishes.contains(tokens[$0].id) })
    else { return false }
    // "we don't want the feed to reward outrage": one wish may govern another.
    while let before = previous(from: wish, within: 2, where: {
      self.cues.wishes.contains(tokens[$0].id) || self.cues.negators.contains(tokens[$0].id)
    }) {
      if cues.negators.contains(tokens[before].id) { return true }
      wish = before
    }
    return false
  }

  /// Whether the harm word at `index` only qualifies what comes next: a word joined to it by a
  /// hyphen, or a remedy ("position-bias correction", "spam filter", "leakage check").
  private func modifiesRemedy(_ index: Int) -> Bool {
    let next = index + 1
    guard next < analyzed.tokens.count, !analyzed.tokens[next].startsClause else { return false }
    return analyzed.tokens[next].hyphenated || cues.remedyNouns.contains(analyzed.tokens[next].id)
  }

  /// Whether the negation at `index` is of a harm or change ("without hurting", "don't drive
  /// up", "no rise in", "not at the cost of"): a word of harm among its next two words (small
  /// words skipped), before the mention at `end`. A wish between them does not count as one of
  /// the two, and after it an outcome nobody wants is a harm too: "we won't tolerate label
  /// leakage from moderator decisions" refuses the leakage, not the moderators' labels. A wish
  /// for an action ("don't want to rely on spam reports") is left to the rules of refusal.
  private func negatesHarm(at index: Int, before end: Int) -> Bool {
    var seen = 0
    var i = index + 1
    var wished = false
    // After a wish the outcome may carry two words before it ("near-duplicate spam").
    while i < end && seen < (wished ? 3 : 2) {
      if cues.harms.contains(analyzed.tokens[i].id) { return true }
      // "without leakage of future traffic", "no bias from the rules engine": none of the harm.
      if seen == 0, analyzed.tokens[index].id == cues.no || analyzed.tokens[index].id == cues.without,
         cues.unwantedOutcomes.contains(analyzed.tokens[i].id), !modifiesRemedy(i) {
        return true
      }
      if !wished, seen == 0, cues.wishes.contains(analyzed.tokens[i].id),
         i + 1 < end, analyzed.tokens[i + 1].id != cues.to {
        wished = true
        i += 1
        continue
      }
      if wished, cues.unwantedOutcomes.contains(analyzed.tokens[i].id) { return true }
      // "the user never sees a restricted doc", "PII never leaves the region": a guarantee.
      if cues.guardedExposures.contains(analyzed.tokens[i].id),
         !(i + 1..<min(i + 3, end)).contains(where: { cues.exposureOpinions.contains(analyzed.tokens[$0].id) }) {
        return true
      }
      if !analyzed.tokens[i].isFiller && analyzed.tokens[i].id != cues.at { seen += 1 }
      i += 1
    }
    return false
  }

  /// How far after a refusal lead a mention may start and still be refused by it.
  static let refusalLeadReach = 3

  /// Whether a refusal lead ("I don't think we need", "I wouldn't worry about") ends at most
  /// `reach` tokens before `occurrence` (or inside it), with no clause starting between.
  func followsRefusalLead(_ occurrence: Occurrence, reach: Int) -> Bool {
    // The mention may begin inside the lead: "need to be calibrated" is met from "need" in "I
    // don't think we need calibrated probabilities".
    (refusalLeadRanges[occurrence.sentence] ?? []).contains { lead in
      lead.lowerBound < occurrence.start && occurrence.start - lead.upperBound <= reach
        && !(min(lead.upperBound, occurrence.start)...occurrence.start).contains { analyzed.tokens[$0].startsClause }
    }
  }

  /// A dismissal whose subject holds the mention: "X is overkill", "X, Y and Z aren't needed",
  /// "logging X to avoid Y is over-engineering". The scan crosses the commas of a list of
  /// subjects but stops at a clause boundary ("but", "because", "so") or at a verb "is/are"
  /// that does not lead straight into the dismissal ("X is good, Y is overkill").
  func isDismissedAfter(_ occurrence: Occurrence) -> Bool {
    if isRefusedByNextSentence(occurrence) { return true }
    let end = analyzed.sentences[occurrence.sentence].endToken
    var i = occurrence.end
    var copulaAt = -1
    // After punctuation the dismissal belongs to the mention only through a list that joins
    // them ("QPS, the latency budget and the feature store are overkill"); otherwise it has
    // its own subject ("We use PR-AUC; accuracy is useless here").
    var brokeAt = -1
    var joined = false
    while i < min(end, occurrence.end + Self.dismissalReach) {
      let id = analyzed.tokens[i].id
      if dismissalAt.contains(i) {
        // "Position debiasing, shadow scoring, calibration checks: overkill for a first
        // version": a verdict right after the colon that closes a list of the named ideas.
        if brokeAt >= 0 && !joined && verdictAfterColon(at: i, after: occurrence.end) { return true }
        if brokeAt >= 0 && !joined { return false }
        // "is overkill", "is not needed"; "is the compliance team's job" names the team between.
        return copulaAt < 0 || copulaAt >= i - 2 || (analyzed.tokens[i].id == cues.teams && copulaAt >= i - 4)
      }
      // An arrow of terse notes starts a clause too: "Base rate ~0.1% -> accuracy useless".
      if analyzed.tokens[i].startsClause && brokeAt < 0 { brokeAt = i }
      if brokeAt >= 0 && cues.coordinators.contains(id) { joined = true }
      // A clause of its own that refuses what was named, pointing back to it: "Budget pacing
      // and bid shading belong to the auction folks; I'm not touching them."
      if cues.pronouns.contains(id) {
        let separated = brokeAt >= 0 || (i > occurrence.end && cues.coordinators.contains(analyzed.tokens[i - 1].id))
        return separated && refusesWhatWasNamed(subject: i, end: end)
      }
      if cues.clauseBoundaries.contains(id) {
        // "... are nice, but we won't build them", "... is costly, so we skip it".
        guard cues.refusalLinks.contains(id), i + 1 < end, cues.pronouns.contains(analyzed.tokens[i + 1].id) else {
          return false
        }
        return refusesWhatWasNamed(subject: i + 1, end: end)
      }
      if cues.copulas.contains(id) {
        if copulaAt >= 0 { return false }
        copulaAt = i
      }
      i += 1
    }
    return false
  }

  /// Whether the dismissal at `index` opens what follows a colon, semicolon or dash (at most
  /// one word in between) and only list commas stand between `start` and that colon.
  private func verdictAfterColon(at index: Int, after start: Int) -> Bool {
    let tokens = analyzed.tokens
    guard let colon = (max(start, index - 1)...index).last(where: { tokens[$0].separatorBefore }) else { return false }
    return !(start..<colon).contains { tokens[$0].startsClause && !tokens[$0].commaBreakBefore }
  }

  /// A question the candidate puts to themselves and answers with a refusal that points back
  /// to it, in a sentence of its own: "A graph neural network over shared devices? I'm not
  /// going to build that for launch." Only after a question: after a statement, "We don't need
  /// more than that" points back to a figure, not to a rejected idea.
  private func isRefusedByNextSentence(_ occurrence: Occurrence) -> Bool {
    let current = analyzed.sentences[occurrence.sentence]
    let next = occurrence.sentence + 1
    guard current.isQuestion, next < analyzed.sentences.count else { return false }
    // The refusal points back at the idea the question is about, not at what qualifies it:
    // "A two-tower retriever for candidate generation? Not going to build one yet." declines
    // the retriever, not candidate generation.
    guard !(current.firstToken..<occurrence.start).contains(where: { cues.qualifiers.contains(analyzed.tokens[$0].id) })
    else { return false }
    let sentence = analyzed.sentences[next]
    guard sentence.section == current.section, sentence.unit == current.unit, !sentence.isHeading,
          sentence.endToken > sentence.firstToken else { return false }
    // "Honestly, I'd skip it": an opening word and its comma come before the subject.
    var start = sentence.firstToken
    if start + 1 < sentence.endToken, cues.openers.contains(analyzed.tokens[start].id),
       analyzed.tokens[start + 1].commaBreakBefore {
      start += 1
    }
    let first = analyzed.tokens[start].id
    // "Not going to build one yet." has no subject: the refusal opens the sentence.
    if cues.negators.contains(first) || cues.deferrals.contains(first) {
      return refusesWhatWasNamed(subject: start - 1, end: sentence.endToken)
    }
    guard cues.pronouns.contains(first) else { return false }
    return refusesWhatWasNamed(subject: start, end: sentence.endToken)
  }

  /// After the subject at `subject`: a negation ("not", "won't", "skip", "ignore"), at most three
  /// words that carry no content of the scenario ("touching", "going to build"), then a word that
  /// points back ("them", "it", "that") at the end of the clause. "We don't retrain it daily"
  /// refuses nothing: "retrain" is a word of the scenario, and the clause goes on.
  private func refusesWhatWasNamed(subject: Int, end: Int) -> Bool {
    let tokens = analyzed.tokens
    var i = subject + 1
    // A negation, or a verb that puts the idea off without one ("we'd rather defer it",
    // "hold off on it"); "hold" alone holds payments for review, so it needs its "off".
    func refuses(at index: Int) -> Bool {
      let id = tokens[index].id
      return cues.negators.contains(id) || cues.deferrals.contains(id)
        || (cues.holds.contains(id) && index + 1 < end && tokens[index + 1].id == cues.off)
        || (cues.passes.contains(id) && index + 1 < end && tokens[index + 1].id == cues.on)
        || (cues.lives.contains(id) && index + 1 < end && tokens[index + 1].id == cues.without)
    }
    // "I'm going to skip it": up to three words between the subject and the refusal.
    while i < min(end, subject + 5), !refuses(at: i) {
      if tokens[i].clauseBreakBefore || (tokens[i].id >= 0 && contentWords.contains(tokens[i].id)) { return false }
      i += 1
    }
    guard i < min(end, subject + 5) else { return false }
    // Up to three words between: "not going to build that".
    var pointer = i + 1
    while pointer < min(end, i + 5), !cues.anaphors.contains(tokens[pointer].id) {
      let id = tokens[pointer].id
      if tokens[pointer].clauseBreakBefore || (id >= 0 && contentWords.contains(id) && !cues.refusalVerbs.contains(id)) {
        return false
      }
      pointer += 1
    }
    guard pointer < min(end, i + 5) else { return false }
    var after = pointer + 1
    while after < end, !tokens[after].clauseBreakBefore, !cues.coordinators.contains(tokens[after].id),
          !cues.timeClauses.contains(tokens[after].id) {
      // "for now", "in v1": words of time or scope, figures, and words no scenario uses; "and
      // revisit once …" and "until the ranker is stable" start clauses of their own.
      let tail = tokens[after].id < 0 || tokens[after].isQuantity || cues.anaphorTails.contains(tokens[after].id)
      if !tail || after > pointer + 6 { return false }
      after += 1
    }
    return true
  }

  /// Whether `occurrence` runs past a colon, semicolon or dash after a verb's negation said of a
  /// named subject: "The weekly email does not need the online path: I'd generate it in a batch
  /// job" sets one option aside for that subject and says the other in the clause after, which
  /// is the comparison a batch-versus-online item asks for (tmux, fifty-third session: it was
  /// contradicted, and "Reconsider what you dismissed" led the advice). Said by "we" ("we don't
  /// shuffle …; we split by date") or with "no" ("at no point will we …"), it still refuses.
  func saysOtherSideAfterSeparator(_ occurrence: Occurrence, first: Int, lowest: Int) -> Bool {
    let tokens = analyzed.tokens
    guard (occurrence.start + 1..<occurrence.end).contains(where: { tokens[$0].separatorBefore }),
          let negator = (lowest..<occurrence.start).last(where: { cues.negators.contains(tokens[$0].id) }),
          cues.subjectNegators.contains(tokens[negator].id), negator > first else { return false }
    var start = negator
    while start > first && !tokens[start].startsClause { start -= 1 }
    let subject = (start..<negator).filter { !tokens[$0].isFiller }
    return !subject.isEmpty
      && !subject.contains { cues.pronouns.contains(tokens[$0].id) || cues.subjects.contains(tokens[$0].id) }
  }

  /// Whether the negation before `occurrence` is said of another part of the system: "the
  /// weekly email doesn't need real-time serving", "push notifications about new uploads don't
  /// need per-request scoring" set a side surface aside and say nothing of the feed an
  /// online-ranking item is about. The subject's head is the short noun phrase from the clause's
  /// start to the first preposition or relative word ("about", "that", …), the rest running on
  /// to a verb's negation ("not", "doesn't", "won't", …). `ownWords` holds the item's phrase
  /// words, the scenario's own name and the words of the main system (`CueSet.systemNouns`:
  /// "the ranker", "ETA predictions", "ad scoring" still dismiss); "we"/"I" in the head, a word
  /// of condition or reason before the negation, or a head of only small words keep the
  /// dismissal. "no", "without" and "skip" negate an object and are left alone.
  func negatesAnotherSubject(_ occurrence: Occurrence, ownWords: IDSet) -> Bool {
    let tokens = analyzed.tokens
    let first = analyzed.sentences[occurrence.sentence].firstToken
    let lowest = max(first, occurrence.start - Self.negationReach)
    guard let negator = (lowest..<occurrence.start).last(where: { cues.subjectNegators.contains(tokens[$0].id) }),
          negator > first else { return false }
    var start = negator
    while start > first && !tokens[start].startsClause { start -= 1 }
    var named = 0
    var headWords = 0
    var inHead = true
    for position in start..<negator {
      let token = tokens[position]
      if cues.conditionals.contains(token.id) || cues.reasonWords.contains(token.id) { return false }
      if inHead && cues.subjectHeadEnds.contains(token.id) && headWords > 0 {
        inHead = false
        continue
      }
      guard inHead else { continue }
      if cues.pronouns.contains(token.id) || cues.coordinators.contains(token.id) { return false }
      if token.isFiller || token.isQuantity { continue }
      if ownWords.contains(token.id) || cues.systemNouns.contains(token.id) { return false }
      headWords += 1
      if headWords > Self.subjectWords { return false }
      if cues.subjects.contains(token.id) || cues.hollowWords.contains(token.id) || cues.copulas.contains(token.id)
        || cues.clauseVerbs.contains(token.id) { continue }
      named += 1
    }
    return named > 0 && negator - start <= Self.subjectSpan
  }

  /// Whether a verb's negation stands between two of `phrase`'s own words inside `occurrence`
  /// ("the feed doesn't need real-time ranking" read as "feed needs real time"): the phrase is
  /// said and denied at once. A negation followed by a word the phrase lacks ("online, not
  /// batch, inference") or by "only"/"just" denies something else.
  func isNegatedInside(_ occurrence: Occurrence, phrase: CompiledPhrase) -> Bool {
    let tokens = analyzed.tokens
    guard occurrence.end - occurrence.start > 2 else { return false }
    func inPhrase(_ position: Int) -> Bool { phrase.contains(tokens[position]) }
    for position in (occurrence.start + 1)..<(occurrence.end - 1)
    where cues.subjectNegators.contains(tokens[position].id) && !inPhrase(position) {
      var next = position + 1
      // "scoring doesn't need online …": small words and "need", "have" may stand between.
      while next < occurrence.end - 1 && (tokens[next].isFiller || cues.hollowWords.contains(tokens[next].id)) {
        next += 1
      }
      if tokens[next].id == cues.only || tokens[next].startsClause { continue }
      if inPhrase(next) && inPhrase(position - 1) { return true }
    }
    return false
  }

  /// The most words the head of a subject before a negation has (`negatesAnotherSubject`).
  static let subjectWords = 4
  /// The most tokens from the clause's start to the negation, the subject's modifiers included.
  static let subjectSpan = 12

  /// Whether every word of the mention names a phase of the work ("v1", "first version",
  /// "phase one", "later phase"), small words aside.
  func namesOnlyAPhase(_ occurrence: Occurrence) -> Bool {
    let words = (occurrence.start..<occurrence.end).filter { !analyzed.tokens[$0].isFiller }
    return !words.isEmpty && words.allSatisfy { cues.phaseWords.contains(analyzed.tokens[$0].id) }
  }

  /// Inside a condition: "if" (or "unless", "suppose") earlier in the same clause.
  func isConditional(_ occurrence: Occurrence) -> Bool {
    let tokens = analyzed.tokens
    let first = analyzed.sentences[occurrence.sentence].firstToken
    var i = occurrence.start - 1
    while i >= first {
      if cues.conditionals.contains(tokens[i].id) { return true }
      // A condition ends at punctuation or at an arrow: "if similarity > 0.95 -> return the
      // cached answer -> one global cache for all users" commits to the global cache.
      if tokens[i + 1].startsClause { return false }
      i -= 1
    }
    return false
  }

  /// Whether the occurrence's clause (between clause breaks) names an online experiment: "an
  /// A/B test on a user-level random split" does; "a random split offline, then an A/B test"
  /// does not.
  func isInExperimentClause(_ occurrence: Occurrence) -> Bool {
    // Looked up only here, for the rare random-split phrase that stands so far: finding the
    // experiment cues in every answer up front cost half of scoring an 800-word answer.
    let clause = clauseRange(around: occurrence)
    return cues.experiments.contains { phrase in
      index.occurrences(of: phrase, in: analyzed, maxGap: 0).contains { clause.contains($0.start) }
    }
  }

  /// Whether the occurrence's statement watches it among others: a monitoring verb ("watch",
  /// "monitor", "track", "report", "dashboard") comes before it in its sentence or opens it
  /// ("monitor accuracy"); its statement (the sentence between breaks other than commas: ";",
  /// ":", a dash, a bracket) names at least `least` signals, joined by commas or "and"/"or";
  /// and no word of primacy there ("primary", "main", "north", "goal") says which metric leads.
  /// "Our main metric is recall; we also report accuracy, latency and queue volume" watches
  /// accuracy.
  func isWatchedAmongOthers(_ occurrence: Occurrence, least: Int) -> Bool {
    let sentence = analyzed.sentences[occurrence.sentence]
    func breaksStatement(_ position: Int) -> Bool {
      analyzed.tokens[position].clauseBreakBefore && !analyzed.tokens[position].commaBreakBefore
    }
    var start = occurrence.start
    while start > sentence.firstToken && !breaksStatement(start) { start -= 1 }
    var end = occurrence.end
    while end < sentence.endToken && !breaksStatement(end) { end += 1 }
    // "watch time", "watch history" name a quantity, not the act of watching a dashboard. The
    // verb may stand before a bracket the list is in ("I watch usage (daily users, …)").
    let watches = (sentence.firstToken..<occurrence.end).contains { position in
      cues.monitoring.contains(analyzed.tokens[position].id)
        && !(position + 1 < analyzed.tokens.count && cues.watchCompounds.contains(analyzed.tokens[position + 1].id))
    }
    let namesLeader = (start..<end).contains { cues.primacy.contains(analyzed.tokens[$0].id) }
    guard watches, !namesLeader else { return false }
    let joints = (start..<end).dropFirst().filter {
      analyzed.tokens[$0].commaBreakBefore || cues.coordinators.contains(analyzed.tokens[$0].id)
    }.count
    return joints + 1 >= least
  }

  /// Whether any token of the occurrence is one of `words`.
  func contains(_ occurrence: Occurrence, anyOf words: IDSet) -> Bool {
    (occurrence.start..<occurrence.end).contains { words.contains(analyzed.tokens[$0].id) }
  }

  /// Whether the mention is criticised ("… is misleading", "… leaks") or ruled out ("… is
  /// prohibited") where it is named. `ownClause` keeps a criticism to the mention's own clause,
  /// as a ruling always is: an excuse ("we recalibrate afterwards, because downsampling inflates
  /// pCTR") is not what the clause after it criticises. A word of `phrase` itself is no verdict
  /// on it: "Hides count as positive" and "Banned word list triggers removal" state the mistake.
  func isCriticised(_ occurrence: Occurrence, ownClause: Bool = false, phrase: CompiledPhrase? = nil) -> Bool {
    let own = Set(phrase?.variants.flatMap { $0 } ?? [])
    let verdictAt = { (position: Int, at: IDSet) in
      at.contains(position)
        && !(position >= occurrence.start && position < occurrence.end && own.contains(self.analyzed.tokens[position].id))
    }
    let sentenceEnd = analyzed.sentences[occurrence.sentence].endToken
    let end = min(sentenceEnd, occurrence.end + Self.rulingReach)
    // In the mention's own clause a criticism may stand as far off as a ruling ("Dropping the long
    // deliveries from the training set would make our MAE look better than it is"; trial 22);
    // past it, only `criticismReach` words on ("Accuracy, which is misleading").
    let clauseEnd = (occurrence.end..<end).first(where: { analyzed.tokens[$0].startsClause }) ?? end
    let criticismEnd = ownClause ? clauseEnd : max(clauseEnd, min(sentenceEnd, occurrence.end + Self.criticismReach))
    if (occurrence.start..<max(occurrence.start, criticismEnd)).contains(where: { verdictAt($0, criticismAt) }) {
      return true
    }
    if isUnderRulingLabel(occurrence) { return true }
    // A ruling counts in the mention's own clause only, or as the verdict a colon or dash puts
    // after it ("Accuracy as the main metric: banned"); "…; a GPU model is unusable" rules out
    // something else.
    var position = occurrence.end
    while position < end {
      let token = analyzed.tokens[position]
      if token.startsClause {
        let verdict = token.separatorBefore
          && (rulingAt.contains(position) || (position + 1 < end && rulingAt.contains(position + 1)))
        return verdict
      }
      if rulingAt.contains(position) { return true }
      position += 1
    }
    return (occurrence.start..<occurrence.end).contains { verdictAt($0, rulingAt) }
  }

  /// "Off the table: retraining the classifier once a year.", "Banned: accuracy as the main
  /// metric.": a ruling that is the whole label before a colon or dash rules out the clause after
  /// it (trial 22), as it does after the practice ("…: banned").
  private func isUnderRulingLabel(_ occurrence: Occurrence) -> Bool {
    let sentence = analyzed.sentences[occurrence.sentence]
    let first = sentence.firstToken
    guard occurrence.start > first, rulingAt.contains(first) || criticismAt.contains(first),
          let label = (first + 1...occurrence.start).first(where: { analyzed.tokens[$0].startsClause }),
          analyzed.tokens[label].separatorBefore else { return false }
    // Only the label's own words before the colon, and no other clause between it and the mention.
    let labelWords = (first..<label).filter { !analyzed.tokens[$0].isFiller }.count
    return labelWords <= Self.rulingLabelWords
      && !(label + 1..<max(label + 1, occurrence.start)).contains { analyzed.tokens[$0].startsClause }
  }

  /// Whether `occurrence` starts in a label at the start of its sentence (at most
  /// `rulingLabelWords` words before a colon or dash, no other clause) and ends after it: "Model
  /// updates: a new encoder" spells "update the encoder" across the label (`FlagAcrossLabelRule`).
  func spansLabel(_ occurrence: Occurrence) -> Bool {
    let tokens = analyzed.tokens
    let first = analyzed.sentences[occurrence.sentence].firstToken
    guard occurrence.start >= first,
          let label = (occurrence.start + 1..<occurrence.end).first(where: { tokens[$0].separatorBefore }),
          !(first + 1..<label).contains(where: { tokens[$0].startsClause }) else { return false }
    return (first..<label).filter { !tokens[$0].isFiller }.count <= Self.rulingLabelWords
  }

  /// Whether a question naming the practice is answered by a verdict in the next sentence:
  /// "Splitting the impressions randomly into train and test? Never acceptable here." (trial 20).
  /// The verdict opens that sentence (in its first two words) and is a ruling or a criticism
  /// ("Out of the question.", "Misleading."), or the sentence or its first clause is a refusal
  /// ("No way.", "Definitely not.", "No, they are the late orders we care about.").
  func isRuledOutByNextSentence(_ occurrence: Occurrence) -> Bool {
    let current = analyzed.sentences[occurrence.sentence]
    let next = occurrence.sentence + 1
    guard current.isQuestion, next < analyzed.sentences.count else { return false }
    let sentence = analyzed.sentences[next]
    guard sentence.section == current.section, sentence.unit == current.unit, !sentence.isHeading,
          sentence.endToken > sentence.firstToken else { return false }
    let first = sentence.firstToken
    if (first..<min(sentence.endToken, first + 2)).contains(where: { rulingAt.contains($0) || criticismAt.contains($0) }) {
      return true
    }
    // "No way.", "Definitely not.", "No, they are exactly the late orders we care about.": a
    // refusal (`CueSet.refusalAnswers`) that is the whole sentence or its whole first clause.
    // "No problem, that's what we do" is no refusal.
    let clauseEnd = (first + 1..<sentence.endToken).first { analyzed.tokens[$0].startsClause } ?? sentence.endToken
    return refusalAnswerEnd[first] == clauseEnd
  }

  // MARK: - Reasons, numbers, comparisons

  /// Least words (fillers aside) before a colon, semicolon or dash for the side after it to read
  /// as the reason of the side before ("time split: …" is a label, "full retrain weekly: stops
  /// drift accumulating" a claim and its why); one more after it ("a binary classification
  /// problem: click or no click" defines).
  static let separatorClauseWords = 3

  /// Whether the colon, semicolon or dash before `position` joins a claim to its reason, as an
  /// arrow does in terse notes: a claim of `separatorClauseWords` words before it (not a label
  /// like "offline:") that neither refuses nor dismisses, and after it a clause of one more
  /// distinct word that opens with no word of examples ("e.g.", "like"), is no list (two
  /// commas), does not define the claim's last word and is no verdict ("overkill").
  private func separatorGivesReason(at position: Int) -> Bool {
    let tokens = analyzed.tokens
    let sentence = analyzed.sentences[Int(tokens[position].sentence)]
    guard !sentence.isHeading, !sentence.isList, position > sentence.firstToken,
          !cues.asideOpeners.contains(tokens[position].id) else { return false }
    var words = 0
    var back = position - 1
    while back >= sentence.firstToken {
      if !tokens[back].isFiller { words += 1 }
      if tokens[back].separatorBefore || tokens[back].arrowBefore { break }
      back -= 1
    }
    // A claim that refuses ("I would not multiply by the bid; …", "we don't read it from the
    // phone; …") or dismisses has no reason to give; "not just well ranked: …" still claims.
    let claim = max(back, sentence.firstToken)..<position
    guard words >= Self.separatorClauseWords,
          !claim.contains(where: { dismissalAt.contains($0) || criticismAt.contains($0) }),
          !claim.contains(where: { cues.negators.contains(tokens[$0].id)
            && !($0 + 1 < position && cues.notJust.contains(tokens[$0 + 1].id)) })
    else { return false }
    // The word that ends the claim, said again after it, opens a definition: "We do hybrid
    // search: keyword search plus vector search".
    let head = tokens[position - 1].id
    // Distinct words after it, so that "click or no click" is one word said twice.
    var said = Set<Int32>()
    words = 0
    var commas = 0
    var end = position
    while end < sentence.endToken, end == position || !(tokens[end].separatorBefore || tokens[end].arrowBefore) {
      let id = tokens[end].id
      if !tokens[end].isFiller, id < 0 || (!said.contains(id) && !cues.negators.contains(id)
                                              && !cues.coordinators.contains(id)) {
        words += 1
        said.insert(id)
      }
      if end > position, tokens[end].commaBreakBefore { commas += 1 }
      if head >= 0, !tokens[end].isFiller, tokens[end].id == head { return false }
      // "DCN-v2, DLRM, multi-task heads: overkill at the start": the verdict, not a reason.
      if dismissalAt.contains(end) || criticismAt.contains(end) { return false }
      end += 1
    }
    // Two commas or more after it make a list of what the claim holds ("At request time: fetch
    // user features, compute the embedding, query the index, …"), not its reason.
    return words >= Self.separatorClauseWords + 1 && commas < 2
  }

  /// Whether the "no" right before `occurrence` says what something just arrived lacks ("new
  /// ads: no click history"): the sentence names a newcomer ("new", "cold") before it.
  func isNewcomersLack(_ occurrence: Occurrence) -> Bool {
    let first = analyzed.sentences[occurrence.sentence].firstToken
    guard let no = (max(first, occurrence.start - 2)..<occurrence.start).last(where: { analyzed.tokens[$0].id == cues.no })
    else { return false }
    return (first..<no).contains { cues.newcomers.contains(analyzed.tokens[$0].id) }
  }

  /// Whether the negation before `occurrence` says that something is not at hand: "we have no
  /// labelled similar pairs, so …", "there are no labels today", "we don't have click logs";
  /// said by "we" or "there", since "the first version has no graph features" refuses them.
  /// A newcomer's answer restating the brief ("We have no labelled similar pairs, so the
  /// training signal has to be self-supervised") was read as dismissing the label-sources
  /// trade-off and told to "reconsider what you dismissed" (fiftieth session).
  func isLackOfResource(_ occurrence: Occurrence) -> Bool {
    let tokens = analyzed.tokens
    let first = analyzed.sentences[occurrence.sentence].firstToken
    let lowest = max(first, occurrence.start - Self.negationReach)
    guard let negation = (lowest..<occurrence.start).last(where: { cues.negators.contains(tokens[$0].id) }),
          !(negation + 1..<occurrence.start).contains(where: { cues.lackRefusals.contains(tokens[$0].id) }) else {
      return false
    }
    // Said by "we" or "there": "the first version has no graph features" refuses them.
    func saidOfUs(before index: Int) -> Bool {
      var at = index - 1
      while at >= first, cues.possessionLinks.contains(tokens[at].id) { at -= 1 }
      return at >= first && cues.lackSubjects.contains(tokens[at].id)
    }
    // "we have no", "there are no", "we currently have no": a word of having before the "no".
    if tokens[negation].id == cues.no {
      var at = negation - 1
      while at >= first, cues.possessionLinks.contains(tokens[at].id) { at -= 1 }
      guard at >= first, cues.possession.contains(tokens[at].id) else { return false }
      return cues.lackSubjects.contains(tokens[at].id) || saidOfUs(before: at)
    }
    // "we don't have", "we don't have any": a word of having right after the negation, but not
    // "don't have to", an obligation refused.
    return negation + 1 < occurrence.start && cues.possession.contains(tokens[negation + 1].id)
      && !(negation + 2 < occurrence.start && tokens[negation + 2].id == cues.to) && saidOfUs(before: negation)
  }

  /// Whether an arrow of terse notes stands inside `occurrence` (between two of its words).
  func spansArrow(_ occurrence: Occurrence) -> Bool {
    occurrence.end - occurrence.start > 1 && (occurrence.start + 1..<occurrence.end).contains { analyzed.tokens[$0].arrowBefore }
  }

  /// A reason in the sentence that says something, on the other side of a reason cue from the
  /// mention: "X because <content>", or "<content> so that X". A reason clause repeated in
  /// several sentences earns only in the first.
  func hasReason(_ occurrence: Occurrence) -> Bool {
    let sentence = analyzed.sentences[occurrence.sentence]
    guard let cues = reasonCues[occurrence.sentence] else { return false }
    let mention = occurrence.start..<occurrence.end
    for cue in cues where !cue.overlaps(mention) {
      // An aside explains the clause it closes: "keep false declines low (each one loses a good
      // customer)" gives false declines a reason, not "stolen-card" before the comma nor "retrain
      // weekly" after the bracket.
      if cue.isEmpty, asideEnds[cue.lowerBound] != nil, !isInClauseBefore(occurrence, aside: cue.lowerBound) { continue }
      let clause = reasonClause(after: cue, in: sentence)
      if clause.contains(occurrence.start) {
        // The mention is the reason: the rest of the sentence must say what it is for.
        let before = sentence.firstToken..<cue.lowerBound
        let after = clause.upperBound..<sentence.endToken
        let said = words(in: clause)
        let saidIdeas = index.namedConcepts(startingIn: mention)
        // Unless the claim names it already: "a two-tower model because it is a two-tower
        // model" restates the claim (trial 20).
        let mentionWords = Set(words(in: mention))
        let restated = index.namings(in: mention, of: index.namedConcepts(startingIn: before))
          .contains { $0.lowerBound <= mention.lowerBound && $0.upperBound >= mention.upperBound }
        if restated || (!mentionWords.isEmpty && mentionWords.isSubset(of: Set(words(in: before)))) { continue }
        if hasContent(before, excluding: mention, except: said, exceptIdeas: saidIdeas, inReason: true)
          || hasContent(after, excluding: mention, except: said, exceptIdeas: saidIdeas, inReason: true) {
          return true
        }
      } else {
        // The reason must add something: "drift detection because drift happens" restates, and
        // so does "product quantization, which gives us PQ codes": an idea said again in other
        // words (the same lexicon concept) is no reason.
        let said = words(in: sentence.firstToken..<cue.lowerBound) + words(in: mention)
        let saidIdeas = index.namedConcepts(startingIn: sentence.firstToken..<cue.lowerBound)
          .union(index.namedConcepts(startingIn: mention))
        if hasContent(clause, excluding: mention, except: said, exceptIdeas: saidIdeas, inReason: true)
          && isFirstUse(clause, sentence: occurrence.sentence) {
          return true
        }
      }
    }
    return false
  }

  /// The mention is narrowed right after it ("reasons based on private signals", "features
  /// using raw text"): a negation then refuses the narrower thing (see `CueSet.narrowingWords`).
  private func isNarrowed(_ occurrence: Occurrence) -> Bool {
    let tokens = analyzed.tokens
    let end = occurrence.end
    guard end < tokens.count, Int(tokens[end].sentence) == occurrence.sentence, !tokens[end].startsClause,
          cues.narrowingWords.contains(tokens[end].id) else { return false }
    if tokens[end].id == cues.using { return true }
    return end + 1 < tokens.count && cues.narrowingLinks.contains(tokens[end + 1].id)
  }

  /// "can wait" ending at `end` goes on to say when the thing comes, with at least three words
  /// of condition that are not "later": a staged plan, not a dismissal (see
  /// `CueSet.deferralConditions`).
  private func isPlannedDeferral(after end: Int, sentence: Int) -> Bool {
    let tokens = analyzed.tokens
    guard end + 3 < tokens.count, Int(tokens[end + 3].sentence) == sentence,
          cues.deferralConditions.contains(tokens[end].id) else { return false }
    return !cues.vagueLater.contains(tokens[end + 1].id)
  }

  /// "to <verb>" at `position` opens a purpose clause: the verb follows in the same clause, and
  /// the word before does not make it a complement ("we need to retrain").
  private func isPurpose(at position: Int) -> Bool {
    let tokens = analyzed.tokens
    let next = position + 1
    guard next < tokens.count, tokens[next].sentence == tokens[position].sentence, !tokens[next].clauseBreakBefore,
          cues.purposeVerbs.contains(tokens[next].id) else { return false }
    return !completesVerb(at: position)
  }

  /// The "to" at `position` follows a word that takes it as a complement: "need to", "how to".
  private func completesVerb(at position: Int) -> Bool {
    let tokens = analyzed.tokens
    let first = analyzed.sentences[Int(tokens[position].sentence)].firstToken
    guard position > first, !tokens[position].clauseBreakBefore else { return false }
    if cues.purposeBlockers.contains(tokens[position - 1].id) { return true }
    // "too sparse and too delayed to optimise for": the degree of "too", not a purpose.
    var back = position - 1
    while back >= max(first, position - 4), !tokens[back + 1].clauseBreakBefore {
      if tokens[back].id == cues.too { return true }
      back -= 1
    }
    return false
  }

  /// The word ids of a token range.
  private func words(in range: Range<Int>) -> [Int32] {
    range.map { analyzed.tokens[$0].id }.filter { $0 >= 0 }
  }

  /// The tokens a reason cue governs: to the end of the sentence, or, for a cue that opens the
  /// sentence ("Because clicks are rare, we ..."), to the end of its clause.
  private func reasonClause(after cue: Range<Int>, in sentence: AnalyzedAnswer.Sentence) -> Range<Int> {
    if cue.isEmpty, let end = asideEnds[cue.lowerBound] { return cue.lowerBound..<end }
    guard cue.lowerBound < sentence.firstToken + 2 else { return cue.upperBound..<sentence.endToken }
    var end = cue.upperBound + 1
    // An opening clause ends at its comma, or without one at the main clause's subject:
    // "Rather than a random split we hold out the last week".
    while end < sentence.endToken && !analyzed.tokens[end].clauseBreakBefore
      && !cues.pronouns.contains(analyzed.tokens[end].id) { end += 1 }
    return cue.upperBound..<min(end, sentence.endToken)
  }

  /// Whether the mention lies in the clause that the aside at `aside` closes.
  private func isInClauseBefore(_ occurrence: Occurrence, aside: Int) -> Bool {
    guard occurrence.end <= aside else { return false }
    return !(occurrence.end..<aside).contains { analyzed.tokens[$0].clauseBreakBefore && !closesLabel(at: $0) }
  }

  /// Whether the break before `position` is the colon after a label that opens the sentence
  /// ("latency: hours OK (imagery goes live days after capture)"): label and value are one claim.
  private func closesLabel(at position: Int) -> Bool {
    let first = analyzed.sentences[Int(analyzed.tokens[position].sentence)].firstToken
    guard analyzed.tokens[position].separatorBefore,
          !(first + 1..<position).contains(where: { analyzed.tokens[$0].clauseBreakBefore }) else { return false }
    return (first..<position).filter { !analyzed.tokens[$0].isFiller }.count <= 2
  }

  /// Where an aside opened by a bracket at `start` ends, when it reads as a reason: a clause of
  /// three or more words that is not a list and opens with no word of examples or figures
  /// ("e.g.", "like", "such as", "about"), after something it can explain ("keep false declines low (each one loses a good customer)",
  /// "hourly (fraudsters adapt in days)"). Nil for "(GBDT)", "(e.g. ResNet)", "(p99)".
  private func asideEnd(at start: Int) -> Int? {
    let sentence = analyzed.sentences[Int(analyzed.tokens[start].sentence)]
    guard start > sentence.firstToken, !cues.asideOpeners.contains(analyzed.tokens[start].id) else { return nil }
    var end = analyzed.clauseEnd(after: start)
    // A comma inside ends it early: "(PR-AUC, recall at 1% FPR)" is a list, not a clause. Unless
    // examples follow it: "(tasks conflict, e.g. click and dislike)" closes its reason there, and
    // the examples show that two words are a clause. An aside that opens with its subject
    // ("(they handle mixed, sparse features without preprocessing)") is a clause to its bracket.
    if end < sentence.endToken, analyzed.tokens[end].commaBreakBefore {
      if cues.exampleOpeners.contains(analyzed.tokens[end].id) { return end - start >= 2 ? end : nil }
      guard cues.pronouns.contains(analyzed.tokens[start].id) else { return nil }
      while end < sentence.endToken, analyzed.tokens[end].commaBreakBefore,
            !cues.exampleOpeners.contains(analyzed.tokens[end].id) {
        end = analyzed.clauseEnd(after: end)
      }
    }
    return end - start >= 3 ? end : nil
  }

  /// The next sentence of the same section opens with a reason that says something.
  func isExplainedByNext(_ occurrence: Occurrence) -> Bool {
    let next = occurrence.sentence + 1
    guard next < analyzed.sentences.count else { return false }
    let sentence = analyzed.sentences[next]
    guard sentence.section == analyzed.sentences[occurrence.sentence].section, !sentence.isHeading, !sentence.isList
    else { return false }
    // Only the same paragraph continues: a list item or a new line of notes is a point of its own.
    guard sentence.unit == analyzed.sentences[occurrence.sentence].unit else { return false }
    if opensWithMentionNoun(occurrence, sentence: sentence) { return true }
    guard let cues = reasonCues[next] else { return false }
    return cues.contains { cue in
      let clause = cue.upperBound..<sentence.endToken
      return cue.lowerBound < sentence.firstToken + Self.openingWords && hasContent(clause, excluding: nil)
        && isFirstUse(reasonClause(after: cue, in: sentence), sentence: next)
    }
  }

  /// "Version one is a gradient boosted tree model. Trees are fast on CPU, …": the next sentence
  /// takes a word of the mention as its subject and says what it is good at (a word of
  /// `CueSet.merits`) or why it matters ("Fusion matters because …"; trial 21). "The model
  /// outputs a score" or "Prompts are versioned in git" only go on about it.
  private func opensWithMentionNoun(_ occurrence: Occurrence, sentence: AnalyzedAnswer.Sentence) -> Bool {
    let tokens = analyzed.tokens
    var start = sentence.firstToken
    while start < sentence.endToken, tokens[start].isFiller { start += 1 }
    guard start < sentence.endToken, tokens[start].id >= 0 else { return false }
    let mentioned = (occurrence.start..<occurrence.end).filter { !tokens[$0].isFiller }.map { tokens[$0].id }
    // The subject is the mention's own word, not a generic one ("The model predicts …"), and
    // not an adjective of another noun ("New videos are hard …" after "new users").
    guard mentioned.contains(tokens[start].id), !cues.hollowWords.contains(tokens[start].id),
          start + 1 < sentence.endToken else { return false }
    // The mention's last word is its head noun ("LightGBM trains in minutes …"); an earlier word
    // may be an adjective, so a word of content after it must not start another noun phrase.
    let after = tokens[start + 1].id
    guard tokens[start].id == mentioned.last || after < 0 || mentioned.contains(after) || !contentWords.contains(after)
      || cues.merits.contains(after) else { return false }
    // "Fusion matters because memes carry meaning only in the combination …": a reason cue a
    // few words on, with content after it, says why as well.
    let next = Int(tokens[start].sentence)
    if (reasonCues[next] ?? []).contains(where: { cue in
      cue.lowerBound > start && cue.lowerBound <= start + Self.subjectReasonReach
        && hasContent(cue.upperBound..<sentence.endToken, excluding: nil, except: mentioned)
    }) {
      return true
    }
    guard (start + 1..<sentence.endToken).contains(where: { cues.merits.contains(tokens[$0].id) }) else { return false }
    return hasContent(start + 1..<sentence.endToken, excluding: nil, except: mentioned)
  }

  /// A number that measures something in the mention's clause (the mention included).
  func hasQuantity(_ occurrence: Occurrence) -> Bool {
    let clause = clauseRange(around: occurrence)
    if clause.contains(where: { analyzed.tokens[$0].isQuantity }) { return true }
    // A bracket opened where the clause ends sizes what the clause said: "parallel reads from
    // the key-value store (~5 ms p99, batched)" (trial 48). Only the bracket's first clause:
    // its figure, not a list that runs on after a comma.
    let end = clause.upperBound
    guard end < analyzed.sentences[occurrence.sentence].endToken, analyzed.tokens[end].parenBefore else { return false }
    let sentenceEnd = analyzed.sentences[occurrence.sentence].endToken
    var last = end + 1
    while last < sentenceEnd, !analyzed.tokens[last].clauseBreakBefore { last += 1 }
    return (end..<last).contains { analyzed.tokens[$0].isQuantity }
  }

  /// In a table row, another cell carries content.
  func otherCellsHaveContent(_ occurrence: Occurrence) -> Bool {
    let sentence = analyzed.sentences[occurrence.sentence]
    guard sentence.kind == .tableRow else { return false }
    let clause = clauseRange(around: occurrence)
    return hasContent(sentence.firstToken..<clause.lowerBound, excluding: nil)
      || hasContent(clause.upperBound..<sentence.endToken, excluding: nil)
  }

  func hasComparison(_ occurrence: Occurrence) -> Bool {
    let s = occurrence.sentence
    if analyzed.sentences[s].tableCompares { return true }
    if let starts = comparisonStarts[s], starts.contains(where: { inMentionPart($0, occurrence) }) { return true }
    let next = s + 1
    return next < analyzed.sentences.count && analyzed.sentences[next].section == analyzed.sentences[s].section
      && comparisonOpens.contains(next)
  }

  /// Whether the "no" at `position` follows a word that makes "no X" a result or a safeguard:
  /// "ensures", "means" (`CueSet.resultMarkers`) or a verb of checking, "that" allowed between
  /// (`CueSet.safeguardVerbs`). `first` is the sentence's first token.
  private func keepsGuard(no position: Int, first: Int) -> Bool {
    let tokens = analyzed.tokens
    guard position > first else { return false }
    if cues.resultMarkers.contains(tokens[position - 1].id) { return true }
    guard !tokens[position].startsClause else { return false }
    let hop = tokens[position - 1].id == cues.that && position - 1 > first && !tokens[position - 1].startsClause
    let verb = hop ? position - 2 : position - 1
    return cues.safeguardVerbs.contains(tokens[verb].id) || cues.resultMarkers.contains(tokens[verb].id)
  }

  /// Whether no semicolon stands between token `position` and the mention in one sentence: a clause
  /// after a semicolon is a point of its own, so "treated as missing rather than blocking; if
  /// the model is down, fall back to the rules engine" compares nothing with the rules engine
  /// (trial 48).
  /// A mention's part is that of its last word: the two sides of a trade-off set either side of
  /// a semicolon ("Nudity can be automated at high confidence; hate speech needs more human
  /// judgement") are weighed by the clause that names the second, and "hybrid does better than
  /// dense alone; we could also fine-tune the LLM" weighs nothing against fine-tuning.
  private func inMentionPart(_ position: Int, _ occurrence: Occurrence) -> Bool {
    let anchor = occurrence.end - 1
    let (low, high) = position < anchor ? (position, anchor) : (anchor, position)
    return !(low + 1..<high + 1).contains { analyzed.tokens[$0].semicolonBefore }
  }

  /// A limitation in the mention's part of the sentence ("cannot", "too slow", "costs"; up to a
  /// semicolon, as for comparisons): with a reason, a statement of what a choice gives up is a
  /// trade-off.
  func hasLimitation(_ occurrence: Occurrence) -> Bool {
    let sentence = analyzed.sentences[occurrence.sentence]
    return (sentence.firstToken..<sentence.endToken).contains {
      cues.limitations.contains(analyzed.tokens[$0].id) && inMentionPart($0, occurrence)
    }
  }

  func hasClarification(_ occurrence: Occurrence) -> Bool {
    analyzed.sentences[occurrence.sentence].isQuestion || clarificationIn.contains(occurrence.sentence)
  }

  /// Tokens between the clause breaks around the occurrence.
  private func clauseRange(around occurrence: Occurrence) -> Range<Int> {
    let sentence = analyzed.sentences[occurrence.sentence]
    var start = occurrence.start
    while start > sentence.firstToken && !analyzed.tokens[start].clauseBreakBefore { start -= 1 }
    var end = occurrence.end
    while end < sentence.endToken && !analyzed.tokens[end].clauseBreakBefore { end += 1 }
    return start..<end
  }

  /// A term of the field, a word of the scenario or a quantity in `range`, outside `excluded`
  /// and other than the words in `except` (what the claim itself already says).
  func hasContent(_ range: Range<Int>, excluding excluded: Range<Int>?, except: [Int32] = [],
                  exceptIdeas: Set<Int> = [], inReason: Bool = false) -> Bool {
    guard !range.isEmpty else { return false }
    // The words of an idea already said count as said ("PQ codes" after "product quantization"),
    // and in a reason (`inReason`) a verb that only restates says nothing ("MAE because
    // it measures the mean absolute error", "we cache answers so that they are kept", trial 19).
    let repeated = exceptIdeas.isEmpty ? [] : index.namings(in: range, of: exceptIdeas)
    for position in range {
      if let excluded, excluded.contains(position) { continue }
      if repeated.contains(where: { $0.contains(position) }) { continue }
      let token = analyzed.tokens[position]
      if token.isQuantity { return true }
      if token.id >= 0, !token.isNumber, contentWords.contains(token.id), !except.contains(token.id),
         !inReason || !cues.restatingVerbs.contains(token.id) { return true }
    }
    return index.concepts(in: range).contains { occurrence in
      if let excluded, (occurrence.start..<occurrence.end).overlaps(excluded) { return false }
      if (occurrence.start..<occurrence.end).allSatisfy({ position in repeated.contains { $0.contains(position) } }) {
        return false
      }
      return (occurrence.start..<occurrence.end).contains { position in
        let id = analyzed.tokens[position].id
        return id >= 0 && !except.contains(id) && !cues.hollowWords.contains(id) && !analyzed.tokens[position].isFiller
      }
    }
  }

  /// The clause's words without fillers: two clauses with the same fingerprint say the same.
  private func fingerprint(_ range: Range<Int>) -> [Int32] {
    var key: [Int32] = []
    for position in range where !analyzed.tokens[position].isFiller { key.append(analyzed.tokens[position].id) }
    return key
  }

  private func isFirstUse(_ part: Range<Int>, sentence: Int) -> Bool {
    guard let use = reasonUses[fingerprint(part)] else { return true }
    return use.count < Self.repeatedReasonLimit || use.first == sentence
  }
}
