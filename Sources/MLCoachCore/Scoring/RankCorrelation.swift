/// Spearman's rank correlation, used to check the scorer against human grades.
public enum RankCorrelation {
  /// ρ in -1...1 for paired samples; 0 when there are fewer than two pairs, the lengths differ,
  /// or either side is constant.
  public static func spearman(_ x: [Double], _ y: [Double]) -> Double {
    guard x.count == y.count && x.count > 1 else { return 0 }
    let rx = ranks(x)
    let ry = ranks(y)
    let mx = rx.reduce(0, +) / Double(rx.count)
    let my = ry.reduce(0, +) / Double(ry.count)
    var numerator = 0.0
    var dx = 0.0
    var dy = 0.0
    for i in rx.indices {
      numerator += (rx[i] - mx) * (ry[i] - my)
      dx += (rx[i] - mx) * (rx[i] - mx)
      dy += (ry[i] - my) * (ry[i] - my)
    }
    return dx == 0 || dy == 0 ? 0 : numerator / (dx * dy).squareRoot()
  }

  /// Ranks with ties sharing their average rank.
  static func ranks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var i = 0
    while i < order.count {
      var j = i
      while j + 1 < order.count && values[order[j + 1]] == values[order[i]] { j += 1 }
      let rank = Double(i + j) / 2 + 1
      for k in i...j { ranks[order[k]] = rank }
      i = j + 1
    }
    return ranks
  }
}
