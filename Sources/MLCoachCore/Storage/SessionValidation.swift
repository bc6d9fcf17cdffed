import Foundation

/// What a session file must satisfy before anything uses it. A decoded file can still hold
/// values no mlcoach wrote: an index out of range, a number too large for any clock, an id that
/// names another file. Such a file is reported as corrupt and left as it is, never "repaired".
public enum SessionValidation {
  /// Largest time a step may budget: a day (an interview is at most 600 minutes).
  public static let maximumBudgetSeconds: Double = 86_400
  /// Largest time a step may have used: the clock runs while an interview is left open, so
  /// this is generous (about 31 years), only there to keep conversions to `Int` in range.
  public static let maximumUsedSeconds: Double = 1e9
  /// Largest interview length, in minutes (a day).
  public static let maximumTotalMinutes: Double = 1440
  /// Longest scenario title kept in a session.
  public static let maximumTitleLength = 1_000

  /// The first problem found in `session`, read from a file named `fileName` (`x.json`), as a
  /// reason for the user ("currentStep is -1; expected 0 to 7"); nil when it is sound.
  public static func problem(in session: Session, fileName: String) -> String? {
    let stem = fileName.hasSuffix(".json") ? String(fileName.dropLast(5)) : fileName
    if !SessionID.isValid(session.id) { return "its id \(UserText.quoted(session.id)) is not a valid session id" }
    if session.id != stem {
      return "its id \(UserText.quoted(session.id)) does not match its file name (expected \"\(stem)\")"
    }
    if session.formatVersion < 1 { return "format version \(session.formatVersion) is not one mlcoach writes" }
    if let sequence = session.journalSequence, !(0...SessionJournal.maximumSequence).contains(sequence) {
      return "journalSequence is \(sequence); expected 0 to \(SessionJournal.maximumSequence)"
    }
    if !ScenarioDecoder.isKebabCase(session.scenarioID) {
      return "its scenarioID \(UserText.quoted(session.scenarioID)) is not a scenario id"
    }
    if session.scenarioTitle.unicodeScalars.count > maximumTitleLength
      || UserText.containsControlCharacter(session.scenarioTitle) {
      return "its scenarioTitle is too long or holds control characters"
    }
    let minutes = session.options.totalMinutes
    if !(minutes > 0 && minutes <= maximumTotalMinutes) {
      return "options.totalMinutes is \(number(minutes)); expected more than 0 and at most \(number(maximumTotalMinutes))"
    }
    if session.steps.count > StepID.allCases.count {
      return "it has \(session.steps.count) steps; an interview has at most \(StepID.allCases.count)"
    }
    for (index, pair) in zip(session.steps, session.steps.dropFirst()).enumerated() where pair.0.id >= pair.1.id {
      return "steps[\(index + 1)] (\(pair.1.id.rawValue)) is out of order or repeated"
    }
    let current = session.currentStep
    switch session.state {
    case .inProgress:
      if session.steps.isEmpty { return "it is in progress but has no steps" }
      if !(0..<session.steps.count).contains(current) {
        return "currentStep is \(current); expected 0 to \(session.steps.count - 1) for an interview in progress"
      }
    case .finished:
      if !(0...session.steps.count).contains(current) {
        return "currentStep is \(current); expected 0 to \(session.steps.count)"
      }
    }
    for (index, step) in session.steps.enumerated() {
      if let unfinished = step.unfinishedLines, let bad = unfinished.first(where: { !step.lines.indices.contains($0) }) {
        return "steps[\(index)].unfinishedLines holds \(bad); expected indices of its \(step.lines.count) lines"
      }
      if !(0...maximumBudgetSeconds).contains(step.budgetSeconds) {
        return "steps[\(index)].budgetSeconds is \(number(step.budgetSeconds)); expected 0 to \(number(maximumBudgetSeconds))"
      }
      if !(0...maximumUsedSeconds).contains(step.usedSeconds) {
        return "steps[\(index)].usedSeconds is \(number(step.usedSeconds)); expected 0 to \(number(maximumUsedSeconds))"
      }
    }
    if let score = session.score, let problem = problem(in: score, path: "score") { return problem }
    if let review = session.review {
      if review.position < 0 { return "review.position is \(review.position); expected 0 or more" }
      if let own = review.selfAssessed, let problem = problem(in: own, path: "review.selfAssessed") { return problem }
    }
    return nil
  }

  /// Scores are 0–100, weights and severities 1–3, credits and penalties finite and small.
  static func problem(in report: ScoreReport, path: String) -> String? {
    if !(0...100).contains(report.overall) { return "\(path).overall is \(number(report.overall)); expected 0 to 100" }
    for (key, value) in report.categories.sorted(by: { $0.key < $1.key }) where !(0...100).contains(value) {
      return "\(path).categories.\(UserText.excerpt(key, limit: 40)) is \(number(value)); expected 0 to 100"
    }
    if !(0...1).contains(report.genericFactor) {
      return "\(path).genericFactor is \(number(report.genericFactor)); expected 0 to 1"
    }
    if report.wordCount < 0 || report.bareMentions < 0 { return "\(path) has a negative count" }
    for (index, item) in report.items.enumerated() {
      if !(1...3).contains(item.weight) { return "\(path).items[\(index)].weight is \(item.weight); expected 1 to 3" }
      if !(0...3).contains(item.credit) {
        return "\(path).items[\(index)].credit is \(number(item.credit)); expected 0 to 3"
      }
    }
    for (index, flag) in report.redFlags.enumerated() {
      if !(1...3).contains(flag.severity) {
        return "\(path).redFlags[\(index)].severity is \(flag.severity); expected 1 to 3"
      }
      if !(0...100).contains(flag.penalty) {
        return "\(path).redFlags[\(index)].penalty is \(number(flag.penalty)); expected 0 to 100"
      }
    }
    return nil
  }

  private static func number(_ value: Double) -> String {
    value.isFinite && value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}

/// Session ids: the file name of a session without `.json`, such as `20261122-221500-ads-ctr`.
public enum SessionID {
  /// Longest id accepted: the date, the time and a scenario id of 64 characters fit easily.
  public static let maximumLength = 128

  /// Letters, digits, '-', '_' and '.', starting with a letter or digit, with no "..": an id
  /// can only ever name a file inside the sessions folder.
  public static func isValid(_ id: String) -> Bool {
    guard let first = id.utf8.first, id.utf8.count <= maximumLength, !id.contains("..") else { return false }
    let isAlphanumeric: (UInt8) -> Bool = {
      (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)
    }
    return isAlphanumeric(first) && id.utf8.allSatisfy { isAlphanumeric($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
  }
}
