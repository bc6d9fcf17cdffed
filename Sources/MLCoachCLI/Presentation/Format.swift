import Foundation
import MLCoachCore

/// The one set of formatters the terminal uses: scores, durations and dates. Dates are stored
/// in UTC and shown in the user's local time (`TZ`, else the system's zone), so "yesterday"
/// means the calendar day before today where the user is.
enum Format {
  /// Scores print without a decimal when whole: 64, 62.5.
  static func score(_ value: Double) -> String { ReportNumber.score(value) }

  /// A signed difference: +4.5, −3, ±0.
  static func change(_ value: Double) -> String {
    value == 0 ? "±0" : (value > 0 ? "+" : "−") + score(abs(value))
  }

  /// Scenario and step budgets in minutes: 45, 7.5.
  static func minutes(_ value: Double) -> String { NumberText.decimal(value) }

  /// A budget with its unit: "45 minutes", "1 minute" (trial 14 saw "1 minutes").
  static func minutesWithUnit(_ value: Double) -> String { minutes(value) + (value == 1 ? " minute" : " minutes") }

  /// `m:ss`, or `h:mm:ss` past an hour; negative values get a minus sign.
  static func clock(_ seconds: Double) -> String { ClockText.format(seconds) }

  /// `2026-11-22 22:15` in the calendar's time zone.
  static func dateTime(_ date: Date, calendar: Calendar) -> String {
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    // Built by hand: String(format:) cost more than the rest of a 10,000-row history table.
    let pad = NumberText.zeroPadded
    return "\(pad(parts.year ?? 0, 4))-\(pad(parts.month ?? 0, 2))-\(pad(parts.day ?? 0, 2)) "
      + "\(pad(parts.hour ?? 0, 2)):\(pad(parts.minute ?? 0, 2))"
  }

  /// `2026-11-22` in the calendar's time zone.
  static func day(_ date: Date, calendar: Calendar) -> String {
    String(dateTime(date, calendar: calendar).prefix(10))
  }

  /// "today", "yesterday", "3 days ago", counted in calendar days where the user is: a session
  /// from 23:00 last night is "yesterday" at 08:00 this morning, though only 9 hours ago.
  static func relativeDay(_ date: Date, now: Date, calendar: Calendar) -> String {
    RelativeDay.text(date, now: now, calendar: calendar)
  }

  /// "today at 21:40", "yesterday at 21:40", "3 days ago" (the time of day matters only for
  /// recent sessions, to tell two of one day apart).
  static func when(_ date: Date, now: Date, calendar: Calendar) -> String {
    let day = relativeDay(date, now: now, calendar: calendar)
    guard day == "today" || day == "yesterday" else { return day }
    let parts = calendar.dateComponents([.hour, .minute], from: date)
    return day + String(format: " at %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
  }
}

/// Words for internal ids, so a user never reads `tradeoffs` or `available-interactions`.
enum HumanName {
  /// "Trade-offs" for `tradeoffs`.
  static func category(_ category: Category) -> String { category.title }

  /// The checklist line of a rubric item; the id only when the scenario no longer has it.
  static func item(_ id: String, in scenario: Scenario?) -> String { scenario?.item(id)?.text ?? id }

  /// "finished", "reviewed", "review 2/65" (a self-review stopped after 2 of 65 items),
  /// "unfinished (step 3/7)".
  static func state(of session: SessionSummary) -> String {
    switch session.state {
    case .finished:
      if session.reviewed { return "reviewed" }
      return session.reviewProgress.map { "review \($0.position)/\($0.total)" } ?? "finished"
    case .inProgress: return "unfinished (\(progress(of: session)))"
    }
  }

  static func state(of session: Session) -> String { state(of: SessionSummary(session)) }

  /// "step 3/7": where an unfinished interview stopped.
  static func progress(of session: SessionSummary) -> String {
    "step \(min(session.currentStep + 1, max(1, session.stepCount)))/\(session.stepCount)"
  }
}
