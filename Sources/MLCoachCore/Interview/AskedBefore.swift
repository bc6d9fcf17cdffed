import Foundation

/// Questions candidates asked before, each with the facts that answered it (a fact's `asked`
/// list: the tuning part of the question banks, written by people who never saw the facts and
/// labelled by others). The matcher counts words; a question worded like one asked before is
/// most likely asked for the same reason, so an earlier question backs up a fact the matcher
/// nearly chose:
/// - when no fact explained enough of the question (`noFit`), the best-scoring fact answers if
///   the nearest earlier question was answered by it, and is at least `leastForBest` alike;
/// - when two facts tied (`ambiguous`), the one of them the nearest earlier question was
///   answered by answers, if it is at least `leastForChoice` alike and names only one;
/// - a part of a question in several parts that no fact answered is treated as a question of
///   its own with no fit ("…, and is there a thumbs up/down in the UI?"): on the tuning part
///   3 more right answers and no more wrong facts.
///
/// Alike is the cosine of the two questions' term vectors, each term weighed as the matcher
/// weighs it (how well it tells facts apart, times its topic weight, times its leaning), so a
/// shared "how many" counts less than a shared "chargeback". An earlier question never
/// answers on its own: a fact it names must already lead the matcher's ranking or tie.
///
/// The thresholds were chosen on the tuning part with each question's own bank left out
/// (`QuestionBank.leavingOutOwnBank`), so that a question never finds itself or its writer's
/// other wordings: on 1,756 tuning questions 0.6 and 0.4 gave 25 more right answers and 6 more
/// wrong facts; 0.5 gave 35 and 10, 0.7 16 and 3.
///
/// With twenty-one banks the backing-up of a fact with no fit had fallen to about one wrong fact
/// per right answer (thirty-seventh session, 3,061 tuning questions: 0.6 gave 20 more right and
/// 20 more wrong than no backing-up). At 0.75 it gives 11 more right and 4 more wrong; 0.8 gave
/// 7 and 3. A wrong fact misleads more than an "I don't have that" costs, so 0.75.
///
/// A second, plain reading compares questions by their words weighed by rarity among the
/// earlier questions (tf-idf), blind to how the matcher weighs them, so that it errs apart from
/// the matcher (forty-fifth session; the matcher's own weighing, asked the same, gave 13 more
/// right answers and 19 more wrong facts):
/// - when no fact fit, the best-scoring fact answers if the two nearest earlier questions were
///   both answered by it alone (`agreed`), or if the three nearest, weighed by how alike they
///   are, mostly were (`voted`, forty-sixth session);
/// - a fact the three nearest earlier questions were all answered by, beside every fact the
///   matcher gave, joins them (`companions`): "Can users appeal, and do appeal outcomes feed
///   back as labels?" was told of appeals only, though other writers asking so got the labels
///   fact too.
///
/// Questions asked that no fact answered (the scenario's `unanswered` list, forty-sixth
/// session) are earlier questions too, answered by no fact: they back up nothing, and a fact
/// the matcher found for a question worded like one of them, explaining little of it, is
/// withdrawn (`unanswered`), unless a near earlier question was answered by it.
public struct AskedBefore: Sendable {
  /// An earlier question as a unit vector of weighted terms, and the facts that answered it.
  struct Entry: Sendable {
    var vector: [String: Double]
    var facts: Set<String>
    /// The question's words weighed by how rare they are among the earlier questions (tf-idf),
    /// as a unit vector: a second reading, blind to how the matcher weighs words.
    var plain: [String: Double] = [:]
  }

  /// Least likeness (cosine, 0–1) for an earlier question to back up the best-scoring fact.
  /// The same for a whole question, a part left unanswered and a question without its closing
  /// remark: 0.6 for the last two gave 2 more right answers and 5 more wrong facts.
  public static let leastForBest = 0.75
  /// Least likeness for an earlier question to choose between two tied facts.
  public static let leastForChoice = 0.4

  let entries: [Entry]
  /// Per word: the inverse document frequency among the earlier questions, ln(N / (1 + df)) + 1.
  let rarity: [String: Double]
  /// The weight of a word no earlier question says: the largest of `rarity`, found once.
  let rarest: Double

  /// No earlier questions: backs up nothing.
  public static let none = AskedBefore(entries: [])

  init(entries: [Entry]) {
    self.entries = entries
    rarity = [:]
    rarest = 1
  }

