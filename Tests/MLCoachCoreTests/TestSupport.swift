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

import Testing
