import Foundation
import Testing
@testable import MLCoachCore

/// The coach's verdicts and quotes on the audited answers (Fixtures/audit), tuning part only:
/// the held-out third is measured by `mlcoach-bench evidence`, never asserted on or tuned against.
@Suite("Evidence audit (tuning part)")
struct EvidenceAuditTests {
  static func labels() throws -> [EvidenceAudit.Label] {
    try EvidenceAudit.labels(Data(contentsOf: Fixtures.folder.appendingPathComponent("audit/labels.jsonl")))
  }

  /// The audited answers scored once for the suite (39 answers take seconds in a debug build).
  static let reports: [String: ScoreReport] = {
    let answers = Set(((try? labels()) ?? []).map(\.answer))
    return EvidenceAudit.reports(answers, fixtures: Fixtures.folder) { try? Fixtures.flagship($0) }
  }()

  @Test("every answer has one split, every third held out by answer, and every item exists")
  func split() throws {
    let labels = try Self.labels()
    #expect(labels.count >= 2700)
    let splits = Dictionary(grouping: labels, by: \.answer).mapValues { Set($0.map(\.split)) }
    #expect(splits.values.allSatisfy { $0.count == 1 })
    #expect(splits.values.filter { $0 == ["held-out"] }.count == 13)
    let reports = Self.reports
    #expect(reports.count == splits.count)
    for label in labels { #expect(reports[label.answer]?.verdict(label.item) != nil, "\(label.answer) \(label.item)") }
  }

  @Test("a credited item whose quote is judged wrong but a better sentence is named still makes its point")
  func point() {
    var label = EvidenceAudit.Label(answer: "a", split: "tuning", item: "x", listed: .credited, label: .no)
    #expect(label.point == .no)
    label.better = "Labels come from the click log."
    #expect(label.point == .yes)
    let missed = EvidenceAudit.Label(answer: "a", split: "tuning", item: "x", listed: .missed, label: .partly)
    #expect(missed.point == .partly)
  }

  @Test("a line that is not a label is named by number")
  func badLine() {
    let data = Data("{\"answer\":\"a\"}\n".utf8)
    #expect(throws: DecodingError.self) { try EvidenceAudit.labels(data) }
  }

  /// Ceilings at the figures of 2026-12-06 (`mlcoach-bench evidence`: 61 wrong quotes since the
  /// quote comes from the item's own step, 27, 24); lower them as they improve.
  @Test("tuning: wrong quotes, credit without the point, and points made but missed stay at or under today's")
  func tuningFigures() throws {
    let labels = try Self.labels()
    let tally = EvidenceAudit.tally(labels, reports: Self.reports, split: "tuning")
    #expect(tally.judgedQuotes >= 1000)
    #expect(tally.wrongQuotes <= 61)
    #expect(tally.creditedNotMade <= 27)
    #expect(tally.missedButMade <= 24)
  }
}
