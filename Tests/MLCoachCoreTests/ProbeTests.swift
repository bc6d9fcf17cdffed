import Foundation
import Testing
@testable import MLCoachCore

/// Every probe sentence of the content reviews (`Fixtures/probes/<scenario>.json`): the
/// sentence, the scenario, and the verdict a staff interviewer says is right. One test case
/// per scenario; each failing probe is reported with its finding number.
@Suite("Content probes of the scenario reviews")
struct ProbeTests {
  struct Probe: Sendable {
    var finding: String
    var text: String
    var expect: ProbeExpectation
  }

  static func probes(_ scenario: String) -> [Probe] {
    guard let json = try? JSONSerialization.jsonObject(with: Data(Fixtures.bytes("probes/\(scenario).json")))
      as? [String: Any], let list = json["probes"] as? [[String: Any]] else { return [] }
    return list.compactMap { entry in
      guard let text = entry["text"] as? String else { return nil }
      return Probe(finding: entry["finding"] as? String ?? "-", text: text,
                   expect: ProbeExpectation(entry["expect"] as? [String: Any] ?? [:]))
    }
  }

  static let scenarios: [String] = {
    let folder = Fixtures.folder.appendingPathComponent("probes")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
  }()

  @Test("every probe gets the verdict the review says is right", arguments: scenarios)
  func probes(scenario: String) throws {
    let probes = Self.probes(scenario)
    #expect(probes.count >= 20, "\(scenario) has \(probes.count) probes")
    let scorer = try Fixtures.catalogueScorer(scenario)
    for probe in probes {
      let report = scorer.score(text: probe.text)
      for failure in probe.expect.failures(in: report) {
        Issue.record("\(scenario) \(probe.finding): \(failure) — “\(probe.text)”")
      }
    }
  }
}
