import Foundation
import Testing
@testable import MLCoachCore

/// The scorer against the graded corpus (Fixtures/corpus): answers written by people who never
/// saw the rubrics and graded by another person acting as a staff interviewer. These tests
/// assert properties of the whole set, separately for the tuning two thirds and the held-out
/// third, never single phrases.
@Suite("Scoring agrees with independent grades")
struct GradedAnswerTests {
  struct Row: Sendable {
    var entry: GradedCorpus.Entry
    var report: ScoreReport
  }

  static let rows: [Row] = {
    guard let corpus = try? GradedCorpus.load(folder: Fixtures.folder.appendingPathComponent("corpus")) else { return [] }
    var scorers: [String: Scorer] = [:]
    return corpus.entries.compactMap { entry in
      if scorers[entry.scenario] == nil { scorers[entry.scenario] = try? Fixtures.catalogueScorer(entry.scenario) }
      guard let scorer = scorers[entry.scenario] else { return nil }
      return Row(entry: entry, report: scorer.score(text: entry.text))
    }
  }()

  static let scenarios = Array(Set(rows.map(\.entry.scenario))).sorted()
  static let gamingKinds: Set<String> = ["keywords-bare", "keywords-empty-reasons", "negated-strong", "other-scenario"]
  static let strongKinds: Set<String> = ["strong-sections", "strong-terse", "strong-transcript"]

  @Test("the corpus is large, split, and covers every kind")
  func corpus() {
    #expect(Self.rows.count >= 90)
    // About a third held out: at least 30%, since siblings written to tune a kind join the
    // tuning part only.
    #expect(Self.rows.filter { $0.entry.split == "held-out" }.count * 10 >= Self.rows.count * 3)
    for scenario in ["ads-ctr", "video-recommendation", "image-search"] {
      #expect(Self.rows.filter { $0.entry.scenario == scenario }.count >= 30, "\(scenario)")
    }
  }

  @Test("held-out: rank correlation >= 0.90, mean difference <= 10, categories >= 0.80")
  func heldOutAgreement() {
    let part = Self.rows.filter { $0.entry.split == "held-out" }
    let overall = Agreement(human: part.map(\.entry.grade), coach: part.map(\.report.overall))
    #expect(overall.rho >= 0.90, "rho \(overall.rho)")
    #expect(overall.meanAbsoluteDifference <= 10, "mean difference \(overall.meanAbsoluteDifference)")
    for category in Category.allCases {
      let agreement = Agreement(human: part.map { $0.entry.categories[category.rawValue] ?? 0 },
                                coach: part.map { $0.report.score(category) })
      #expect(agreement.rho >= 0.80, "\(category.rawValue): rho \(agreement.rho)")
    }
  }

  @Test("tuning: rank correlation >= 0.90 and mean difference <= 10")
  func tuningAgreement() {
    let part = Self.rows.filter { $0.entry.split == "tuning" }
    let overall = Agreement(human: part.map(\.entry.grade), coach: part.map(\.report.overall))
    #expect(overall.rho >= 0.90, "rho \(overall.rho)")
    #expect(overall.meanAbsoluteDifference <= 10, "mean difference \(overall.meanAbsoluteDifference)")
  }

  @Test("no gaming answer scores above 25", arguments: scenarios)
  func gamingCapped(scenario: String) {
    for row in Self.rows where row.entry.scenario == scenario && Self.gamingKinds.contains(row.entry.kind) {
      #expect(row.report.overall <= 25, "\(row.entry.path): \(row.report.overall)")
    }
  }

  // The acceptance bar holds on the whole corpus, held out included. A held-out answer that
  // misses its band is reported (mlcoach-bench grades) and its kind looked for in the tuning
  // part and in new inputs; it is never fixed one by one.
  @Test("every answer graded 80 or more lands in the top band; keyword lists in the bottom one")
  func bands() {
    for row in Self.rows where row.entry.grade >= 80 {
      #expect(row.report.band == .strongHire, "\(row.entry.path): \(row.report.overall)")
    }
    for row in Self.rows where row.entry.kind.hasPrefix("keywords") {
      #expect(row.report.band == .noHire, "\(row.entry.path): \(row.report.overall)")
    }
  }

  static let flagships: Set<String> = ["ads-ctr", "video-recommendation", "image-search"]

