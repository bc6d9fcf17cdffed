import Foundation

/// "today", "yesterday", "3 days ago", counted in calendar days of the given calendar (the
/// user's time zone), not in 24-hour periods: 23:00 last night is "yesterday" at 08:00.
public enum RelativeDay {
  public static func text(_ date: Date, now: Date, calendar: Calendar) -> String {
    let days = count(from: date, to: now, calendar: calendar)
    switch days {
    case ..<0: return "later today"  // a clock set back, or a session from another machine
    case 0: return "today"
    case 1: return "yesterday"
    default: return "\(days) days ago"
    }
  }

  /// Calendar days between the two dates' days (0 for the same day).
  public static func count(from date: Date, to now: Date, calendar: Calendar) -> Int {
    let start = calendar.startOfDay(for: date)
    let end = calendar.startOfDay(for: now)
    return calendar.dateComponents([.day], from: start, to: end).day ?? 0
  }

  /// A Gregorian calendar in `zone`.
  public static func calendar(in zone: TimeZone) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    return calendar
  }
}
