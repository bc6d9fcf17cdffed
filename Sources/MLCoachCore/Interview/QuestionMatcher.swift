import Foundation

/// Matches a clarifying question to the scenario facts that answer it, by intent rather than
/// by shared words, and abstains when no fact clearly fits: a wrong fact misleads a candidate
/// more than "I don't have that".
///
/// Each question word counts by how well it tells facts apart (a word in one fact's phrases
/// counts more than one in many) and by whether it names a topic (goal, latency, labels, …)
/// rather than an option listed after a colon. A fact explains a word fully when one of its
/// `about` phrases is wholly in the question, and in part when the word is among its phrases
/// or example questions. The best fact must explain enough weight, a fair share of the
/// question, and clearly more than the runner-up. A question in several parts ("how many
/// images, and how many queries per second?") is answered part by part.
public struct QuestionMatcher: Sendable {
  /// The numbers that decide when a fact fits; tuned on the tuning half of the question banks.
  public struct Tuning: Equatable, Sendable {
    /// Least explained weight for an answer.
    public var minimumScore = 2.2
    /// Least share of the question's weight the fact must explain.
    public var minimumShare = 0.5
    /// The best fact's score must be at least this multiple of the runner-up's.
    public var minimumLead = 1.6
    /// A lead this large over the runner-up lets a fact answer with only `decisiveShare` of
    /// the question explained.
    public var decisiveLead = 2.5
    public var decisiveShare = 0.35
    /// Credit for a word found in a fact's phrases or examples but not in a whole phrase.
    public var looseFactor = 0.55
    /// Extra weight of topic words (see `TopicWords`).
    public var topicFactor = 1.6
    /// A second part of a question must clear the bar times this to add a second fact.
    public var secondPartFactor = 1.0
    /// Weight of a question word no fact mentions: it is what the question is about when the
    /// scenario has nothing on it ("iOS", "copyright"), so it lowers every fact's share.
    public var unknownWeight = 2.5
    /// Bonus for each whole `about` phrase of two or more terms found in the question: a
    /// phrase said in full ("how many users") is surer than its words one by one.
    public var phraseBonus = 1.0

    public init() {}
  }

  /// What the matcher decided for one question.
  public struct Match: Equatable, Sendable {
    /// Ids of the facts that answer it, one per part answered; empty when it abstains.
    public var factIDs: [String]
    /// Why it abstained, when it did.
    public var abstention: Abstention?
  }

  public enum Abstention: String, Equatable, Sendable {
    /// No fact explains enough of the question.
    case noFit
    /// Two facts fit about equally: answering either could mislead.
    case ambiguous
    /// The question asks for an internal or historical detail no interviewer would have.
    case tooSpecific
  }

  public let scenario: Scenario
  public var tuning: Tuning
  private let spotter: ConceptSpotter
  /// Per fact: its `about` phrases as term sets.
  private let aboutTerms: [[Set<String>]]
  /// Per fact: every term of its phrases and examples.
  private let looseTerms: [Set<String>]
  /// Inverse fact frequency of each term.
  private let specificity: [String: Double]
  /// How many facts mention each term.
  private let frequency: [String: Int]
  /// A one-word phrase identifies its fact only when at most this many facts use the word.
  static let sharedByFew = 2

  public init(scenario: Scenario, lexicon: Lexicon = .bundled, tuning: Tuning = Tuning()) {
    self.scenario = scenario
    self.tuning = tuning
    let spotter = lexicon == .bundled ? ConceptSpotter.bundled : ConceptSpotter(lexicon: lexicon)
    self.spotter = spotter
    aboutTerms = scenario.facts.map { fact in
      // A phrase that loses its small words down to one ("like counts" → "counts") no longer
      // says what it said: its word counts as a loose word only.
      fact.about.filter { WordTokenizer.words($0).count == 1 || QuestionTerms.set($0, concepts: spotter).count >= 2 }
        .map { QuestionTerms.set($0, concepts: spotter) }.filter { !$0.isEmpty }
    }
    looseTerms = scenario.facts.map { fact in
      fact.examples.reduce(Set(aboutTermsUnion(fact, spotter))) { $0.union(QuestionTerms.set($1, concepts: spotter)) }
    }
    var frequency: [String: Int] = [:]
    for terms in looseTerms { for term in terms { frequency[term, default: 0] += 1 } }
    let count = Double(max(1, scenario.facts.count))
    specificity = frequency.mapValues { log(1 + count / Double($0)) }
    self.frequency = frequency
  }

