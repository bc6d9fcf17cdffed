/// A question that is, all but word for word, one of a fact's own example questions gets that
/// fact. The scenario's authors wrote each example as a question the fact answers, yet 74 of
/// the 1,027 examples went unanswered or got another fact ("How big is the team?", "What's
/// running today?"): the matcher weighs words by how well they tell facts apart, and a short
/// plain question is made of words many facts share. Candidates ask exactly such questions.
///
/// Near means a cosine of at least `leastSimilarity` between the question's weighted terms
/// (`QuestionMatcher.terms`) and the example's, with a lead of `leastLead` over the closest
/// example of any other fact. Looser thresholds were tried: at 0.75 the tuning banks lost 3
/// right answers to wrong facts, and a looser nearest-example fallback (README, "The
/// interviewer") gained fewer right answers than it added wrong facts; at 0.85 the tuning banks
/// are unchanged and 16 of 3,637 blind questions (written by helpers who saw only the facts)
/// gain their fact, none a wrong one.
///
/// An `about` phrase of two or more terms asked as it stands ("How many events do we have?",
/// the phrase "how many events") counts too, when the matcher found nothing: its words may be
/// in every fact of the scenario, so they weigh too little to clear the matcher's bar. Blind
/// questions: +5 right, +2 wrong, both arguable ("videos are in many languages?" gets the video
/// metadata, which lists the languages).
public struct NearExampleQuestion: Sendable {
  /// Least cosine (0…1) between a question's terms and an example's.
  public static let leastSimilarity = 0.85
  /// Least margin of that cosine over the closest example of another fact.
  public static let leastLead = 0.1

  /// Per example question: its fact's index and its terms' weights.
  private let examples: [(fact: Int, weights: [String: Double])]
  /// Per `about` phrase of two or more terms: its fact's index and its terms' weights.
  private let phrases: [(fact: Int, weights: [String: Double])]

  /// No examples: matches nothing.
  public static let none = NearExampleQuestion(examples: [], phrases: [])

  private init(examples: [(fact: Int, weights: [String: Double])], phrases: [(fact: Int, weights: [String: Double])]) {
    self.examples = examples
    self.phrases = phrases
  }

  /// Reads every example question of `scenario`'s facts through `terms`, the matcher's reading.
  public init(scenario: Scenario, terms: (String) -> QuestionTerms) {
    examples = scenario.facts.enumerated().flatMap { index, fact in
      fact.examples.map { (index, terms($0).weights) }.filter { !$0.1.isEmpty }
    }
    // An `about` phrase of two or more terms, asked as it stands ("How many events do we
    // have?" is the phrase "how many events"), is an example asked word for word.
    phrases = scenario.facts.enumerated().flatMap { index, fact in
      fact.about.map { (index, terms($0).weights) }.filter { $0.1.count >= 2 }
    }
  }

  /// The index of the only fact with an `about` phrase of exactly `weights`' terms, or nil.
  public func factByPhrase(for weights: [String: Double]) -> Int? {
    let keys = Set(weights.keys)
    let facts = Set(phrases.filter { Set($0.weights.keys) == keys }.map(\.fact))
    return facts.count == 1 ? facts.first : nil
  }

  /// A cosine this close to 1 is the example asked word for word (bar stop words and order).
  public static let same = 0.999

  /// The index of the fact one of whose examples `weights` all but repeats (cosine at least
  /// `least`, by default `leastSimilarity`), or nil.
  public func fact(for weights: [String: Double], least: Double? = nil) -> Int? {
    guard !weights.isEmpty else { return nil }
    var best: [Int: Double] = [:]
    for example in examples {
      let similarity = Self.cosine(weights, example.weights)
      if similarity > best[example.fact] ?? 0 { best[example.fact] = similarity }
    }
    let ranked = best.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    guard let first = ranked.first, first.value >= (least ?? Self.leastSimilarity) else { return nil }
    let second = ranked.count > 1 ? ranked[1].value : 0
    return first.value - second >= Self.leastLead ? first.key : nil
  }

  /// Cosine of two weighted term sets: 1 for the same terms in the same proportions, 0 for none
  /// shared.
  static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
    var dot = 0.0
    for (term, weight) in a { dot += weight * (b[term] ?? 0) }
    let norms = a.values.reduce(0) { $0 + $1 * $1 } * b.values.reduce(0) { $0 + $1 * $1 }
    return norms > 0 ? dot / norms.squareRoot() : 0
  }
}
