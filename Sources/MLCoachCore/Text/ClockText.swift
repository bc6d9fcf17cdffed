import Foundation

/// Durations as a person reads them on a clock, the one format every screen and report uses.
public enum ClockText {
  /// `m:ss`, or `h:mm:ss` past an hour; a minus sign once over time.
  public static func format(_ seconds: Double) -> String {
    let total = Int(saturating: abs(seconds).rounded(.down))
    let sign = seconds < 0 ? "-" : ""
    if total >= 3600 { return sign + String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60) }
    return sign + String(format: "%d:%02d", total / 60, total % 60)
  }
}
