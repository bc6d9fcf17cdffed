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
public struct AskedBefore: Sendable {
  /// An earlier question as a unit vector of weighted terms, and the facts that answered it.
  struct Entry: Sendable {
    var vector: [String: Double]
    var facts: Set<String>
  }

  /// Least likeness (cosine, 0–1) for an earlier question to back up the best-scoring fact.
  /// The same for a whole question, a part left unanswered and a question without its closing
  /// remark: 0.6 for the last two gave 2 more right answers and 5 more wrong facts.
  public static let leastForBest = 0.75
  /// Least likeness for an earlier question to choose between two tied facts.
  public static let leastForChoice = 0.4

  let entries: [Entry]

  /// No earlier questions: backs up nothing.
  public static let none = AskedBefore(entries: [])

  init(entries: [Entry]) { self.entries = entries }

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
    entries = order.compactMap { question in
      let unit = Self.unit(vector(question))
      return unit.isEmpty ? nil : Entry(vector: unit, facts: facts[question] ?? [])
    }
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

  /// The fact to answer with instead of abstaining, or nil: `best` is the best-scoring fact
  /// when the matcher found no fit, `tied` the two facts when it found a tie.
  func backedUp(_ vector: [String: Double], best: String?, tied: [String]) -> String? {
    guard let nearest = nearest(vector) else { return nil }
    if tied.count == 2 {
      let named = tied.filter(nearest.facts.contains)
      return nearest.likeness >= Self.leastForChoice && named.count == 1 ? named[0] : nil
    }
    guard let best, nearest.likeness >= Self.leastForBest, nearest.facts.contains(best) else { return nil }
    return best
  }
}
