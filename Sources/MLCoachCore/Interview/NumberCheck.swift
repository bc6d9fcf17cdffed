import Foundation

/// The interviewer's yes or no to a figure the candidate puts to it: "Can I assume around 10k
/// orders a minute at peak?" got the traffic fact (160 orders a second) and no verdict, so the
/// candidate had to do the sum (trial 21); "Can I assume 1% of payments are fraud?" beside a fact
/// of 0.1% read as agreement. The verdict leads the reply; the fact follows, so the candidate
/// sees the figure behind it.
///
/// It answers only when it can tell which figure of the fact is meant: each of the question's
/// figures must meet exactly one figure of the same dimension in the facts given, chosen by what
/// is counted ("orders") and by the words of its clause ("peak"). Otherwise it says nothing:
/// a wrong "yes" would be worse than the fact alone.
public enum NumberCheck {
  public enum Verdict: String, Sendable {
    case yes, roughly, no

    /// The words that open the reply.
    public var lead: String {
      switch self {
      case .yes: return "Yes. "
      case .roughly: return "Roughly. "
      case .no: return "No. "
      }
    }
  }

  /// Within this factor of the fact's figure the answer is "yes" (1.25: 8k against 10k).
  public static let yesRatio = 1.25
  /// Within this factor, "roughly" (1.6: 0.5% against 0.8%); beyond it, "no".
  public static let roughRatio = 1.6
  /// The same for a latency (a duration under a minute): a budget is a number to design to,
  /// and 300 ms against 250 ms is no "yes" (trial 25).
  public static let latencyYesRatio = 1.1
  public static let latencyRoughRatio = 1.3
  /// Beyond this factor, no verdict: the figures are not of the same thing.
  public static let unrelatedRatio = 100.0

  /// Words that make a question other than a check of a figure: it asks for something ("how",
  /// "which"), offers a choice ("1% or 0.1%?"), or asks for advice ("should we blur faces under
  /// 10 pixels?"). See `asksOtherThanCheck`.
  static let askingWords: Set<String> = InterviewEngine.questionWords.union([
                                        "or", "should", "shall", "whether",
                                        // The figure is the premise of another question: "If peak
                                        // were 100k QPS, would we need to shard?", "Would 1B videos
                                        // fit in one index?", "Is 13 months of logs a problem?"
                                        // (trial 25).
                                        "fit", "fits", "problem", "reason",
                                        "too", "handle", "worth", "shard",
                                        // A change to a figure is not the figure: "is a 0.5% CTR
                                        // improvement a big win?" asks what counts as a win.
                                        "improvement", "improvements", "lift", "lifts", "uplift", "gain",
                                        "gains", "boost", "reduction", "win"])

  /// Whether an "or" followed by `next` hedges or bounds a figure ("within an hour or so?", "a
  /// day or two", "10 or more") rather than offering a choice: "Should a new upload be
  /// recommendable within an hour or so?" got no "Yes." (a newcomer's trial, fifty-fourth
  /// session).
  static func isHedgingOr(after next: String?) -> Bool {
    next.map(hedgingAfterOr.contains) ?? false
  }

  /// Words after "or" that hedge or bound the figure before it.
  static let hedgingAfterOr: Set<String> = ["so", "thereabouts", "more", "less", "fewer", "longer", "two"]

  /// Words that ask whether a figure is acceptable ("is within an hour ok?").
  /// Not "enough": "Is 30 days of logs enough?" asks for a floor.
  static let acceptanceWords: Set<String> = ["ok", "okay", "acceptable", "fine"]

  /// Whether `words[index]` is a "should" that asks whether a requirement holds: a subject other
  /// than `adviceSubjects` follows it ("should a new upload be …", not "should we …").
  static func requirementShould(_ words: [String], at index: Int) -> Bool {
    words.indices.contains(index) && words[index] == "should" && index + 1 < words.count
      && !adviceSubjects.contains(words[index + 1])
  }

  /// Subjects after "should" that ask for advice on what the candidate does ("should we …?",
  /// "should I …?"), not whether a requirement holds ("should the page load in 200 ms?").
  static let adviceSubjects: Set<String> = ["we", "i", "you", "us"]

  /// Words of need, which ask for something else only after a figure: "Would 1B videos need
  /// sharding?" asks about sharding (trial 25), while "Does a checkout quote need to come back
  /// within 100 ms?" checks the budget (newcomer's trial, forty-eighth session, got no verdict).
  static let needWords: Set<String> = ["need", "needs", "require", "requires"]

  /// Whether `words` (a question's) ask what is required: a word of need, "must", "have to".
  static func isRequirement(_ words: [String]) -> Bool {
    // "should uploads show up within a day or so?" against "within an hour" is no "Yes." (a fresh
    // helper's siblings, fifty-fourth session); "should we …" asks for advice.
    let should = words.indices.contains { requirementShould(words, at: $0) }
    return should || words.contains { needWords.contains($0) || $0 == "must" || $0 == "required" }
      || zip(words, words.dropFirst()).contains { ["have", "has"].contains($0) && $1 == "to" }
  }

  /// Whether `question` asks for something other than a check of its figures: a word of
  /// `askingWords`, of `wordAmounts` too when `amounts` is set (a fraction of a unit written in
  /// words, "half a million", is a figure), or a word of need after a figure.
  static func asksOtherThanCheck(_ question: String, amounts: Bool) -> Bool {
    // "Is the click rate on impressions 1%, 2%, 5%?" offers a choice as "or" would.
    if listsFigures(question) { return true }
    // "…. Does that match what you see?" asks only for the check: its "what" asks nothing else.
    let unchecked = withoutClosingCheck(question)
    let words = WordTokenizer.words(QuantityReader.withFractionsAsFigures(unchecked))
    let texts = words.map(\.text)
    var figureSeen = false
    // "When a user opens the app, I'd expect around 2,200 … to be waiting. Does that match your
    // data?": once the closing check is gone what is left only states, and its question word
    // opens a clause (a fresh helper's siblings, fifty-fifth session, got no verdict).
    let statesOnly = unchecked != question && !unchecked.contains("?")
    // "At 15k requests a second, would you precompute the carousel?" asks for a decision.
    if zip(words, words.dropFirst()).contains(where: { $0.text == "would" && $1.text == "you" }) {
      return true
    }
    for (position, word) in words.enumerated() {
      if word.isNumber { figureSeen = true }
      // "at most 800 ms" bounds the figure; "most" there is no amount (a fresh helper's siblings,
      // fifty-third session, got no verdict).
      let bound = word.text == "most" && position > 0 && words[position - 1].text == "at"
      // "Should a new upload be recommendable within an hour or so?" asks what is required, as
      // "must" does (a newcomer's trial, fifty-fourth session, got no "Yes."); "should we blur
      // faces under 10 pixels?" asks for advice.
      if requirementShould(texts, at: position) { continue }
      if word.text == "or", isHedgingOr(after: texts[(position + 1)...].first) { continue }
      let clauseOpener = statesOnly && InterviewEngine.questionWords.contains(word.text)
        || fitsTime(texts, at: position)
      if askingWords.contains(word.text) && !clauseOpener || amounts && wordAmounts.contains(word.text) && !bound
        || figureSeen && needWords.contains(word.text) { return true }
    }
    return false
  }

  /// Whether the word at `index` of `words` is "fit" before a span of time: "the whole check has
  /// to fit in a tenth of a second" puts a bound forward, where "Would 1B videos fit in one
  /// index?" asks whether something fits (a newcomer's trial, fifty-fifth session, got no fact
  /// and no verdict).
  static func fitsTime(_ words: [String], at index: Int) -> Bool {
    guard ["fit", "fits"].contains(words[index]) else { return false }
    let after = words.dropFirst(index + 1).prefix(8)
    guard let first = after.first, ["in", "within", "into", "under", "inside"].contains(first) else { return false }
    return after.contains { QuestionTerms.timeUnits.contains(WordNormalizer.stem($0)) || $0 == "ms" }
  }

  /// `question` without a closing sentence or dash-separated piece that only asks to have what
  /// came before checked (`isConfirmation`); the whole question when there is none.
  static func withoutClosingCheck(_ question: String) -> String {
    let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
    let sentences = SentenceEnds.split(trimmed)
    if sentences.count > 1, let last = sentences.last, isConfirmation(last) {
      return sentences.dropLast().joined(separator: " ")
    }
    for separator in [" — ", " – ", " - "] {
      if let range = trimmed.range(of: separator, options: .backwards), isConfirmation(String(trimmed[range.upperBound...])) {
        return String(trimmed[..<range.lowerBound])
      }
    }
    return question
  }

