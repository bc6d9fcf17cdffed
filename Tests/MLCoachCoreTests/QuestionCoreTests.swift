import Foundation
import Testing
@testable import MLCoachCore

/// The question core of a long assumption-plus-question, and everyday paraphrases of topics:
/// kinds of clarifying question the matcher left unanswered, each in a phrasing of our own
/// (never a question of the banks).
@Suite("Question core and everyday paraphrases")
struct QuestionCoreTests {
  func match(_ id: String, _ question: String, tuning: QuestionMatcher.Tuning = .init()) throws
    -> QuestionMatcher.Match {
    try QuestionMatcher(scenario: Fixtures.flagship(id), tuning: tuning).match(question)
  }

  @Test("the core is the question clause after a statement, up to its question mark")
  func cores() {
    #expect(QuestionCore.cores(of: "Since I would precompute everything nightly with a big batch job, how fresh must "
      + "results be?") == ["how fresh must results be?"])
    #expect(QuestionCore.cores(of: "I'm assuming one ranked list — is that right, or is there a carousel too?")
      == ["is there a carousel too?"])
    #expect(QuestionCore.cores(of: "I plan to shard the index by region. What is the peak load?")
      == ["What is the peak load?"])
  }

  @Test("no core where the question opens by asking, points back, or relates a noun")
  func noCores() {
    // The topic is up front; the rest offers a reading of it.
    #expect(QuestionCore.cores(of: "Are users signed in, so we know who they are, or is there anonymous traffic?")
      .isEmpty)
    // "is that right?" asks about the statement itself.
    #expect(QuestionCore.cores(of: "I'd assume a two-stage funnel with a cheap retriever — is that the plan?").isEmpty)
    // After a comma "where" relates a noun: no question starts there.
    #expect(QuestionCore.cores(of: "I picture a single results page, where we show twenty images").isEmpty)
  }

  @Test("a long question whose statement hides the topic is answered by its core alone")
  func coreAnswers() throws {
    // The plan's words are no setting the matcher discounts ("but" joins the question), and
    // no fact uses them.
    let question = "I'd precompute candidate lists nightly and cache them aggressively per shard, but how many "
      + "posts are eligible per request?"
    #expect(try match("news-feed", question).factIDs == ["inventory"])
    var noCore = QuestionMatcher.Tuning()
    noCore.coreLead = .infinity
    #expect(try match("news-feed", question, tuning: noCore).factIDs.isEmpty)
  }

  @Test("an everyday word no fact uses stands for its topic word", arguments: [
    ("fraud-detection", "Who eats the loss when a card turns out stolen?", ["business-goal"]),
    ("street-view-blurring", "How stale can the imagery be?", ["freshness"]),
    ("eta-prediction", "Can we put a dollar figure on a late order?", ["business-costs"]),
    ("people-you-may-know", "Are there kids among our members?", ["minors"]),
  ])
  func paraphrases(id: String, question: String, facts: [String]) throws {
    #expect(try match(id, question).factIDs == facts)
  }

  @Test("a paraphrase yields to a fact that uses the word itself, and to a topic no fact has")
  func paraphraseLimits() throws {
    let matcher = try QuestionMatcher(scenario: Fixtures.flagship("fraud-detection"))
    // A fact's example says "absorb": the word keeps its own meaning.
    #expect(matcher.knows("absorb"))
    #expect(matcher.terms("Does the merchant absorb it?").weights["absorb"] == 1)
    #expect(EverydayParaphrases.topic(of: "eat", knownBy: { _ in false }) == nil)
    // A test's significance and a launch's guardrails are read as the topic words facts use.
    let events = try QuestionMatcher(scenario: Fixtures.flagship("event-recommendation"))
    #expect(events.terms("How long until a test reaches significance?").weights["experiment"] == 1)
    let feed = try QuestionMatcher(scenario: Fixtures.flagship("news-feed"))
    #expect(feed.terms("Which guardrails?").weights[WordNormalizer.stem("success")] == 1)
    #expect(EverydayParaphrases.topic(of: "eat", knownBy: { $0 == "los" }) == "los")
  }

  @Test("'staff' where the facts are about the team is no question about the org")
  func staffAsTeam() {
    #expect(OddlySpecificQuestion.namesOrganisation("How many staff work on this?", scenarioWords: ["team"]) == false)
    #expect(OddlySpecificQuestion.namesOrganisation("How many staff work on this?", scenarioWords: ["ad"]))
  }

  @Test("'golden' and 'ranker' no fact uses read as the 'gold' and 'rank' a fact does")
  func agentAndMaterialEndings() throws {
    // street-view-blurring's facts say "gold set", never "golden".
    let blurring = try QuestionMatcher(scenario: Fixtures.flagship("street-view-blurring"))
    #expect(!blurring.knows("golden"))
    #expect(blurring.terms("Is there a golden set?").weights["gold"] == 1)
    // A word a fact uses keeps its own meaning.
    #expect(blurring.terms("Do posters count?").weights["poster"] == 1)
  }

  @Test("'info', 'stats' and 'perf' read as the words a fact spells out; profile fields are data")
  func shorthandAndProfile() throws {
    let weights = QuestionTerms("any profile info or usage stats?", concepts: .bundled).weights
    #expect(weights[WordNormalizer.stem("information")] == 1)
    #expect(weights["info"] == nil)
    #expect(try match("people-you-may-know", "Do we know each member's workplace?").factIDs == ["data-available"])
  }

  @Test("', and' before a short closing phrase names a second topic; a question word keeps one part")
  func closingTopic() {
    #expect(QuestionParts.split("Do we keep click logs for training, and dwell time?")
      == ["Do we keep click logs for training,", "dwell time?"])
    #expect(QuestionParts.split("Do we keep click logs for training, and for how long?").count == 1)
    #expect(QuestionParts.split("Do we keep click logs, and the impressions that were never clicked?").count == 1)
  }
}
