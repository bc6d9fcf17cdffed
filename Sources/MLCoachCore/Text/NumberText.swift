/// Numbers as a person reads them, safe for any `Double`. Values from files pass range checks
/// when they are loaded; these helpers are the last line of defence, so a number that slipped
/// through prints oddly instead of stopping the program.
public enum NumberText {
  /// Whole values without a decimal (`45`, `64`), others with one (`62.5`); magnitudes of
  /// 10^15 and more in scientific notation (`1e+19`); `∞`, `-∞` or `NaN` when not finite.
  public static func decimal(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
    guard abs(value) < 1e15 else { return String(format: "%.3g", value) }
    let rounded = value.rounded()
    return rounded == value ? String(Int(rounded)) : String(format: "%.1f", value)
  }

  /// `value` in decimal, zero-padded to `width` digits, as `String(format: "%0*d")` writes it
  /// (a minus sign counts towards the width) but without its cost, which shows in long tables.
  public static func zeroPadded(_ value: Int, _ width: Int) -> String {
    let digits = String(value.magnitude)
    let sign = value < 0 ? "-" : ""
    let zeros = max(0, width - sign.count - digits.count)
    return sign + String(repeating: "0", count: zeros) + digits
  }
}

extension Int {
  /// `value` rounded towards zero and clamped to `Int.min...Int.max`; NaN gives 0. `Int(_:)`
  /// traps on values it cannot hold, which must never happen on numbers read from a file.
  public init(saturating value: Double) {
    if value.isNaN {
      self = 0
    } else if value >= 9.2e18 {
      self = .max
    } else if value <= -9.2e18 {
      self = .min
    } else {
      self = Int(value)
    }
  }
}
