import Testing
import Foundation
@testable import MLCoachCore

/// Paths and loaders shared by the core tests.
enum Fixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func bytes(_ relativePath: String) -> [UInt8] {
    [UInt8](FileManager.default.contents(atPath: folder.appendingPathComponent(relativePath).path) ?? Data())
  }

  static func text(_ relativePath: String) -> String {
    String(decoding: bytes(relativePath), as: UTF8.self)
  }

  /// A flagship scenario as shipped in `Scenarios/`.
  static func flagship(_ id: String) throws -> Scenario {
    let path = repository.appendingPathComponent("Scenarios/\(id).json").path
    let data = try #require(FileManager.default.contents(atPath: path))
    return try ScenarioDecoder.decode([UInt8](data), file: path)
  }

  /// The small valid scenario used by matching and interview tests.
  static func spamFilter() throws -> Scenario {
    try ScenarioDecoder.decode(bytes("scenarios/good/spam-filter.json"), file: "spam-filter.json")
  }
}



/// What a probe or case expects of a report, in the vocabulary of the review files:
/// `hit`, `partial`, `missed`, `contradicted`, `credited` (hit or partial), `not credited`,
/// `not hit`, `not contradicted`.
struct Expectation: Sendable {
  var items: [String: String] = [:]
  var flagsPresent: [String] = []
  var flagsAbsent: [String] = []
  var overallMax: Double?
  var overallMin: Double?
  var noItemStatus: String?
  var mentionsOtherScenario: String?

  init(_ json: [String: Any]) {
    items = json["items"] as? [String: String] ?? [:]
    flagsPresent = json["flagsPresent"] as? [String] ?? []
    flagsAbsent = json["flagsAbsent"] as? [String] ?? []
    overallMax = (json["overallMax"] as? NSNumber)?.doubleValue
    overallMin = (json["overallMin"] as? NSNumber)?.doubleValue
    noItemStatus = json["noItemStatus"] as? String
    mentionsOtherScenario = json["mentionsOtherScenario"] as? String
  }

  static func matches(_ status: ItemStatus, _ wanted: String) -> Bool? {
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
  func failures(in report: ScoreReport) -> [String] {
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
      if !ok { failures.append("\(id) is \(verdict.status.rawValue), expected \(wanted) (\(verdict.note ?? "-"))") }
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

extension Fixtures {
  /// Every scenario of `Scenarios/`, decoded once for the whole test run.
  static let catalogue: [Scenario] = {
    let folder = repository.appendingPathComponent("Scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { try? flagship(String($0.dropLast(5))) }
  }()

  /// A scorer for a bundled scenario that also knows the rest of the catalogue, for the
  /// off-topic check. Compiled once per scenario for the whole test run.
  static func catalogueScorer(_ id: String) throws -> Scorer {
    if let cached = scorerCache.get(id) { return cached }
    let scenario = try #require(catalogue.first { $0.id == id })
    let scorer = Scorer(scenario: scenario, others: catalogue.filter { $0.id != id })
    scorerCache.set(id, scorer)
    return scorer
  }

  private static let scorerCache = ScorerCache()

  private final class ScorerCache: @unchecked Sendable {
    private let lock = NSLock()
    private var scorers: [String: Scorer] = [:]
    func get(_ id: String) -> Scorer? { lock.withLock { scorers[id] } }
    func set(_ id: String, _ scorer: Scorer) { lock.withLock { scorers[id] = scorer } }
  }
}
