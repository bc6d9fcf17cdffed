import Foundation

/// What a probe or case expects of a report, in the vocabulary of the review files:
/// `hit`, `partial`, `missed`, `contradicted`, `credited` (hit or partial), `not credited`,
/// `not hit`, `not contradicted`.
public struct ProbeExpectation: Sendable {
  public var items: [String: String] = [:]
  /// Per item id, words its quoted sentence must hold: which sentence is quoted is a verdict too
  /// (`Scorer.pointSentence`).
  public var quotes: [String: String] = [:]
  /// Per item id, words its note must hold ("the reason is in", a partial's own note).
  public var notes: [String: String] = [:]
  public var flagsPresent: [String] = []
  public var flagsAbsent: [String] = []
  public var overallMax: Double?
  public var overallMin: Double?
  public var noItemStatus: String?
  public var mentionsOtherScenario: String?

  /// Reads the `expect` object of a probe entry; unknown keys are ignored.
  public init(_ json: [String: Any]) {
    items = json["items"] as? [String: String] ?? [:]
    quotes = json["quotes"] as? [String: String] ?? [:]
    notes = json["notes"] as? [String: String] ?? [:]
    flagsPresent = json["flagsPresent"] as? [String] ?? []
    flagsAbsent = json["flagsAbsent"] as? [String] ?? []
    overallMax = (json["overallMax"] as? NSNumber)?.doubleValue
    overallMin = (json["overallMin"] as? NSNumber)?.doubleValue
    noItemStatus = json["noItemStatus"] as? String
    mentionsOtherScenario = json["mentionsOtherScenario"] as? String
  }

  /// Whether `status` is what `wanted` names; nil for a word this vocabulary does not have.
  public static func matches(_ status: ItemStatus, _ wanted: String) -> Bool? {
    switch wanted {
    case "hit", "partial", "missed", "contradicted": return status.rawValue == wanted
    case "credited": return status == .hit || status == .partial
    case "not credited": return status == .missed || status == .contradicted
    case "not hit": return status != .hit
    case "not contradicted": return status != .contradicted
    default: return nil
    }
  }

  /// Every way `report` falls short of this expectation, as readable lines.
  public func failures(in report: ScoreReport) -> [String] {
    var failures: [String] = []
    for (id, wanted) in items.sorted(by: { $0.key < $1.key }) {
      guard let verdict = report.verdict(id) else {
        failures.append("no rubric item '\(id)'")
        continue
      }
      guard let ok = Self.matches(verdict.status, wanted) else {
        failures.append("unknown verdict '\(wanted)'")
        continue
      }
      if !ok { failures.append("\(id) is \(verdict.status.rawValue), expected \(wanted) (\(verdict.note ?? "-"); rule \(verdict.rule?.rawValue ?? "-"); evidence “\(verdict.evidence ?? "")”)") }
    }
    for (id, words) in quotes.sorted(by: { $0.key < $1.key }) where report.verdict(id)?.evidence?.contains(words) != true {
      failures.append("\(id) quotes “\(report.verdict(id)?.evidence ?? "")”, expected a sentence with “\(words)”")
    }
    for (id, words) in notes.sorted(by: { $0.key < $1.key }) where report.verdict(id)?.note?.contains(words) != true {
      failures.append("\(id) has the note “\(report.verdict(id)?.note ?? "")”, expected one with “\(words)”")
    }
    let raised = Set(report.redFlags.map(\.id))
    for flag in flagsPresent where !raised.contains(flag) { failures.append("red flag \(flag) not raised") }
    for flag in flagsAbsent where raised.contains(flag) { failures.append("red flag \(flag) raised") }
    if let overallMax, report.overall > overallMax { failures.append("overall \(report.overall) > \(overallMax)") }
    if let overallMin, report.overall < overallMin { failures.append("overall \(report.overall) < \(overallMin)") }
    if let noItemStatus {
      let offenders = report.items.filter { $0.status.rawValue == noItemStatus }.map(\.id)
      if !offenders.isEmpty { failures.append("items \(noItemStatus): \(offenders.joined(separator: ", "))") }
    }
    if let other = mentionsOtherScenario, report.offTopic?.betterScenario != other {
      failures.append("does not say it reads like \(other) (\(report.offTopic?.betterScenario ?? "nothing"))")
    }
    return failures
  }
}
