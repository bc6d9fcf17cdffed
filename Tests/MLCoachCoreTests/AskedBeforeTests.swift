import Foundation
import Testing
@testable import MLCoachCore

/// Questions asked before back up a fact the matcher nearly chose (`AskedBefore`), and the
/// banks' tuning figures leave each question's own bank out of them.
@Suite("Questions asked before")
struct AskedBeforeTests {
  static func entry(_ vector: [String: Double], _ facts: Set<String>) -> AskedBefore.Entry {
    AskedBefore.Entry(vector: AskedBefore.unit(vector), facts: facts)
  }

  @Test("likeness is the cosine of the weighted terms: 1 for the same words, 0 for none shared")
  func likeness() throws {
    let asked = AskedBefore(entries: [Self.entry(["home": 2, "screen": 2, "today": 1], ["existing"])])
    let same = try #require(asked.nearest(["home": 4, "screen": 4, "today": 2]))
    #expect(abs(same.likeness - 1) < 1e-9)
    #expect(same.facts == ["existing"])
    #expect(try #require(asked.nearest(["label": 1])).likeness == 0)
    #expect(AskedBefore.none.nearest(["home": 1]) == nil)
    #expect(AskedBefore.unit([:]).isEmpty)
  }

  @Test("no fit: the best-scoring fact answers only when the nearest earlier question named it and is alike enough")
  func backsUpTheBestFact() {
    let asked = AskedBefore(entries: [Self.entry(["home": 1, "screen": 1, "today": 1], ["existing"])])
    // All three words shared and a light fourth: likeness 3/√(3 × 3.25) ≈ 0.96, over 0.75.
    let near = ["home": 1.0, "screen": 1.0, "today": 1.0, "rank": 0.5]
    // Two of three words shared: likeness 2/3, under 0.75 (it backed up a wrong fact as often
    // as a right one).
    #expect(asked.backedUp(["home": 1, "screen": 1, "rank": 1], best: "existing", tied: []) == nil)
    #expect(asked.backedUp(near, best: "existing", tied: []) == "existing")
    // The earlier question was about another fact: it backs up nothing.
    #expect(asked.backedUp(near, best: "surfaces", tied: []) == nil)
    // One word of three shared: likeness 1/3.
    #expect(asked.backedUp(["home": 1, "rank": 1, "price": 1], best: "existing", tied: []) == nil)
    #expect(asked.backedUp(near, best: nil, tied: []) == nil)
  }

