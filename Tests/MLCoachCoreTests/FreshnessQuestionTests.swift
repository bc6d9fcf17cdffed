import Testing
@testable import MLCoachCore

/// The tuning banks' freshness questions asked as the time until something new can be found:
/// 12 of 19 went unanswered or lost that part ("How quickly does a freshly published post need
/// to be eligible for ranking — seconds, minutes?").
@Suite("Freshness asked as the time until something new is available")
struct FreshnessQuestionTests {
  @Test("a speed or time of becoming available is freshness; of a served request or anything else it is not",
        arguments: [
    ("How quickly does a freshly published post need to be eligible for ranking — seconds, minutes?", true),
    ("if a friend posts right now, how fast should that post be rankable in my feed?", true),
    ("does imagery have to go live within hours of capture, or is a batch that takes a few days fine?", true),
    ("Is there a deadline from when a car finishes driving to when the imagery goes public? Hours, days, weeks?", true),
    ("When an organizer publishes a new event, does it need to be recommendable within minutes?", true),
    ("how quickly must a doc edit take effect?", true),
    // A second sibling round: no delay at all, a removal, a hedged "within".
    ("If a host lists a new home, does it need to appear in carousels straight away?", true),
    ("When an event sells out, how soon must it disappear from recommendations?", true),
    ("trending videos should become recommendable within maybe 10-15 minutes of upload, right?", true),
    ("Should the fraud score come back immediately?", false),
    // A served request's time is a latency budget.
    ("How long should an answer take to appear?", false),
    ("how fast must the page load so the carousel shows up?", false),
    // No time asked, or a time of something else.
    ("Do sold-out events still show up in the feed?", false),
    ("Where on the page does the carousel appear?", false),
    ("For how long is a removed post still visible in the logs?", false),
    ("How fast is the catalogue growing?", false),
    // Blind set, twenty-eighth session: a change said to reach what users are shown.
    ("How fast should a new connection change someone's suggestions — same day, or within minutes?", true),
    ("How quickly should a booking update the carousel?", true),
    ("How quickly does the catalogue change?", false),
    // A blind bank, forty-first session: how current, stale or up to date what users see may be;
    // not how fresh a source of data is now.
    ("How current do answers need to be after someone edits a wiki page, minutes or hours?", true),
    ("how stale can suggestions get before users notice?", true),
    ("How up to date must the index be?", true),
    ("how fresh is the availability calendar?", false),
    ("I think that delay affects how fresh my training data can be.", false),
    ("Is the current model retrained daily?", false),
  ])
  func asks(question: String, freshness: Bool) {
    #expect(FreshnessQuestion.asks(question) == freshness)
  }

  @Test("the freshness shape finds the freshness fact, alone or as one part of several", arguments: [
    ("news-feed", "How quickly does a freshly published post need to be eligible for ranking — seconds, minutes?",
     ["freshness"]),
    ("street-view-blurring",
     "does imagery have to go live within hours of capture, or is a batch that takes a few days fine?",
     ["freshness"]),
    ("video-recommendation",
     "how many new videos get uploaded per day, and how quickly do they need to be recommendable?",
     ["cold-start", "freshness"]),
    ("video-search", "How many new videos are uploaded per minute, and how fast do they need to be searchable?",
     ["upload-rate", "freshness"]),
    // Asked as becoming available soon, whatever else the question names (a blind sibling).
    ("video-search", "How soon after upload do videos need to be findable — seconds, minutes, or is the next day fine?",
     ["freshness"]),
    // A fact that fits a whole question better keeps a change or a removal.
    ("image-search", "How fast must a change to privacy settings take effect?", ["content-policy"]),
    ("image-search", "Should deleted images disappear from results immediately?", ["content-policy"]),
    // A fact the words rank far ahead keeps the question (a fresh helper's siblings, fifty-first
    // session): when a signal arrives is no freshness.
    ("fraud-detection", "Do the issuer fraud reports, the TC40s and so on, usually show up within a week of the "
      + "cardholder calling their bank?", ["early-signals"]),
  ])
  func matched(scenario: String, question: String, facts: [String]) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship(scenario))
    #expect(matcher.match(question).factIDs == facts)
  }

  /// Trial 60: the reply said when a post can appear, then "If that doesn't cover 'should a post
  /// published 30 seconds ago already be eligible?', I have nothing more specific".
  @Test("a part on becoming available, beside the freshness fact, is not named as unanswered", arguments: [
    ("news-feed", "How fresh does the feed need to be - should a post published 30 seconds ago already be eligible?"),
    ("video-search", "How fresh must results be? Should an upload from ten minutes ago show up?"),
  ])
  func notHedged(scenario: String, question: String) throws {
    let match = QuestionMatcher(scenario: try Fixtures.flagship(scenario)).match(question)
    #expect(match.factIDs == ["freshness"])
    #expect(match.unansweredParts.isEmpty, "\(match.unansweredParts)")
  }

  @Test("every bundled scenario with a freshness fact names it by the lexicon's phrase")
  func factFound() throws {
    let withFact = Fixtures.catalogue.filter { FreshnessQuestion.freshnessFact(of: $0) != nil }
    #expect(withFact.count == 11)
  }

  /// "How many query per second this feature will get, and how long the user can wait before the
  /// results appear?" got the freshness fact, and so did a blind sibling, "how fast does the
  /// carousel have to appear, say under 150 ms at p95?" (forty-fourth session).
  @Test("what is served appearing is a latency question; something new appearing in it is freshness")
  func servedThingAppears() throws {
    #expect(!FreshnessQuestion.asks("how long can the user wait before the results appear?"))
    #expect(!FreshnessQuestion.asks("how fast does the carousel have to appear?"))
    #expect(!FreshnessQuestion.asks("How quickly must the recommendations show up on the homepage?"))
    #expect(FreshnessQuestion.asks("How fast should new uploads show up in results?"))
    #expect(FreshnessQuestion.asks("How soon must a new listing appear in the carousel?"))
    let listings = QuestionMatcher(scenario: try Fixtures.flagship("similar-listings"))
    #expect(listings.match("how fast does the carousel have to appear, say under 150 ms at p95?").factIDs == ["latency"])
    let images = QuestionMatcher(scenario: try Fixtures.flagship("image-search"))
    #expect(!images.match("How many query per second this feature will get, and how long the user can wait before the "
      + "results appear?").factIDs.contains("freshness"))
  }
}

