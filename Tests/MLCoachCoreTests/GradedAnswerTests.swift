import Foundation
import Testing
@testable import MLCoachCore

/// The scorer against answers graded by hand (Fixtures/answers/grades.json): it must rank them
/// as an interviewer would. These assert properties of the whole set, not single phrases.
@Suite("Scoring agrees with human grades")
struct GradedAnswerTests {
  struct Graded {
    var kind: String
    var human: Double
    var report: ScoreReport
  }

  /// `answers/` was used while tuning the rubrics; `holdout/` was written later by someone who
  /// saw neither the rubrics nor the first set, and is never used for tuning.
  static func graded(_ id: String, set: String = "answers") throws -> [String: Graded] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(Fixtures.bytes("\(set)/grades.json")))
      as? [String: [String: Any]])
    let scorer = Scorer(scenario: try Fixtures.flagship(id))
    var result: [String: Graded] = [:]
    for (key, value) in json where key.hasPrefix(id + "/") {
      let kind = try #require(value["kind"] as? String)
      let human = try #require(value["grade"] as? Double)
      result[kind] = Graded(kind: kind, human: human, report: scorer.score(text: Fixtures.text("\(set)/\(key)")))
    }
    return result
  }

  static let flagships = ["ads-ctr", "video-recommendation", "image-search"]
  static let sets = ["answers", "holdout"]

  @Test("rank correlation with human grades is at least 0.9", arguments: flagships, sets)
  func spearman(id: String, set: String) throws {
    let answers = Array(try Self.graded(id, set: set).values)
    #expect(answers.count >= 6)
    let rho = RankCorrelation.spearman(answers.map(\.human), answers.map(\.report.overall))
    #expect(rho >= 0.9, "Spearman rho \(rho)")
  }

  @Test("strong > good > medium > weak", arguments: flagships, sets)
  func ordering(id: String, set: String) throws {
    let answers = try Self.graded(id, set: set)
    let scores = ["strong", "good", "medium", "weak"].map { answers[$0]?.report.overall ?? -1 }
    #expect(scores == scores.sorted(by: >) && Set(scores).count == 4, "\(scores)")
  }

  @Test("buzzword sentences and misconceptions in the holdout set land below medium", arguments: flagships)
  func holdoutImpostors(id: String) throws {
    let answers = try Self.graded(id, set: "holdout")
    let medium = try #require(answers["medium"]).report.overall
    for kind in ["buzzwords", "misconceptions"] {
      #expect(try #require(answers[kind]).report.overall < medium, "\(kind)")
    }
  }

  @Test("keyword-stuffed, off-topic and misconception answers land below medium", arguments: flagships)
  func impostorsBelowMedium(id: String) throws {
    let answers = try Self.graded(id)
    let medium = try #require(answers["medium"]).report.overall
    for kind in ["keyword-stuffed", "off-topic", "misconceptions"] {
      #expect(try #require(answers[kind]).report.overall < medium, "\(kind)")
    }
    // Keyword lists score far below reasoned prose, and the report says why.
    let stuffed = try #require(answers["keyword-stuffed"]).report
    #expect(stuffed.overall <= medium * 0.75)
    #expect(stuffed.items.filter { ItemVerdict.listedNotes.contains($0.note ?? "") }.count >= 10)
    #expect(stuffed.advice.contains { $0.hasPrefix("Say why") })
  }

  @Test("misconceptions raise red flags; strong and good answers raise none", arguments: flagships)
  func redFlags(id: String) throws {
    let answers = try Self.graded(id)
    #expect(try #require(answers["misconceptions"]).report.redFlags.count >= 3)
    #expect(try #require(answers["strong"]).report.redFlags.isEmpty)
    #expect(try #require(answers["good"]).report.redFlags.isEmpty)
  }

  @Test("strong answers, with or without headings, score in the hire bands", arguments: flagships)
  func strongAnswers(id: String) throws {
    let answers = try Self.graded(id)
    for kind in ["strong", "strong-prose"] {
      let report = try #require(answers[kind]).report
      #expect([Band.strongHire, .hire].contains(report.band), "\(kind): \(report.overall)")
    }
    #expect(try #require(answers["weak"]).report.band == .noHire)
  }

  @Test("an off-topic answer gets little generic credit", arguments: flagships)
  func offTopic(id: String) throws {
    let report = try #require(try Self.graded(id)["off-topic"]).report
    #expect(report.genericFactor < 0.5)
    #expect(report.overall < 15)
  }

  @Test("a category the answer skips scores low", arguments: flagships)
  func skippedCategoryScoresLow(id: String) throws {
    let scorer = Scorer(scenario: try Fixtures.flagship(id))
    let strong = Fixtures.text("answers/\(id)/strong.md")
    let full = scorer.score(text: strong)
    // Without its monitoring section the monitoring category collapses while the others hold.
    let sections = Answer.parse(strong).sections.filter { $0.step != .monitoring }
    let report = scorer.score(Answer(sections: sections))
    #expect(full.score(.monitoring) >= 40)
    // (Points made in other sections still count, e.g. index freshness under serving.)
    #expect(report.score(.monitoring) < 45, "\(report.score(.monitoring))")
    #expect(report.score(.monitoring) <= full.score(.monitoring) - 20)
    #expect(report.score(.modeling) >= full.score(.modeling) - 10)
  }
}
