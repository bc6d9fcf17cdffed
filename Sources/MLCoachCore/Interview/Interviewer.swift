/// The interviewer's judgement calls: answering clarifying questions from the scenario's facts,
/// choosing the follow-up probe and the hint. It never reveals the rubric itself.
public struct Interviewer: Sendable {
  public let scenario: Scenario
  public let scorer: Scorer
  public let matcher: QuestionMatcher
  /// Terms in a fifth or more of the rubric's items (see `FollowUpAnswerRule.commonTerms(of:)`).
  let commonTerms: Set<String>

  /// What the interviewer says when no fact answers a question: plainly that there is
  /// nothing, and what to do instead.
  public static let assumptionReply =
    "I don't have anything specific on that. State a reasonable assumption, say why it's reasonable, and carry on."
  /// The reply to an assumption the candidate stated and asked to have checked, when no fact
  /// speaks to it (see `StatedAssumption`): it neither confirms nor denies, and does not ask for
  /// the assumption just made.
  public static let statedAssumptionReply =
    "I have nothing specific on that. If you keep the assumption, say why it's reasonable, and carry on."
  /// The reply to "Anything else I should know?" (`OpenEndedQuestion`): nothing is volunteered,
  /// and what to ask stays the candidate's to choose.
  public static let openEndedReply =
    "Nothing I'd volunteer beyond what I've told you. Ask about whatever would change your design, or state your assumptions and begin."
  /// The reply to a question after an internal detail nobody would know offhand.
  public static let tooSpecificReply =
    "That's more detail than I have. Make an assumption that is good enough for the design and say it out loud."

  /// The reply when two facts fit a question about equally: a wrong one of the two would
  /// mislead, and "I don't have that" would be untrue, so the interviewer asks which was meant,
  /// quoting for each fact a question that gets it (see `question(for:)`).
  public func whichDidYouMean(_ first: Fact, _ second: Fact) -> String {
    "That could be one of two things; ask me the one you meant: \"\(question(for: first))\" or \"\(question(for: second))\""
  }

  /// A question the interviewer answers with `fact`, to offer back: its first example question
  /// or `about` phrase that the matcher answers with this fact alone (an offered question that
  /// then gets "I don't have that" would be a trap), else its first example.
  public func question(for fact: Fact) -> String {
    let candidates = fact.examples + fact.about
    return candidates.first { matcher.match($0).factIDs == [fact.id] } ?? candidates.first ?? fact.id
  }

  /// The interviewer's reply to a question and the facts behind it (empty when it abstained).
  public struct Reply: Equatable, Sendable {
    public var text: String
    public var factIDs: [String]
  }

  /// What opens a verdict on a figure checked in one clause of a longer question ("Your figure:
  /// roughly.").
  public static let figureLead = "Your figure: "

  public init(scenario: Scenario) { self.init(scorer: Scorer(scenario: scenario)) }

  /// The interviewer of `scorer`'s scenario, scoring with it (a focus session's scorer sees
  /// only the steps walked: `Scorer.forSession`).
  public init(scorer: Scorer) {
    let scenario = scorer.scenario
    self.scenario = scenario
    self.scorer = scorer
    matcher = QuestionMatcher(scenario: scenario)
    commonTerms = FollowUpAnswerRule.commonTerms(of: scenario)
  }

