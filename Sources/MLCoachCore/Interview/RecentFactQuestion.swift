/// A question on a detail of the fact the interviewer has just given ("Do we have courier GPS?"
/// → the logs fact; then "How often is it sent?"). Asked cold, such a question names too little
/// to find a fact, or only words of the answer that no fact's phrases use; asked right after the
/// answer that says it, it asks about that answer. Trial 27 found 12 of 15 unfair repeats were
/// such questions, met with "I don't have anything specific on that" though the reply before
/// said it.
///
/// The rule only fills an abstention, and only with a fact given in the last reply: a question
/// the matcher answers on its own keeps its answer.
public enum RecentFactQuestion {
  /// The least share of a question's weight that the recent fact's words (its answer, phrases
  /// and examples) must say.
  static let leastShare = 0.8
  /// A word in more than this share of the scenario's answers is common.
  static let commonShare = 0.25

  /// The kinds of figure that can answer the amount `question` asks, or nil when any can: a rate
  /// ("… per minute", "a day") is a rate or a count, "how many" is no duration, "how often" a rate
  /// or a duration, "how long" or "how soon" a duration. "Uploads per minute?" after the
  /// freshness fact ("within about 10 minutes") asks the upload rate.
  static func askedDimensions(_ question: String) -> Set<Quantity.Dimension>? {
    let words = WordTokenizer.words(question).map(\.text)
    let units = QuestionTerms.timeUnits
    if zip(words, words.dropFirst()).contains(where: { ["per", "a", "an", "each"].contains($0)
      && units.contains(WordNormalizer.stem($1)) }) {
      return [.rate, .count]
    }
    if words.contains("often") || words.contains("frequently") { return [.rate, .duration] }
    if zip(words, words.dropFirst()).contains(where: { $0 == "how" && ["long", "soon"].contains($1) }) {
      return [.duration]
    }
    if zip(words, words.dropFirst()).contains(where: { $0 == "how" && $1 == "many" }) { return [.count, .rate, .percent] }
    return nil
  }
}

extension QuestionMatcher {
  /// `match(question)`, except that an abstention is filled by a fact of `recent` (the ids of the
  /// facts of the reply just given) whose words say what the question asks
  /// (`RecentFactQuestion`). An amount asked ("how often", "how many") needs a figure of a kind
  /// that answers it in that fact's answer (`RecentFactQuestion.askedDimensions`), and a figure
  /// the question puts forward a counterpart there (`NumberCheck.counterparts`). When two facts fit about equally and one of them was just given, that one
  /// answers only if it also says the question's words.
  public func match(_ question: String, after recent: [String]) -> Match {
    // What the candidate took back is not asked here either (see `SelfCorrection`).
    let question = SelfCorrection.revised(question) ?? question
    let plain = match(question)
    guard plain.factIDs.isEmpty, plain.abstention != .tooSpecific, !recent.isEmpty else { return plain }
    let terms = terms(question)
    let dimensions = RecentFactQuestion.askedDimensions(question)
    // Another fact clearly ahead on the question's words is what it asks about: "Restaurant
    // tells us the food preparation time, or we must guess it?" after the dispatch fact, which
    // mentions food being ready, asks about the restaurant's ready signal.
    let ranking = ranking(question)
    let top = ranking.first?.score ?? 0
    // A figure put forward must be one the fact states: "Is the average delivery about 35
    // minutes?" right after the traffic fact got its "3.5 times the daily average rate" back
    // (tmux, twenty-seventh session).
    let guessed = NumberCheck.figuresPutForward(question)
    let best = recent.compactMap { id -> (id: String, share: Double)? in
      guard let index = scenario.facts.firstIndex(where: { $0.id == id }),
            (ranking.first { $0.id == id }?.score ?? 0) * tuning.minimumLead >= top else { return nil }
      let figures = QuantityReader.quantities(in: scenario.facts[index].answer)
      if let dimensions, !figures.contains(where: { dimensions.contains($0.dimension) }) { return nil }
      if guessed.contains(where: { NumberCheck.counterparts(of: $0, among: figures).isEmpty }) { return nil }
      return (id, shareSaid(byFact: index, of: terms))
    }.max { $0.share < $1.share }
    guard let best, best.share >= RecentFactQuestion.leastShare,
          let index = scenario.facts.firstIndex(where: { $0.id == best.id }),
          !restates(excerpt(of: scenario.facts[index], for: question), question: terms) else { return plain }
    return Match(factIDs: [best.id], abstention: nil)
  }

  /// Whether `excerpt`, the sentences of a fact a question would get back, only restates the
  /// question: no figure, and no word beyond the question's but words most answers say. "What do
  /// we tell a merchant when they ask why it was blocked?" after the regulation fact got "As I
  /// said: Merchants ask why a payment was blocked." (trial 28): the question's own words, which
  /// say nothing of what we tell them.
  func restates(_ excerpt: String, question terms: QuestionTerms) -> Bool {
    guard QuantityReader.quantities(in: excerpt).isEmpty else { return false }
    let common = Double(scenario.facts.count) * RecentFactQuestion.commonShare
    let asked = Set(terms.weights.keys).union(terms.conceptWords.values.flatMap { $0 })
    return QuestionTerms.set(excerpt, concepts: spotter).allSatisfy { term in
      term.hasPrefix("#") || asked.contains(term) || Double(answerFrequency[term] ?? 0) > common
    }
  }

  /// The share (0–1) of `terms`' weight said by the answer, phrases or examples of the fact at
  /// `index` of `scenario.facts`; 0 when the question asks an amount and the answer states no
  /// figure, or when it says no word that few answers say (`RecentFactQuestion.commonShare`).
  public func shareSaid(byFact index: Int, of terms: QuestionTerms) -> Double {
    var said = saidTerms[index]
    for (concept, words) in terms.conceptWords where said.contains(concept) { said.formUnion(words) }
    var total = 0.0
    var inFact = 0.0
    var asksAmount = false
    var distinctive = false
    for (term, leaning) in terms.orderedWeights {
      if term == QuestionTerms.amount || Self.ellipticalWords.contains(term) {
        asksAmount = true
        continue
      }
      if term.hasPrefix("#"), !said.contains(term) { continue }
      let weight = leaning * weight(of: term, among: terms)
      total += weight
      if said.contains(term) {
        inFact += weight
        if Double(answerFrequency[term] ?? 0) <= Double(scenario.facts.count) * RecentFactQuestion.commonShare {
          distinctive = true
        }
      }
    }
    // Words most answers say ("Which user has the most friends on the platform?") show no
    // question on this fact: one word said must be in few answers ("keep" in "How long do we
    // keep those?").
    guard total > 0, inFact > 0, distinctive else { return 0 }
    if asksAmount, QuantityReader.quantities(in: scenario.facts[index].answer).isEmpty { return 0 }
    return inFact / total
  }
}