  // The flagships have three answers of each kind, so their ordering is asserted on all of
  // them; a newer scenario has one answer per kind, and a held-out answer out of order there
  // is reported by mlcoach-bench grades (README), never fixed one by one.
  @Test("on average, strong > good > medium > weak and every gaming kind", arguments: scenarios)
  func ordering(scenario: String) {
    let flagship = Self.flagships.contains(scenario)
    func mean(_ kinds: Set<String>) -> Double {
      let scores = Self.rows.filter { $0.entry.scenario == scenario && kinds.contains($0.entry.kind)
        && (flagship || $0.entry.split == "tuning") }.map(\.report.overall)
      return scores.isEmpty ? -1 : scores.reduce(0, +) / Double(scores.count)
    }
    let strong = mean(Self.strongKinds)
    let good = mean(["good"])
    let medium = mean(["medium"])
    let weak = mean(["weak"])
    let known = [strong, good, medium, weak].filter { $0 >= 0 }
    #expect(zip(known, known.dropFirst()).allSatisfy { $0 > $1 }, "\(strong) \(good) \(medium) \(weak)")
    for kind in Self.gamingKinds.union(["senior-mistakes"]) where mean([kind]) >= 0 && medium >= 0 {
      #expect(mean([kind]) < medium, "\(kind) \(mean([kind])) vs medium \(medium)")
    }
  }

  // The catalogue issues' bar for each newer scenario, per answer and over both parts: every
  // strong answer above every good one, every good above every medium, every medium above
  // every keyword list, senior-mistakes answer and answer to another scenario. It guards the
  // figures the README reports; nothing is tuned on the held-out answers it reads.
  @Test("newer scenarios: every strong > every good > every medium > every gaming or mistakes answer",
        arguments: scenarios.filter { !flagships.contains($0) })
  func orderingPerAnswer(scenario: String) {
    func scores(_ kinds: Set<String>) -> [Double] {
      Self.rows.filter { $0.entry.scenario == scenario && kinds.contains($0.entry.kind) }.map(\.report.overall)
    }
    let tiers = [scores(Self.strongKinds), scores(["good"]), scores(["medium"]),
                 scores(Self.gamingKinds.union(["senior-mistakes"]))].filter { !$0.isEmpty }
    for (upper, lower) in zip(tiers, tiers.dropFirst()) {
      #expect(upper.min()! > lower.max()!, "\(upper) vs \(lower)")
    }
  }

  @Test("a strong answer raises no red flag", arguments: scenarios)
  func strongAnswersRaiseNoFlags(scenario: String) {
    for row in Self.rows where row.entry.scenario == scenario && Self.strongKinds.contains(row.entry.kind) {
      #expect(row.report.redFlags.isEmpty, "\(row.entry.path): \(row.report.redFlags.map(\.id))")
    }
  }

  // As for ordering: a newer scenario's held-out answer that fails this is reported (README,
  // mlcoach-bench grades --rows), never fixed one by one.
  @Test("an answer to another scenario names the one it fits", arguments: scenarios)
  func offTopicNamed(scenario: String) {
    let flagship = Self.flagships.contains(scenario)
    for row in Self.rows where row.entry.scenario == scenario && row.entry.kind == "other-scenario"
      && (flagship || row.entry.split == "tuning") {
      #expect(row.report.offTopic != nil || row.report.overall <= 15, "\(row.entry.path): \(row.report.overall)")
    }
  }

  /// An answer to a sibling problem fits it 1.45–1.7 times as well as the one asked (news-feed
  /// and video recommendation share much of their vocabulary); on-topic answers stay below 1.25.
  @Test("the off-topic rule names a sibling fitting 1.45 times better, not one fitting 1.25 times")
  func offTopicRatio() {
    #expect(OffTopicCheck.judge(target: 0.30, others: [("news-feed", 0.435)])?.betterScenario == "news-feed")
    #expect(OffTopicCheck.judge(target: 0.40, others: [("news-feed", 0.50)]) == nil)
    #expect(OffTopicCheck.judge(target: 0.05, others: [("news-feed", 0.10)]) == nil, "below the least fit")
  }

  @Test("a category the answer skips scores low while the others hold")
  func skippedCategoryScoresLow() throws {
    let scorer = try Fixtures.catalogueScorer("ads-ctr")
    let strong = Fixtures.text("corpus/ads-ctr/w2-strong-sections.md")
    let full = scorer.score(text: strong)
    let sections = Answer.parse(strong).sections.filter { $0.step != .monitoring }
    let report = scorer.score(Answer(sections: sections))
    #expect(full.score(.monitoring) >= 40)
    #expect(report.score(.monitoring) <= full.score(.monitoring) - 20, "\(report.score(.monitoring))")
    #expect(report.score(.modeling) >= full.score(.modeling) - 10)
  }
}