  /// The reply to a clarifying question: the fact (or, for a question in several parts, the
  /// facts) that answer it, the choice between two facts that fit equally well, or a plain
  /// "I don't have that" with the suggestion to assume. A fact in `alreadyGiven` (ids of facts
  /// given earlier in the interview) is given again after "As I said:", so it reads as a
  /// reminder, not as a reply that did not listen (trial 16), and only in its sentences that
  /// bear on the question (`FactExcerpt`, trial 24). `recent` holds the ids of the facts of the
  /// last reply that gave any: a question on a detail of that reply, which names too little to
  /// find a fact alone ("How often is it sent?"), gets it again (`RecentFactQuestion`), and one
  /// that refers to a figure an earlier reply gave ("that 99.5%") gets that reply again
  /// (`GivenFigureQuestion`).
  public func reply(to typed: String, alreadyGiven: Set<String> = [], recent: [String] = []) -> Reply {
    // Slips of the keyboard read as the facts spell the word, for the figures' sake too.
    let question = matcher.spelledAsFacts(typed)
    let match = matcher.match(question, after: recent)
    let facts = match.factIDs.compactMap { id in scenario.facts.first { $0.id == id } }
    guard !facts.isEmpty else {
      // "How is that 99.5% measured?": a figure given earlier names its fact (`GivenFigureQuestion`).
      let given = scenario.facts.filter { alreadyGiven.contains($0.id) }
      if match.abstention != .tooSpecific, let id = GivenFigureQuestion.fact(for: question, given: given),
         let fact = given.first(where: { $0.id == id }) {
        return Reply(text: Self.repeatLead + matcher.excerpt(of: fact, for: question), factIDs: [id])
      }
      let offered = match.alternatives.compactMap { id in scenario.facts.first { $0.id == id } }
      if match.abstention == .ambiguous, offered.count == 2 {
        return Reply(text: whichDidYouMean(offered[0], offered[1]), factIDs: [])
      }
      // "I'll assume the team has five ML engineers, fair?" is a detail nobody has, and an
      // assumption already made (trial 22).
      if StatedAssumption.states(question) { return Reply(text: Self.statedAssumptionReply, factIDs: []) }
      if OpenEndedQuestion.asks(question, knows: matcher.knows) { return Reply(text: Self.openEndedReply, factIDs: []) }
      return Reply(text: match.abstention == .tooSpecific ? Self.tooSpecificReply : Self.assumptionReply, factIDs: [])
    }
    // A part left unanswered is said, not dropped: a newcomer read a silent one as not heard.
    // "If that doesn't cover it": a fact given for another part may answer it ("Who pays for a
    // missed fraud?" beside the costs fact that says the merchant does), and "I have nothing
    // more specific than that" then read as a contradiction (trial 16).
    let unanswered = match.unansweredParts.map { "\"\(QuestionParts.trimmedPart($0))\"" }
    let rest = unanswered.isEmpty ? "" : " If that doesn't cover " + unanswered.joined(separator: " and ")
      + ", I have nothing more specific: state an assumption."
    // A figure put to the interviewer gets a yes or no before the fact behind it (`NumberCheck`).
    let others = scenario.facts.filter { fact in !facts.contains { $0.id == fact.id } }.map(\.answer)
    let names = matcher.countedNames(of: facts.map(\.id))
    // The fact with id "latency" states the latency budget, in every scenario (`NumberCheck.known`).
    let budget = scenario.facts.first { $0.id == "latency" }?.answer
    let whole = unanswered.isEmpty
      ? NumberCheck.verdict(question: question, facts: facts.map(\.answer), elsewhere: others, names: names,
                            budget: budget) : nil
    // A figure checked in one clause of a longer question gets its verdict too, said of the
    // figure, since "No." at the head of the reply would read as the answer to the first clause.
    let clause = whole == nil && unanswered.isEmpty
      ? NumberCheck.verdictByClause(question: question, facts: facts.map(\.answer), elsewhere: others, names: names,
                                    budget: budget)
      : nil
    // A figure in a part that was answered keeps its verdict when another part was not: "What
    // share of events sell out before they start — 10%? And do we get live inventory …?" got
    // the sell-out share with no "yes" (tmux, fifty-third session). It is said of the figure,
    // as a clause's is, since the reply goes on to the part unanswered.
    let answeredOnly = unanswered.isEmpty ? nil : match.unansweredParts
      .reduce(question) { $0.replacingOccurrences(of: $1, with: "") }.trimmingCharacters(in: .whitespaces)
    let partial = answeredOnly.flatMap { text in
      text.isEmpty ? nil
        : NumberCheck.verdict(question: text, facts: facts.map(\.answer), elsewhere: others, names: names,
                              budget: budget)
          ?? NumberCheck.verdictByClause(question: text, facts: facts.map(\.answer), elsewhere: others, names: names,
                                         budget: budget)
    }
    let lead = whole?.lead ?? (clause ?? partial).map { Self.figureLead + $0.rawValue + ". " } ?? ""
    // A fact given before comes back as the sentences that bear on the question (`FactExcerpt`),
    // after the new ones and behind one "As I said:": a list of figures put forward may find
    // several facts already given, and a lead before each read as a stammer (tmux, thirty-third
    // session).
    var fresh = facts.filter { !alreadyGiven.contains($0.id) }.map(\.answer)
    if let whole, facts.count == 1, fresh.count == 1 {
      fresh = [Self.judgedSentenceFirst(fresh[0], question: question, verdict: whole)]
    }
    let repeated = facts.filter { alreadyGiven.contains($0.id) }.map { matcher.excerpt(of: $0, for: question) }
    let answers = fresh + (repeated.isEmpty ? [] : [Self.repeatLead + repeated.joined(separator: " ")])
    // "How many keyword rules are in the blocklists, a few thousand?" heard the blocklist fact
    // with no word on the count: a figure put forward that no fact given states says so, as the
    // unanswered part of a question does (a newcomer's trial, fifty-seventh session).
    let unstated = lead.isEmpty && rest.isEmpty && Self.guessUnstated(question, by: facts)
    return Reply(text: lead + answers.joined(separator: " ") + rest + (unstated ? Self.noFigureNote : ""),
                 factIDs: facts.map(\.id))
  }

