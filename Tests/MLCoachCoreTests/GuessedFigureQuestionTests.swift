import Testing
@testable import MLCoachCore

/// Twenty-seventh session, tmux: "Is fraud around 0.1% of payments?" and "Do most chargebacks
/// land within 60 days?" got "I don't have anything specific" beside facts stating 0.07% and
/// 85% within 60 days: their words ("fraud", "payments", "chargebacks") are in many facts.
@Suite("A figure put forward as a guess")
struct GuessedFigureQuestionTests {
  @Test("a guessed figure names the fact that states one like it", arguments: [
    ("fraud-detection", "Is fraud around 0.1% of payments?", "fraud-rate", nil),
    ("fraud-detection", "Do most chargebacks land within 60 days?", "chargeback-labels", nil),
    // Siblings in other words.
    ("fraud-detection", "Can I assume fraud is about 0.1% of payments?", "fraud-rate", nil),
    ("fraud-detection", "Do most fraud chargebacks arrive within 60 days?", "chargeback-labels", nil),
    ("fraud-detection", "Are about half of chargebacks in within 30 days?", "chargeback-labels", nil),
    // A guess the fact agrees with in one figure gets its verdict.
    ("people-you-may-know", "Does the average user have around 300 friends?", "graph-size", "Yes. "),
  ] as [(String, String, String, String?)])
  func guessNamesFact(scenario: String, question: String, fact: String, lead: String?) throws {
    let coach = Interviewer(scenario: try Fixtures.flagship(scenario))
    let reply = coach.reply(to: question)
    #expect(reply.factIDs == [fact], "\(reply)")
    if let lead { #expect(reply.text.hasPrefix(lead), "\(reply.text)") }
  }

  /// Tuning bank, harmful-content: read as a figure, "a couple hundred ms" made the choice
  /// between the latency and the GPU-fleet facts an abstention, since the fleet states no
  /// latency. Of two close facts, the one stating the guessed kind of figure is asked of.
  @Test("of two close facts, a guessed figure chooses the one that states its kind")
  func guessChoosesBetweenTwo() throws {
    var scenario = try Fixtures.flagship("harmful-content")
    // Without the questions asked before, as a new writer's question meets the facts.
    for index in scenario.facts.indices { scenario.facts[index].asked = [] }
    let question = "I'm thinking a text encoder plus an image encoder with a fusion layer and a separate head per "
      + "harm category. Is there a latency budget at upload that allows a couple hundred ms of GPU inference?"
    #expect(QuestionMatcher(scenario: scenario).match(question).factIDs == ["latency"])
  }

  @Test("a guess no fact agrees with, a figure the words place elsewhere, or a premise names nothing", arguments: [
    // 40% of queries are in English; another fact's 20% is of queries never seen before.
    ("video-search", "Does about 20% of the traffic come from queries in English?", "query-stats"),
    // The 32-minute median shares no word; the 8-minute average error shares "average".
    ("eta-prediction", "Is the average delivery about 35 minutes?", "existing"),
    // The figure sets up the question: it is not put forward to be checked.
    ("street-view-blurring", "tiny faces — if someone is 15 px tall in the distance, does missing them count as a privacy failure?",
     "object-density"),
  ])
  func noFact(scenario: String, question: String, wrong: String) throws {
    let coach = Interviewer(scenario: try Fixtures.flagship(scenario))
    #expect(!coach.reply(to: question).factIDs.contains(wrong))
  }

  @Test("only one fact, ahead of the others, names the figure")
  func tieNamesNone() {
    let daily = QuantityReader.quantities(in: "About 30 million payments a day.")
    let same = QuantityReader.quantities(in: "We see about 30 million payments a day.")
    let other = QuantityReader.quantities(in: "About 2 million merchants.")
    let question = "Are we at about 30 million payments a day?"
    #expect(GuessedFigureQuestion.fact(for: question, answers: [other, daily]) == 1)
    #expect(GuessedFigureQuestion.fact(for: question, answers: [daily, same]) == nil)
    // An open question puts no figure forward.
    #expect(GuessedFigureQuestion.fact(for: "How many payments a day, 30 million?", answers: [other]) == nil)
  }

  @Test("who pays for a chargeback asks the business goal, not the labels")
  func whoPays() throws {
    let coach = Interviewer(scenario: try Fixtures.flagship("fraud-detection"))
    for question in ["Who pays for the chargeback when a fraudulent payment gets through?", "Who pays for the chargeback?",
                     "who ends up paying the chargeback, us or the merchant?"] {
      #expect(coach.reply(to: question).factIDs == ["business-goal"], "\(question)")
    }
  }

  /// "Is the typical booking around 3 nights?" was offered a choice between the hosts fact and
  /// the trip-context fact, neither of which says how long a stay is (a newcomer, forty-fourth
  /// session).
  @Test("a guess neither close fact can confirm gets no choice of facts")
  func noChoiceForUnstatedGuess() throws {
    let listings = QuestionMatcher(scenario: try Fixtures.flagship("similar-listings"))
    let guess = listings.match("Is the typical booking around 3 nights?")
    #expect(guess.factIDs.isEmpty && guess.alternatives.isEmpty, "\(guess)")
    let reply = Interviewer(scenario: try Fixtures.flagship("similar-listings")).reply(to: "Is the typical booking around 3 nights?")
    #expect(!reply.text.contains("one of two things"), "\(reply.text)")
    // A choice with no figure put forward is still offered.
    // (Without the questions asked before, which settle this one.)
    var ads = try Fixtures.flagship("ads-ctr")
    for index in ads.facts.indices { ads.facts[index].asked = [] }
    #expect(QuestionMatcher(scenario: ads).match("Do we already have click logs we could use as labels?").alternatives.count == 2)
    // So is the check itself: a fact stating the figure's kind can judge the guess.
    let nights = QuantityReader.quantities(in: "A typical stay is 4 nights.")
    let perNight = QuantityReader.quantities(in: "A listing can take one booking per night.")
    #expect(GuessedFigureQuestion.states(guessIn: "Is the typical stay around 3 nights?", answer: nights))
    #expect(!GuessedFigureQuestion.states(guessIn: "Is the typical stay around 3 nights?", answer: perNight))
  }
}


/// A newcomer's trial, fifty-first session: "Are most requests accepted within a week?" heard
/// "nothing specific" beside "most within three days": "within" bounds a span, and a span of
/// days is no latency whose generic words ("request") tell nothing.
@Suite("A span guessed with \"within\"")
struct WithinSpanTests {
  @Test("\"within\" makes a ceiling that a shorter span meets")
  func ceiling() throws {
    let figure = try #require(QuantityReader.quantities(in: "Are most requests accepted within a week?").first)
    #expect(figure.isCeiling && figure.dimension == .duration)
    let reply = Interviewer(scenario: try Fixtures.flagship("people-you-may-know"))
      .reply(to: "Are most requests accepted within a week?")
    #expect(reply.factIDs == ["acceptance-stats"], "\(reply.text)")
  }

  @Test("a hedge between a bound and its figure keeps the bound")
  func hedgedCeiling() throws {
    let figure = try #require(QuantityReader.quantities(in: "the first words within about 2 seconds").first)
    #expect(figure.isCeiling && figure.value == 2)
    #expect(QuantityReader.quantities(in: "about 2 seconds").first?.isCeiling == false)
  }
}