  /// The facts that answer `question`, or an abstention.
  public func match(_ question: String) -> Match {
    if OddlySpecificQuestion.applies(to: question) { return Match(factIDs: [], abstention: .tooSpecific) }
    let parts = QuestionParts.split(question)
    if parts.count > 1 {
      var ids: [String] = []
      for (position, part) in parts.enumerated() {
        let bar = position == 0 ? 1 : tuning.secondPartFactor
        if case .fact(let index) = decide(QuestionTerms(part, concepts: spotter), bar: bar, whole: false),
           !ids.contains(scenario.facts[index].id) {
          ids.append(scenario.facts[index].id)
        }
      }
      if !ids.isEmpty { return Match(factIDs: ids, abstention: nil) }
    }
    switch decide(QuestionTerms(question, concepts: spotter), bar: 1, whole: true) {
    case .fact(let index): return Match(factIDs: [scenario.facts[index].id], abstention: nil)
    case .abstain(let why): return Match(factIDs: [], abstention: why)
    }
  }

  private enum Decision { case fact(Int), abstain(Abstention) }

  /// Scores of every fact for `terms`, best first: (fact index, explained weight).
  public func ranking(_ question: String) -> [(id: String, score: Double)] {
    let terms = QuestionTerms(question, concepts: spotter)
    return scores(terms).sorted { $0.1 > $1.1 }.map { (scenario.facts[$0.0].id, $0.1) }
  }

  /// `whole` is false for one part of a question: a part is short, so it must be explained
  /// by half (no decisive-lead shortcut), or a stray word in a side clause adds a wrong fact.
  private func decide(_ terms: QuestionTerms, bar: Double, whole: Bool) -> Decision {
    let scored = scores(terms).sorted { $0.1 > $1.1 }
    guard let best = scored.first else { return .abstain(.noFit) }
    let total = terms.weights.reduce(0.0) { $0 + $1.value * weight(of: $1.key) }
    let share = total > 0 ? best.1 / total : 0
    let runnerUp = scored.count > 1 ? scored[1].1 : 0
    // A fact far ahead of every other may explain less of a long question: the rest is
    // context ("Is the 200 ms the whole request including rendering?").
    let decisive = whole && best.1 >= runnerUp * tuning.decisiveLead && share >= tuning.decisiveShare
    guard best.1 >= tuning.minimumScore * bar, share >= tuning.minimumShare || decisive else {
      return .abstain(.noFit)
    }
    if best.1 < runnerUp * tuning.minimumLead { return .abstain(.ambiguous) }
    return .fact(best.0)
  }

  /// How much a term tells facts apart, times its topic weight.
  private func weight(of term: String) -> Double {
    guard let base = specificity[term] else { return tuning.unknownWeight }
    return base * (TopicWords.contains(term) ? tuning.topicFactor : 1)
  }

  private func scores(_ terms: QuestionTerms) -> [(Int, Double)] {
    let present = Set(terms.weights.keys)
    var result: [(Int, Double)] = []
    for index in scenario.facts.indices {
      var full = Set<String>()
      var score = 0.0
      // A phrase that comes down to one word many facts share ("where are the users" is
      // "users") identifies nothing: it counts as loose words only.
      for phrase in aboutTerms[index] where phrase.isSubset(of: present)
        && (phrase.count >= 2 || phrase.allSatisfy { (frequency[$0] ?? 0) <= Self.sharedByFew }) {
        full.formUnion(phrase)
        if phrase.count >= 2 { score += tuning.phraseBonus }
      }
      for (term, leaning) in terms.weights {
        // "How many" says nothing about which fact unless the fact's phrase says it too.
        let loose = looseTerms[index].contains(term) && term != QuestionTerms.amount
        let credit: Double = full.contains(term) ? 1 : (loose ? tuning.looseFactor : 0)
        score += credit * leaning * weight(of: term)
      }

      if score > 0 { result.append((index, score)) }
    }
    return result
  }
}

private func aboutTermsUnion(_ fact: Fact, _ spotter: ConceptSpotter) -> Set<String> {
  fact.about.reduce(into: Set<String>()) { $0.formUnion(QuestionTerms.set($1, concepts: spotter)) }
}