  /// Said after the facts when the question's figure is stated by none of them.
  public static let noFigureNote = " I have no figure for that: state an assumption."

  /// Whether `question` puts a figure forward (`NumberCheck.figuresPutForward`) of a dimension
  /// (a count, a share, a duration …) that none of `facts` states at all. Placing the figure by
  /// its words is not enough to say a fact lacks it: "Around 100k QPS?" names none of the words
  /// beside the traffic fact's peak, which still states it.
  /// Only a question that is a check of its figure counts ("…, is it like 1,847?", "Is it
  /// around …?", "I'll assume …, ok?"): a figure that sets up another question ("given we show
  /// maybe 20 videos per load, do the logs record the position?") or names a rule ("18+ clubs")
  /// asks for no figure back.
  static func guessUnstated(_ question: String, by facts: [Fact]) -> Bool {
    let first = WordTokenizer.words(question).first?.text ?? ""
    guard NumberCheck.guessedAnswer(question) != nil || StatedAssumption.states(question)
      || ["is", "are"].contains(first) else { return false }
    let asked = NumberCheck.figuresPutForward(question)
    let stated = Set(facts.flatMap { QuantityReader.quantities(in: $0.answer).map(\.dimension) })
    return !asked.isEmpty && asked.allSatisfy { !stated.contains($0.dimension) }
  }

  /// `answer` with the sentence that bears the verdict on the question's figure first, when
  /// another comes before it: "How much history do we keep in the logs for training, about a
  /// year?" heard "No. Users scroll past about 100 posts a day …" with the 90 days kept only in
  /// the third sentence, and the "No." read as said of the first (a newcomer's trial,
  /// fifty-sixth session). The sentence moves only when it alone gives the same verdict and
  /// does not lean on the one before it (`leansBackWhenMoved`); the others keep their order.
  static func judgedSentenceFirst(_ answer: String, question: String, verdict: NumberCheck.Verdict) -> String {
    let sentences = SentenceEnds.split(answer).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    // A first sentence that speaks of the question's subject as "it" or "this" ("It varies
    // enormously.", "This is offline.") opens the reply and stays first.
    guard sentences.count > 1, !leansBackWhenMoved(sentences[0]),
          NumberCheck.verdict(question: question, facts: [sentences[0]]) != verdict,
          let judged = sentences.indices.dropFirst().first(where: { index in
            !Self.leansBackWhenMoved(sentences[index])
              && NumberCheck.verdict(question: question, facts: [sentences[index]]) == verdict
          }) else { return answer }
    var ordered = sentences
    let moved = ordered.remove(at: judged)
    // A sentence after the moved one that leaned on it goes with it.
    var followers: [String] = []
    while judged < ordered.count, leansBackWhenMoved(ordered[judged]) { followers.append(ordered.remove(at: judged)) }
    return ([moved] + followers + ordered).joined(separator: " ")
  }

  /// Whether `sentence` needs the one before it to be read first: it opens by leaning back
  /// (`FactExcerpt.leansBack`'s openers) or says "it" of something named before. "Their"
  /// mostly points within the sentence ("When a user opens the app … from their connections").
  static func leansBackWhenMoved(_ sentence: String) -> Bool {
    FactExcerpt.leansBack(sentence, pronouns: ["it", "its"])
  }

  /// The most important item of `step` not yet covered by `answer`, skipping `excluded` ids.
  public func mostImportantUncovered(in step: StepID, answer: Answer, excluding excluded: Set<String> = [])
    -> RubricItem? {
    candidates(in: step, report: scorer.score(answer), excluding: excluded, forProbe: false).first
  }

  /// The follow-up to ask after `step`: the most important item the answer missed whose
  /// premise the answer does not contradict (`ProbeFit`), or nil when none fits.
  public func probe(after step: StepID, answer: Answer) -> RubricItem? {
    followUp(after: step, answer: answer)?.item
  }

