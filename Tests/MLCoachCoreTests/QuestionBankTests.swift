import Foundation
import Testing
@testable import MLCoachCore

/// The interviewer's answers against the question banks (Fixtures/questions), tuning part
/// only: the held-out third is measured by `mlcoach-bench questions`, never asserted on or
/// tuned against.
@Suite("Question banks (tuning part)")
struct QuestionBankTests {
  static let scenarios = ["ads-ctr", "video-recommendation", "image-search"]

  static func bank(_ id: String) throws -> QuestionBank {
    let data = try #require(FileManager.default.contents(
      atPath: Fixtures.folder.appendingPathComponent("questions/\(id).json").path))
    return try QuestionBank.decode(data)
  }

  @Test("every third question is held out, and every label names a fact of the scenario", arguments: scenarios)
  func split(id: String) throws {
    let bank = try Self.bank(id)
    #expect(bank.scenarioID == id)
    #expect(bank.questions.count >= 60)
    for (index, question) in bank.questions.enumerated() {
      #expect(question.split == (index % 3 == 2 ? .heldout : .tuning), "\(index)")
    }
    let facts = Set(try Fixtures.flagship(id).facts.map(\.id))
    for question in bank.questions { #expect(Set(question.facts).isSubset(of: facts), "\(question.facts)") }
  }

  @Test("outcomes: exact facts are correct, any stray fact is wrong, a missing part is partial")
  func outcomes() {
    #expect(QuestionBank.outcome(expected: ["a"], given: ["a"]) == .correct)
    #expect(QuestionBank.outcome(expected: [], given: []) == .correct)
    #expect(QuestionBank.outcome(expected: [], given: ["a"]) == .wrong)
    #expect(QuestionBank.outcome(expected: ["a"], given: ["a", "b"]) == .wrong)
    #expect(QuestionBank.outcome(expected: ["a"], given: []) == .abstained)
    #expect(QuestionBank.outcome(expected: ["a", "b"], given: ["b"]) == .partial)
  }

  @Test("on the tuning part, at least 90% of questions get the right answer and at most 3% a wrong fact")
  func tuningFigures() throws {
    var tally = QuestionBank.Tally()
    for id in Self.scenarios {
      let bank = try Self.bank(id)
      let scenarioTally = bank.tally(QuestionMatcher(scenario: try Fixtures.flagship(id)), split: .tuning)
      for (outcome, count) in scenarioTally.counts { tally.counts[outcome, default: 0] += count }
    }
    #expect(tally.share(.correct) >= 0.9, "\(tally.summary)")
    #expect(tally.share(.wrong) <= 0.03, "\(tally.summary)")
  }
}
