import Testing
@testable import MLCoachCore

/// Tuning banks: "Can I assume 2B accounts, 300M daily actives and around 200 friends on
/// average?" got the users fact alone, and "how big are we? guessing ~10M montly users and maybe
/// a few hundred thousand live events at any moment?" (blind set eleven) nothing at all.
@Suite("Figures put forward each ask for the fact that states them")
struct StatedFiguresTests {
  @Test("the thing each figure counts: one to three words after it, up to a word that starts something else")
  func countedThings() {
    #expect(StatedFigures.countedThings(in: "Can I assume 2B accounts, 300M daily actives and around 200 friends on average?")
      == ["accounts", "daily actives", "friends"])
    #expect(StatedFigures.countedThings(in: "guessing ~10M montly users and maybe a few hundred thousand live events at any moment?")
      == ["montly users", "live events"])
    #expect(StatedFigures.countedThings(in: "something like 7 million active listings and maybe 50k carousel requests per second")
      == ["active listings", "carousel requests"])
    #expect(StatedFigures.countedThings(in: "~1,500 candidate posts per load, and 10 feed loads a day")
      == ["candidate posts", "feed loads"])
  }

  @Test("measures, money, shares, years and bare figures count nothing")
  func notCounted() {
    #expect(StatedFigures.countedThings(in: "under 200 ms, about 5 GB, $50 a ticket, 0.1% fraud, the 2023 data, top 20?").isEmpty)
    #expect(StatedFigures.countedThings(in: "peak ~50k? or 100k?").isEmpty)
  }

  /// Thirty-fifth session: a list of figures with "a 100 ms budget" in it got every fact but
  /// latency (six tuning questions), and "Can I assume … about 100 ms, leaving maybe 10-20 ms for
  /// model scoring?" (a blind flagship set) nothing.
  @Test("a time in milliseconds is stated; a unit without a figure is not")
  func milliseconds() {
    #expect(StatedFigures.statesMilliseconds("p99 under 200 ms?"))
    #expect(StatedFigures.statesMilliseconds("150ms end to end"))
    #expect(StatedFigures.statesMilliseconds("leaving maybe 10-20 ms for model scoring"))
    #expect(!StatedFigures.statesMilliseconds("is latency measured in hours rather than milliseconds?"))
    #expect(!StatedFigures.statesMilliseconds("about 20 msgs a day"))
  }

  @Test("a time in milliseconds among figures put forward, or alone, gets the latency fact")
  func millisecondsMatch() throws {
    let ads = QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(ads.match("Can I assume we need the whole ad ranking to finish in about 100 ms, leaving maybe 10-20 ms for "
      + "model scoring?").factIDs == ["latency"])
    let feed = QuestionMatcher(scenario: try Fixtures.flagship("news-feed"))
    #expect(feed.match("Sanity check on scale: 2B daily users, around 10 feed loads per user per day, ~1,500 candidate "
      + "posts per load, and a heavy model scoring the top 500 in about 100 ms. Does that match your world?").factIDs
      .contains("latency"))
  }

  @Test("figures that set up another question after \"so\" or \"then\"")
  func setUp() {
    #expect(StatedFigures.setUpAnotherQuestion(
      "I assume 1 billion users and 100M videos, so is there a budget for how big the embedding tables can be?"))
    #expect(StatedFigures.setUpAnotherQuestion("With 2B users and 10M ads, then what does targeting leave us?"))
    #expect(StatedFigures.setUpAnotherQuestion("With 2B users and 10M active ads, how is the auction run?"))
    #expect(!StatedFigures.setUpAnotherQuestion("Can I assume 2B users and 200 friends each, or so?"))
    #expect(!StatedFigures.setUpAnotherQuestion("I'd take 2B users and 10 feed loads a day. Does that match your world?"))
    #expect(!StatedFigures.setUpAnotherQuestion("Suppose 1B users with ~300 friends on average - is the graph roughly "
      + "that dense?"))
  }

  /// Tmux, thirty-fourth session: the legal part was skipped as a setting, so only the appeals
  /// fact answered.
  @Test("a figure inside a clause that asks, after e.g., sets up nothing")
  func figureInsideQuestion() throws {
    let question = "Are there legal deadlines we must meet in certain countries (e.g. takedown within 24h), and do "
      + "users get to appeal removals?"
    #expect(!StatedFigures.setUpAnotherQuestion(question))
    #expect(!StatedFigures.setUpAnotherQuestion("Do we have 2 regions, i.e. 2 data centres, and how is traffic split?"))
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("harmful-content"))
    #expect(matcher.match(question).factIDs == ["legal", "appeals"])
  }

  @Test("a list of figures gets every fact that states one", arguments: [
    ("people-you-may-know", "Can I assume 2B accounts, 300M daily actives and around 200 friends on average, so the raw "
      + "friends-of-friends set is roughly 40k people before dedup?", ["users", "graph-size"]),
    ("people-you-may-know", "can I assume ~2B users with an average of ~200 friends each?", ["graph-size", "users"]),
    ("similar-listings", "my instinct is something like 7 million active listings and maybe 50k carousel requests per "
      + "second at peak. Is that the right ballpark?", ["traffic", "catalogue"]),
    ("event-recommendation", "how big are we? guessing ~10M montly users and maybe a few hundred thousand live events at "
      + "any moment?", ["users", "inventory"]),
  ])
  func answered(scenario: String, question: String, facts: [String]) throws {
    #expect(Set(QuestionMatcher(scenario: try Fixtures.flagship(scenario)).match(question).factIDs) == Set(facts))
  }

  @Test("a fact found for other words keeps the reply to them; a set-up question is not a list of guesses")
  func kept() throws {
    let ads = QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(!ads.match("Latency budget for 2B users and 10M active ads?").factIDs.contains("users"))
    let video = QuestionMatcher(scenario: try Fixtures.flagship("video-recommendation"))
    #expect(video.match("I assume 1 billion users and 100M videos, so is there a budget for how big the embedding "
      + "tables can be?").factIDs.contains("users-traffic") == false)
  }

  /// Siblings written by a fresh helper: figures split off as parts of their own were each
  /// answered beside the question they set up.
  @Test("figures that set up the question after them are not answered as parts of their own", arguments: [
    ("event-recommendation", "So with a few million users and maybe 200k live events in a big market, do we know each "
      + "user's precise location from the device, or only the city they picked in settings?", ["location"]),
    ("video-recommendation", "With over a billion videos and ~100k homepage requests/sec at peak, is the 200 ms budget "
      + "end to end from the client, or just for our ranking service?", ["latency"]),
  ])
  func setUpParts(scenario: String, question: String, facts: [String]) throws {
    #expect(QuestionMatcher(scenario: try Fixtures.flagship(scenario)).match(question).factIDs == facts)
  }

  /// Tmux, thirty-third session: "So with 1B users and 200 friends each, how fresh do
  /// suggestions need to be?" got the users fact and "If that doesn't cover …".
  @Test("the question the figures set up is answered first")
  func questionAfterFigures() throws {
    #expect(StatedFigures.questionAfterFigures("So with 1B users and 200 friends each, how fresh do suggestions need "
      + "to be?") == "how fresh do suggestions need to be?")
    #expect(StatedFigures.questionAfterFigures("the label lands maybe 40 min after the order, so how fast does it "
      + "reach the training pipeline?") == "so how fast does it reach the training pipeline?")
    // A figure checked inside a question, or in a clause that asks, sets nothing up.
    #expect(StatedFigures.questionAfterFigures("how many videos — 2B? and how many new uploads per day") == nil)
    #expect(StatedFigures.questionAfterFigures("peak qps ~50k? and how many distinct queries a day") == nil)
    #expect(StatedFigures.questionAfterFigures("what fraction of chargebacks have arrived after 30 days, and do we "
      + "get any faster signals?") == nil)
    let pymk = QuestionMatcher(scenario: try Fixtures.flagship("people-you-may-know"))
    #expect(pymk.match("So with 1B users and 200 friends each, how fresh do suggestions need to be?").factIDs
      == ["freshness"])
  }
}