  /// The follow-up question as the interviewer asks it after `step`, with its item. An item the
  /// answer named without a reason is asked about as something said: the plain question
  /// ("How do your predictions turn into the ad the user sees?") after "rank score = bid x
  /// pCTR" read to two trials as not having listened.
  ///
  /// An item the step's answer talks about without earning it (`ProbeEcho`) is asked only when
  /// every other candidate is, and then as something said: asking it plainly read as not
  /// having listened.
  public func followUp(after step: StepID, answer: Answer, touchWeight: Double = ProbeEcho.touchWeight)
    -> (item: RubricItem, question: String)? {
    let report = scorer.score(answer)
    let said = answer.sections.filter { $0.step == step && $0.kind == .answer }.map(\.text).joined(separator: "\n")
    let echo = ProbeEcho(items: scenario.items(in: step), ignoring: commonTerms)
    var strength: [String: Double] = [:]
    for item in scenario.items(in: step) { strength[item.id] = echo.strength(of: item.id, in: said) }
    let touched = Set(strength.filter { $0.value >= touchWeight }.keys)
    // Of the items asked late, the one the answer said least of comes first.
    let ranked = candidates(in: step, report: report, excluding: [], forProbe: true, touched: touched)
    let late = ranked.filter { touched.contains($0.id) || report.verdict($0.id)?.status == .partial }
    let leastSaid = late.enumerated().min { a, b in
      (strength[a.element.id] ?? 0, a.offset) < (strength[b.element.id] ?? 0, b.offset)
    }?.element
    guard let item = late.count == ranked.count ? leastSaid : ranked.first else { return nil }
    if let verdict = report.verdict(item.id), verdict.status == .partial {
      // A sentence from another step is quoted as said earlier (trial 57: a step-1 assumption
      // quoted after step 2 read as misplaced).
      let earlier = verdict.evidence.map {
        !EvidenceAudit.normalised(said).contains(EvidenceAudit.normalised($0))
      } ?? false
      // The words quoted are those around the point: a long sentence's first ten words read as
      // unrelated to the question (trial 62: "For query signals: language detection…" for a
      // point made at its end).
      let phrase = verdict.evidence.flatMap { evidence in
        scorer.sentenceVerdicts(itemID: item.id, answer: answer).first { $0.sentence == evidence }?.phrase
      }
      return (item, Self.namedQuestion(rule: verdict.rule, evidence: verdict.evidence, followUp: item.followUp,
                                       earlier: earlier, mention: phrase))
    }
    // Terms the answer shares with the item are no proof the point was made: trial 48 read "You
    // touched on this" before "How much data would you train on?" after a step that gave no
    // volumes. The lead says only that the question follows from the answer.
    if touched.contains(item.id) { return (item, Self.touchedLead + item.followUp) }
    return (item, item.followUp)
  }

  /// What the interviewer says before a fact it gave earlier in the interview.
  public static let repeatLead = "As I said: "

  /// What the interviewer said, up to the twenty-fifth session, before probing a point named
  /// in a way other than bare, listed or uncompared; kept so follow-ups in saved sessions still
  /// read as following the answer. It never said what "this" was (trial 62), so a follow-up now
  /// quotes the sentence (`namedQuestion`).
  public static let namedAlreadyLead = "You named this without saying why; take it further. "

  /// What the interviewer says before quoting a clarifying question that touched the point.
  public static let askedLead = "You asked \""

  /// What the interviewer says before probing a point the step's answer talks around
  /// (`ProbeEcho`) without naming it: the question follows on, but claims nothing was said.
  public static let touchedLead = "Following on from your answer: "

  /// What the interviewer says before quoting a point the candidate named without what earns it.
  public static let quotedLead = "You said \""

  /// The same, for a sentence said in another step than the one just answered.
  public static let earlierQuotedLead = "Earlier you said \""

  /// Words of the candidate's sentence quoted back in a follow-up, at most.
  public static let quotedWords = 10