  /// The `asked` questions of `scenario`'s facts, a question listed under several facts once
  /// with all of them, each read by `vector` (the matcher's weighted terms).
  init(scenario: Scenario, vector: (String) -> [String: Double]) {
    var facts: [String: Set<String>] = [:]
    var order: [String] = []
    for fact in scenario.facts {
      for question in fact.asked {
        if facts[question] == nil { order.append(question) }
        facts[question, default: []].insert(fact.id)
      }
    }
    for question in scenario.unanswered where facts[question] == nil {
      order.append(question)
      facts[question] = []
    }
    var counts: [String: Double] = [:]
    for question in order { for word in Self.plainWords(question).keys { counts[word, default: 0] += 1 } }
    let total = Double(order.count)
    let rarity = counts.mapValues { log(total / (1 + $0)) + 1 }
    self.rarity = rarity
    let rarest = rarity.values.max() ?? 1
    self.rarest = rarest
    entries = order.compactMap { question in
      let unit = Self.unit(vector(question))
      guard !unit.isEmpty else { return nil }
      return Entry(vector: unit, facts: facts[question] ?? [],
                   plain: Self.unit(Self.plainVector(Self.plainWords(question), rarity: rarity, rarest: rarest)))
    }
  }

  /// The plain reading of `question`: each stemmed word but stop words and numbers, with how
  /// often it is said.
  static func plainWords(_ question: String) -> [String: Double] {
    var counts: [String: Double] = [:]
    for word in WordTokenizer.words(question) where !word.isNumber && !QuestionTerms.stopWords.contains(word.text) {
      counts[WordNormalizer.stem(word.text), default: 0] += 1
    }
    return counts
  }

  /// Word counts weighed by `rarity`; a word no earlier question says weighs `rarest`.
  static func plainVector(_ counts: [String: Double], rarity: [String: Double], rarest: Double) -> [String: Double] {
    Dictionary(uniqueKeysWithValues: counts.map { ($0.key, $0.value * (rarity[$0.key] ?? rarest)) })
  }

  /// `vector` scaled to length 1; empty when it has no weight.
  static func unit(_ vector: [String: Double]) -> [String: Double] {
    let length = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return length > 0 ? vector.mapValues { $0 / length } : [:]
  }

  /// The earlier question most like `vector` (first listed on a tie): its likeness (0–1) and
  /// the facts that answered it; nil when there are none.
  func nearest(_ vector: [String: Double]) -> (likeness: Double, facts: Set<String>)? {
    let unit = Self.unit(vector)
    var best: (likeness: Double, facts: Set<String>)?
    for entry in entries {
      let likeness = unit.reduce(0.0) { $0 + $1.value * (entry.vector[$1.key] ?? 0) }
      if likeness > (best?.likeness ?? -1) { best = (likeness, entry.facts) }
    }
    return best
  }

  /// The `count` earlier questions most like `question` in the plain reading, most alike first
  /// (first listed on a tie): each one's likeness (0–1) and the facts that answered it.
  func nearestPlain(_ question: String, count: Int) -> [(likeness: Double, facts: Set<String>)] {
    nearestPlainEntries(question, count: count).map { ($0.likeness, $0.entry.facts) }
  }

