import Foundation
import Testing
@testable import MLCoachCore

/// Whole practice interviews graded blind from plain transcripts
/// (`Fixtures/interviews/grades.json`): the coach's score for them, as `practice` gives it, sits
/// near the graders' on the tuning part that `Calibration.practice` was fitted on, and orders the
/// candidates' levels as they do. The held-out part is only reported (`mlcoach-bench interviews`).
@Suite("Practice interviews against blind grades")
struct InterviewGradeTests {
  struct Graded {
    var file: String
    var grade: Double
    var level: String
    var coach: Double
  }

  static func graded(split: String) throws -> [Graded] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(Fixtures.bytes("interviews/grades.json")))
      as? [String: Any])
    let sessions = try #require(json["sessions"] as? [String: [String: Any]])
    return try sessions.filter { ($0.value["split"] as? String) == split }.sorted { $0.key < $1.key }.map { file, entry in
      let path = Fixtures.folder.appendingPathComponent("interviews/\(file)").path
      let session = try SessionStore.decode(Data(Fixtures.bytes("interviews/\(file)")), file: path)
      let scenario = try Fixtures.flagship(session.scenarioID)
      let report = Scorer.forSession(session, scenario: scenario).score(session.answer)
      #expect(report.scale == .practice)
      return Graded(file: file, grade: try #require((entry["grade"] as? NSNumber)?.doubleValue),
                    level: entry["level"] as? String ?? "", coach: report.overall)
    }
  }

  // Before the practice curve, the tuning interviews read 8.1 above their grades on average
  // (10.5 apart), the medium ones by 8 to 30 points; measured 2.1 apart, 2.1 below.
  @Test("on the tuning interviews the coach is within a few points of the graders")
  func tuningAgreement() throws {
    let graded = try Self.graded(split: "tuning")
    #expect(graded.count >= 7)
    let agreement = Agreement(human: graded.map(\.grade), coach: graded.map(\.coach))
    #expect(abs(agreement.meanDifference) <= 4, "bias \(agreement.meanDifference)")
    #expect(agreement.meanAbsoluteDifference <= 4, "mean abs. difference \(agreement.meanAbsoluteDifference)")
    for interview in graded { #expect(abs(interview.coach - interview.grade) <= 8, "\(interview.file)") }
  }

  @Test("every strong tuning interview scores above every medium one, and every medium above every weak")
  func levelsOrdered() throws {
    let graded = try Self.graded(split: "tuning")
    let scores = { (level: String) in graded.filter { $0.level == level }.map(\.coach) }
    let strong = scores("strong"), medium = scores("medium"), weak = scores("weak")
    #expect(!strong.isEmpty && !medium.isEmpty && !weak.isEmpty)
    #expect((strong.min() ?? 0) > (medium.max() ?? 100))
    #expect((medium.min() ?? 0) > (weak.max() ?? 100))
  }

  @Test("the held-out interviews are there, and none was read for the curve")
  func heldOutPresent() throws {
    #expect(try Self.graded(split: "held-out").count >= 4)
  }
}

/// Trial 36: "Scale: 100M DAU, about 20k QPS at peak" typed back after the interviewer gave
/// those figures earned "Turns users into load: derives average and peak request rates …".
@Suite("Figures the interviewer gave, typed back")
struct RestatedFiguresTests {
  static let question = Answer.AskedQuestion(question: "How many daily users and what peak QPS?",
                                             factIDs: ["users-traffic"], inRequirements: true)

  func report(_ lines: String) throws -> ScoreReport {
    let scenario = try Fixtures.flagship("video-recommendation")
    let answer = Answer(sections: [Answer.Section(step: .requirements, text: lines)],
                        askedQuestions: [Self.question])
    return Scorer(scenario: scenario, scale: .practice).score(answer)
  }

  @Test("the interviewer's own figures typed back earn a partial for an item that asks to work them out")
  func restated() throws {
    let verdict = try #require(try report("Scale: 100M DAU, about 20k QPS at peak, so load matters.")
      .verdict("traffic-estimate"))
    #expect(verdict.status == .partial)
    #expect(verdict.rule == .restatedFigures)
  }

  @Test("a sentence that works the figures out earns it, and is the one quoted")
  func workedOut() throws {
    let lines = "Scale: 100M DAU, about 20k QPS at peak.\n\n"
      + "100M users x 5 homepage loads a day / 86,400 seconds is about 6k QPS on average, 20k at peak."
    let verdict = try #require(try report(lines).verdict("traffic-estimate"))
    #expect(verdict.status == .hit)
    #expect(verdict.evidence?.contains("86,400") == true, "\(verdict.evidence ?? "")")
  }

  @Test("a multiplier the fact says in words is one the candidate can only restate")
  func multiplierInWords() throws {
    let scenario = try Fixtures.flagship("news-feed")
    let asked = Answer.AskedQuestion(question: "How many users and ranking requests per user?",
                                     factIDs: ["users", "traffic"], inRequirements: true)
    let given = RestatedFigures.given([asked], scenario: scenario)
    #expect(RestatedFigures.onlyRestates("300M DAU; ~15 ranking reqs/user/day; evening peak ~2x avg.", given: given))
    #expect(!RestatedFigures.onlyRestates("evening peak ~3x avg", given: given))
  }

  @Test("a figure the candidate brings is not a restatement")
  func ownFigures() {
    let given = QuantityReader.quantities(in: "About 20,000 requests per second at peak.")
    #expect(RestatedFigures.onlyRestates("about 20k QPS at peak", given: given))
    #expect(!RestatedFigures.onlyRestates("about 30k QPS at peak", given: given))
    #expect(!RestatedFigures.onlyRestates("QPS at peak matters", given: given))
    #expect(!RestatedFigures.onlyRestates("about 72 million requests an hour at peak", given: given))
  }
}