  /// The follow-up on an item the answer named in `evidence` without earning it. Its own
  /// question asks for what was just said ("What exactly goes into your model for one post?"
  /// after a paragraph listing the inputs, trial 50), so the interviewer quotes the sentence and
  /// asks for what is missing: the reason for a bare or listed mention, the alternative for a
  /// choice compared with nothing. Other partial readings quote the sentence, or the
  /// clarifying question that touched the point, before the item's question: a lead that says
  /// "this" without the sentence left a candidate guessing what was meant (trial 62). With no
  /// sentence to quote, the question only follows on. `earlier`: the sentence was said in
  /// another step than the one just answered. `mention`: the evidence phrase the sentence
  /// matched, whose words the quote keeps (see `quoted(_:around:)`).
  public static func namedQuestion(rule: MatchReason?, evidence: String?, followUp: String,
                                   earlier: Bool = false, mention: String? = nil) -> String {
    guard let evidence, let quote = quoted(evidence, around: mention) else { return touchedLead + followUp }
    let lead = earlier ? earlierQuotedLead : quotedLead
    switch rule {
    case .bare?, .listed?, .heading?:
      return lead + quote + "\" without saying why. Why that, and what would go wrong without it?"
    case .noComparison?:
      return lead + quote + "\" without weighing it against anything. What else did you consider, and why this?"
    case .askedAsQuestion?, .onlyAskedAbout?:
      return askedLead + quote + "\"; now take it into your design. " + followUp
    default:
      return lead + quote + "\"; take it further. " + followUp
    }
  }

  /// `quotedWords` words of `sentence`, with "…" where cut; nil when it has none. They are the
  /// first ones, unless `mention` (an evidence phrase, found by the stem of its first content
  /// word) ends later than they reach: then the quote opens `wordsBeforeMention` words before
  /// it.
  static func quoted(_ sentence: String, around mention: String? = nil) -> String? {
    let words = WordTokenizer.words(sentence)
    guard !words.isEmpty else { return nil }
    var from = 0
    let mentioned = mention.map { WordTokenizer.words($0).map { WordNormalizer.stem($0.text) } } ?? []
    if let anchor = mentioned.first(where: { !PhraseCompiler.fillerWords.contains($0) }),
       let at = words.firstIndex(where: { WordNormalizer.stem($0.text) == anchor }),
       at + mentioned.count > quotedWords {
      from = max(0, min(at - wordsBeforeMention, words.count - quotedWords))
      // A quote that would open inside brackets opens after them: "…of the checkout window) and
      // the 15-minutes-late rate…" read as a torn fragment (newcomer, forty-eighth session).
      let head = Array(sentence.utf8)[words[from].start..<words[at].start]
      if let close = head.firstIndex(of: UInt8(ascii: ")")), !head[..<close].contains(UInt8(ascii: "(")),
         let after = words.firstIndex(where: { $0.start > close }), after <= at {
        from = after
      }
    }
    let bytes = Array(sentence.utf8)
    let last = words[min(words.count, from + quotedWords) - 1]
    var text = String(decoding: bytes[words[from].start..<last.end], as: UTF8.self)
    if from > 0 { text = "…" + text }
    if words.count > from + quotedWords {
      text += "…"
    } else if bytes[last.end...].first(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: "?") {
      // A question quoted whole keeps its mark: "You asked "HNSW?"".
      text += "?"
    }
    return text
  }

  /// Words quoted before the point when the quote cannot open the sentence.
  static let wordsBeforeMention = 3

  /// Whether `question` is asked as following what the candidate said (any lead).
  public static func followsAnswer(_ question: String) -> Bool {
    question.hasPrefix(namedAlreadyLead) || question.hasPrefix(touchedLead) || question.hasPrefix(quotedLead)
      || question.hasPrefix(earlierQuotedLead) || question.hasPrefix(askedLead)
  }

  /// Items of `step` not yet credited as hits, in the order a probe or hint takes them:
  /// missed before merely named, heavier first, rubric order breaks ties.
  private func candidates(in step: StepID, report: ScoreReport, excluding excluded: Set<String>, forProbe: Bool,
                          touched: Set<String> = []) -> [RubricItem] {
    let covered = Set(report.items.filter { $0.status == .hit }.map(\.id))
    let named = Set(report.items.filter { $0.status == .partial }.map(\.id))
    // A touched item is asked late, as a named one is, but credits nothing for `ProbeFit`.
    let partial = named.union(touched)
    let credited = covered.union(named)
    let items = scenario.items(in: step).enumerated().filter { _, item in
      guard !covered.contains(item.id), !excluded.contains(item.id) else { return false }
      return ProbeFit.fits(item, credited: credited)
        && (!forProbe || item.step != .requirements || !ProbeFit.seeksFact(item.followUp, matcher: matcher))
    }
    return items.sorted { a, b in
      let aPartial = partial.contains(a.element.id)
      let bPartial = partial.contains(b.element.id)
      if aPartial != bPartial { return !aPartial }
      if a.element.weight != b.element.weight { return a.element.weight > b.element.weight }
      return a.offset < b.offset
    }.map(\.element)
  }
}
