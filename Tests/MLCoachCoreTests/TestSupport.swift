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