  /// Figures listed with commas: "1%, 2%, 5%", "$20k, $40k, $60k", "60, 90, 120 days" (a fresh
  /// helper's controls, forty-ninth session, heard "No." against one of them).
  static let figureList = try! NSRegularExpression(pattern: #"\d[\d.]*\s?[%a-zA-Z]{0,2},\s+[$€£~]?\d"#)

  /// Magnitudes in words listed with commas or slashes: "— hundreds, thousands?" offers a
  /// choice, as "1%, 2%, 5%" does (`mlcoach-bench numbers`, fifty-second session, heard "Yes.").
  static let magnitudeList = try! NSRegularExpression(pattern:
    #"(?i)\b(?:dozens|hundreds|thousands|millions|billions)\s*[,/]\s*(?:tens|dozens|hundreds|thousands|millions|billions)\b"#)

  /// Whether `question` lists figures with commas (`figureList`, `magnitudeList`).
  static func listsFigures(_ question: String) -> Bool {
    let range = NSRange(question.startIndex..., in: question)
    return figureList.firstMatch(in: question, range: range) != nil
      || magnitudeList.firstMatch(in: question, range: range) != nil
  }

  /// Amounts in words it does not read: "1B MAU with roughly half of them active daily" is no
  /// "yes" on the 1B alone. Plural magnitudes ("millions of users") are read: see
  /// `QuantityReader.withLooseMagnitudesAsFigures`.
  static let wordAmounts: Set<String> = ["half", "third", "thirds", "quarter", "fifth", "tenth", "most", "majority",
                                         "minority", "dozens"]

  /// The verdict on the figures `question` puts forward, judged against `facts` (the answers
  /// given), or nil when the question checks no figure or a figure cannot be placed.
  /// `elsewhere` holds the scenario's other answers: a "no" or "roughly" that one of them would
  /// answer "yes" becomes nil.
  /// `names`: stems of what the given facts' phrases count (`CountedAlike`).
  /// `budget`: the answer of the fact that states the latency budget, if any (see `known`).
  public static func verdict(question: String, facts: [String], elsewhere: [String] = [],
                             names: Set<String> = [], budget: String? = nil) -> Verdict? {
    guard let verdict = verdictOnGiven(question: question, facts: facts, names: names, budget: budget)
    else { return nil }
    guard verdict != .yes, !elsewhere.isEmpty, let checked = checkedOrGuessed(question) else { return verdict }
    // A pair of dimensions is judged as a pair: its sides alone meet any figure elsewhere.
    if DimensionPair.verdict(question: checked, facts: facts) != nil { return verdict }
    // A "no" needs every fact to disagree: "Payments peak at about 900 per second, right?" was
    // answered with the Black Friday fact (3,500) and "No.", while another fact gives the daily
    // peak of 900 (trial 27). When a fact not given would say yes, say nothing.
    // Only a figure placed at least as surely as the given fact's counts: "Are about 100,000 new
    // listings going live every day?" against "About 10,000 new listings go live every day" was
    // silenced by "the largest markets have 60,000 to 90,000 listings" in another fact, which
    // shares only the word "listings" (a fresh helper's siblings, fiftieth session).
    let other = known(in: elsewhere, budget: budget)
    let given = known(in: facts, budget: budget)
    for figure in QuantityReader.quantities(in: checked, asked: true).filter({ !$0.isReference }) {
      let (agreeing, score) = placed(figure, among: other)
      if agreeing.contains(where: { compare(figure, $0, asFloor: figure.isFloor) == .yes }),
         score >= placed(figure, among: given).score {
        return nil
      }
    }
    return verdict
  }

  /// Whether `words` (a question's, lowercased) ask only for the order of magnitude ("is that
  /// the right order of magnitude?", "a fair ballpark?"): a guess within `magnitudeRatio` of the
  /// fact's figure is then roughly right. "I'd guess something like 500M new posts a day — is
  /// that the right order of magnitude?" against 200 million heard "No." (tuning bank,
  /// fifty-fifth session), though it asked no more than that.
  static func asksMagnitude(_ words: [String]) -> Bool {
    words.contains("ballpark") || words.contains("ballparks")
      || zip(words, words.dropFirst()).contains { $0 == "of" && $1 == "magnitude" }
  }

  /// Half an order of magnitude: a guess within this factor of the fact's figure is of the same
  /// order of magnitude as it (√10, so 2.5 times off is, 5 times off is not).
  static let magnitudeRatio = 10.0.squareRoot()

  /// Whether `asked` lies within `magnitudeRatio` of the nearest end of `known`'s range.
  static func withinMagnitude(_ asked: Quantity, _ known: Quantity) -> Bool {
    let k = asked.value < known.low ? known.low : known.high
    guard asked.value > 0, k > 0 else { return false }
    return max(asked.value, k) / min(asked.value, k) <= magnitudeRatio
  }

  /// Words that ask for the verdict itself ("about right?", "correct?", "fair?"). Read as part of
  /// the figure's clause they named something no fact's figure counts: "Latency budget, is 100 ms
  /// p99 about right?" got the latency fact without "Yes.", where "Is it 100 ms at p99?" got one
  /// (newcomer, forty-seventh session).
  static let verdictWords: Set<String> = ["right", "correct", "accurate", "fair", "reasonable", "realistic",
                                          "sensible", "plausible", "ok", "okay", "ballpark"]

  /// `text` without `verdictWords`, and without a hedge just before one ("about right"), so
  /// that what is left says only what the figure counts.
  static func withoutVerdictWords(_ text: String) -> String {
    let words = WordTokenizer.words(text)
    var dropped = Set<Int>()
    for (index, word) in words.enumerated() where verdictWords.contains(word.text) {
      dropped.insert(index)
      if index > 0, ["about", "roughly", "more", "less", "the"].contains(words[index - 1].text) {
        dropped.insert(index - 1)
      }
    }
    guard !dropped.isEmpty else { return text }
    var bytes = Array(text.utf8)
    for index in dropped.sorted(by: >) {
      bytes.replaceSubrange(words[index].start..<words[index].end, with: [])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Words besides `guessWords` that open a clause guessing a figure ("guessing ~1B DAU").
  static let clauseGuessOpeners: Set<String> = ["guessing", "assuming", "expecting"]

  /// Words that open a clause checking a figure after another clause ("…, is it something like
  /// 20k requests per second at peak?", "…, and do we keep about a year of history?").
  static let checkOpeners: Set<String> = ["is", "are", "was", "were", "do", "does", "did", "can", "could", "would",
                                          "will", "has", "have"]

  /// The verdict on a figure put forward in one clause of a longer question, when the question
  /// as a whole gives none: "Roughly what traffic does this carousel see, is it something like
  /// 20k requests per second at peak?" and "What interaction logs do we have, and do we keep
  /// about a year of history?" got the facts with no "Roughly." or "No." (a newcomer, forty-
  /// fourth session), while either clause alone got one. The clauses are the question's parts
  /// (`QuestionParts.split`) or, in a question of one part, what follows its last comma when
  /// that opens a check ("is it", "do we"). Nil unless exactly one verdict is found, so two
  /// figures judged differently say nothing.
  /// A premise anywhere ("If we show 30 minutes and the food arrives in 45, …") or a figure
  /// the facts given do not state ("7 million listings and maybe 50k requests per second?" when
  /// only the listings are stated) gives no verdict: a "yes" on one figure would read as a yes
  /// to all of them.
  public static func verdictByClause(question: String, facts: [String], elsewhere: [String] = [],
                                     names: Set<String> = [], budget: String? = nil) -> Verdict? {
    let words = WordTokenizer.words(question).map(\.text)
    // The last of a list of figures is no guess of its own ("Is the click rate 1%, 2%, 5%?").
    guard !words.contains(where: premiseWords.contains), !listsFigures(question) else { return nil }
    let known = known(in: facts, budget: budget)
    guard QuantityReader.quantities(in: question, asked: true).filter({ !$0.isReference })
      .allSatisfy({ !counterparts(of: $0, among: known).isEmpty }) else { return nil }
    var clauses = QuestionParts.split(question)
    if clauses.count == 1, let comma = question.range(of: ", ", options: .backwards) {
      clauses = [String(question[comma.upperBound...])]
    } else if clauses.count == 1 {
      return nil
    }
    // Only a clause that checks ("is it …", "do we keep about …") or guesses ("like 50 ms?",
    // "guessing ~1B DAU") puts its figure forward: "ours had like 2000 rules" tells of another
    // company, and "so maybe 20-30 ms for us?" works something out from the figure before.
    clauses = clauses.filter { clause in
      let words = WordTokenizer.words(clause).map(\.text).drop { ["and", "but", "also"].contains($0) }
      guard let opener = words.first else { return false }
      // "Should a new upload be recommendable within an hour or so?" checks a requirement; "should
      // we …" asks for advice (`adviceSubjects`).
      let requirement = requirementShould(Array(words), at: 0)
        || opener == "must" && words.dropFirst().first.map { !adviceSubjects.contains($0) } == true
      return checkOpeners.contains(opener) || requirement || guessWords.contains(opener)
        || clauseGuessOpeners.contains(opener)
        || (opener == "i" && words.dropFirst().first.map(["guess", "think", "assume", "d", "would"].contains) == true)
    }
    let verdicts = Set(clauses.compactMap { clause -> Verdict? in
      let checked = clause.hasSuffix("?") ? clause : clause + "?"
      return verdict(question: checked, facts: facts, elsewhere: elsewhere, names: names, budget: budget)
    })
    return verdicts.count == 1 ? verdicts.first : nil
  }

  /// Words that make a figure a premise, not a guess: "if someone is 15 px tall, does missing
  /// them count?" asks about the consequence (tuning bank, street-view blurring).
  static let premiseWords: Set<String> = ["if", "unless", "suppose", "supposing"]

  /// The figures `question` puts forward to be confirmed ("Is fraud around 0.1% of payments?",
  /// "Do most chargebacks land within 60 days?"): those of its guessed answer or of the part it
  /// checks, none when it asks for something ("how", "which", "should") or sets a premise ("if").
  /// Amounts in words ("most", "half") do not stop it: they keep a verdict silent
  /// (`asksOtherThanCheck`), but the figure beside them still names what is asked about.
  public static func figuresPutForward(_ question: String) -> [Quantity] {
    let words = WordTokenizer.words(question).map(\.text)
    guard !words.contains(where: premiseWords.contains),
          let checked = guessedAnswer(question)
            ?? (asksOtherThanCheck(question, amounts: false) ? nil : checkedText(question)) else { return [] }
    return QuantityReader.quantities(in: checked, asked: true).filter { !$0.isReference }
  }

  /// The text whose figures `question` checks (see `verdict`).
  static func checkedOrGuessed(_ question: String) -> String? {
    let question = withoutIsh(OnesReference.resolved(question))
    return guessedAnswer(question) ?? (asksOtherThanCheck(question, amounts: true) ? nil : checkedText(question))
  }

  /// `question` with "-ish" after a figure read as "about": "7M-ish?", "80k-ish, right?" (a fresh
  /// helper's siblings, fifty-fourth session, got no verdict).
  static func withoutIsh(_ question: String) -> String {
    question.replacingOccurrences(of: #"(?i)(?<![\w.,])(\d[\d.,]*\s?(?:k|m|b|bn|million|billion|thousand)?)\s?-?ish\b"#,
                                  with: "about $1", options: .regularExpression)
      // "a quarter-ish?", "a hundred-ish" (a newcomer's trial, fifty-fourth session).
      .replacingOccurrences(of: #"(?i)\b((?:an?\s+)?(?:quarter|third|half|dozen|hundred|thousand|million|billion))-ish\b"#,
                            with: "about $1", options: .regularExpression)
  }

  /// The verdict against the facts given only.
  static func verdictOnGiven(question: String, facts: [String], names: Set<String> = [],
                             budget: String? = nil) -> Verdict? {
    let words = WordTokenizer.words(question).map(\.text)
    guard let checked = checkedOrGuessed(question) else { return nil }
    var asked = QuantityReader.quantities(in: withoutVerdictWords(checked), asked: true).filter { !$0.isReference }
    guard !asked.isEmpty else { return nil }
    // "Is 30 days of logs enough?" asks for a floor: 90 days kept is a yes.
    let floor = words.contains("enough")
    let magnitude = asksMagnitude(words)
    // "Is within an hour ok?": a bound put up for acceptance, not as the requirement itself.
    let acceptance = words.contains(where: acceptanceWords.contains) && !isRequirement(words)
    // "is it ok if the carousel call comes back in 80 ms at p99?" puts 80 ms up as a bound.
    if acceptance {
      // A range ("24-48 hours … fine?") is judged as it is.
      for index in asked.indices
      where asked[index].dimension == .duration && !asked[index].isFloor && asked[index].low == asked[index].high {
        asked[index].isCeiling = true
      }
    }
    // A bound in a requirement names the requirement: "Does the call need to come back under 400
    // ms?" against 100 ms is no "Yes." (a fresh helper's checks, forty-ninth session), though
    // "Is the corpus under 10 million documents?" against 7.5 million is.
    // "1 in 5 panos" is a share this reader does not take as one: its "1" is no count.
    if checked.range(of: #"\b\d+\s+(in|out\s+of)\s+\d+\b"#, options: .regularExpression) != nil { return nil }
    let bounded = asked.map(\.isCeiling)
    if isRequirement(words) {
      for index in asked.indices { asked[index].isCeiling = false }
    }
    // "8K by 4K pixels" against "16,000 by 8,000 pixels": side against side (`DimensionPair`).
    if let pair = DimensionPair.verdict(question: checked, facts: facts) { return pair }
    let known = known(in: facts, budget: budget)
    var verdicts: [Verdict] = []
    var unplaced = false
    for (index, figure) in asked.map({ CountedAlike.renamed($0, among: known, names: names) }).enumerated() {
      // Figures that fit about equally well may still agree ("100B+ images" against "about 150
      // billion, plan for 100 to 200 billion"): then which was meant does not matter.
      // A figure a hundred times off is of something else ("2,200 candidate posts" against "a
      // billion new posts a day" beside "about 2,000 eligible posts"): not what is meant, when
      // another is.
      let placedFigures = counterparts(of: figure, among: known)
      // "is within an hour ok?" against "findable within a few hours" asks whether the tighter
      // bound is acceptable, and it is (a newcomer's trial, fifty-fourth session, heard "No.").
      // A looser bound is not: "Is it fine if new uploads become searchable within a day?" is a
      // "No." there, not the "Yes." a bound the fact's figure lies under gets.
      let judged = { (known: Quantity) -> Verdict? in
        if acceptance, figure.isCeiling, known.isCeiling, known.farBound == nil, figure.value > 0, known.value > 0,
           max(figure.value, known.value) / min(figure.value, known.value) <= unrelatedRatio {
          return figure.value <= known.high ? .yes : .no
        }
        let verdict = compare(figure, known, asFloor: floor || figure.isFloor)
        return verdict == .no && magnitude && withinMagnitude(figure, known) ? .roughly : verdict
      }
      let related = placedFigures.filter { judged($0) != nil }
      let meant = related.isEmpty ? placedFigures : related
      // "maybe 10–20 ms to score the candidates" against the whole request's 150 ms is the
      // candidate's share of it, no wrong guess (`StageShare`); near the budget ("200 ms for the
      // ranking step" against 250 ms) it is still roughly the budget.
      if !meant.isEmpty, meant.allSatisfy({ StageShare.isShare(figure, of: $0) && judged($0) == .no }) { continue }
      // Nor does a stage's share the fact's words do not place keep the budget's own verdict
      // unsaid: "a 200 ms p99 budget for the home feed, with maybe 30 ms for the ranker?" is a
      // "Yes." on the 200 ms (tmux, fifty-eighth session, got none).
      let budgets = known.filter(\.isLatency)
      if meant.isEmpty, !budgets.isEmpty, budgets.allSatisfy({ StageShare.isShare(figure, of: $0) }) { continue }
      let found = Set(meant.map(judged))
      // A share the fact states as it stands is a "yes" whatever other share the fact gives:
      // "about 0.07%" against "about 0.07% by count and about 0.12% by value" (trial 27). Not a
      // duration: "about 2 months" against "half within 30 days, 85% within 60" is no yes.
      if found.count > 1, figure.dimension == .percent,
         meant.contains(where: { abs($0.value - figure.value) <= 0.02 * max($0.value, figure.value) }) {
        verdicts.append(.yes)
        continue
      }
      // Every figure it may speak of agrees, at least roughly: "about 0.1% of payments" against
      // "about 0.07% by count and about 0.12% by value" is roughly right whichever is meant.
      if found.count > 1, !found.contains(nil), !found.contains(.no) {
        verdicts.append(.roughly)
        continue
      }
      // The facts given state one figure of its kind, written in its unit, and it agrees: "Is
      // the latency budget around 100 ms for scoring?" against "must return within 100 ms at
      // p99" (tuning bank; it named no word of the fact's clause and got no verdict). Only an
      // agreement: a figure far from the only one may be of something else ("20 ms for the
      // model itself" against 150 ms for the whole request).
      if meant.isEmpty, let lone = loneAgreement(figure, among: known, asFloor: floor || figure.isFloor) {
        verdicts.append(lone)
        continue
      }
      // A latency past every budget the facts given state is too slow, whatever part of the
      // request it is of: "For the results page, with thumbnails and all, we just need to be
      // below 1 second?" against "200 ms at p95" (a fresh helper's siblings, fifty-third session,
      // got no verdict). Below a budget it may be a stage's share ("20 ms for the model itself").
      // Only a bound the candidate would keep to: "a hard timeout of about a second for the whole
      // authorisation round trip" is the card network's, around the fraud check's 100 ms.
      if meant.isEmpty, bounded[index], exceedsEveryBudget(figure, known) {
        verdicts.append(.no)
        continue
      }
      guard found.count == 1, let only = found.first, let verdict = only else {
        // A count of something no fact given counts ("3–4x the average") cannot be checked
        // here, so it keeps no other figure's verdict unsaid; one the facts may count can.
        let uncounted = figure.dimension == .count && known.filter { $0.dimension == .count }
          .allSatisfy { roots($0.noun).isDisjoint(with: roots(figure.noun)) }
        if !uncounted || figure.noun.isEmpty { unplaced = true }
        continue
      }
      verdicts.append(verdict)
    }
    // The weakest verdict stands: "2B monthly and 1B daily" is not a "yes" if one is wrong. A
    // figure placed and wrong is wrong whatever the others are: "Can I assume around 5M daily
    // active users …, with a peak of maybe 3–4x the average …?" against 10 million got no "No."
    // because the peak multiple was no figure of the facts (tmux, fifty-third session). A
    // figure not placed keeps a "yes" unsaid: it would read as a yes to that figure too.
    if verdicts.contains(.no) { return .no }
    if unplaced || verdicts.isEmpty { return nil }
    return verdicts.contains(.roughly) ? .roughly : .yes
  }

  /// The figures of `facts`, with each latency (a duration under a minute) of the one equal to
  /// `budget` read as a ceiling. The latency fact states the budget a design must keep under,
  /// whether or not it says "within": "About 150 ms at p99 on the server side" answered
  /// "Can I assume p99 under 500 ms?" with "Yes." (fifty-second session), where "within 100 ms
  /// at p99" answers "No." (see `compare`). Other facts' latencies are measurements ("about
  /// 5 ms p99 reads"), which a bound above them meets.
  public static func known(in facts: [String], budget: String?) -> [Quantity] {
    facts.flatMap { fact in
      // "roughly 80,000 new ones published each day" counts new events (`OnesReference`).
      var figures = QuantityReader.quantities(in: OnesReference.resolved(fact))
      guard fact == budget else { return figures }
      for index in figures.indices where figures[index].isLatency {
        figures[index].isCeiling = true
      }
      return figures
    }
  }

  /// Whether `figure` is a latency (a duration under a minute) more than `latencyRoughRatio`
  /// times every latency in `known`, all of them budgets (`isCeiling`, see `known(in:budget:)`),
  /// of which there is at least one.
  static func exceedsEveryBudget(_ figure: Quantity, _ known: [Quantity]) -> Bool {
    guard figure.isLatency else { return false }
    let latencies = known.filter(\.isLatency)
    return !latencies.isEmpty && latencies.allSatisfy { $0.isCeiling && figure.value > $0.high * latencyRoughRatio }
  }

  /// `figures` without those that only repeat another with "the": "How you split the 250 ms is
  /// your call" repeats "about 250 ms at p99", one figure said twice ("I'm assuming roughly 200
  /// ms end to end for ranking, is that fair?" got no verdict, tuning bank, fifty-fifth session).
  static func withoutRepeats(_ figures: [Quantity]) -> [Quantity] {
    figures.filter { repeated in
      !(repeated.isReference
        && figures.contains { !$0.isReference && $0.dimension == repeated.dimension && $0.value == repeated.value })
    }
  }

  /// The verdict on `figure` against the one figure of its dimension in `known` (a repeat counts
  /// once, `withoutRepeats`) when that verdict agrees: "yes" or "roughly" in the same unit,
  /// "yes" in another; nil otherwise. A count must still count what the fact's figure counts.
  static func loneAgreement(_ figure: Quantity, among known: [Quantity], asFloor: Bool) -> Verdict? {
    let candidates = withoutRepeats(known).filter { $0.dimension == figure.dimension }
    guard candidates.count == 1, let only = candidates.first,
          figure.dimension != .count || !roots(figure.noun).isDisjoint(with: roots(only.noun)),
          let verdict = compare(figure, only, asFloor: asFloor), verdict != .no else { return nil }
    // Written in another unit, the figure must agree, not come near: "about a quarter of a
    // second" is the fact's "about 250 ms" (a newcomer's trial, fifty-fifth session), while a
    // near miss across units more often means another quantity of the same kind.
    guard only.unitFactor == figure.unitFactor || verdict == .yes else { return nil }
    return verdict
  }

  /// The part of `question` whose figures it asks about, or nil when its figures are only the
  /// setting of another question: "… span 50+ languages — do we need cross-lingual matching?"
  /// asks about matching, and "Yes." would answer that; so does "Is it OK to treat a declined
  /// request as a negative? I'd guess it's around 15%." The question is the last sentence that
  /// asks one, and in it the last piece after a dash, colon or semicolon; a closing
  /// confirmation ("Is that right?", "Fair?") asks about what came before it.
  static func checkedText(_ question: String) -> String? {
    let sentences = SentenceEnds.split(question.trimmingCharacters(in: .whitespacesAndNewlines))
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard let asking = sentences.lastIndex(where: { $0.hasSuffix("?") }) ?? sentences.indices.last else { return nil }
    if isConfirmation(sentences[asking]) {
      return asking > 0 ? sentences[asking - 1] + " " + sentences[asking] : nil
    }
    let pieces = sentences[asking].components(separatedBy: CharacterSet(charactersIn: "—;:"))
      .flatMap { $0.components(separatedBy: " - ") }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    guard let last = pieces.last else { return nil }
    if isConfirmation(last) { return sentences[asking] }
    return QuantityReader.quantities(in: last, asked: true).isEmpty ? nil : last
  }

  /// A question that answers itself with a guess after a comma ("How many advertisers are
  /// there, about 300k?", "Roughly how many candidates per request, maybe 5,000?", trial 26)
  /// checks that guess, read as the figure of what the question counts: "about 300k advertisers
  /// are there". Nil when the last piece is no guess of a figure, or offers a choice ("300k or
  /// 3M?"). The guess may be put as a question of its own: "What's the peak query rate, is it
  /// around 50k QPS?" (trial 62).
  static func guessedAnswer(_ question: String) -> String? {
    var sentences = SentenceEnds.split(question.trimmingCharacters(in: .whitespacesAndNewlines))
    // "How many new listings go live per day - something like 1,000? ballpark is fine.": a
    // closing check after the guess leaves the guess where it was (a fresh helper's siblings,
    // fifty-fifth session, got no verdict).
    if sentences.count > 1, let last = sentences.last, isConfirmation(last) { sentences.removeLast() }
    var sentence = withoutTrailingHedge(withoutClosingCheck(afterComma: sentences.last ?? ""))
    // "… typically — hundreds, thousands?" offers a choice: its last comma is no guess's.
    if magnitudeList.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) != nil { return nil }
    // "What share of searches end with no click? Can I assume it's about 20%?": a sentence that
    // only guesses answers the question before it, as after a comma (a newcomer's trial,
    // fifty-third session, got no verdict).
    // A question before that holds a figure makes the two a list to choose from ("… before
    // ranking — hundreds? tens of thousands?").
    if sentences.count > 1, figureGuess(sentence) != nil,
       !guessSeparators.contains(where: { sentence.range(of: $0) != nil }) {
      let before = sentences[sentences.count - 2].trimmingCharacters(in: CharacterSet(charactersIn: "?. "))
      guard QuantityReader.quantities(in: QuantityReader.withLooseMagnitudesAsFigures(before.lowercased(), asked: true),
                                      asked: true).isEmpty,
            !(WordTokenizer.words(before).last.map { magnitudeWords.contains($0.text) } ?? false) else { return nil }
      sentence = before + ", " + sentence
    }
    // "For scale, how many member posts get created each day? I'm assuming …": a short preface
    // before the question is no part of it (a fresh helper's siblings, fifty-fourth session; read
    // as the head, its "for scale" made the question a statement).
    sentence = withoutPreface(sentence)
    // The guess may follow a dash or a colon as well: "How many documents are we talking about
    // - is it about 5 million?" (newcomer's trial, forty-ninth session, got no "Roughly.").
    guard let comma = guessSeparators.compactMap({ sentence.range(of: $0, options: .backwards) })
      .max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
    // "And how far back do we keep the history, around a year or so?": a word that links the
    // question to the one before opens no other kind of question.
    let head = Array(WordTokenizer.words(String(sentence[..<comma.lowerBound])).map(\.text)
      .drop { linkingOpeners.contains($0) })
    // "How long until chargebacks come in - 30, 60, 90 days?" lists figures to choose from.
    // A statement that names what is counted without a figure of its own may stand before the
    // guess too: "We're talking millions of new panoramas a day, something like 5M?" (tmux,
    // fiftieth session, got no "Yes.") guesses the daily count of new panoramas.
    let headText = String(sentence[..<comma.lowerBound])
    let startsQuestion = head.first.map { InterviewEngine.questionWords.contains($0) || guessWords.contains($0) }
      ?? false
    // A statement, not a question or a premise: "Purchases can happen days after the impression
    // — what attribution window should labels use, 7 days?" asks for advice, and "if I train …,
    // is the click log kept long enough, say 6 months?" checks a floor (tuning bank).
    let statement = !head.contains(where: { askingWords.contains($0) || premiseWords.contains($0) })
      // A loose magnitude is the amount the guess makes exact ("We're talking millions of new
      // panoramas a day, something like 5M?"), no figure of the statement's own.
      && QuantityReader.quantities(in: QuantityReader.withLooseMagnitudesAsFigures(
        headText.lowercased(), asked: false, asWords: true)).isEmpty
    guard !head.isEmpty, startsQuestion || statement,
          head.last?.allSatisfy(\.isNumber) != true,
          let guess = figureGuess(String(sentence[comma.upperBound...])) else { return nil }
    // What the question counts is what follows its question words: "how many advertisers are
    // there" counts advertisers.
    var counted = head.drop { InterviewEngine.questionWords.contains($0) || guessWords.contains($0)
      || ["many", "much"].contains($0) }
    // "What share of impressions get any engagement - roughly 5%?" counts impressions: "share"
    // only says the guess is one (see `QuantityReader.leadingWords`).
    if counted.count > 2, ShareQuestion.shareWords.contains(counted[counted.startIndex]),
       counted[counted.startIndex + 1] == "of" {
      counted = counted.dropFirst(2)
    }
    // Without its small words the question's rate stays next to what it counts: "How many
    // reports do users file per day, around 5 million?" reads "around 5 million reports users
    // file per day", a daily rate as the fact writes it (trial 63 got no verdict).
    // The head's own figure is no part of the guess: "How many events are live — something like
    // 500k worldwide, and a few thousand per city?" read "500 worldwide" beside the guess, its
    // "k" dropped as a stop word (tmux, fifty-third session).
    let headFigures = Set(counted.indices.filter { index in
      counted[index].first?.isNumber == true
        || index > counted.startIndex && counted[index - 1].first?.isNumber == true && counted[index].count == 1
    })
    let unfigured = counted.indices.filter { !headFigures.contains($0) }.map { counted[$0] }
    // "a" and "an" stay only where they make a rate ("file a day"): "How many posts does a user
    // scroll past per day, roughly 50?" read "50 posts a user scroll past per day", five words
    // from its period, and checked a count of eligible posts (interviewer log, fifty-sixth
    // session).
    var kept = unfigured.indices.filter { index in
      let word = unfigured[index]
      if word == "a" || word == "an" {
        return index + 1 < unfigured.count && QuestionTerms.timeUnits.contains(WordNormalizer.stem(unfigured[index + 1]))
      }
      return (!QuestionTerms.stopWords.contains(word) || rateWords.contains(word)) && !magnitudeWords.contains(word)
    }.map { unfigured[$0] }
    // A statement puts its rate where it likes ("There's a steady stream of newly published
    // events each day, maybe 10k?"): read after the guess, far from it, the rate was lost and
    // "10k" checked as a count of events (a fresh helper's siblings, fiftieth session, got a
    // wrong "Yes."). The rate goes next to the guess.
    // "So a lot of new posts get created daily — roughly 180M?": "daily" is "a day".
    // A guess that names what it counts needs nothing of the question's: "do we know the monthly
    // user count? I'd guess 250 million monthly users or so?" read "monthly" twice and took the
    // second as a rate (a fresh helper's siblings, fifty-fourth session).
    let keptStems = QuantityReader.stems(of: kept.joined(separator: " "))
    if let own = QuantityReader.quantities(in: guess, asked: true).first, !own.noun.isEmpty,
       !own.noun.isDisjoint(with: keptStems) {
      return guess
    }
    if !startsQuestion, let (range, rate) = ratePhrase(in: kept) {
      kept.removeSubrange(range)
      return guess + " " + rate + " " + kept.joined(separator: " ")
    }
    return guess + " " + kept.joined(separator: " ")
  }

  /// `sentence` without a preface of at most three words before a comma or colon that a
  /// question word follows ("For scale, how many …", "Quick one: what share …"); `sentence`
  /// as it is otherwise.
  static func withoutPreface(_ sentence: String) -> String {
    for separator in [", ", ": "] {
      guard let range = sentence.range(of: separator) else { continue }
      let preface = WordTokenizer.words(String(sentence[..<range.lowerBound]))
      let rest = String(sentence[range.upperBound...])
      guard (1...3).contains(preface.count),
            let first = WordTokenizer.words(rest).first?.text, InterviewEngine.questionWords.contains(first) else {
        continue
      }
      return rest
    }
    return sentence
  }

  /// Where `words` say a rate ("each day", "per second", or an adverb such as "daily") and that
  /// rate as written next to a figure; nil without one.
  static func ratePhrase(in words: [String]) -> (range: ClosedRange<Int>, rate: String)? {
    if let at = words.indices.dropLast().first(where: {
      rateWords.contains(words[$0]) && timeUnits.contains(words[$0 + 1])
    }) {
      return (at...(at + 1), words[at] + " " + words[at + 1])
    }
    // "monthly users", "daily active users": before the people it counts the word is an
    // adjective, and the figure a count ("I'd guess 250 million monthly users or so?" was read as
    // 250 million a month, a newcomer's siblings, fifty-fourth session).
    guard let at = words.indices.first(where: { index in
      adverbRates[words[index]] != nil && !(index + 1 < words.count && countedPeople.contains(words[index + 1]))
    }), let rate = adverbRates[words[at]] else {
      return nil
    }
    return (at...at, rate)
  }

  /// Words after "daily", "monthly" that make them adjectives of a count of people.
  static let countedPeople: Set<String> = ["active", "actives", "user", "users", "visitors", "viewers", "people",
                                           "uniques", "customers", "members", "accounts"]

  /// Adverbs of a rate, as the rate they say.
  static let adverbRates: [String: String] = ["daily": "a day", "hourly": "an hour", "weekly": "a week",
                                              "monthly": "a month", "yearly": "a year", "annually": "a year"]

  /// Units of time a rate is written in ("a day", "per second").
  static let timeUnits: Set<String> = FreshnessQuestion.timeUnits.union(["month", "months", "year", "years"])

  /// Words of a magnitude without a figure ("millions of new panoramas"): beside the guess they
  /// would scale it ("5M millions").
  static let magnitudeWords: Set<String> = ["thousands", "millions", "billions", "hundreds", "dozens", "tens",
                                            "lot", "lots", "tons", "trillions"]

  /// `sentence` without a hedge after its guess ("DAU for the feed? 300 million, maybe?" →
  /// "300 million?"): after its comma, the hedge alone looked like the guess, and there was no
  /// verdict (a fresh helper's siblings, fifty-third session).
  static func withoutTrailingHedge(_ sentence: String) -> String {
    let trimmed = sentence.trimmingCharacters(in: CharacterSet(charactersIn: "?.! "))
    let lower = trimmed.lowercased()
    guard let hedge = trailingHedges.first(where: { lower.hasSuffix($0) }) else { return sentence }
    let kept = String(trimmed.dropLast(hedge.count)).trimmingCharacters(in: CharacterSet(charactersIn: ", "))
    return kept + (sentence.hasSuffix("?") ? "?" : "")
  }

  /// `sentence` without a closing ", is that about right?" or ", right?" after a comma
  /// (`isConfirmation`), keeping its "?": "I'm thinking around 1.5 million, is that about
  /// right?" and "I'm guessing 80k-ish, right?" guess as "I'm thinking around 1.5 million?" does
  /// (a fresh helper's siblings, fifty-fourth session, got no verdict).
  static func withoutClosingCheck(afterComma sentence: String) -> String {
    guard let comma = sentence.range(of: ", ", options: .backwards),
          isConfirmation(String(sentence[comma.upperBound...])) else { return sentence }
    return String(sentence[..<comma.lowerBound]) + (sentence.hasSuffix("?") ? "?" : "")
  }

  /// Hedges a guess may end with, each with the space or comma before it.
  static let trailingHedges = [", maybe", " maybe", ", probably", " probably", ", i guess", " i guess", ", i think",
                               " i think", ", i'd say", ", i'd guess", " or something", ", or something",
                               // "2-3 million i assume?" (a fresh helper's siblings, fifty-fourth
                               // session).
                               ", i assume", " i assume", ", i'd assume"]

  /// What may stand between a question and the guess that answers it.
  static let guessSeparators = [", ", " - ", " – ", " — ", "; ", ": "]

  /// Words that link a question to the one before it ("And how many …", "So roughly …").
  static let linkingOpeners: Set<String> = ["and", "so", "also", "but", "ok", "okay", "then", "now", "oh"]

  /// Whether `part` of a question only puts a figure forward ("is it around 1 billion?",
  /// "maybe 400k?", "would it be ~5M?"), checking the part before.
  static func onlyChecksFigure(_ part: String) -> Bool { figureGuess(part) != nil }

  /// Whether `part` only puts a figure to what the part before asked, pointing back to it ("is
  /// it about half a year?", "would it be around 5M?"), not naming a thing of its own ("about
  /// 50k creators?").
  static func checksFigureOfPartBefore(_ part: String) -> Bool {
    let words = WordTokenizer.words(part).map(\.text).drop { linkingOpeners.contains($0) }
    return guessLeads.contains { ($0.contains("it") || $0.contains("that")) && words.starts(with: $0) }
      && onlyChecksFigure(part)
  }

  /// `piece` as a guessed figure ("about 300k", "~5M", "is it around 50k QPS" → "around 50k
  /// QPS"): a lead (`guessLeads`) is dropped, then a guess word or a figure opens at most four
  /// words that hold a figure and offer no choice ("or so" is no choice), perhaps followed by a
  /// phrase of at most four words from a preposition ("roughly a month after the payment").
  /// Nil otherwise.
  static func figureGuess(_ piece: String) -> String? {
    var text = piece.trimmingCharacters(in: CharacterSet(charactersIn: "?.,;—- "))
    var words = WordTokenizer.words(text)
    // "…, and can I assume it's about 20%?": a joining word before the lead joins, and guesses
    // nothing (a newcomer's trial, fifty-third session, got no verdict). Not "so": "…, so maybe
    // 20-30 ms for us?" works a figure out from the one before.
    if let start = words.first(where: { !["and", "also", "but"].contains($0.text) })?.start, start > 0 {
      text = String(decoding: Array(text.utf8)[start...], as: UTF8.self)
      words = WordTokenizer.words(text)
    }
    // "would something like 50 be in the right ballpark?", "could 2% be about right?": the guess
    // stands between the verb and "be" (a newcomer's trial, fifty-fifth session, got nothing).
    if let first = words.first, ["would", "could", "will", "might"].contains(first.text),
       let be = words.indices.dropFirst(2).first(where: { words[$0].text == "be" }), be + 1 < words.count,
       isConfirmation(words[(be + 1)...].map(\.text).joined(separator: " ")) {
      text = String(decoding: Array(text.utf8)[words[1].start..<words[be - 1].end], as: UTF8.self)
      words = WordTokenizer.words(text)
    }
    if let lead = guessLeads.first(where: { words.map(\.text).starts(with: $0) }),
       let start = words.dropFirst(lead.count).first?.start {
      text = String(decoding: Array(text.utf8)[start...], as: UTF8.self)
      words = WordTokenizer.words(text)
    }
    // "I'm assuming on the order of a billion?" guesses a billion (a fresh helper's siblings,
    // fifty-fourth session).
    for order in [["on", "the", "order", "of"], ["in", "the", "order", "of"], ["order", "of"]]
    where words.map(\.text).starts(with: order) {
      guard let start = words.dropFirst(order.count).first?.start else { break }
      text = "about " + String(decoding: Array(text.utf8)[start...], as: UTF8.self)
      words = WordTokenizer.words(text)
      break
    }
    // "around a year or so?": "or so" hedges the figure; it offers no choice.
    for hedge in ["or so", "or thereabouts", "give or take"] where text.lowercased().hasSuffix(" " + hedge) {
      text = String(text.dropLast(hedge.count + 1))
      words = WordTokenizer.words(text)
    }
    // A magnitude named loosely is one figure: "hundreds of millions a day?" is put forward as
    // "100-999 million a day?", and its words are counted as those of "100 million a day?" (a
    // fresh helper's siblings, fifty-second session, got no verdict).
    var shape = text
    let loose = QuantityReader.withLooseMagnitudesAsFigures(text.lowercased(), asked: true)
    if loose != text.lowercased() {
      text = loose
      shape = loose.replacingOccurrences(of: #"(\d[\d.,]*)-\d[\d.,]*"#, with: "$1", options: .regularExpression)
        .replacingOccurrences(of: "at least ", with: "")
      words = WordTokenizer.words(shape)
    }
    // "roughly a month after the payment?", "approximately a month of compute?": a short
    // figure may carry a phrase that says of what or when (at most four words from a
    // preposition); a longer piece is a clause of its own.
    let cut: Int
    // The rate a figure is per does not lengthen it: "a few hundred thousand card payments a day?"
    // is as short as "300k card payments?" (a fresh helper's siblings, fifty-second session).
    let rate = ratePhrase(in: words.map(\.text)).map { $0.range.upperBound == words.count - 1 ? $0.range.count : 0 } ?? 0
    if words.count - rate <= 4 {
      cut = words.count
    } else if let at = (2...4).first(where: { tailPrepositions.contains(words[$0].text) }), words.count - at <= 4 {
      cut = at
    } else {
      return nil
    }
    let figurePart = cut < words.count ? String(decoding: Array(shape.utf8)[..<words[cut].start], as: UTF8.self) : shape
    // "I'd guess a million?": "a" before a magnitude is its figure.
    let aMagnitude = words.count > 1 && words[0].text == "a" && ["hundred", "thousand", "million", "billion", "dozen"]
      .contains(words[1].text)
    // "how many languages do posts come in, more than 100?" guesses a floor (a newcomer's
    // trial, fifty-seventh session, got no "Yes." beside "more than 100 languages").
    let bound = words.count > 1 && (["more", "less", "fewer"].contains(words[0].text) && words[1].text == "than"
      || ["over", "under", "below", "above"].contains(words[0].text) && words[1].isNumber
      || words[0].text == "at" && ["least", "most"].contains(words[1].text))
    // "How much labelled history do we keep, two years?" guesses in words as "2 years?" does (a
    // newcomer's trial, fifty-eighth session, got no "Yes."); the figure part must still read
    // as a figure, so "…, two?" guesses nothing.
    let numberWord = words.first.map { QuantityReader.numberWords[$0.text] != nil } ?? false
    guard let first = words.first,
          guessWords.contains(first.text) || first.isNumber || text.hasPrefix("~") || aMagnitude || bound
            || numberWord,
          !words.indices.contains(where: {
            words[$0].text == "or" && !isHedgingOr(after: words[($0 + 1)...].first?.text)
          }),
          !QuantityReader.quantities(in: figurePart).isEmpty else {
      return nil
    }
    return text
  }

  /// Words that open the phrase after a guessed figure saying what it is of or when ("a month
  /// after the payment", "a month of compute", "a day behind the wiki").
  static let tailPrepositions: Set<String> = ["after", "of", "behind", "before", "from", "for", "since", "until",
                                              "between", "in", "on", "at", "per", "within"]

  /// Small words that make a rate of a unit of time after them ("a day", "per second").
  static let rateWords: Set<String> = ["a", "an", "per", "each", "every"]

  /// Words that put the guess after a comma as a question ("…, is it around 50k?").
  /// A longer lead comes before the shorter one it starts with ("is it fair to say" before "is
  /// it"): the first that fits is dropped.
  static let guessLeads: [[String]] = [["is", "it", "fair", "to", "say"], ["is", "it", "safe", "to", "say"],
                                       ["is", "it"], ["is", "that"], ["would", "it", "be"], ["could", "it", "be"],
                                       // "…, and can I assume it's about 20%?" (a newcomer,
                                       // fifty-third session).
                                       // A contraction keeps only its first word: "it's" is
                                       // "it", "I'm" is "i" (`WordTokenizer`).
                                       ["can", "i", "assume", "it", "is"], ["can", "i", "assume", "it"],
                                       ["can", "i", "assume", "that"], ["can", "i", "assume"],
                                       ["can", "we", "assume"], ["i", "guessing"], ["i", "assuming"],
                                       ["i", "am", "guessing"], ["i", "am", "assuming"],
                                       ["i", "thinking"], ["i", "am", "thinking"],
                                       ["it", "is"], ["it"], ["that", "is"], ["that"],
                                       // "…, I'd guess around 32 million?" (a fresh helper's
                                       // siblings, fiftieth session).
                                       ["i", "d", "guess"], ["i", "guess"], ["i", "d", "say"], ["i", "say"],
                                       ["my", "guess", "is"],
                                       ["i", "d", "assume"], ["i", "assume"]]

  /// Words that offer a figure as a guess ("about 300k", "maybe 5,000").
  static let guessWords: Set<String> = ["about", "around", "roughly", "maybe", "perhaps", "approximately", "say",
                                        "like", "approx", "probably", "something", "near", "nearly", "close"]

  /// Whether `text` only asks to have what came before checked ("Is that right?", "Does that
  /// work for you?", "Does that match what you see?").
  static func isConfirmation(_ text: String) -> Bool {
    var words = WordTokenizer.words(text).map(\.text)
    // "Does that match what you see?": what the check is held against names nothing to check.
    if let at = words.firstIndex(of: "what"), at > 0, ["match", "matches", "expect"].contains(words[at - 1]),
       words.dropFirst(at + 1).first.map(["you", "we"].contains) == true {
      words.removeSubrange(at...)
    }
    words = withoutHeldAgainst(words)
    return !words.isEmpty && words.allSatisfy(confirmingWords.contains)
  }

  /// `words` of a closing check without whose expectation it is held against, when it is
  /// held against someone's: "is that the bar the privacy team has in mind" reads "is that the
  /// bar", "is that close to what you see" "is that close to", "does that fit what we observe"
  /// "does that match" (street-view tuning bank: "I'd aim for 99.5% face recall — is that the bar
  /// the privacy team has in mind?" got no fact and no verdict). `words` as they are otherwise.
  static func withoutHeldAgainst(_ words: [String]) -> [String] {
    var words = words
    // "… the privacy team has in mind": the holder is the words before "has" back to the noun
    // checked against ("bar", "kind of SLA").
    if words.count > 3, words.suffix(2) == ["in", "mind"], let has = words.indices.dropLast(2).last,
       ["has", "have", "had"].contains(words[has]) {
      var start = has
      while start > 0, !expectationNouns.contains(words[start - 1]), !["that", "this", "what"].contains(words[start - 1]) {
        start -= 1
      }
      if start > 0, words[start - 1] == "what" { start -= 1 }
      words.removeSubrange(start...)
    }
    // "… what you see", "… what the team expects": the expectation a figure is held against;
    // after a word of comparison any short clause is ("in line with what infra is planning for",
    // "square with what you've got in the catalogue").
    if let at = words.lastIndex(of: "what"), at > 0, at + 1 < words.count, words.count - at <= 8,
       words.count - at <= 5 && holdingVerbs.contains(words[words.count - 1])
        || comparingWords.contains(words[at - 1]) {
      words.removeSubrange(at...)
      // "Does that fit what you see?" asks only for the check, as "match" does; a bare "would
      // that fit?" asks whether something fits.
      if let verb = words.last, ["fit", "fits"].contains(verb) { words[words.count - 1] = "match" }
    }
    // "is that the number leadership signed off on", "is that the figure the graph team would
    // give me": after the noun a figure is held against, a short clause says whose it is.
    if words.count > 2, ["is", "was", "would"].contains(words[0]), ["that", "this", "it"].contains(words[1]),
       let noun = words.indices.prefix(6).first(where: { expectationNouns.contains(words[$0]) }) {
      var end = noun + 1
      if end + 1 < words.count, words[end] == "of" { end += 2 }
      if end < words.count, words.count - end <= 8 { words.removeSubrange(end...) }
    }
    return words
  }

  /// Words after which a clause of "what" says what a figure is held against: "match what",
  /// "in line with what", "close to what", "square with what".
  static let comparingWords: Set<String> = ["match", "matches", "with", "to", "fit", "fits"]

  /// Verbs that close what a figure is held against: "what you see", "what we observe", "what
  /// leadership expects", "what you have".
  static let holdingVerbs: Set<String> = ["see", "sees", "seeing", "observe", "observes", "expect", "expects",
                                          "expected", "have", "has", "measure", "measures", "get", "gets"]

  /// Nouns a checked figure is held against ("is that the bar?", "is that roughly your
  /// capacity?", "is that the right order of magnitude?", "the kind of SLA you mean"), and the
  /// small words that lead to them ("close to", "in line with").
  static let expectationNouns: Set<String> = [
    "bar", "target", "targets", "number", "numbers", "figure", "figures", "capacity", "expectation", "expectations",
    "range", "magnitude", "order", "kind", "sort", "level", "picture", "reality", "baseline", "budget", "volume",
    "load", "neighbourhood", "neighborhood", "mark", "data",
  ]

  /// Words of a closing "Is that right?", "Fair?", "Does that sound reasonable?". "Does that
  /// work?" and "Does that match?" ask the same (tmux, fifty-first session: "I'll assume around 2
  /// billion daily users — does that work?" got the figure but no "No.").
  static let confirmingWords: Set<String> = StatedAssumption.closingConfirmations.union([
    "is", "that", "this", "it", "sound", "sounds", "does", "about", "ballpark", "roughly", "accurate",
    "a", "assumption", "safe", "to", "assume", "in", "the", "yes", "so", "did", "i", "hear", "get", "got", "understand",
    "understood", "read", "have", "ok", "okay",
    "work", "works", "match", "matches", "fine", "for", "you", "plausible", "hold", "holds", "up", "make", "makes",
    "sense", "would", "will",
    // Held against an expectation: "is that roughly your capacity?", "close to", "in line with",
    // "am I close?".
    "your", "our", "of", "close", "near", "line", "with", "am", "right", "square", "there",
  ]).union(QuestionTerms.checkAfterRight).union(expectationNouns)

  /// The figures of `known` that `figure` may speak of: the best placed and any within two
  /// points of it, or none when none is placed. A figure is placed by what it counts and by its
  /// clause's words (two points a word) and its sentence's (one), and two points more when it is
  /// written in the same unit ("a day" against "a day", not "a second"). One figure of its
  /// dimension is enough when the question names nothing it could disagree with.
  public static func counterparts(of figure: Quantity, among known: [Quantity]) -> [Quantity] {
    placed(figure, among: known).figures
  }

  /// `counterparts`, with the score that placed them (words shared, plus two for the same
  /// unit): how surely `known` speaks of `figure`. Empty and 0 when none is placed.
  static func placed(_ figure: Quantity, among known: [Quantity]) -> (figures: [Quantity], score: Int) {
    let candidates = known.filter { $0.dimension == figure.dimension }
    var figure = figure
    // "Is the latency budget 0.3 s?" names nothing that tells one latency from another. A
    // duration of a minute or more is no latency: "Are most requests accepted within a week?"
    // is placed by its requests (a newcomer, fifty-first session, heard nothing).
    if figure.isLatency {
      figure.context.subtract(genericLatencyWords)
      // "150 ms end to end" counts no "end" (trial 26).
      figure.noun.subtract(genericLatencyWords)
    }
    figure.noun = roots(figure.noun)
    figure.context = roots(figure.context)
    // Only a duration is placed by words of keeping data (`keptMark`).
    if figure.dimension != .duration {
      figure.context.remove(keptMark)
      figure.noun.remove(keptMark)
    }
    let words = figure.noun.union(figure.context)
    if words.isEmpty { return candidates.count == 1 && figure.dimension != .count ? (candidates, 0) : ([], 0) }
    let scored = candidates.map { known -> (fact: Quantity, words: Int, total: Int) in
      var fact = known
      (fact.noun, fact.context, fact.sentence) = (roots(known.noun), roots(known.context), roots(known.sentence))
      // "We keep about a year of interaction logs": how long data is kept is what a sentence
      // of keeping is about, whichever clause says "keep".
      if figure.dimension == .duration, fact.sentence.contains(keptMark) {
        fact.context.insert(keptMark)
      } else {
        fact.context.remove(keptMark)
        fact.sentence.remove(keptMark)
        fact.noun.remove(keptMark)
      }
      let nounShared = figure.noun.intersection(fact.noun.union(fact.context)).count
      let wordScore = 2 * nounShared + 2 * figure.context.intersection(fact.context).count
        + words.intersection(fact.sentence).count
      let sameUnit = figure.dimension != .count && fact.unitFactor == figure.unitFactor ? 2 : 0
      return (known, wordScore, wordScore + sameUnit)
    }.sorted { $0.total > $1.total }
    // The one figure of its dimension, written in the same unit, needs only a word of its
    // sentence: "80,000 new events a day" against "80,000 new ones published each day" (trial 26).
    guard let best = scored.first,
          best.words >= 2 || (candidates.count == 1 && best.words >= 1 && best.total > best.words) else { return ([], 0) }
    var close = scored.filter { $0.total > best.total - 2 }
    // "Are roughly 20% of orders late?" asks the share of late orders, not "about 5% more than
    // 15 minutes after it": among shares placed alike, one that only narrows the share before it
    // by a figure the question does not name is not meant (tmux, twenty-seventh session). A
    // share with words of its own ("0.1% lead to a registration within seven days") is no
    // narrowing: the question's words choose. So with a tail's threshold: "Is the median order
    // around half an hour?" asks of "about 32 minutes", not of "about 10% take more than 50
    // minutes" after it (newcomer's trial, forty-eighth session, got no verdict); but "about 85%
    // within 60 days" is a point of the distribution asked about, as "half within 30 days" is.
    let narrower = { (fact: Quantity) in
      fact.isElided && !fact.clauseDimensions.isSubset(of: figure.clauseDimensions)
        && (figure.dimension == .percent || fact.isFloor)
    }
    if let plainBest = close.filter({ !narrower($0.fact) }).map(\.words).max() {
      close.removeAll { narrower($0.fact) && $0.words <= plainBest }
    }
    var figures = close.map(\.fact).filter { fact in
      // A count must count what the fact's figure counts: "10 million users" is no "10 million
      // videos", nor "300 friends per user".
      figure.dimension != .count || figure.noun.isEmpty || !figure.noun.isDisjoint(with: roots(fact.noun))
    }.filter { !countsOverOtherPeriod(figure, $0) }
    figures = plainest(figures, among: known, for: figure)
    return (figures, figures.isEmpty ? 0 : best.total)
  }

  /// Whether `figure` and `fact` are counts over different periods: "How many monthly users …,
  /// something like a billion?" asks no daily count, and got "No." against "100 million daily
  /// active users" (a newcomer's trial, fifty-fourth session). Rates are not compared here:
  /// their periods are units.
  static func countsOverOtherPeriod(_ figure: Quantity, _ fact: Quantity) -> Bool {
    guard figure.dimension == .count, fact.dimension == .count else { return false }
    let asked = periods(in: figure.noun.union(figure.context))
    let stated = periods(in: roots(fact.noun).union(roots(fact.context)))
    return !asked.isEmpty && !stated.isEmpty && asked.isDisjoint(with: stated)
  }

  /// The periods a count's words name ("daily", "monthly"), as their stems.
  private static func periods(in words: Set<String>) -> Set<String> {
    Set(words.compactMap { periodStems[$0] })
  }

  /// Stems of words that name the period a count of people or things is over.
  static let periodStems: [String: String] = [
    WordNormalizer.stem("daily"): "day", WordNormalizer.stem("weekly"): "week",
    WordNormalizer.stem("monthly"): "month", WordNormalizer.stem("yearly"): "year",
    WordNormalizer.stem("annual"): "year", "dau": "day", "mau": "month", "wau": "week",
  ]

  /// The first of `figures` the fact states, when `figure` names only what it counts among the
  /// words of their sentences: the figure a fact leads with is its answer, and later ones
  /// qualify it. "Languages? I'm guessing around 100." asks how many languages there are, as
  /// "Posts are in more than 100 languages" says, not how many "reviewers cover" after it (a
  /// newcomer, fifty-third session, got no verdict between the two); so does "how many languages
  /// do we need to handle, maybe 30?", whose "handle" no figure's sentence says. `figures`
  /// unchanged when the figure says more of them than its noun.
  private static func plainest(_ figures: [Quantity], among known: [Quantity], for figure: Quantity) -> [Quantity] {
    let said = figures.reduce(into: Set<String>()) { $0.formUnion(roots($1.context.union($1.sentence).union($1.noun))) }
    guard figures.count > 1, figure.dimension == .count, !figure.noun.isEmpty,
          figure.context.intersection(said).isSubset(of: figure.noun),
          let first = known.first(where: { figures.contains($0) }) else { return figures }
    return [first]
  }

  /// Words that say how long data is kept: "about a year of history?" asks of "every request is
  /// stored for two years" (newcomer's trial, forty-first session, got no verdict). Most are
  /// everyday words that figures' contexts leave out, so `QuantityReader` marks them with
  /// `keptMark`, which places durations only.
  /// Logs are data kept: "do we keep about a year of history?" asks of "two years of query and
  /// click logs" (newcomer's trial, forty-ninth session, got no "No.").
  static let keptWords: Set<String> = ["history", "historical", "stored", "store", "stores", "kept", "keep", "keeps",
                                       "retained", "retain", "retains", "retention", "archive", "archived",
                                       "log", "logs", "logged"]
  /// The stem that stands for every word of `keptWords` in a figure's context or sentence.
  static let keptMark = "#kept"

  /// Endings, as the stemmer leaves them, that make a noun of a verb or an adjective: "the
  /// acceptance rate" asks of "45% of requests are eventually accepted" (blind figure set,
  /// twenty-seventh session: the guess met a 1% of requests as well and got no verdict).
  static let nounEndings = ["anc", "enc", "ment"]

  /// `stems` with each noun read as its root (`nounEndings`), where at least four letters stay,
  /// and each word for one request to the system as `requestMark`.
  static func roots(_ stems: Set<String>) -> Set<String> {
    Set(stems.map { stem in
      if requestWords.contains(stem) { return requestMark }
      return nounEndings.first { stem.hasSuffix($0) && stem.count - $0.count >= 4 }
        .map { String(stem.dropLast($0.count)) } ?? stem
    })
  }

  /// Stems of the words a rate of traffic counts in: "10k queries a day" asks of "100,000
  /// questions a day" (newcomer's trial, forty-ninth session, got no "No."), as QPS of requests
  /// per second.
  static let requestWords: Set<String> = Set(["query", "queries", "request", "requests", "search", "searches",
                                              "question", "questions", "lookup", "lookups"].map(WordNormalizer.stem))
  /// The root every word of `requestWords` is read as.
  static let requestMark = "#request"

  /// Stems of words that say a duration is a latency budget without saying which one.
  static let genericLatencyWords: Set<String> = Set(["budget", "latency", "end", "request", "response", "total",
                                                     "server", "serving", "sla", "deadline", "limit", "target", "whole",
                                                     "overall"].map(WordNormalizer.stem))

  /// How `asked` stands against `known`. Inside a range is a yes; outside, the nearer end
  /// counts. Shares above one half compare by what they leave out: 99.9% and 99.5% recall miss
  /// one face in a thousand against five. A floor is met by anything at or above it, a ceiling
  /// ("under 10 million?") by anything at or below it.
  static func compare(_ asked: Quantity, _ known: Quantity, asFloor: Bool) -> Verdict? {
    // "well under 1%" tells only that a guess at or past the bound is wrong, and that a bound
    // on the same side ("under 1%?", "over 100?") holds.
    switch known.farBound {
    case .below:
      if asked.isCeiling { return asked.value >= known.value ? .yes : nil }
      return asked.value >= known.value ? .no : nil
    case .above:
      if asFloor { return asked.value <= known.value ? .yes : nil }
      return asked.value <= known.value ? .no : nil
    case nil: break
    }
    // A latency bound put to a latency budget proposes a budget: "Can I assume p99 under 200 ms
    // for the checkout estimate?" against "must come back within 100 ms at p99" asks for twice
    // the budget (a newcomer, fifty-second session, heard "Yes." and would design for 200 ms).
    if asked.isCeiling, known.isCeiling, known.farBound == nil, asked.dimension == .duration,
       max(asked.value, known.value) < 60 {
      var budget = asked
      budget.isCeiling = false
      return compare(budget, known, asFloor: false)
    }
    // "Is the corpus under 10 million documents?" against 7.5 million is a yes; "below 1%?"
    // against 1–2% a no (a blind set read both as the distance to the bound).
    if asked.isCeiling, asked.value > 0, known.value > 0,
       max(asked.value, known.value) / min(asked.value, known.value) <= unrelatedRatio {
      if known.high <= asked.value { return .yes }
      return known.low >= asked.value ? .no : nil
    }
    if known.low <= asked.value && asked.value <= known.high { return .yes }
    if asked.low <= known.value && known.value <= asked.high { return .yes }
    if asFloor && known.value >= asked.low { return .yes }
    var a = asked.value, k = asked.value < known.low ? known.low : known.high
    if asked.dimension == .percent, a > 50, k > 50 { (a, k) = (100 - a, 100 - k) }
    guard a > 0, k > 0 else { return a == k ? .yes : .no }
    let ratio = max(a, k) / min(a, k)
    // A hundredfold apart, the figures are of different things ("a billion users" against "300
    // friends per user"), not a wrong guess.
    guard ratio <= unrelatedRatio else { return nil }
    let isLatency = asked.dimension == .duration && max(a, k) < 60
    if ratio <= (isLatency ? latencyYesRatio : yesRatio) { return .yes }
    return ratio <= (isLatency ? latencyRoughRatio : roughRatio) ? .roughly : .no
  }
}
