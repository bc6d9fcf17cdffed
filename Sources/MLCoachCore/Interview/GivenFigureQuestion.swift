/// A question that refers to a figure the interviewer has already given ("How is that 99.5%
/// measured in practice?", "Does the 48 hour budget apply per capture run?"). Its other words may
/// find no fact, yet the figure names the one that said it: trial 61 got "I don't have anything
/// specific" twice after the quality target had said how the 99.5% is measured.
///
/// The rule only fills a reply that found nothing, and only from facts given earlier in the
/// interview; a figure two of them state names neither.
public enum GivenFigureQuestion {
  /// The id of the only fact of `given` whose answer states a figure that `question` refers to
  /// as one already given ("the 48 hours", "that 99.5%", `Quantity.isReference`): the same kind
  /// of amount with the same value, or the same end of a range. Nil when there is none or more.
  public static func fact(for question: String, given: [Fact]) -> String? {
    let referred = QuantityReader.quantities(in: question).filter(\.isReference)
    guard !referred.isEmpty else { return nil }
    let stating = given.filter { fact in
      let figures = QuantityReader.quantities(in: fact.answer)
      return referred.contains { asked in figures.contains { Self.same(asked, $0) } }
    }
    return stating.count == 1 ? stating[0].id : nil
  }

  /// Whether `asked` is `stated`, or one end of it.
  static func same(_ asked: Quantity, _ stated: Quantity) -> Bool {
    guard asked.dimension == stated.dimension else { return false }
    let tolerance = 1e-9 * max(1, abs(asked.value))
    return [stated.value, stated.low, stated.high].contains { abs($0 - asked.value) <= tolerance }
  }
}
