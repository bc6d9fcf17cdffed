import Foundation
import Testing
@testable import MLCoachCore

/// The three pieces of advice under a score: what they put first.
@Suite("Advice")
struct AdviceTests {
  @Test("a step left out entirely is advice of its own, naming its category")
  func skippedStepIsAdvised() throws {
    let scenario = try Fixtures.flagship("ads-ctr")
    let scorer = Scorer(scenario: scenario)
    let folder = Fixtures.folder.appendingPathComponent("corpus/ads-ctr")
    var checked = 0
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".md") {
      let text = Fixtures.text("corpus/ads-ctr/" + file)
      guard text.contains("## Monitoring"), let rest = text.components(separatedBy: "## Monitoring").first else { continue }
      let report = scorer.score(Answer.parse(rest))
      // Only answers whose other sections earn nothing on monitoring leave it wholly uncovered.
      guard report.coverage(.monitoring) == 0,
            Category.allCases.filter({ report.coverage($0) == 0 }) == [.monitoring] else { continue }
      checked += 1
      #expect(report.advice.contains { $0.hasPrefix("Monitoring: you made none of its points") }, "\(file)")
      #expect(!scorer.score(Answer.parse(text)).advice.contains { $0.contains("you made none of") }, "\(file)")
    }
    #expect(checked >= 1)
  }

  @Test("several steps left out share one piece of advice")
  func skippedStepsShareAdvice() throws {
    let scenario = try Fixtures.flagship("ads-ctr")
    let text = Fixtures.text("corpus/ads-ctr/w1-good.md")
    let requirementsOnly = try #require(text.components(separatedBy: "## Framing").first)
    let advice = Scorer(scenario: scenario).score(Answer.parse(requirementsOnly)).advice
    let skipped = advice.filter { $0.contains("made none of") }
    #expect(skipped.count == 1, "\(advice)")
    #expect(skipped.first?.hasPrefix("You made none of the points on ") == true)
    #expect(skipped.first?.contains(" and ") == true, "\(skipped)")
  }
}
