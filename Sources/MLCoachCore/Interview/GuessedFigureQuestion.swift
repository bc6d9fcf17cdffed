/// A figure put to the interviewer as a guess ("Is fraud around 0.1% of payments?", "Do most
/// chargebacks land within 60 days?") names its fact by the figure even when its words do not:
/// "fraud" and "payments" are in half the fraud facts, so the matcher found no fit and the
/// candidate heard "nothing specific" beside a fact stating 0.07% (tmux, twenty-seventh
/// session). The fact whose answer states a figure of the same kind, placed by the words around
/// it (`NumberCheck.placed`) and near enough to be the same thing (`NumberCheck.compare` gives a
/// verdict, not "unrelated"), is the one asked about.
///
/// The rule only fills an abstention, only for a fact whose figure agrees with the guess ("yes"
/// or "roughly"), and only for the one that places the figures best, ahead of every other
/// agreeing fact: a tie would make the choice a guess of our own. A wrong guess of a rate names
/// its fact only when no other fact places a rate of it.
public enum GuessedFigureQuestion {
  /// The index in `answers` (each fact's figures, `QuantityReader.quantities(in: answer)`) of the
  /// fact that best states the figures `question` puts forward (`NumberCheck.figuresPutForward`),
  /// or nil when it puts none forward, or no fact or several equally state them.
  public static func fact(for question: String, answers: [[Quantity]]) -> Int? {
    let asked = NumberCheck.figuresPutForward(question)
    guard !asked.isEmpty else { return nil }
    // Per fact: whether its figures agree with every guess (a "yes" or "roughly"), and how
    // surely they are placed. Agreeing comes first: a guess names the fact whose figure it comes
    // near, not one whose figure only shares a word with it.
    var ranked: [(index: Int, agrees: Bool, score: Int)] = []
    for index in answers.indices {
      var total = 0
      var agrees = true
      for figure in asked {
        let (figures, score) = NumberCheck.placed(figure, among: answers[index])
        let verdicts = figures.compactMap { NumberCheck.compare(figure, $0, asFloor: figure.isFloor) }
        guard !verdicts.isEmpty else {
          total = -1
          break
        }
        agrees = agrees && verdicts.contains { $0 != .no }
        total += score
      }
      if total >= 0 { ranked.append((index, agrees, total)) }
    }
    ranked.sort { ($0.agrees ? 1 : 0, $0.score) > ($1.agrees ? 1 : 0, $1.score) }
    // A guess no fact agrees with names no fact surely: a figure far off may be placed by a
    // shared word alone ("average" in an 8-minute average error).
    // A rate is the exception: "Are there about 1 billion new images a day?" names the one fact
    // stating a daily rate of images, though it says 300 million (a newcomer's trial, fiftieth
    // session, heard "nothing specific"). When no other fact places a rate of it at all, the
    // figure says which fact is asked about, and the verdict that follows says it is wrong.
    guard let best = ranked.first else { return nil }
    if !best.agrees {
      return ranked.count == 1 && asked.allSatisfy({ $0.dimension == .rate }) ? best.index : nil
    }
    if ranked.count > 1, ranked[1].agrees == best.agrees, ranked[1].score >= best.score { return nil }
    return best.index
  }

  /// Whether `answer` (a fact's figures) states every figure `question` puts forward in agreement
  /// ("yes" or "roughly") and placed by at least `score` points of `NumberCheck.placed`: two words
  /// of the figure's own clause and the same unit give 6. Such a figure names its fact even when
  /// the question's other words rank that fact low: "Is the chargeback fee about 15 dollars?"
  /// against "the ~$15 chargeback fee" (a newcomer's trial, fifty-fifth session, heard
  /// "nothing specific": "chargeback" pulled the words to the label fact).
  public static func placesSurely(guessIn question: String, answer: [Quantity], score: Int) -> Bool {
    let asked = NumberCheck.figuresPutForward(question)
    return !asked.isEmpty && asked.allSatisfy { figure in
      let (figures, placedBy) = NumberCheck.placed(figure, among: answer)
      return placedBy >= score
        && figures.contains { NumberCheck.compare(figure, $0, asFloor: figure.isFloor).map { $0 != .no } ?? false }
    }
  }

  /// Whether `answer` (a fact's figures) states a figure of the kind of each one `question` puts
  /// forward, near enough to judge it (`NumberCheck.compare` gives a verdict); true when the
  /// question puts none forward. "Is the typical booking around 3 nights?" was offered a choice
  /// between the hosts fact ("one booking per night") and the trip-context fact (travel dates),
  /// neither of which says how long a stay is (a newcomer, forty-fourth session): a choice
  /// between facts that cannot confirm the guess is no answer to it.
  /// A latency the fact states as its only one (a duration under a minute) is of the kind asked
  /// whatever words surround it: "allows a couple hundred ms of GPU inference at upload" asks of
  /// "adds up to about 100 ms at p99 to publishing" (tuning bank, harmful-content).
  public static func states(guessIn question: String, answer: [Quantity]) -> Bool {
    NumberCheck.figuresPutForward(question).allSatisfy { figure in
      let (figures, _) = NumberCheck.placed(figure, among: answer)
      if figures.contains(where: { NumberCheck.compare(figure, $0, asFloor: figure.isFloor) != nil }) { return true }
      let latencies = NumberCheck.withoutRepeats(answer).filter(\.isLatency)
      return figure.isLatency && latencies.count == 1
        && NumberCheck.compare(figure, latencies[0], asFloor: figure.isFloor) != nil
    }
  }
}
