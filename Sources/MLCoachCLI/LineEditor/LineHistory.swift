import Foundation

/// Lines entered earlier in the session, for Up and Down: the current step's lines are the
/// most recent, and earlier steps' lines follow further up, so one list serves "per step" and
/// "across steps". A recalled line can be edited; the edit is kept while moving through the
/// history and the line typed before pressing Up comes back at the bottom.
struct LineHistory: Equatable, Sendable {
  /// Oldest first.
  private(set) var entries: [String]
  /// Index into `entries` being shown; `entries.count` is the line being typed.
  private(set) var position: Int
  /// Edits made to recalled lines (and the line being typed, at `entries.count`).
  private var drafts: [Int: String] = [:]
  let limit: Int

  init(entries: [String] = [], limit: Int = 500) {
    self.limit = limit
    self.entries = Array(entries.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.suffix(limit))
    position = self.entries.count
  }

  /// Adds an entered line (not blank, not a repeat of the last one) and returns to the bottom.
  mutating func add(_ line: String) {
    drafts = [:]
    if !line.trimmingCharacters(in: .whitespaces).isEmpty, entries.last != line {
      entries.append(line)
      if entries.count > limit { entries.removeFirst(entries.count - limit) }
    }
    position = entries.count
  }

  /// The older line to show after Up, given what is on screen now; nil at the oldest.
  mutating func older(current: String) -> String? {
    guard position > 0 else { return nil }
    drafts[position] = current
    position -= 1
    return drafts[position] ?? entries[position]
  }

  /// The newer line after Down; nil when already at the line being typed.
  mutating func newer(current: String) -> String? {
    guard position < entries.count else { return nil }
    drafts[position] = current
    position += 1
    return drafts[position] ?? (position < entries.count ? entries[position] : "")
  }
}