  /// `nearestPlain` with the earlier questions themselves.
  private func nearestPlainEntries(_ question: String, count: Int) -> [(likeness: Double, entry: Entry)] {
    let unit = Self.unit(Self.plainVector(Self.plainWords(question), rarity: rarity, rarest: rarest))
    guard !unit.isEmpty else { return [] }
    let alike = entries.enumerated().map { index, entry in
      (index, unit.reduce(0.0) { $0 + $1.value * (entry.plain[$1.key] ?? 0) })
    }
    return alike.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count).map { ($0.1, entries[$0.0]) }
  }

  /// Whether the `agreeing` earlier questions most like `question` were all answered by `fact`
  /// alone, the least alike of them at least `least` alike: several writers asking in these
  /// words got that fact, which one near wording (`leastForBest`) alone cannot show.
  func agreed(_ question: String, on fact: String, least: Double) -> Bool {
    let nearest = nearestPlain(question, count: Self.agreeing)
    return nearest.count == Self.agreeing && nearest.allSatisfy { $0.facts == [fact] && $0.likeness >= least }
  }

  /// Whether `question`, answered by the matcher with `given`, is worded like a question no
  /// fact answered: the earlier question most like it in the plain reading (at least `least`
  /// alike, and half of it said: `unansweredSaid`) was answered by no fact, and none of the
  /// `unansweredNeighbours` nearest that shares a word with it was answered by a fact of
  /// `given`. "Do hosts pay for placement in the carousel?" found the surface fact by its
  /// words, yet other writers asking so were told nothing, since no fact says how placement is
  /// paid for.
  func unanswered(_ question: String, given: [String], least: Double) -> Bool {
    let nearest = nearestPlainEntries(question, count: Self.unansweredNeighbours)
    guard let first = nearest.first, first.entry.facts.isEmpty, first.likeness >= least else { return false }
    // "What compute do we have?" shares a rare word with "Do we already compute a quality score
    // for each image?", alike enough, yet asks none of the rest of it: the question must say
    // most of what the unanswered one asked.
    let words = Set(Self.plainWords(question).keys)
    let weight = first.entry.plain.values.reduce(0, +)
    let said = first.entry.plain.filter { words.contains($0.key) }.values.reduce(0, +)
    guard weight > 0, said >= weight * Self.unansweredSaid else { return false }
    // One sharing no word says nothing either way.
    return !nearest.contains { $0.likeness > 0 && !$0.entry.facts.isDisjoint(with: given) }
  }

  /// The least share of the unanswered question's weight (plain reading) a question must say
  /// to be withdrawn by it (`unanswered`). Forty-sixth session: without it, 14 of the facts'
  /// own example questions ("How big is the platform?", "What compute do we have?") were
  /// withdrawn by unanswered questions sharing a word or two; with half, none.
  public static let unansweredSaid = 0.5

  /// How many nearest earlier questions `unanswered` looks through for one answered by a fact
  /// the matcher gave, which keeps that fact: with the nearest alone, at 0.4 alike, a first
  /// trial on the tuning part withdrew 47 right answers to save 35 wrong facts.
  public static let unansweredNeighbours = 3

  /// Whether the `votingNeighbours` earlier questions most like `question` (plain reading), the
  /// nearest at least `least` alike, were mostly answered by `fact` alone: those answered so
  /// hold at least `voteShare` of their summed likeness. Looser than `agreed` (each of two at
  /// least 0.45 alike): "sry, when u say home screen — its one list or few carousels like 'this
  /// weekend', 'near you'?" found no fit, though the earlier questions nearest it were told of
  /// the surfaces, not all of them 0.45 alike.
  func voted(_ question: String, for fact: String, least: Double) -> Bool {
    let nearest = nearestPlainEntries(question, count: Self.votingNeighbours)
    guard nearest.count == Self.votingNeighbours, let first = nearest.first, first.likeness >= least else { return false }
    let total = nearest.reduce(0) { $0 + $1.likeness }
    let votes = nearest.filter { $0.entry.facts == [fact] }.reduce(0) { $0 + $1.likeness }
    return total > 0 && votes >= total * Self.voteShare
  }

  /// How many nearest earlier questions vote (`voted`). Forty-sixth session, tuning part at 0.4
  /// alike and a share of 0.75: three gave 20 more right answers and 3 more wrong facts, four
  /// 14 and 7, five 9 and 5.
  public static let votingNeighbours = 3
  /// The least share of the voters' summed likeness that must be for the fact (`voted`): 0.75
  /// gave 20 and 3, 0.9 16 and 3, 0.66 23 and 10.
  public static let voteShare = 0.75

  /// How many nearest earlier questions must agree to back up a fact (`agreed`): three or
  /// four, at likeness 0.2–0.35, gave about as many wrong facts per right answer as two.
  public static let agreeing = 2
  /// How many nearest earlier questions must agree to add a fact (`companions`): two, at 0.5,
  /// gave 5 more right answers and 17 more wrong facts; four gave 6 and 1.
  public static let companionsAgreeing = 3

  /// The facts to add to `given`, the facts the matcher answers `question` with: those the
  /// `companionsAgreeing` earlier questions most like it (each at least `least` alike, plain
  /// reading) were all answered by besides `given`, when they were answered by the same facts.
  /// Empty when they differ or were answered by no more than `given`.
  func companions(of given: [String], for question: String, least: Double) -> [String] {
    let nearest = nearestPlain(question, count: Self.companionsAgreeing)
    guard nearest.count == Self.companionsAgreeing, let facts = nearest.first?.facts, facts.isSuperset(of: given),
          nearest.allSatisfy({ $0.facts == facts && $0.likeness >= least }) else { return [] }
    return facts.subtracting(given).sorted()
  }

  /// The fact to answer with instead of abstaining, or nil: `best` is the best-scoring fact
  /// when the matcher found no fit, `tied` the two facts when it found a tie. `agreedLikeness`
  /// and `votedLikeness`, when given, let the nearest earlier questions back up `best` by
  /// agreeing (see `agreed`) or by a vote (see `voted`).
  func backedUp(_ vector: [String: Double], best: String?, tied: [String], agreeing question: String? = nil,
                agreedLikeness: Double? = nil, votedLikeness: Double? = nil) -> String? {
    guard let nearest = nearest(vector) else { return nil }
    if tied.count == 2 {
      let named = tied.filter(nearest.facts.contains)
      return nearest.likeness >= Self.leastForChoice && named.count == 1 ? named[0] : nil
    }
    guard let best else { return nil }
    if nearest.likeness >= Self.leastForBest, nearest.facts.contains(best) { return best }
    if let agreedLikeness, let question, agreed(question, on: best, least: agreedLikeness) { return best }
    if let votedLikeness, let question, voted(question, for: best, least: votedLikeness) { return best }
    return nil
  }
}
