import Foundation
import Testing
@testable import MLCoachCore

/// docs/scoring.md against the code: every rule is documented, the bands and calibration
/// knots are the code's, and every example sentence gets the verdict the page quotes.
@Suite("docs/scoring.md matches the code")
struct ScoringDocumentationTests {
  static let page: String = (try? String(contentsOf: Fixtures.repository.appendingPathComponent("docs/scoring.md"),
                                         encoding: .utf8)) ?? ""

  /// The cells of every table row that starts with `first` (a scenario id or a rule name).
  static func rows(where accept: ([String]) -> Bool) -> [[String]] {
    page.split(separator: "\n").compactMap { raw -> [String]? in
      let line = raw.drop { $0 == " " }
      guard line.hasPrefix("| ") else { return nil }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
        .map { $0.trimmingCharacters(in: .whitespaces) }
      return accept(cells) ? cells : nil
    }
  }

  @Test("every matching rule and red-flag rule has a row, and no row names a rule that does not exist")
  func rulesDocumented() {
    let names = Set(Self.rows { $0.first?.hasPrefix("`") == true }.compactMap { $0.first?.trimmingCharacters(in: ["`"]) })
    let code = Set(MatchRules.ordered.map(\.name) + RedFlagRules.ordered.map(\.name))
    #expect(code.subtracting(names).isEmpty, "undocumented: \(code.subtracting(names))")
    #expect(names.subtracting(code).isEmpty, "documented but absent: \(names.subtracting(code))")
  }

  @Test("the bands and the calibration knots are the code's")
  func numbers() throws {
    for band in Band.allCases {
      let row = try #require(Self.rows { $0.first == band.rawValue }.first, "\(band.rawValue)")
      let number = Double(row[1].filter { $0.isNumber }) ?? -1
      #expect(number == (band == .noHire ? Band.leanNoHire.threshold : band.threshold), "\(band.rawValue)")
    }
    let raw = try #require(Self.rows { $0.first == "raw coverage" }.first).dropFirst().compactMap(Double.init)
    let grade = try #require(Self.rows { $0.first == "grade" }.first).dropFirst().compactMap(Double.init)
    #expect(raw == Calibration.interviewer.knots.map(\.raw))
    #expect(grade == Calibration.interviewer.knots.map(\.grade))
    let practiceRaw = try #require(Self.rows { $0.first == "raw coverage" }.dropFirst().first).dropFirst()
      .compactMap(Double.init)
    let practiceGrade = try #require(Self.rows { $0.first == "practice grade" }.first).dropFirst().compactMap(Double.init)
    #expect(practiceRaw == Calibration.practice.knots.map(\.raw))
    #expect(practiceGrade == Calibration.practice.knots.map(\.grade))
    #expect(Self.page.contains("`\(Int((Scorer.penaltySharePerSeverity * 100).rounded()))% × severity`"))
    #expect(Self.page.contains("never more than \(Int((Scorer.maximumPenaltyShare * 100).rounded()))% of the grade"))
    #expect(Self.page.contains("capped at \(Int(Scorer.bareListCeiling))"))
  }

  @Test("every example sentence gets the verdict the page quotes")
  func examples() throws {
    let scenarios = Set(Fixtures.catalogue.map(\.id))
    let itemRows = Self.rows { $0.count == 5 && scenarios.contains($0[0]) }
    let flagRows = Self.rows { $0.count == 4 && scenarios.contains($0[0]) }
    #expect(itemRows.count >= 10)
    #expect(flagRows.count >= 4)
    for row in itemRows {
      let report = try Fixtures.catalogueScorer(row[0]).score(text: row[1])
      let verdict = try #require(report.verdict(row[2]), "\(row[2])")
      #expect(ProbeExpectation.matches(verdict.status, row[3]) == true, "\(row[1]) → \(verdict.status)")
      if row[4] != "-" { #expect(verdict.rule?.rawValue == row[4], "\(row[1]) → \(verdict.rule?.rawValue ?? "nil")") }
    }
    for row in flagRows {
      let report = try Fixtures.catalogueScorer(row[0]).score(text: row[1])
      let raised = report.redFlags.contains { $0.id == row[2] }
      #expect(raised == (row[3] == "yes"), "\(row[1]) → \(row[2]) raised: \(raised)")
    }
  }
}