  @Test("a tie: the one of the two facts the nearest earlier question named answers; both or neither named, none")
  func choosesBetweenTiedFacts() {
    let one = AskedBefore(entries: [Self.entry(["review": 1, "team": 1], ["review-team"])])
    let question = ["review": 1.0, "team": 1.0, "label": 1.0]
    #expect(one.backedUp(question, best: "early-signals", tied: ["early-signals", "review-team"]) == "review-team")
    let both = AskedBefore(entries: [Self.entry(["review": 1, "team": 1], ["review-team", "early-signals"])])
    #expect(both.backedUp(question, best: "early-signals", tied: ["early-signals", "review-team"]) == nil)
    #expect(one.backedUp(question, best: "a", tied: ["a", "b"]) == nil)
    // Alike under 0.4: no choice.
    #expect(one.backedUp(["review": 1, "a": 1, "b": 1, "c": 1, "d": 1, "e": 1, "f": 1], best: "early-signals",
                         tied: ["early-signals", "review-team"]) == nil)
  }

  /// `scenario` with no asked lists but `asked`: fact id to its questions.
  static func asking(_ asked: [String: [String]], of id: String = "harmful-content") throws -> Scenario {
    var scenario = try Fixtures.flagship(id)
    for index in scenario.facts.indices { scenario.facts[index].asked = asked[scenario.facts[index].id] ?? [] }
    return scenario
  }

  @Test("no fit: the two nearest earlier questions in the plain reading, both answered by the best fact alone, back it up")
  func agreeingQuestionsBackUpTheBestFact() throws {
    let question = "Comments too, or just posts?"
    let agreeing = AskedBefore(scenario: try Self.asking([
      "surface": ["Do comments count too, or only posts?", "Are comments in scope, or just posts?"],
      "labels": ["Where do the labels come from?"],
    ]), vector: { AskedBefore.plainWords($0) })
    // The matcher's own reading is left out (its nearest is under 0.75): only the plain one agrees.
    #expect(agreeing.backedUp(["x": 1], best: "surface", tied: [], agreeing: question, agreedLikeness: 0.45) == "surface")
    #expect(agreeing.backedUp(["x": 1], best: "surface", tied: []) == nil)
    #expect(agreeing.backedUp(["x": 1], best: "labels", tied: [], agreeing: question, agreedLikeness: 0.45) == nil)
    // One of the two was answered by another fact as well: no agreement on the best alone.
    let split = AskedBefore(scenario: try Self.asking([
      "surface": ["Do comments count too, or only posts?", "Are comments in scope, or just posts?"],
      "labels": ["Are comments in scope, or just posts?"],
    ]), vector: { AskedBefore.plainWords($0) })
    #expect(split.backedUp(["x": 1], best: "surface", tied: [], agreeing: question, agreedLikeness: 0.45) == nil)
    // Alike, but not enough: nothing shared but "posts".
    #expect(agreeing.backedUp(["x": 1], best: "surface", tied: [], agreeing: "How many posts a day?",
                              agreedLikeness: 0.45) == nil)
  }

  @Test("no fit: the three nearest earlier questions, weighed by likeness, mostly answered by the best fact alone, back it up")
  func votingQuestionsBackUpTheBestFact() throws {
    let question = "On the home screen, is it one list or a few carousels?"
    let asked = AskedBefore(scenario: try Self.asking([
      "surfaces": ["Is the home screen one list or several carousels?", "Carousels on the home screen, or one list?",
                   "What does the home screen show?"],
      "inventory": ["How many events are live?", "How many events a week?"],
    ], of: "event-recommendation"), vector: { AskedBefore.plainWords($0) })
    #expect(asked.voted(question, for: "surfaces", least: 0.4))
    #expect(asked.backedUp(["x": 1], best: "surfaces", tied: [], agreeing: question, votedLikeness: 0.4) == "surfaces")
    // Off without a least likeness, and for a fact the nearest were not answered by.
    #expect(asked.backedUp(["x": 1], best: "surfaces", tied: [], agreeing: question) == nil)
    #expect(!asked.voted(question, for: "inventory", least: 0.4))
    // The nearest not alike enough.
    #expect(!asked.voted(question, for: "surfaces", least: 0.99))
    // The nearest two answered by another fact as well: the vote for the best alone is short.
    let split = AskedBefore(scenario: try Self.asking([
      "surfaces": ["Is the home screen one list or several carousels?", "Carousels on the home screen, or one list?",
                   "What does the home screen show?"],
      "existing": ["Is the home screen one list or several carousels?", "Carousels on the home screen, or one list?"],
    ], of: "event-recommendation"), vector: { AskedBefore.plainWords($0) })
    #expect(!split.voted(question, for: "surfaces", least: 0.4))
    // Fewer earlier questions than voters: no vote.
    let few = AskedBefore(scenario: try Self.asking(["surfaces": ["Is the home screen one list or several carousels?"]],
                                                    of: "event-recommendation"), vector: { AskedBefore.plainWords($0) })
    #expect(!few.voted(question, for: "surfaces", least: 0.4))
  }

  @Test("a fact the three nearest earlier questions were all answered by, beside the given ones, joins them")
  func companionsJoin() throws {
    let both = ["Can users appeal, and do appeal outcomes come back as labels?",
                "Is there an appeals process, and do its outcomes feed back as labels?",
                "Can users appeal a decision, and do the appeal outcomes come back to us as data?"]
    let others = ["surface": ["Comments too, or just posts?", "Which languages do we support?"],
                  "reports": ["Can users report posts?", "How many user reports a day?"]]
    let question = "Can users appeal a removal, and do the appeal outcomes feed back to us as labels?"
    let asked = AskedBefore(scenario: try Self.asking(others.merging(["appeals": both, "labels": both]) { $1 }),
                            vector: { AskedBefore.plainWords($0) })
    #expect(asked.companions(of: ["appeals"], for: question, least: 0.5) == ["labels"])
    #expect(asked.companions(of: ["appeals", "labels"], for: question, least: 0.5).isEmpty)
    // Given a fact none of them was answered by: nothing joins.
    #expect(asked.companions(of: ["surface"], for: question, least: 0.5).isEmpty)
    // Not alike enough.
    #expect(asked.companions(of: ["appeals"], for: question, least: 0.99).isEmpty)
    // One of the three was answered by appeals alone: they do not agree.
    let split = AskedBefore(scenario: try Self.asking(others.merging(["appeals": both, "labels": Array(both.prefix(2))]) { $1 }),
                            vector: { AskedBefore.plainWords($0) })
    #expect(split.companions(of: ["appeals"], for: question, least: 0.5).isEmpty)
  }

  @Test("a question worded like one no fact answered gets no fact, unless a near one was answered by the fact given")
  func unansweredQuestionsWithdrawAFact() throws {
    var scenario = try Self.asking([
      "surface": ["Is it on the listing page only?", "Where on the page is it shown?"],
      "hosts": ["How many hosts are there?"],
    ], of: "similar-listings")
    scenario.unanswered = ["Do hosts pay for placement in the carousel, or is it organic?", "Who is on call?"]
    let asked = AskedBefore(scenario: scenario, vector: { AskedBefore.plainWords($0) })
    let question = "Do hosts pay for placement in this carousel, or is the ranking organic?"
    #expect(asked.unanswered(question, given: ["surface"], least: 0.45))
    // A near earlier question was answered by the fact given: it keeps it.
    #expect(!asked.unanswered(question, given: ["hosts"], least: 0.45))
    // Not alike enough.
    #expect(!asked.unanswered(question, given: ["surface"], least: 0.99))
    // The nearest was answered by a fact.
    #expect(!asked.unanswered("Where on the page is it shown?", given: ["surface"], least: 0.45))
    // An unanswered question backs up nothing.
    #expect(asked.nearestPlain("Who is on call?", count: 1).first?.facts == [])
  }

  @Test("the matcher withdraws a fact from a question worded like ones other writers were told nothing")
  func matcherWithdrawsForUnanswered() throws {
    // A wording of no bank; the flagship's unanswered list holds one like it.
    let question = "Do hosts pay for placement in the carousel, or is it all organic?"
    let scenario = try Fixtures.flagship("similar-listings")
    let found = QuestionMatcher(scenario: scenario).match(question)
    #expect(found.factIDs.isEmpty)
    #expect(found.abstention == .noFit)
    var bare = scenario
    bare.unanswered = []
    #expect(!QuestionMatcher(scenario: bare).match(question).factIDs.isEmpty)
  }

  @Test("the matcher adds the fact candidates asking in these words were also told")
  func matcherAddsCompanions() throws {
    // A wording of no bank: the flagship's asked lists hold several like it, answered by both.
    let question = "Can users appeal removals, and do appeal outcomes come back as labels?"
    let scenario = try Fixtures.flagship("harmful-content")
    #expect(QuestionMatcher(scenario: scenario).match(question).factIDs == ["appeals", "labels"])
    var bare = scenario
    for index in bare.facts.indices { bare.facts[index].asked = [] }
    #expect(QuestionMatcher(scenario: bare).match(question).factIDs == ["appeals"])
  }

  @Test("the plain reading: stemmed words with their counts, stop words and numbers left out")
  func plainReading() {
    #expect(AskedBefore.plainWords("How many posts, and how many of the posts are 2 days old?")
            == [WordNormalizer.stem("posts"): 2, WordNormalizer.stem("days"): 1, WordNormalizer.stem("old"): 1])
  }

  @Test("a question worded like one asked of a fact gets that fact; without the asked lists it got none")
  func matcherUsesAskedQuestions() throws {
    let scenario = try Fixtures.flagship("event-recommendation")
    let question = "what does the home screen show right now, a list sorted by date, or some model already?"
    #expect(QuestionMatcher(scenario: scenario).match(question).factIDs == ["existing"])
    var bare = scenario
    for index in bare.facts.indices { bare.facts[index].asked = [] }
    let without = QuestionMatcher(scenario: bare).match(question)
    #expect(without.factIDs.isEmpty)
    #expect(without.abstention == .noFit)
  }

  @Test("a question with a closing remark is compared without the remark")
  func comparesWithoutClosingRemark() throws {
    // A sibling set of the thirty-first session: the whole, remark and all, was like no earlier
    // question, though the question alone was.
    // Since the thirty-seventh session an earlier question must be 0.75 alike, which the banks'
    // wordings of it no longer are: one asked word for word stands in for them.
    var scenario = try Fixtures.flagship("similar-listings")
    for index in scenario.facts.indices { scenario.facts[index].asked = [] }
    let bare = scenario
    let trip = try #require(scenario.facts.firstIndex { $0.id == "trip-context" })
    scenario.facts[trip].asked = ["Is the carousel shown before the guest has entered any dates?"]
    let question = "Is the carousel shown before the guest has entered any dates? Recommending a home that is already "
      + "taken for their trip is worse than showing nothing at all."
    #expect(QuestionMatcher(scenario: scenario).match(question).factIDs == ["trip-context"])
    #expect(QuestionMatcher(scenario: bare).match(question).factIDs.isEmpty)
  }

  @Test("a part of a question left unanswered gets the fact a question like it was asked of")
  func answersAPartLeftOver() throws {
    var scenario = try Fixtures.flagship("rag-assistant")
    for index in scenario.facts.indices { scenario.facts[index].asked = [] }
    let logging = try #require(scenario.facts.firstIndex { $0.id == "privacy-and-logging" })
    var asked = scenario
    asked.facts[logging].asked = ["Can we log the user questions and answers for quality review?"]
    let question = "can we log user questions and the answers for quality review, and does the UI have thumbs up or down?"
    #expect(QuestionMatcher(scenario: asked).match(question).factIDs == ["feedback-ui", "privacy-and-logging"])
    let without = QuestionMatcher(scenario: scenario).match(question)
    #expect(without.factIDs == ["feedback-ui"])
    #expect(!without.unansweredParts.isEmpty)
  }

  @Test("the tuning part is answered without the question's own bank among the asked lists")
  func leavesOwnBankOut() throws {
    let scenario = try Fixtures.flagship("event-recommendation")
    let asked = "what does the home screen show right now, a list sorted by date, or some model already?"
    let bank = QuestionBank(scenarioID: scenario.id, questions: [
      .init(question: asked, facts: ["existing"], split: .tuning, bank: 1),
      .init(question: "What do users see on the home screen now?", facts: ["existing"], split: .tuning, bank: 2),
      .init(question: asked, facts: ["existing"], split: .heldout, bank: 1),
      .init(question: "Who is on call?", facts: [], split: .tuning, bank: 1),
    ])
    var shipped = scenario
    for index in shipped.facts.indices { shipped.facts[index].asked = [] }
    shipped.facts[shipped.facts.firstIndex { $0.id == "existing" }!].asked = [asked]
    let answerer = bank.leavingOutOwnBank(QuestionMatcher(scenario: shipped))
    // Bank 1's tuning question sees only bank 2's question; bank 2's sees only bank 1's.
    #expect(answerer(bank.questions[0]).scenario.facts.flatMap(\.asked) == ["What do users see on the home screen now?"])
    #expect(answerer(bank.questions[1]).scenario.facts.flatMap(\.asked) == [asked])
    // So with the questions no fact answered.
    #expect(answerer(bank.questions[0]).scenario.unanswered.isEmpty)
    #expect(answerer(bank.questions[1]).scenario.unanswered == ["Who is on call?"])
    // A held-out question is answered as the product answers it.
    #expect(answerer(bank.questions[2]).scenario.facts.flatMap(\.asked) == [asked])
    // A scenario with no asked lists is evaluated as it is.
    var bare = scenario
    for index in bare.facts.indices { bare.facts[index].asked = [] }
    #expect(bank.leavingOutOwnBank(QuestionMatcher(scenario: bare))(bank.questions[0]).scenario.facts.flatMap(\.asked).isEmpty)
  }

  @Test("a fact's asked questions are its tuning questions short enough for a scenario line")
  func askedQuestionsFitALine() {
    let long = String(repeating: "Why? ", count: 101)
    let bank = QuestionBank(scenarioID: "s", questions: [
      .init(question: "QPS?", facts: ["traffic"], split: .tuning, bank: 1),
      .init(question: "Peak QPS?", facts: ["traffic"], split: .heldout, bank: 1),
      .init(question: "How many requests a second?", facts: ["traffic"], split: .tuning, bank: 2),
      .init(question: long, facts: ["traffic"], split: .tuning, bank: 2),
    ])
    #expect(bank.asked(of: "traffic") == ["QPS?", "How many requests a second?"])
    #expect(bank.asked(of: "traffic", leavingOut: 1) == ["How many requests a second?"])
  }

  @Test("each fact's asked list, and the unanswered list, are the banks' tuning questions, in bank order",
        arguments: QuestionBankTests.allBanks)
  func askedListsMatchTheBanks(id: String) throws {
    let bank = try QuestionBankTests.bank(id)
    let scenario = try Fixtures.flagship(id)
    for fact in scenario.facts {
      #expect(fact.asked == bank.asked(of: fact.id),
              "\(id) \(fact.id): rebuild the asked lists from the bank's tuning part")
    }
    #expect(scenario.unanswered == bank.unanswered(), "\(id): rebuild the unanswered list from the bank's tuning part")
    let heldOut = Set(bank.questions.filter { $0.split == .heldout }.map(\.question))
    #expect(heldOut.isDisjoint(with: scenario.facts.flatMap(\.asked)), "a held-out question is in an asked list")
    #expect(heldOut.isDisjoint(with: scenario.unanswered), "a held-out question is in the unanswered list")
  }
}
