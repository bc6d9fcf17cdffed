import Foundation

/// Durations as a person reads them on a clock, the one format every screen and report uses.
public enum ClockText {
  /// `m:ss`, or `h:mm:ss` past an hour; a minus sign once over time.
  public static func format(_ seconds: Double) -> String {
    let total = Int(saturating: abs(seconds).rounded(.down))
    let sign = seconds < 0 ? "-" : ""
    let pad = NumberText.zeroPadded
    if total >= 3600 { return sign + "\(total / 3600):\(pad(total / 60 % 60, 2)):\(pad(total % 60, 2))" }
    return sign + "\(total / 60):\(pad(total % 60, 2))"
  }
}
