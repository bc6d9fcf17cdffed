/// During practice the interviewer hands out figures ("Around 100 million daily active users …
/// about 20,000 at peak"). An item that asks the candidate to work figures out ("Turns users into
/// load: derives average and peak request rates from daily users …") is not met by typing them
/// back: trial 36's "Scale: 100M DAU, about 20k QPS at peak" earned it as a quantified hit, and
/// graders judge what the candidate showed, not what they were handed. A sentence whose every
/// figure is one the interviewer gave is a restatement; one with a figure of its own (the 86,400
/// seconds of a day, the 6k/s worked out) is work.
enum RestatedFigures {
  /// How close two figures must be to be one (a reply's "about 20,000" and a candidate's "20k").
  static let tolerance = 0.02

  /// Multipliers a fact says in words, which `QuantityReader` leaves alone: "evening peaks run at
  /// about twice the daily average", typed back as "evening peak ~2x avg" (a sibling).
  static let multiplierWords: [String: Double] = ["twice": 2, "double": 2, "triple": 3, "thrice": 3]

  /// The figures of the facts given in answer to the candidate's questions.
  static func given(_ questions: [Answer.AskedQuestion], scenario: Scenario) -> [Quantity] {
    let ids = Set(questions.flatMap(\.factIDs))
    return scenario.facts.filter { ids.contains($0.id) }.flatMap { fact -> [Quantity] in
      let words = fact.answer.lowercased().split { !$0.isLetter }
      let said = multiplierWords.filter { word, _ in words.contains { $0 == word } }.values
      return QuantityReader.quantities(in: fact.answer)
        + said.flatMap { QuantityReader.quantities(in: "\(Int($0))x") }
    }
  }

  /// Whether every figure of `sentence` is one of `given` (and it has at least one). A figure in
  /// another unit is work even at the same value: "6,000 requests per second" put as "21.6
  /// million requests every hour" was converted (a sibling of trial 36's case).
  static func onlyRestates(_ sentence: String, given: [Quantity]) -> Bool {
    let own = QuantityReader.quantities(in: sentence)
    guard !own.isEmpty else { return false }
    return own.allSatisfy { figure in
      given.contains {
        $0.dimension == figure.dimension && $0.unitFactor == figure.unitFactor
          && abs($0.value - figure.value) <= tolerance * abs($0.value)
      }
    }
  }
}
