import Foundation
import Testing
@testable import MLCoachCore

/// Kinds of clarifying question the matcher used to get wrong or leave unanswered, each with
/// a phrasing of our own (never a question of the banks): listed options that spell concepts,
/// the candidate's "if I use …" context, shorthand, bare topic words, confirmation words,
/// questions in several parts and the refusals of oddly specific questions.
/// The interviewer's match for `question` in scenario `id`: what every suite of this file asks.
private func answer(_ id: String, _ question: String) throws -> QuestionMatcher.Match {
  try QuestionMatcher(scenario: Fixtures.flagship(id)).match(question)
}

@Suite("Question matcher")
struct QuestionMatcherTests {
  func match(_ id: String, _ question: String) throws -> QuestionMatcher.Match { try answer(id, question) }

  func terms(_ question: String) -> [String: Double] { QuestionTerms(question, concepts: .bundled).weights }

  /// Questions asked before may add a fact other candidates asking so were also told
  /// (`AskedBefore.companions`: "Can we use uploaded phone contacts?" gets the privacy fact
  /// beside the data fact), so with them an example gets its fact first; without them, that
  /// fact alone.
  @Test("every example question of every fact gets that fact", arguments: Fixtures.catalogue.map(\.id))
  func examplesGetTheirFact(scenario: String) throws {
    let matcher = try QuestionMatcher(scenario: Fixtures.flagship(scenario))
    var bare = matcher.scenario
    for index in bare.facts.indices { bare.facts[index].asked = [] }
    bare.unanswered = []
    let alone = QuestionMatcher(scenario: bare)
    for fact in matcher.scenario.facts {
      for example in fact.examples {
        #expect(alone.match(example).factIDs == [fact.id], "\(scenario): \(fact.id): \(example)")
        #expect(matcher.match(example).factIDs.first == fact.id, "\(scenario): \(fact.id): \(example)")
      }
    }
  }

  // Helpers who saw only the facts wrote these; each had been unanswered. The scenario's
  // example each nearly repeats is in the comment.
  @Test("a question that all but repeats a fact's example gets that fact", arguments: [
    ("rag-assistant", "How big is the team?", "timeline-and-team"),  // the same words
    ("street-view-blurring", "Exactly what must be blurred?", "blur-scope"),  // What exactly has to be blurred?
    ("video-search", "corpus grow how fast?", "upload-rate"),  // How fast does the corpus grow?
    ("eta-prediction", "How far are customers from restaurants usually?", "duration-distribution"),
    ("people-you-may-know", "other person must accept the request or it's automatic?", "connection-type"),
    ("people-you-may-know", "Do cards show why someone is suggested?", "explanations"),
    ("harmful-content", "Is it mostly English?", "languages"),  // Is this English only?
  ])
  func nearExamples(scenario: String, question: String, fact: String) throws {
    #expect(try match(scenario, question).factIDs == [fact])
  }

  /// A newcomer's trial (fifty-fifth session): the fraud facts in the words a candidate used,
  /// both heard "nothing specific".
  @Test("a newcomer's words for what a fraud fact states", arguments: [
    ("What's our current decline rate?", "fraud-rate"),
    ("Can we take a second look after authorisation, e.g. hold and review before capture, for physical-goods "
      + "merchants?", "surface-and-actions"),
  ])
  func newcomerFraudWords(question: String, fact: String) throws {
    #expect(try match("fraud-detection", question).factIDs == [fact])
  }

  // Trial 31 and trial 28: how long data is kept, asked in everyday words, had no fact; the
  // lexicon's data-retention concept links "how far back" to a fact's "data retention".
  @Test("how far back data goes is asked as its retention", arguments: [
    ("similar-listings", "How far back do those logs go?", "logging"),
    ("ads-ctr", "How far back do the impression and click logs go?", "data"),
    ("harmful-content", "How long do we keep deleted posts around for training and appeals?", "privacy"),
  ])
  func retention(scenario: String, question: String, fact: String) throws {
    #expect(try match(scenario, question).factIDs == [fact])
  }

  // The upload-rate concept knew uploads per day only: "uploads per minute" got nothing.
  @Test("an upload rate asked per minute or per second is the upload rate", arguments: [
    "uploads per minute?", "How many uploads per second at peak?",
  ])
  func uploadRate(question: String) throws {
    #expect(try match("video-search", question).factIDs == ["upload-rate"])
  }

  @Test("a question made only of goal words gets the scenario's goal fact", arguments: Fixtures.catalogue.map(\.id))
  func goalQuestions(scenario: String) throws {
    let matcher = try QuestionMatcher(scenario: Fixtures.flagship(scenario))
    let goal = try #require(GoalQuestion.goalFact(of: matcher.scenario).map { matcher.scenario.facts[$0].id })
    #expect(["objective", "business-objective", "business-goal"].contains(goal))
    for question in ["What's the goal?", "Goal?", "What are we optimising for?", "What are we optimizing for here?",
                     "What does success look like?", "What's the main objective of the business?",
                     "What are we trying to achieve?"] {
      #expect(matcher.match(question).factIDs == [goal], "\(scenario): \(question)")
    }
  }

  // Blind set, thirty-second session: "what the number is for" asked the goal and got nothing.
  @Test("a question on what the product is for gets the goal fact", arguments: [
    ("eta-prediction", "hey, so first thing i'd like to understand is what the number is for — mostly conversion "
      + "at checkout, or keeping people from getting angry when the food is late?", "objective"),
    ("eta-prediction", "What's the ETA for?", "objective"),
    ("similar-listings", "what is this carousel actually for — bookings or time on site?", "objective"),
    ("fraud-detection", "What is the score for, mainly?", "business-goal"),
    ("people-you-may-know", "whats pymk for from the company's point of view? growing the graph for new users mostly?",
     "objective"),
    ("news-feed", "what is the feed ordering ultimately for — time spent, or people actually interacting with their "
      + "friends?", "objective"),
  ])
  func purposeQuestions(scenario: String, question: String, fact: String) throws {
    #expect(try match(scenario, question).factIDs == [fact])
  }

  @Test("only a purpose of the product itself asks the goal")
  func purposeOfWhat() throws {
    #expect(GoalQuestion.asksPurpose("What is it for?", subject: []))
    #expect(GoalQuestion.asksPurpose("what the number is for, roughly", subject: []))
    #expect(GoalQuestion.asksPurpose("What's the carousel for?", subject: ["carousel"]))
    #expect(!GoalQuestion.asksPurpose("What do we use the logs for?", subject: []))
    #expect(!GoalQuestion.asksPurpose("What is the budget for GPUs?", subject: []))
    #expect(!GoalQuestion.asksPurpose("What is the budget for?", subject: []))
    #expect(!GoalQuestion.asksPurpose("What is the number for new users?", subject: []))
    #expect(GoalQuestion.asksPurpose("what's this carousel for?", subject: []))
    #expect(!GoalQuestion.asksPurpose("what's the carousel for?", subject: []))
    // Siblings: words around "for" that give it no object, the thing in up to three words, a
    // name by its initials; a use of something is no purpose of the product.
    #expect(GoalQuestion.asksPurpose("what are these recs for in the end: tickets, or discovery?", subject: []))
    #expect(GoalQuestion.asksPurpose("what is the feed ordering ultimately for — time spent, or friends?",
                                     subject: ["feed"]))
    #expect(GoalQuestion.asksPurpose("whats pymk for from the company's point of view?", subject: ["pymk"]))
    #expect(try GoalQuestion.subject(of: Fixtures.flagship("people-you-may-know")).contains("pymk"))
    #expect(GoalQuestion.asksPurpose("What is the model designed for?", subject: []))
    #expect(!GoalQuestion.asksPurpose("what is the classifier score used for — removal or review?", subject: []))
    #expect(!GoalQuestion.asksPurpose("What do people mostly use this for?", subject: []))
  }

  @Test("a goal question asked after the candidate's own assumption gets the goal fact", arguments: [
    ("fraud-detection", "Before I go further I want to understand the business goal. My assumption is that we care "
      + "about total fraud losses in dollars, but also about the revenue we lose by declining good customers, so "
      + "what exactly are we optimising for?", "business-goal"),
    ("news-feed", "I'd guess leadership wants time spent to go up, but that can reward clickbait. So what are we "
      + "really optimizing for?", "objective"),
    ("image-search", "I'm guessing this is partly a discovery feature. Given that, what is the main thing we want "
      + "this feature to achieve?", "business-objective"),
  ])
  func goalAfterAnAssumption(scenario: String, question: String, fact: String) throws {
    #expect(try match(scenario, question).factIDs == [fact])
  }

  @Test("a last clause about the team, joined by ', and', is refused alone; the clause before it is answered")
  func teamClause() throws {
    let result = try match("news-feed", "What about new users with no friends yet, and the team size and timeline?")
    #expect(result.factIDs == ["cold-start"])
    #expect(result.unansweredParts == ["the team size and timeline?"])
    // ", or" lists options more often than it adds a question: left as it was.
    #expect(QuestionMatcher.joinedClauses("Which metric does the team use today? MAE, or share late?") == nil)
  }

  @Test("a goal question may name the case study itself")
  func goalQuestionNamingTheSubject() throws {
    #expect(try match("fraud-detection", "What matters most to the business with this fraud system?").factIDs
      == ["business-goal"])
    #expect(try match("harmful-content", "What would count as a win for this project?").factIDs == ["objective"])
    #expect(try match("video-search", "Roughly how many videos and search queries per day?").factIDs
      == ["corpus-size", "traffic"])
  }

  @Test("a goal word beside another topic is left to the matcher")
  func goalWordWithATopic() {
    #expect(GoalQuestion.asksForGoal(QuestionTerms("What's the goal?", concepts: .bundled)))
    #expect(!GoalQuestion.asksForGoal(QuestionTerms("What's the goal of the re-ranker?", concepts: .bundled)))
    #expect(!GoalQuestion.asksForGoal(QuestionTerms("Which success metric do we use offline?", concepts: .bundled)))
    #expect(!GoalQuestion.asksForGoal(QuestionTerms("What is the main latency budget?", concepts: .bundled)))
    // Options listed after the goal word are guesses at the goal (trial 21); a topic before them is not.
    #expect(GoalQuestion.asksForGoal(QuestionTerms("What does success look like for leadership: lower prevalence, "
      + "fewer user reports, or fewer wrongful takedowns?", concepts: .bundled)))
    #expect(GoalQuestion.asksForGoal(QuestionTerms("What counts as success — clicks on results, saves, or downstream "
      + "purchases?", concepts: .bundled)))
    #expect(!GoalQuestion.asksForGoal(QuestionTerms("What's the goal of the re-ranker: precision or recall?",
                                                    concepts: .bundled)))
  }

  /// Trial 22: after a comma the options got "nothing specific", a choice of two facts or the
  /// ticket-volume fact.
  @Test("a goal question with options after a comma gets the goal", arguments: [
    ("video-recommendation", "How do we define success, watch time, daily active users or click-through rate?",
     "business-objective"),
    ("video-recommendation", "What are we optimising for, watch time or clicks?", "business-objective"),
    ("eta-prediction", "What is the goal, fewer late deliveries or more orders?", "objective"),
    ("rag-assistant", "What's the goal, deflecting helpdesk tickets or saving employees time?", "business-goal"),
    // After a dash or a colon as after a comma (a blind bank: the privacy and prevalence facts, or none).
    ("street-view-blurring", "What's the goal — is it only legal compliance, or do we also care how much imagery we "
     + "blur?", "objective"),
    ("harmful-content", "What's the main goal: cut how many people see harmful posts, or remove as many violating "
     + "posts as we can?", "objective"),
    ("fraud-detection", "What are we optimizing - fewer chargebacks, or fewer good customers declined?",
     "business-goal"),
  ])
  func goalWithOptionsAfterAComma(scenario: String, question: String, fact: String) throws {
    #expect(try match(scenario, question).factIDs == [fact])
  }

  /// A blind sibling: "same" is a stop word, so "same city" in the geography fact's phrases was
  /// "city" alone, which the catalogue fact's markets share.
  @Test("'same' and the word after it are one term where a fact uses the pair")
  func samePair() throws {
    #expect(terms("Must they be in the same city?")["same+city"] == 1)
    #expect(try match("similar-listings", "Do the recommended homes have to be in the same city as the one being "
      + "viewed?").factIDs == ["geography"])
    // A pair no fact uses is no term: it would count as a word the scenario lacks.
    #expect(try QuestionMatcher(scenario: Fixtures.flagship("ads-ctr")).terms("Is it the same model?")
      .weights["same+model"] == nil)
  }

  /// A blind set: "How much does freshness matter? Should an hour-old upload reach the homepage?"
  /// went unanswered, the amount term counting as a word no freshness phrase has.
  @Test("'how much does X matter' asks how important X is, not for an amount")
  func howMuchItMatters() throws {
    #expect(terms("How much does freshness matter?")[QuestionTerms.amount] == nil)
    #expect(terms("How much data do we have?")[QuestionTerms.amount] == 1)
    #expect(try match("video-recommendation", "How much does freshness matter?").factIDs == ["freshness"])
    // Nor is "matter" a word of the topic: "… versus recall, given the latency budget?" got the
    // latency fact (a tuning question).
    #expect(terms("How much does freshness matter?")["matter"] == nil)
    #expect(terms("Does it matter?")["matter"] == 1)
  }

  @Test("a sign between words is no term")
  func signs() {
    #expect(terms("Is the ranking score bid × pCTR?")["×"] == nil)
    #expect(terms("Is the ranking score bid × pCTR?")["bid"] == 1)
  }

  @Test("the words before a comma, colon or dash that offers a choice")
  func headBeforeOptions() {
    #expect(GoalQuestion.headBeforeOptions("What's the goal — clicks, or bookings?") == "What's the goal ")
    #expect(GoalQuestion.headBeforeOptions("What's the goal: clicks or bookings?") == "What's the goal")
    #expect(GoalQuestion.headBeforeOptions("What's the goal, in one sentence?") == nil)
    #expect(GoalQuestion.headBeforeOptions("Is the goal clicks or bookings?") == nil)
  }

  @Test("the words through a goal word that guesses joined by \"or\" follow")
  func headThroughGoalWord() throws {
    #expect(GoalQuestion.headThroughGoalWord("sorry if this is obvious, but is the goal mainly being accurate, or more "
      + "about not making people cancel?") == "sorry if this is obvious, but is the goal")
    #expect(GoalQuestion.headThroughGoalWord("Is the objective to grow bookings or clicks?") == "Is the objective")
    #expect(GoalQuestion.headThroughGoalWord("What's the goal of the re-ranker, precision or recall?") == nil)
    #expect(GoalQuestion.headThroughGoalWord("What's the goal? Do we log clicks or views?") == nil)
    #expect(GoalQuestion.headThroughGoalWord("what matters more, latency or accuracy?") == nil)
    #expect(GoalQuestion.headThroughGoalWord("Objective check: are we ranking by raw pCTR, or does the auction use "
      + "the bid?") == nil)
    #expect(try match("eta-prediction", "sorry if this is obvious, but is the goal mainly being accurate, or more about "
      + "not making people cancel? I think those could pull in different directions so I wanted to check first")
      .factIDs == ["objective"])
    #expect(try match("news-feed", "Is the main objective mostly time spent or more about people coming back?")
      .factIDs == ["objective"])
  }

  /// Tuning banks and a blind set (thirty-fifth session): "what's the main use case …?" went
  /// unanswered in rag-assistant and image-search.
  @Test("\"use case\" after a determiner or adjective reads as \"goal\"", arguments: [
    ("What's the main use case?", "What's the main goal?"),
    ("main use cases? IT how-tos, HR policy?", "main goals? IT how-tos, HR policy?"),
    ("Which use-case matters most?", "Which goal matters most?"),
    ("what is the primary usecase", "what is the primary goal"),
    ("Use case first: browsing or buying?", "goal first: browsing or buying?"),
    ("Can we use case notes from past investigations?", nil),
    ("Do we use cases of fraud as labels?", nil),
  ] as [(String, String?)])
  func useCaseAsGoal(question: String, reading: String?) {
    #expect(GoalQuestion.useCaseAsGoal(question) == reading, "\(question)")
  }

  @Test("a question after the main use case gets the goal fact", arguments: [
    ("rag-assistant", "what's the main use case — IT/HR self-service to deflect tickets, or general knowledge lookup "
      + "for engineers?", "business-goal"),
    ("rag-assistant", "main use cases? IT how-tos, HR policy, engineering docs?", "business-goal"),
    ("image-search", "Is the main use case inspiration browsing, or shopping, like finding where to buy a product in "
      + "the photo?", "business-objective"),
  ])
  func useCaseMatch(scenario: String, question: String, fact: String) throws {
    #expect(try match(scenario, question).factIDs == [fact], "\(question)")
  }

  /// Trial 36: "What share of total watch time comes from the homepage today?" got the logging
  /// fact back ("As I said: we log every impression …"), which states no share at all. The other
  /// three are siblings a helper wrote without seeing the facts, labelled "none" by another.
  @Test("a share asked of a fact that states no figure gets no fact", arguments: [
    ("video-recommendation", "What share of total watch time comes from the homepage today?"),
    ("video-recommendation", "What share of total watch time comes from the homepage, as opposed to search or "
      + "subscriptions?"),
    ("ads-ctr", "what share of users have opted out of personalised ads or tracking?"),
    ("news-feed", "Do you have a sense of what fraction of posts get removed or demoted by integrity checks?"),
  ])
  func shareWithoutFigure(scenario: String, question: String) throws {
    #expect(try match(scenario, question).factIDs == [], "\(question)")
  }

  /// Bank 38's tuning part: a share asked beside another question ("Is there an existing system
  /// …, and roughly what share of removals does it catch?") lost the fact that answers the
  /// other part, because that fact states no share.
  @Test("a share asked beside another question leaves only the share unsaid")
  func shareBesideOtherAsk() throws {
    let question = "Is there an existing system today, like keyword lists or hash matching, and roughly what "
      + "share of removals does it catch before anyone reports them?"
    let found = try match("harmful-content", question)
    #expect(found.factIDs == ["existing"], "\(found)")
    #expect(found.unansweredParts == ["roughly what share of removals does it catch before anyone reports them?"],
            "\(found)")
    #expect(ShareQuestion.shareParts(besideOtherAsks: "What share of posts are video?").isEmpty)
  }

  @Test("a share asked of a fact with figures still gets it, and what asks a share is read as such")
  func shareWithFigures() throws {
    #expect(try match("video-recommendation", "What fraction of the billion videos is actually worth recommending?")
      .factIDs == ["catalog-size"])
    #expect(ShareQuestion.asks("Which % of orders are late?"))
    #expect(ShareQuestion.asks("what proportion of clicks are accidental"))
    #expect(!ShareQuestion.asks("Do we share embeddings with search?"))
    #expect(ShareQuestion.statesFigure("about half of them") && ShareQuestion.statesFigure("3,500 per second"))
    #expect(!ShareQuestion.statesFigure("We log every impression with its position on the page."))
  }

  /// A newcomer's trial (fifty-sixth session): "freinds" found its fact by the corrected term,
  /// but the guess beside it was placed by the word as typed and met no "300 friends".
  @Test("slips of the keyboard are written as the facts spell the word, and nothing else changes")
  func spelledAsFacts() throws {
    let matcher = try QuestionMatcher(scenario: Fixtures.flagship("news-feed"))
    #expect(matcher.spelledAsFacts("Whats the avg number of freinds per user, like 300?")
      == "Whats the avg number of friends per user, like 300?")
    #expect(matcher.spelledAsFacts("How many friends per user?") == "How many friends per user?")
    #expect(matcher.spelledAsFacts("Is the ranking model retrained daily?") == "Is the ranking model retrained daily?")
  }

  /// A fresh helper's questions (fifty-sixth session), labelled "none" by another helper: a split
  /// between options asked of a fact that only says where something is shown got that fact.
  @Test("a split asked of a fact that states no share gets no fact", arguments: [
    ("similar-listings", "What's the app vs web split? I'd guess around 60% of traffic is mobile?"),
    ("similar-listings", "mobile app vs web split?"),
    ("video-search", "What's the split between mobile, desktop and TV? TV queries are probably typed very differently."),
  ])
  func splitWithoutShare(scenario: String, question: String) throws {
    #expect(try match(scenario, question).factIDs == [], "\(question)")
  }

  @Test("a split asked of a fact that states shares, or beside another question, keeps its fact")
  func splitWithShares() throws {
    #expect(try match("image-search", "What's the mix of devices — mostly mobile app where the user crops with a "
      + "finger, or desktop web too?").factIDs == ["devices"])
    #expect(try match("rag-assistant", "Corpus size: how many docs and roughly how many tokens? And what's the format "
      + "mix (wiki pages vs PDFs, slides, spreadsheets)?").factIDs == ["corpus"])
    #expect(ShareQuestion.asksSplit("What's the split of traffic between iOS, Android, and web?"))
    #expect(!ShareQuestion.asksSplit("How is the latency budget split between retrieval and ranking?"))
    #expect(!ShareQuestion.asksSplit("Are reviewers split by language?"))
    #expect(ShareQuestion.statesShare("Mostly our mobile apps, plus the website."))
    #expect(!ShareQuestion.statesShare("A carousel on the web and in the apps; desktop shows 6 cards."))
  }

  /// A newcomer's trial (thirty-fifth session): the fraud case study's own step-1 prompt, typed
  /// back as a question, got "I don't have anything specific on that".
  @Test("whom a goal is for is read past: \"for merchants and for us\"", arguments: [
    ("What does a good outcome look like for merchants and for us?", "What does a good outcome look like  and ?"),
    ("What would make this feature a win for the people who use it?",
     "What would make this feature a win  who use it?"),
    ("Are there host-side goals?", nil),
    ("What are the goals for new users?", nil),
  ] as [(String, String?)])
  func withoutBeneficiaries(question: String, reading: String?) {
    #expect(GoalQuestion.withoutBeneficiaries(question) == reading, "\(question)")
  }

  @Test("a step-1 prompt on the goal, asked back, gets the goal fact", arguments: [
    ("fraud-detection", "What does a good outcome look like for merchants and for us?", "business-goal"),
    ("image-search", "What would make this feature a win for the people who use it?", "business-objective"),
    ("similar-listings", "What's a good outcome for guests and for the business?", "objective"),
  ])
  func goalPromptsAskedBack(scenario: String, question: String, fact: String) throws {
    #expect(try match(scenario, question).factIDs == [fact], "\(question)")
  }

  @Test("host-side goals ask about hosts, not the business goal")
  func hostSideGoals() throws {
    #expect(try !match("similar-listings", "Are there host-side goals we need to respect, like fairness in exposure "
      + "across hosts?").factIDs.contains("objective"))
  }

  /// The same trial: "Is it global? I assume yes." got nothing in fraud-detection, whose regions
  /// fact knew "international" but not "global"; so did five other scenarios.
  @Test("is it global? gets the fact on where the product runs", arguments: [
    ("eta-prediction", "scale"), ("event-recommendation", "regions"), ("fraud-detection", "regions"),
    ("harmful-content", "users"), ("news-feed", "global"), ("people-you-may-know", "regions"),
    ("rag-assistant", "users-and-traffic"), ("similar-listings", "regions"),
    ("street-view-blurring", "regions-plates"), ("video-recommendation", "global"), ("video-search", "languages"),
  ])
  func isItGlobal(scenario: String, fact: String) throws {
    #expect(try match(scenario, "Is it global? I assume yes.").factIDs == [fact], "\(scenario)")
  }

  @Test("the same trial's traffic volume and the business's fraud target get their facts, with no false \"nothing more\"")
  func fraudTrialGaps() throws {
    let volume = try match("fraud-detection", "What is the traffic volume, how many payments per second at peak?")
    #expect(volume.factIDs.contains("scale") && volume.unansweredParts.isEmpty, "\(volume)")
    #expect(try match("fraud-detection", "What's the fraud rate target the business wants to hit next year?").factIDs
      == ["business-goal"])
  }

  @Test("a payment we decline is a blocked payment: nobody knows whether it was fraud")
  func declinedPaymentsOutcome() throws {
    #expect(try match("fraud-detection", "For payments we decline, do we ever find out whether they were actually "
      + "fraud?").factIDs == ["fraud-rate"])
  }

  @Test("can we use case notes is no goal question")
  func useCaseVerb() throws {
    #expect(try !match("fraud-detection", "Can we use case notes from past investigations as labels?").factIDs
      .contains("business-goal"))
  }

  // Blind set ten, thirty-second session: "success is …?" put the goal to check and got the
  // acceptance figures.
  @Test("a goal stated to check gets the goal fact")
  func statedGoal() throws {
    #expect(GoalQuestion.statesGoal("success is a connection request that gets accepted, not just any request sent?"))
    #expect(GoalQuestion.statesGoal("I'm assuming the goal is long-term engagement, is that right?"))
    #expect(GoalQuestion.statesGoal("our main objective would be revenue?"))
    // Siblings: an opening of its own, words between the goal and its verb, "=" for the verb.
    #expect(GoalQuestion.statesGoal("my read is the real goal is ad revenue per session, right?"))
    #expect(GoalQuestion.statesGoal("So the goal, as I understand it, is an estimate customers trust?"))
    #expect(GoalQuestion.statesGoal("Success here = more ticket purchases from the home screen?"))
    #expect(GoalQuestion.statesGoal("Goal-wise I'm assuming it's fewer IT tickets?"))
    #expect(!GoalQuestion.statesGoal("the goal of the ranker is precision?"))
    #expect(!GoalQuestion.statesGoal("how many labels do we have, and is the goal clear?"))
    #expect(!GoalQuestion.statesGoal("Is success measured per panorama?"))
    #expect(try match("people-you-may-know", "sorry, just to check I understand - success is a connection request that "
      + "gets accepted, not just any request sent? because I think acceptance is what really matters").factIDs
      == ["objective"])
    #expect(try match("ads-ctr", "so the goal is revenue, not raw clicks, right?").factIDs == ["objective"])
  }

  @Test("the words before a comma, colon or dash that follows with a guess")
  func headBeforeGuess() {
    #expect(ExistingSystemQuestion.headBeforeGuess("what's there today, some content-based knn on attributes?")
      == "what's there today")
    #expect(ExistingSystemQuestion.headBeforeGuess("Is there a model today — maybe a GBDT?") == "Is there a model today ")
    #expect(ExistingSystemQuestion.headBeforeGuess("Is there a model today, and how good is it?") == nil)
    #expect(ExistingSystemQuestion.headBeforeGuess("Today, is there a model?") == nil)
  }

  @Test("one amount asked of two things gets a fact for each when they differ")
  func coordinatedAmounts() throws {
    let both = try #require(CoordinatedAmount("How many users and events do we have?"))
    #expect(both.questions.0 == "How many users do we have?")
    #expect(both.questions.1 == "How many events do we have?")
    #expect(both.firstSharingTheNoun == nil)
    let sides = try #require(CoordinatedAmount("how many monthly and daily actives"))
    #expect(sides.questions.1 == "how many daily actives?")
    #expect(sides.firstSharingTheNoun == "how many monthly actives?")
    #expect(CoordinatedAmount("How many users do we have?") == nil)
    #expect(CoordinatedAmount("How many users and how fast do they grow?") == nil)
    #expect(try match("event-recommendation", "How many users and events do we have?").factIDs == ["users", "inventory"])
    #expect(try match("image-search", "How many images and queries per day?").factIDs == ["corpus-size", "traffic"])
    // Two sides of one fact stay one answer.
    #expect(try match("video-recommendation", "How many daily and monthly users?").factIDs == ["users-traffic"])
    // A compound is a word; a part of a longer message is read the same way (blind set seven).
    let compound = try #require(CoordinatedAmount("how many active listings and listing-page views a day?"))
    #expect(compound.questions.1 == "how many listing-page views a day?")
    #expect(try Set(match("similar-listings", "how many active listings and listing-page views a day? order of "
      + "magnitude, e.g. 5M listings, 100M views/day").factIDs) == ["catalogue", "traffic"])
    #expect(CoordinatedAmount("How many daily active users and feed-load requests at peak?")?.first
      == ["daily", "active", "users"])
    #expect(try Set(match("image-search", "How many images and daily queries? I'd guess billions and thousands per "
      + "second.").factIDs) == ["corpus-size", "traffic"])
  }

  @Test("a question that is one fact's phrase as it stands gets that fact, though its words are common")
  func phraseAsked() throws {
    // "event" is in every fact of the scenario, so "how many events" weighs little.
    #expect(try match("event-recommendation", "How many events do we have?").factIDs == ["inventory"])
    // A detail nobody has is still refused.
    #expect(try match("street-view-blurring", "Which vendor did the labelling?").factIDs.isEmpty)
  }

  @Test("a question near two facts' examples alike, or near none, gets no fact from them")
  func nearExampleNeedsALead() throws {
    let scenario = try Fixtures.flagship("rag-assistant")
    let matcher = QuestionMatcher(scenario: scenario)
    let near = NearExampleQuestion(scenario: scenario, terms: matcher.terms)
    #expect(near.fact(for: matcher.terms("How big is the team?").weights) != nil)
    #expect(near.fact(for: matcher.terms("What colour is the office carpet?").weights) == nil)
    #expect(near.fact(for: [:]) == nil)
    #expect(NearExampleQuestion.cosine(["a": 1, "b": 1], ["a": 1, "b": 1]) > 0.999)
    #expect(NearExampleQuestion.cosine(["a": 1], ["b": 1]) == 0)
  }

  @Test("a concept spelled by listed options weighs as an option, not as the topic")
  func listedConcepts() throws {
    let weights = terms("How are advertisers billed: per click, per impression, or per conversion?")
    #expect((weights["#cost-per-mille"] ?? 0) <= QuestionTerms.listedOptionFactor)
    #expect(weights["bil"] == 1)
    // The runner-up explains only the options: the fact about billing still answers.
    #expect(try match("ads-ctr", "How are advertisers billed: per click, per impression, or per conversion?").factIDs
      == ["auction"])
  }

  @Test("a list ends where a new question starts, and a number range is no list")
  func listEnds() {
    let weights = terms("If I use something like DLRM, do we have GPUs for training?")
    #expect(weights["gpu"] == 1)
    #expect(terms("Is 30–40 minutes the window customers see?")["window"] == 1)
  }

  @Test("the candidate's own 'if I use …' clause is context, weighed below the question")
  func designContext() throws {
    let weights = terms("If I use a wide-and-deep model with huge embedding tables, do we have GPUs for training?")
    #expect(weights["tabl"] == QuestionTerms.designContextFactor)
    #expect(weights["gpu"] == 1)
    #expect(try match("ads-ctr", "if I use a wide-and-deep model with huge embedding tables, do we have GPUs for training?")
      .factIDs == ["compute"])
  }

  @Test("shorthand reads as the words a fact spells out", arguments: [
    ("street-view-blurring", "panos per day?", ["volume"]),
    ("ads-ctr", "p99 target?", ["latency"]),
    ("ads-ctr", "dau / qps?", ["users", "traffic"]),
  ])
  func shorthand(id: String, question: String, facts: [String]) throws {
    #expect(try match(id, question).factIDs == facts, "\(question)")
    #expect(terms("How many GPUs?")["gpu"] == 1)
    #expect(terms("infra?")["infra"] == nil)
  }

  @Test("a bare topic word gets the fact named by it, though other facts use it in passing")
  func bareTopic() throws {
    #expect(try match("harmful-content", "Labels?").factIDs == ["labels"])
  }

  @Test("a question naming a fact's topic by its id finds the fact")
  func factIDAsTopic() throws {
    // Newcomer trial 2026-12-01: "What is the objective?" got "I don't have anything", since
    // the fact's phrases say only "business objective".
    #expect(try match("ads-ctr", "What is the objective?").factIDs == ["objective"])
    var found = 0
    var asked = 0
    for scenario in Fixtures.catalogue {
      let matcher = QuestionMatcher(scenario: scenario)
      for fact in scenario.facts {
        asked += 1
        if matcher.match("What about the \(fact.id.replacingOccurrences(of: "-", with: " "))?").factIDs == [fact.id] {
          found += 1
        }
      }
    }
    // Measured 250 of 276; the rest are ids many facts share as a word ("users", "data").
    #expect(Double(found) >= 0.88 * Double(asked), "\(found) of \(asked)")
  }

  @Test("'is that a fair assumption' only asks to confirm: the topic decides")
  func confirmationWords() throws {
    #expect(terms("Is a 1% CTR a fair assumption?")["fair"] == nil)
    #expect(try match("ads-ctr", "Is a 1% CTR a fair assumption?").factIDs == ["base-ctr"])
  }

  @Test("questions in several parts", arguments: [
    ("team size and compute budget?", 2),
    ("dau / sessions per day?", 2),
    ("What's the latency budget and QPS for the carousel?", 2),
    ("What is the listing count and peak page-view rate we need to handle?", 2),
    ("What's the budget for training and serving the model?", 1),
    ("Can I assume 1 billion videos and around 20k QPS?", 2),
    ("How many merchants, which verticals?", 2),
    ("If I use a two-tower model, do we have GPUs?", 1),
    ("What's the memory budget — is that enough for float embeddings?", 1),
    ("What's the memory budget — can we keep everything in RAM?", 2),
    ("What recall do we need -- is a single missed face a legal problem?", 2),
    ("What's the memory budget - is that enough for float embeddings?", 1),
    ("Is the two-tower model in scope?", 1),
    ("Do we log clicks and views?", 1),
    // A blind two-part question (twenty-sixth session): a hedge before the second question word.
    ("How many posts per day are we talking about, and roughly what fraction of them are actually harmful?", 2),
    ("How many orders a day, and also how many restaurants?", 2),
    ("Do we log clicks and roughly views?", 1),
  ])
  func parts(question: String, count: Int) {
    #expect(QuestionParts.split(question).count == count, "\(QuestionParts.split(question))")
  }

  @Test("a two-number assumption gets both facts")
  func twoNumbers() throws {
    #expect(try match("video-search", "Can I assume 1 billion videos and around 20k QPS?").factIDs
      == ["corpus-size", "traffic"])
  }

  @Test("only the part about the team is refused; the rest is answered")
  func organisationPart() throws {
    #expect(try match("ads-ctr", "What's the GPU budget, and how big is the team?").factIDs == ["compute"])
    #expect(try match("ads-ctr", "How big is the team?").abstention == .tooSpecific)
  }

  @Test("organisation words refuse only where no fact is about them")
  func organisationWords() {
    #expect(OddlySpecificQuestion.applies(to: "Does the review team work weekends?"))
    #expect(!OddlySpecificQuestion.applies(to: "Does the review team work weekends?", scenarioWords: ["team"]))
  }

  @Test("a dated past event, one entity singled out by a superlative, an internal detail", arguments: [
    ("What did the regulator decide in 2019?", true),
    ("What was the AUC in Q3 2021?", true),
    ("Can I assume 2000 QPS?", false),
    ("Which advertiser has the biggest budget?", true),
    // One record holder (thirty-fifth session: the graph-size fact); a plural asks a breakdown.
    ("Which user has the most friends on the platform?", true),
    ("Who sent the most friend requests last week?", true),
    ("Which markets have the most listings?", false),
    ("Which signals matter the most?", false),
    ("What's the most watched video in our biggest market?", true),
    ("What's the smallest face we must blur?", false),
    ("Which projection does the map service use internally?", true),
    ("Who manufactures the cameras?", true),
    // A product picked by name (a blind bank: the labels fact, the existing-system fact).
    ("What labelling tool do the annotators use?", true),
    ("Which queueing service does the moderation team run?", true),
    ("Is there an internal API for the hash bank?", true),
    ("Which services consume the predicted ETA?", false),
    ("What tools do reviewers have to see the context of a post?", false),
    // Data kept internally is a question of retention (a blind bank); a system built inside is not.
    ("Are the raw panoramas stored internally for a while, and who can see them?", false),
    ("Do we hold on to the uploaded address books internally?", false),
    ("Which index does the search team use internally?", true),
    // The measured latency of one part of the stack (two blind sets: the latency fact); a budget
    // or the whole request is the latency fact's.
    ("How long does a lookup in the current embedding store take at p99?", true),
    ("What's the cache's p95 latency today?", true),
    ("Can I assume a p99 of 10 ms for the feature store lookup?", false),
    ("What's the p99 for the whole page, including the feature store lookup?", false),
    // So is today's system measured (a sibling check, thirtieth session); its budget is not.
    ("What's the p99 latency of the current feed ranker?", true),
    ("What latency budget does the current ranker have to meet?", false),
  ])
  func oddlySpecific(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.applies(to: question) == specific, "\(question)")
  }

  @Test("a later part that says 'they' is read with the words of the part before")
  func antecedent() throws {
    #expect(QuestionParts.pointsBack("how fast should they show up?"))
    // After the part about new events it is freshness. ("show up" alone names freshness by its
    // own phrase, see phrasalVerbs; and a speed of appearing asks freshness whatever "they"
    // are, see `FreshnessQuestion`.)
    #expect(try match("event-recommendation", "how fast should they appear?").factIDs == ["freshness"])
    #expect(try match("event-recommendation", "How many new events a day, and how fast should they appear?").factIDs
      == ["inventory", "freshness"])
    #expect(try match("event-recommendation", "How many new events a day, and how fast should they show up?").factIDs
      == ["inventory", "freshness"])
  }

  @Test("'where' asking for a place meets a fact's 'where the user is'; a 'where' clause does not")
  func place() throws {
    #expect(terms("Do we know where the user is?")["#where"] == 1)
    #expect(terms("Is there a skew where few videos get most views?")["#where"] == nil)
    #expect(try match("event-recommendation", "Do we know where the user is?").factIDs == ["location"])
  }

  @Test("confirmation words drop only where they close an assumption")
  func confirmations() {
    #expect(terms("Is a 2% CTR a fair assumption?")["fair"] == nil)
    #expect(terms("Is 150 ms right?")["right"] == nil)
    #expect(terms("Is it safe to assume 50k QPS?")["safe"] == nil)
    #expect(terms("Does the right to erasure apply?")["right"] == 1)
    #expect(terms("Is safe search on by default?")["saf"] != nil || terms("Is safe search on by default?")["safe"] != nil)
    #expect(terms("Can I assume 50k QPS?")["k"] == nil)
    #expect(terms("Top k results?")["k"] == 1)
  }

  @Test("irregular verb forms meet their verb: 'videos shown' is 'videos show'")
  func irregularForms() {
    #expect(terms("How many videos are shown?")["show"] == 1)
    #expect(terms("How many requests are sent a day?")["send"] == 1)
  }

  @Test("'and if so, which kind?' asks for detail: what follows lists options")
  func ifSo() throws {
    #expect(terms("Is there a model in production, and if so is it logistic regression?")["logistic"]
      == QuestionTerms.listedOptionFactor)
    #expect(try match("ads-ctr", "Is there a CTR model in production today, and if so which kind, gradient boosted trees or a neural net?")
      .factIDs == ["existing"])
  }

  @Test("an unknown concept spelled only by unknown words adds nothing to what its words weigh")
  func unknownConcepts() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr"))
    let options = QuestionTerms("Is it logistic regression?", concepts: .bundled)
    #expect(options.weights["#logistic-regression"] != nil)
    #expect(matcher.weight(of: "#logistic-regression", among: options) == 0)
    // "position bias" names an idea no fact has, though a fact speaks of slot position.
    let bias = QuestionTerms("Do we correct for position bias?", concepts: .bundled)
    #expect(matcher.weight(of: "#position-bias", among: bias) > 0)
  }

  @Test("a yes/no question with a figure asks for the amount; an age or a rank does not")
  func figures() throws {
    #expect(terms("Can I assume 2 billion users?")["#amount"] == 1)
    #expect(terms("Is there a separate experience for under-18s?")["#amount"] == nil)
    #expect(terms("Do we need the top 50?")["#amount"] == nil)
    #expect(try match("people-you-may-know", "Can I assume 2 billion users?").factIDs == ["users"])
    #expect(try match("people-you-may-know", "Can I assume 1B users with an average of 300 friends each?").factIDs
      == ["users", "graph-size"])
  }

  /// Blind set, thirtieth session: five lists of assumed figures in 125 questions got one fact or
  /// none, as the list was one part whose words spread over several facts.
  @Test("a list of assumed figures is one part per figure, each answered by its own fact")
  func figureLists() throws {
    #expect(QuestionParts.split("Can I assume 5M active listings, something like 20k carousel requests per second at peak?")
      .count == 2)
    #expect(QuestionParts.split("Assume 400M daily users, a few thousand candidate posts each, and 200k feed loads per "
      + "second at peak?").count == 3)
    #expect(QuestionParts.split("Is it fine to take 3M orders a day, on the order of 30k estimate requests/sec at dinner?")
      .count == 2)
    // A comma before a figure with none before it sets no second assumption.
    #expect(QuestionParts.split("For the feed, 2 billion users?").count == 1)
    // "on the order of" puts a figure: it is no word about orders.
    #expect(terms("on the order of 30k requests")["order"] == nil)
    #expect(terms("how many orders a day?")["order"] == 1)
    #expect(try match("similar-listings", "Can I assume 5M active listings, something like 20k carousel requests per "
      + "second at peak?").factIDs == ["catalogue", "traffic"])
    #expect(try match("news-feed", "Assume 400M daily users, a few thousand candidate posts each, and 200k feed loads "
      + "per second at peak?").factIDs == ["users", "inventory", "traffic"])
    #expect(try match("eta-prediction", "Is it fine to take 3M orders a day, on the order of 30k estimate requests/sec at "
      + "dinner?").factIDs == ["scale", "traffic"])
    // A figure a few words into the next clause is a second assumption too; a clause opened by a
    // verb is not.
    #expect(QuestionParts.split("Let's say 3M orders a day and peak browse traffic of maybe 25k list requests per second?")
      .count == 2)
    #expect(QuestionParts.split("I'll take 5k payments per second, a fraud rate around 0.1% and an average of $50?").count == 3)
    #expect(QuestionParts.split("Given fifty billion images, storing 512 floats each is a lot — is there a budget?").count == 1)
    // A lead-in before a colon names no topic, nor does a check of the figures' size.
    let check = terms("Sanity check: 8k payments per second at peak. Right order of magnitude, in the ballpark?")
    #expect(check["sanity"] == nil && check["check"] == nil && check["magnitud"] == nil && check["ballpark"] == nil
      && check["order"] == nil && check["right"] == nil)
    #expect(check["payment"] == 1)
    // tmux, forty-third session: "the right scale" pulled the guess's second part to the scale
    // fact, and its prevalence went unanswered.
    let scale = terms("with maybe 0.1-1% violating. Is that the right scale?")
    #expect(scale["scal"] == nil && scale["right"] == nil, "\(scale)")
    #expect(try match("harmful-content", "I'd estimate something like 500M new posts a day with maybe 0.1-1% violating. "
      + "Is that the right scale?").factIDs == ["post-volume", "prevalence"])
    // A final blind set: each figure of a list is judged as a whole question is, and
    // "Proposing:" is a lead-in. (Without the asked lists: since the thirty-first session the
    // question is itself a tuning question of bank twelve, and its third part finds its fact.)
    // Its "under 100 ms" is the latency budget put forward (thirty-fifth session), which its
    // label also names.
    var pymk = try Fixtures.flagship("people-you-may-know")
    for index in pymk.facts.indices { pymk.facts[index].asked = [] }
    #expect(QuestionMatcher(scenario: pymk).match("Proposing: 1B users, about 300 friends on average, ~100 suggestions "
      + "precomputed per user and refreshed daily, served from a key-value store in under 100 ms. Comfortable with that?")
      .factIDs == ["users", "graph-size", "latency"])
    // "realtime" is "real time" typed as one word.
    #expect(terms("computed realtime?")["real"] == 1 && terms("computed realtime?")["realtim"] == nil)
    #expect(try match("fraud-detection", "Sanity check: 8k payments per second at peak, about 40M payments a day, and 300 "
      + "ms to decide. Right order of magnitude?").factIDs == ["peak-traffic", "scale", "latency"])
  }

  /// Tuning banks: examples in brackets ("(friend requests need acceptance)", "(visa's ~0.9%?)")
  /// weighed as the topic and left questions unanswered or got the wrong fact.
  @Test("words in brackets are examples and weigh as listed options")
  func bracketedExamples() throws {
    let weights = terms("For each order do we have timestamps (courier picks up, handed over), or only delivered?")
    #expect(weights["courier"] == QuestionTerms.listedOptionFactor)
    #expect(weights["timestamp"] == 1)
    #expect(try match("people-you-may-know", "Is the graph symmetric (friend requests need acceptance) or follow-style "
      + "one directional?").factIDs == ["connection-type"])
  }

  @Test("a unit of time no fact uses is no unknown topic; idioms and adjectives meet their noun")
  func unitsAndIdioms() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(!matcher.knows("minut") && matcher.weight(of: "minut") == 0)
    #expect(terms("regional limits?")["region"] == 1)
    #expect(try match("news-feed", "What about users with just a handful of friends?").factIDs == ["cold-start"])
  }

  @Test("'how current must it be?' asks about freshness, not about the current system")
  func howCurrent() throws {
    #expect(terms("How current does the feed need to be?")["fresh"] == 1)
    #expect(terms("What is the current system?")["current"] == 1)
    #expect(try match("news-feed", "How current does the feed need to be?").factIDs == ["freshness"])
  }

  @Test("a percentage is a rate, not an amount: it never draws the fact about how many")
  func percentages() throws {
    #expect(terms("Is 2% of uploads being harmful a fair number?")["#amount"] == nil)
    #expect(terms("Is a 3 percent CTR realistic?")["#amount"] == nil)
    #expect(terms("Is a 3 percent CTR realistic?")["percent"] == nil)
    #expect(terms("Can I assume 2 million uploads a day?")["#amount"] == 1)
    #expect(try match("harmful-content", "Is 2% of uploads being harmful a fair number?").factIDs != ["post-volume"])
  }

  @Test("an organisation word after a word the facts are about names a group the scenario knows")
  func knownGroups() throws {
    let words: Set<String> = ["helpdesk", "label"]
    #expect(!OddlySpecificQuestion.namesOrganisation("Could helpdesk staff label answers?", scenarioWords: words))
    #expect(OddlySpecificQuestion.namesOrganisation("Could the staff label answers?", scenarioWords: words))
    #expect(try match("rag-assistant", "Could helpdesk staff label answers for an evaluation set?").factIDs
      == ["labels-and-experts"])
    #expect(try match("ads-ctr", "How many engineers are on the ranking team?").abstention == .tooSpecific)
    // Forty-second session's tmux interview: "people" had found the users fact, and "ranking" is
    // a word of news-feed's facts; counting a group's people counts the org.
    #expect(try match("news-feed", "How many people are on the ranking team, and how long do we have to ship this?")
      .factIDs.isEmpty)
    #expect(OddlySpecificQuestion.namesOrganisation("How many people are on the helpdesk staff?", scenarioWords: words))
  }

  // Siblings written blind (forty-third session): a team named with a word of the facts, in
  // scenarios whose facts speak of some other team, had got the nearest fact.
  @Test("counting a team's people is refused unless the facts give that team's size", arguments: [
    ("fraud-detection", "How large is the chargeback operations team?", true),
    ("eta-prediction", "What's the size of the courier dispatch team?", true),
    ("eta-prediction", "How many people work on the maps and routing team?", true),
    ("harmful-content", "How large is the content policy team in Dublin?", true),
    ("people-you-may-know", "What's the size of the friend recommendations team?", true),
    ("fraud-detection", "How big is the review team?", false),
    ("fraud-detection", "How many analysts are on the review team?", false),
    ("street-view-blurring", "How big is the review team?", false),
    ("rag-assistant", "How big is the team?", false),
    ("fraud-detection", "Does the risk team own the rules engine?", false),
  ])
  func teamHeadcount(scenario: String, question: String, refused: Bool) throws {
    let result = try match(scenario, question)
    #expect((result.abstention == .tooSpecific) == refused, "\(question): \(result)")
  }

  @Test("a part listing asks, one about the team's size, has the rest answered")
  func listedTeamSize() throws {
    let result = try match("people-you-may-know", "compute budget, team size, and when do you want to launch?")
    #expect(result.factIDs == ["compute"], "\(result)")
    let gpus = try match("similar-listings",
                         "gpus for training or are we cpu only, how many people are on the team, and when does v1 need to ship?")
    #expect(gpus.factIDs == ["infrastructure"], "\(gpus)")
    // A condition before the comma asks nothing: the question stays refused.
    #expect(try match("ads-ctr", "If predicted CTR drifts away from observed CTR, who gets paged: us or the ads ops team?")
      .factIDs.isEmpty)
    #expect(try match("video-recommendation", "Is the team big enough to run several candidate generators?")
      .factIDs.isEmpty)
  }

  @Test("a fact clearly ahead of the next (under 1.8 times its score) answers; only near-equal facts tie")
  func clearLeadAnswers() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("fraud-detection"))
    let ranking = matcher.ranking("What's the transaction volume at peak?")
    #expect(ranking[0].score < ranking[1].score * 1.8)
    #expect(matcher.match("What's the transaction volume at peak?").factIDs == ["peak-traffic"])
  }

  @Test("', or is …?' offers the question a second way: its words count more than listed options")
  func alternativeQuestion() throws {
    let alternative = terms("Must recommendations stay in town, or is distance a hard filter?")
    #expect(alternative["distanc"] == QuestionTerms.alternativeFactor)
    #expect(QuestionTerms.alternativeFactor > QuestionTerms.listedOptionFactor)
    // Without a comma, "or who" lists one more option.
    #expect(terms("Can we use signals like location or who viewed a profile?")["view"] == QuestionTerms.listedOptionFactor)
    // A question mark ends the alternative.
    #expect(terms("Is it batch, or is it streaming? What latency?")["latency"] == 1)
  }

  // Trial 14: "What does the homepage look like – a grid of how many videos?" was met with
  // "I don't have that": "like" and the dash made every word after them a listed option.
  @Test("'look like' at the end of a clause lists nothing; a 'how many' clause after a dash asks")
  func describingIsNotListing() throws {
    let asked = terms("What does the homepage look like – a grid of how many videos?")
    #expect(asked["grid"] == 1 && asked["video"] == 1 && asked[QuestionTerms.amount] == 1)
    #expect(terms("What does the dashboard look like?")["dashboard"] == 1)
    // "They look like regular posts" names what they resemble, as other options do.
    #expect(terms("Do the ads look like regular posts?")["post"] == QuestionTerms.listedOptionFactor)
    #expect(terms("Latency: 100 ms or 200 ms?")["m"] == nil)
    #expect(terms("What's the goal: watch time or retention?")["retention"] == QuestionTerms.listedOptionFactor)
    #expect(terms("Uploads – how many per day?")[QuestionTerms.amount] == 1)
    // Trial 16 typed its dashes as " - ": options after them are options too. A hyphen in a
    // compound is no dash.
    #expect(terms("Where will people use it - Slack, a web page, or both?")["slack"] == QuestionTerms.listedOptionFactor)
    #expect(!QuestionTerms.isDash(ArraySlice(Array("-".utf8))) && QuestionTerms.isDash(ArraySlice(Array(" - ".utf8))))
    var scenario = try Fixtures.flagship("video-recommendation")
    let question = "What does the homepage look like – a grid of how many videos?"
    // Questions asked before of the surface fact settle the tie; without them it is offered.
    #expect(QuestionMatcher(scenario: scenario).match(question).factIDs == ["surface"])
    for index in scenario.facts.indices { scenario.facts[index].asked = [] }
    let match = QuestionMatcher(scenario: scenario).match(question)
    // Since "videos on the homepage" is the surface fact's phrase it answers; a choice would do.
    #expect(match.factIDs == ["surface"] || match.factIDs == [] && match.alternatives.contains("surface"),
            "offered as a choice at least")
  }

  @Test("a word only a fact's answer says counts a little for that fact")
  func answerWords() throws {
    // "pings" and "seconds" are in the logs fact's answer ("GPS pings every few seconds"),
    // in none of its phrases; the question abstained before.
    #expect(try match("eta-prediction", "can I assume courier GPS pings every few seconds?").factIDs == ["logs-labels"])
    // A word another fact's whole phrase explains is not taken by an answer that says it in
    // passing: the traffic answer's "posts scrolled" made this a tie with the inventory fact.
    #expect(try match("news-feed", "How many candidate posts get ranked for each feed request?").factIDs == ["inventory"])
    // A little: a question that shares only an answer's side words gets nothing.
    #expect(try match("eta-prediction", "Is the rain heavier in some cities than in others?").factIDs.isEmpty)
    #expect(QuestionMatcher.Tuning().answerFactor < QuestionMatcher.Tuning().looseFactor)
  }

  @Test("a derived word no fact uses is read as its root where a fact uses that")
  func derivedWords() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("video-recommendation"))
    try #require(matcher.knows("eligibl") && !matcher.knows("eligibility"))
    let terms = matcher.terms("What decides a video's eligibility?")
    #expect(terms.weights["eligibl"] == 1 && terms.weights["eligibility"] == nil)
    // A word whose root no fact uses stays as it is: it names a topic the scenario lacks.
    #expect(matcher.terms("Is there any usefulness score?").weights["usefulnes"] == 1)
  }

  @Test("a statement before the question is the candidate's setting: its words weigh less")
  func preamble() throws {
    let setting = terms("For the ranking model I have in mind, do we have GPUs for training?")
    #expect(setting["rank"] == QuestionTerms.preambleFactor)
    #expect(setting["gpu"] == 1)
    #expect(try match("ads-ctr", "For the ranking model I have in mind, do we have GPUs for training?").factIDs
      == ["compute"])
    // The question points back at the statement: the statement is what it asks about.
    #expect(terms("I'm assuming traffic peaks in the evening, is that right?")["traffic"] == 1)
    // A question before the comma, a relative clause after it, or a bare list is no setting.
    #expect(terms("What's the latency budget, and do we have GPUs?")["latency"] == 1)
    #expect(terms("Latency budget for the results page, where we show ten items?")["latency"] == 1)
    #expect(terms("rain, snow — how much of it?")["rain"] == 1)
  }

  @Test("connectives and all-purpose verbs no fact uses weigh nothing; a fact that uses one meets it")
  func incidentalWords() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("people-you-may-know"))
    let terms = matcher.terms("Given the graph is huge, is there a GPU budget?")
    #expect(!matcher.knows("giv") && matcher.weight(of: "giv", among: terms) == 0)
    #expect(matcher.match("Given the graph is huge, is there a GPU budget?").factIDs == ["compute"])
    #expect(matcher.weight(of: "frankfurt") == matcher.tuning.unknownWeight)
  }

  @Test("a part the given fact's answer says is not named as unanswered; a part it does not say still is")
  func partSaidByTheAnswer() throws {
    // Trial 8: "About 40 analysts review …" followed by "On "How many analysts …", I have nothing more specific".
    #expect(try match("fraud-detection", "How many analysts do we have for manual review, and how many cases can "
      + "they handle a day?").unansweredParts.isEmpty)
    #expect(try match("fraud-detection", "How long until we learn a payment was fraud - is it chargebacks, and do "
      + "they arrive within 30 days?").unansweredParts.isEmpty)
    let control = try match("video-recommendation", "Is the platform global, and which country is the largest?")
    #expect(control.factIDs == ["global"])
    #expect(control.unansweredParts == ["which country is the largest?"])
  }

  @Test("a later part the fact already given says adds no second fact")
  func laterPartSaidByAnEarlierFact() throws {
    // Twenty-fifth session, tmux: the surface fact was added ("As I said: Every store card …")
    // though the existing-system fact gives the 18% that arrive after the window.
    let said = try match("eta-prediction", "Is there an existing ETA system, rule-based or ML, and how good is it "
      + "today — what's the % of orders arriving within the shown window?")
    #expect(said.factIDs == ["existing"])
    #expect(said.unansweredParts.isEmpty)
    // A later part on another topic still gets its own fact.
    #expect(try match("eta-prediction", "How many orders a day, and what's the peak per second?").factIDs.count == 2)
  }

  @Test("a question on taking content down with no human gets the rule on automated decisions", arguments: [
    "Can we auto-remove posts without a human in the loop?",
    "Are we allowed to take posts down automatically, with no reviewer involved?",
  ])
  func automatedRemoval(question: String) throws {
    // Trial 63: "I don't have anything specific on that", beside the DSA fact.
    #expect(try match("harmful-content", question).factIDs == ["legal"])
  }

  @Test("a fact found by a remark after the question answers the question it gives context to")
  func remarkGivesContext() throws {
    // Session 17's tmux trial: the privacy fact came through "I'm thinking about EU visitors who
    // declined cookies.", yet the reply added "If that doesn't cover "Can we use what …"".
    for (scenario, question, fact) in [
      ("similar-listings", "Can we use the listings a guest browsed earlier? Asking because of GDPR and cookie "
        + "consent.", "privacy"),
      ("video-recommendation", "Can we recommend based on watch history for teenagers? I'm worried about minors "
        + "under 16.", "policy"),
    ] {
      let result = try match(scenario, question)
      #expect(result.factIDs == [fact] && result.unansweredParts.isEmpty, "\(question): \(result)")
    }
    // A question the remark's fact does not come close to is still named as unanswered.
    let control = try match("video-recommendation", "Which font does the home page use? I'm assuming about "
      + "100 million daily users.")
    #expect(control.unansweredParts == ["Which font does the home page use?"], "\(control)")
  }

  @Test("a question answered in full is not named as perhaps not covered")
  func answeredInFull() throws {
    // Trial 48: "Who pays for a fraudulent payment …? I'm asking because that decides …" and
    // "What does success look like for the business - is there a target, like …?" got a full
    // answer followed by "If that doesn't cover …".
    for (scenario, question, fact) in [
      ("fraud-detection", "Who eats the loss when a fraudulent payment goes through? I'm asking because it sets how "
        + "costly a false negative is.", "error-costs"),
      ("ads-ctr", "How fresh must the model be - is a weekly retrain fine?", "freshness"),
    ] {
      let result = try match(scenario, question)
      #expect(result.factIDs == [fact] && result.unansweredParts.isEmpty, "\(question): \(result)")
    }
    #expect(QuestionMatcher.explainsAsking("I’m asking because the budget depends on it."))
    #expect(!QuestionMatcher.explainsAsking("I'm assuming 100M daily users."))
  }

  @Test("a vague question followed by a remark that says what it is about gets the remark's fact")
  func remarkSaysWhatAVagueQuestionAsks() throws {
    // Trial 45: "Does this need to work the same way everywhere? Thinking of low-resource
    // languages …" and "How quick does this have to be? Asking because the card networks time
    // out an authorisation request …" got nothing.
    #expect(try match("harmful-content", "Is it the same setup in all markets? Mostly asking about smaller "
      + "languages.").factIDs == ["languages"])
    #expect(try match("fraud-detection", "How quick must it be? Asking since the issuer times out the "
      + "authorisation request within a few hundred ms.").factIDs == ["latency"])
    // A speed asked of something new showing up is still freshness, remark or not.
    #expect(try match("news-feed", "How quick should it be? Thinking of new posts showing up.").factIDs != ["latency"])
  }

  @Test("a one-word question that is a whole phrase of one fact, well ahead of the rest, gets it")
  func bareWholePhrase() throws {
    // Trial 18: "Resolution?" got "nothing" while "What's the panorama resolution?" got the capture fact.
    #expect(try match("street-view-blurring", "Resolution?").factIDs == ["capture"])
    #expect(try match("street-view-blurring", "Reflections?").factIDs == ["blur-scope"])
    // A word no fact of the scenario is about still gets nothing.
    #expect(try match("news-feed", "Resolution?").factIDs.isEmpty)
  }

  @Test("trial 18's questions that got 'nothing' although a fact answers them", arguments: [
    ("street-view-blurring", "Is over-blurring acceptable?", "objective"),
    // Was offered a choice with "How many faces and plates are in a typical panorama?".
    ("street-view-blurring", "Do we need to blur only faces and plates, or also full bodies, house numbers or car "
      + "interiors?", "blur-scope"),
    ("street-view-blurring", "Are the images only from our own camera cars, or also from user contributions with "
      + "different cameras?", "capture"),
    ("news-feed", "Do we run user satisfaction surveys, like 'was this post worth your time', that could serve as a "
      + "label?", "training-data"),
  ])
  func trial18Evasive(scenario: String, question: String, fact: String) throws {
    #expect(try match(scenario, question).factIDs == [fact])
  }

  /// Trial 21: questions a fact's phrases met while its answer said nothing on them ("What do
  /// couriers get paid per delivery?" got the dispatch paragraph). The facts now say it.
  @Test("a fact answers what its phrases promise", arguments: [
    ("eta-prediction", "What do couriers get paid per delivery, roughly?", "dispatch", "paid per delivery"),
    ("harmful-content", "Roughly what does one human review cost us, in dollars?", "reviewers", "40 cents"),
    ("harmful-content", "Can we hire more moderators if needed?", "reviewers", "budget is fixed"),
  ])
  func factSaysWhatItsPhrasesPromise(scenario: String, question: String, fact: String, says: String) throws {
    #expect(try match(scenario, question).factIDs == [fact])
    let answer = try #require(try Fixtures.flagship(scenario).facts.first { $0.id == fact }?.answer)
    #expect(answer.contains(says))
  }

  @Test("a part that only points back at another part, or that the reply says in its words, is not named as unanswered")
  func partCoveredByTheReply() throws {
    // Trial 18: "About 80 countries. …" then "If that doesn't cover "Which countries do we operate in" …".
    let countries = try match("street-view-blurring", "Which countries do we operate in - do plate formats vary a lot?")
    #expect(countries.factIDs == ["regions-plates"])
    #expect(countries.unansweredParts.isEmpty)
    let scope = try match("news-feed", "Do ads get mixed into the feed, and is that in scope for me?")
    #expect(!scope.factIDs.isEmpty && scope.unansweredParts.isEmpty)
    // Trial 19: a part asking how that bears on the candidate's design asks nothing new either.
    for (scenario, question) in [
      ("people-you-may-know", "What is the latency budget, and does that change the architecture?"),
      ("rag-assistant", "How many employees use it, and does that affect the design?"),
      ("similar-listings", "How fresh is the availability calendar, and is that relevant to my design?"),
      // Trial 20: naming the part of the design it might change.
      ("fraud-detection", "What is the latency budget for the fraud check, and does that rule out a deep model?"),
      ("news-feed", "How many daily active users are there, and how does that affect the ranking stack?"),
      // Trial 21: a part asking only how often (how many, how long) of what the part before named.
      ("eta-prediction", "do we have gps pings from couriers, and how often?"),
      ("eta-prediction", "Do we get weather data, and how often?"),
      ("harmful-content", "Do users report posts? How many?"),
      ("fraud-detection", "Do we get chargebacks, and how long do they take?"),
    ] {
      let result = try match(scenario, question)
      #expect(!result.factIDs.isEmpty && result.unansweredParts.isEmpty, "\(question)")
    }
    // A part about something no fact has is still named.
    let control = try match("news-feed", "How many candidate posts are eligible for a typical user when they open "
      + "the app, and which celebrity has the most followers?")
    #expect(control.factIDs == ["inventory"])
    #expect(control.unansweredParts == ["which celebrity has the most followers?"])
    // A part that asks the latency budget as a speed gets it, as a whole question does.
    let speed = try match("news-feed", "How many candidate posts does a typical user have when they open "
      + "the app, and how fast must the ranked feed come back?")
    #expect(speed.factIDs == ["inventory", "latency"] && speed.unansweredParts.isEmpty)
  }

  @Test("'in scope' frames the question: what it asks about is the thing named", arguments: [
    ("event-recommendation", "Is the email in scope?", "surfaces"),
    ("event-recommendation", "Are push notifications in scope?", "surfaces"),
    ("event-recommendation", "Is search in scope?", "existing"),
    ("eta-prediction", "Is the live tracker in scope?", "scope"),
  ])
  func scopeFramesTheQuestion(scenario: String, question: String, fact: String) throws {
    #expect(try match(scenario, question).factIDs == [fact])
  }

  // Trial 14: a newcomer's questions that got "nothing specific" or a choice though a fact
  // answers them; the facts gained the phrases a candidate uses for their topic.
  @Test("trial 14's questions get the fact that answers them", arguments: [
    ("ads-ctr", "How quickly does the ad inventory change?", "freshness"),
    ("ads-ctr", "Does an accidental click count?", "invalid-clicks"),
    ("video-recommendation", "How fresh do recommendations need to be?", "freshness"),
    ("harmful-content", "Which kinds of harmful content are in scope?", "harms-policy"),
    ("harmful-content", "Are images in scope as well as text?", "surface"),
  ])
  func trialFourteenQuestions(scenario: String, question: String, fact: String) throws {
    #expect(try match(scenario, question).factIDs == [fact])
  }

  @Test("a word that spells a concept a fact names in other words is no unknown topic")
  func conceptSpelledOtherwise() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("image-search"))
    let terms = matcher.terms("Is there a classification model we could start from?")
    try #require(!matcher.knows("classificat") && matcher.knows("#classification-task"))
    #expect(matcher.weight(of: "classificat", among: terms) == 0)
  }

  @Test("what a stated assumption sets aside ('rather than', 'instead of', 'not just') weighs as an option")
  func contrast() throws {
    let weights = terms("I'm assuming we optimise revenue rather than raw clicks, is that right?")
    #expect(weights["click"] == QuestionTerms.listedOptionFactor)
    #expect(weights["revenu"] == 1)
    #expect(terms("Is the label a purchase, not just a click?")["click"] == QuestionTerms.listedOptionFactor)
    #expect(try match("ads-ctr", "I'm assuming we optimise revenue rather than raw clicks, is that right?").factIDs
      == ["objective"])
  }

  @Test("'right after' and 'the right way' are no topic words")
  func rightAsFiller() {
    #expect(terms("Do GPS traces arrive right after the trip?")["right"] == nil)
    #expect(terms("Is ranking the right way to frame it?")["right"] == nil)
    #expect(terms("Does the right to erasure apply?")["right"] == 1)
  }

  @Test("which vendor or brand supplies a part is a purchasing detail nobody has", arguments: [
    ("Which GPU brand do you buy?", true),
    ("Which vendor supplies the device fingerprints?", true),
    ("Can an external vendor label the images?", false),
  ])
  func supplier(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.applies(to: question) == specific, "\(question)")
  }

  @Test("a part of the tech stack or the page asked by name is a detail nobody has", arguments: [
    ("Which database stores the social graph, is it Cassandra?", true),
    ("Which font and card size does the iOS app use for the carousel?", true),
    ("what ANN library does infra run in prod?", true),
    // Trial 45: the same, in another word, beside a remark on scale.
    ("Which typeface do the result captions use? I'm assuming 20k queries a second.", true),
    ("Which colour are the result cards on Android?", true),
    ("Does colour matter for similarity, or only shape?", false),
    ("Do we have a vector database available, or should I plan to build the index?", false),
    ("Can I assume a feature store and a stream processor exist?", false),
    // Trial 48: the code's language, asked by name or by "written in".
    ("What programming language is the current rules engine written in?", true),
    ("Is the ranking service implemented in Go or in Java?", true),
    ("Which languages are the help-centre articles written in?", false),
    ("Are the documents written in German as well as English?", false),
  ])
  func stack(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.applies(to: question) == specific, "\(question)")
  }

  @Test("a stack detail gets no fact, not the nearest one")
  func stackUnanswered() throws {
    #expect(try match("news-feed", "Which database stores the social graph, is it Cassandra?").factIDs.isEmpty)
    #expect(try match("similar-listings", "Which font and card size does the iOS app use for the carousel?").factIDs.isEmpty)
    #expect(try match("fraud-detection", "What programming language is the current rules engine written in?").factIDs.isEmpty)
  }

  /// Trial 48 asked "In-person payments too?" and got "nothing specific", though the scope fact
  /// says only online card payments are in scope.
  @Test("a short question whether a neighbouring kind of payment is in scope gets the scope fact")
  func paymentScope() throws {
    for question in ["In-person payments too?", "What about point of sale terminals?", "Do bank transfers count as well?"] {
      #expect(try match("fraud-detection", question).factIDs == ["surface-and-actions"], "\(question)")
    }
  }

  @Test("'logged-out' and 'signed in' name whether a user is signed in, not what is logged")
  func accountState() throws {
    #expect(terms("do logged-out visitors get any personalisation?")["signed-out"] == 1)
    #expect(terms("do logged-out visitors get any personalisation?")["log"] == nil)
    #expect(terms("What is logged in the events table?")["log"] == 1)
    #expect(QuestionTerms.wordCount("signed-out") == 1)
    #expect(try match("video-search", "do logged-out visitors get any personalisation?").factIDs == ["personalization"])
  }

  @Test("'how many' counts the words right after it: a fact's 'how many requests' does not answer a count of posts")
  func whatIsCounted() throws {
    #expect(QuestionTerms("How many candidate posts get ranked for each feed request?", concepts: .bundled).amountOf
      == ["candidat", "post"])
    #expect(QuestionTerms("Can I assume 2 billion users?", concepts: .bundled).amountOf == ["user"])
    #expect(QuestionTerms("How many of them?", concepts: .bundled).amountOf.isEmpty)
    #expect(try match("news-feed", "How many candidate posts get ranked for each feed request?").factIDs == ["inventory"])
    #expect(try match("news-feed", "How many feed requests per second?").factIDs == ["traffic"])
  }

  @Test("an unknown word the lexicon knows as part of an ML idea weighs more than an everyday one")
  func unknownIdeas() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("video-recommendation"))
    try #require(!matcher.knows("diversity") && !matcher.knows("eat"))
    #expect(matcher.weight(of: "diversity") == matcher.tuning.unknownIdeaWeight)
    #expect(matcher.weight(of: "eat") == matcher.tuning.unknownWeight)
    #expect(matcher.tuning.unknownIdeaWeight > matcher.tuning.unknownWeight)
    // Listed as an option, the idea is an example, not the topic.
    let listed = matcher.terms("Any product constraints, like diversity?")
    #expect(matcher.weight(of: "diversity", among: listed) == matcher.tuning.unknownWeight)
    let named = matcher.terms("Is diversity a product constraint?")
    #expect(matcher.weight(of: "diversity", among: named) == matcher.tuning.unknownIdeaWeight)
  }

  @Test("a leading 'when' clause sets a condition: it is no question of its own")
  func conditionClause() {
    #expect(QuestionParts.split("When the model is retrained, do we re-score old items?").count == 1)
    #expect(QuestionParts.split("When does the data arrive, and how much is there?").count == 2)
    #expect(terms("When the policy changes next month, do we re-score old items?")["policy"]
      == QuestionTerms.preambleFactor)
  }

  @Test("a short setting opened by 'for', 'given', 'since' … is context too")
  func shortSetting() {
    #expect(terms("For offline eval, is there a held-out set?")["offlin"] == QuestionTerms.preambleFactor)
    #expect(terms("Given GDPR, can we keep raw logs?")["gdpr"] == QuestionTerms.preambleFactor)
    #expect(terms("Peak QPS, is that known?")["peak"] == 1)
  }

  @Test("a verb with its particle ('sells out', 'show up') meets a fact's 'sold out' as a phrase")
  func phrasalVerbs() throws {
    #expect(terms("do we know in real time when something sells out?")["sel+out"] == 1)
    #expect(terms("Is it up to date?")["up+to"] == nil)
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("event-recommendation"))
    #expect(matcher.match("do we know in real time when something sells out?").factIDs == ["freshness"])
    // A phrasal verb no fact uses is dropped: its verb already counts.
    #expect(matcher.terms("Should we back off when tickets are scarce?").weights["back+off"] == nil)
  }

  @Test("'Is there an SLA?' asks for the latency fact unless a fact names the SLA itself", arguments: [
    ("image-search", ["latency"]),
    ("news-feed", ["latency"]),
    ("street-view-blurring", ["quality-target"]),
  ])
  func serviceLevel(id: String, facts: [String]) throws {
    #expect(try match(id, "Is there an SLA?").factIDs == facts)
  }

  @Test("'What's the DAU and peak QPS?' names two topics after 'what's the': each gets its fact")
  func listedTopics() throws {
    #expect(QuestionParts.split("What's the DAU and peak QPS?") == ["What's the DAU", "peak QPS?"])
    #expect(QuestionParts.split("What's the budget for training and serving the model?").count == 1)
    #expect(try match("news-feed", "What's the DAU and peak QPS?").factIDs == ["users", "traffic"])
  }

  @Test("a team after a stakeholder word decides something; its size is still the org's", arguments: [
    ("Is the ad load fixed by the product team, or can we tune it?", false),
    ("Does the legal team review every model?", false),
    ("How big is the product team?", true),
    ("How many product engineers are there?", true),
    ("How many engineers are on the ranking team?", true),
  ])
  func stakeholderTeams(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.namesOrganisation(question) == specific, "\(question)")
  }

  /// Tmux, thirty-third session: "Are integrity signals … inputs I consume from another team, or
  /// do I own them too?" was refused as a detail nobody has, beside a fact on the integrity
  /// team's scores.
  @Test("a team that owns a part ('from another team', 'a separate team') asks what is in scope", arguments: [
    ("Do we get integrity labels on posts from another team that I can use as features?", false),
    ("Is there a separate team filtering bot clicks?", false),
    ("Is this model shared with other teams?", true),
    ("How many engineers does another team have on this?", true),
  ])
  func owningTeams(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.namesOrganisation(question) == specific, "\(question)")
  }

  @Test("such a question gets the fact on that part")
  func owningTeamFact() throws {
    #expect(try match("news-feed", "Are integrity signals like borderline-content demotion inputs I consume from "
      + "another team, or do I own them too?").factIDs == ["integrity"])
  }

  @Test("a sentence of options after a question ('What is the goal? Clicks or retention?') is that question's options")
  func optionSentence() throws {
    #expect(QuestionParts.split("What's the goal? Minutes watched or people returning?").count == 1)
    #expect(QuestionParts.split("What's the goal? How do we measure it?").count == 2)
    #expect(QuestionParts.split("What's the goal? And is there a deadline?").count == 2)
    let afterMark = terms("What's the goal? Minutes watched or people returning?")
    #expect(afterMark["goal"] == 1)
    #expect((afterMark["watch"] ?? 0) <= QuestionTerms.listedOptionFactor)
    let afterStop = terms("What is the main goal. Daily users, watch minutes or long-term retention?")
    #expect((afterStop["daily"] ?? 0) <= QuestionTerms.listedOptionFactor)
    // A statement before the question is no question whose options follow.
    #expect(terms("We log clicks. Views or likes?")["log"] == 1)
    #expect(try match("video-recommendation", "What's the goal? Minutes watched or people returning?").factIDs
      == ["business-objective"])
  }

  /// Tuning banks (fifty-seventh session): "brand new" names no brand, and "who is typing"
  /// asks who the users are; both were refused as a detail nobody has.
  @Test("idioms that look like a supplier or a person ask nothing specific", arguments: [
    ("What about brand new advertisers or new ads with zero impressions?", false),
    ("Which brand of camera do the cars use?", true),
    ("who is typing these queries, mostly people looking for a creator?", false),
    ("Who is the PM for this?", true),
  ])
  func idiomsNotDetails(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.asksForDetail(question) == specific, "\(question)")
  }

  /// Tuning banks (fifty-seventh session): all 37 questions naming a place or language no fact
  /// mentions were labelled as having no fact; 4 got the fact their other words found.
  @Test("a question asked of a place or name no fact mentions is a detail nobody has")
  func unknownPlace() throws {
    #expect(try match("street-view-blurring", "How many camera cars are driving right now in Japan?").factIDs == [])
    #expect(try match("harmful-content", "Do we know how many of our reviewers are fluent in Tagalog?").factIDs == [])
    #expect(try match("fraud-detection", "How many analysts are on the risk team in Dublin?").factIDs == [])
    let known: (String) -> Bool = { ["europ", "india"].contains($0) }
    #expect(!OddlySpecificQuestion.namesUnknownPlace("How many users do we have in India?", known: known))
    #expect(!OddlySpecificQuestion.namesUnknownPlace("Are we live in Brazil?", known: known))
    #expect(OddlySpecificQuestion.namesUnknownPlace("In Brazil, how many users?", known: known))
    #expect(!OddlySpecificQuestion.namesUnknownPlace("Brazil: how many users?", known: known))
    #expect(OddlySpecificQuestion.namesUnknownPlace("How many users do we have in Brazil?", known: known))
    #expect(OddlySpecificQuestion.namesUnknownPlace("what's the CTR for the Lisbon market?", known: known))
  }

  /// Tuning bank, harmful-content: the second part points back to the owners ("they") but asks
  /// something a fact answers.
  @Test("a part pointing back to a detail nobody has is still asked when its own words find a fact")
  func pointingBackWithOwnFact() throws {
    #expect(try match("harmful-content", "Who owns the policy definitions, and how often do they change the rules on us?")
      .factIDs == ["harms-policy"])
    #expect(try match("people-you-may-know", "Which database stores the social graph, is it Cassandra?").factIDs == [])
  }

  @Test("a product's name or someone's favourite is a detail nobody has", arguments: [
    ("Which vector database do we run, the name?", true),
    ("Which message queue is it, the vendor name?", true),
    ("What's the head of product's favourite metric?", true),
    ("Do we know each uploader's name?", false),
    ("What was the old ranking service's code name?", true),
    ("Has the new ranker got a project name yet?", true),
    ("Is the channel name available to the ranker?", false),
    ("Is the item name available as a feature?", false),
  ])
  func namesAndFavourites(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.asksForDetail(question) == specific, "\(question)")
  }

  /// Tuning banks (thirty-fourth session): "What camera model is on the cars?" got the capture
  /// fact and "which gpu sku runs ranking today" the infrastructure fact; all eight such
  /// questions are labelled as having no fact.
  @Test("a piece of hardware's make, model or SKU is a detail nobody has", arguments: [
    ("What camera model is on the cars?", true),
    ("Which GPU models do we have in each data centre?", true),
    ("which gpu sku runs ranking today", true),
    ("what's the instance type of the ranking servers?", true),
    ("What make of camera does the fleet use?", true),
    ("What model of GPU do we train on?", true),
    ("Which GPU type is in the serving fleet: A100s, T4s, or something else?", true),
    ("Is it one make and model across the fleet?", true),
    ("What type of labels do we have?", false),
    ("What on-device model would fit on a phone?", false),
    ("What phone models do most users have?", false),
    ("Which model runs on the GPUs today?", false),
    ("How many GPUs do we have for training?", false),
  ])
  func hardwareModels(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.asksForDetail(question) == specific, "\(question)")
  }

  /// A blind set (thirty-fifth session): "how many images exactly?" abstained as too specific,
  /// because "exactly" is a word no fact explains.
  @Test("a hedge word is left out when judging how much of a question a fact explains", arguments: [
    ("how many images exactly?", "how many images ?"),
    ("What's the exact CTR today?", "What's the  CTR today?"),
    ("the exact same chair, precisely?", "the exact same chair, ?"),
    ("How many users?", "How many users?"),
  ])
  func withoutHedges(question: String, reading: String) {
    #expect(OddlySpecificQuestion.withoutHedges(question) == reading, "\(question)")
  }

  @Test("a hedged question a fact answers in full gets the fact; a hedged detail still gets none", arguments: [
    ("image-search", "how many images exactly?", ["corpus-size"]),
    ("rag-assistant", "the permissions of documents must be respected exactly? so user never see answer coming from "
      + "doc he cannot open", ["permissions"]),
    ("similar-listings", "What was the carousel's CTR last Tuesday exactly?", []),
    ("video-recommendation", "What was the exact NDCG@10 of the model that shipped last March?", []),
  ])
  func hedgedMatch(scenario: String, question: String, facts: [String]) throws {
    #expect(try match(scenario, question).factIDs == facts, "\(question)")
  }

  /// A blind set of questions asked mid-design (thirty-fourth session): "Who's on call …?" got
  /// the traffic fact.
  @Test("who is on call or gets paged is a detail nobody has", arguments: [
    ("Who's on call for recommendations: the ML team or a platform team?", true),
    ("If calibration drifts, who gets paged?", true),
    ("what does on-call look like for the ads ranking team?", true),
    ("Does the recommendation call have to return within 200 ms?", false),
    ("How many calls per second does the service get?", false),
  ])
  func onCall(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.asksForDetail(question) == specific, "\(question)")
  }

  @Test("a camera's model gets no capture fact")
  func cameraModelMatch() throws {
    #expect(try match("street-view-blurring", "What camera model is on the cars, and which sensor vendor?").factIDs
      .isEmpty)
  }

  /// A blind set (thirtieth session): "the 2019 audit" and "who was the reviewer" got the
  /// reviewers fact.
  @Test("a year naming one occasion and a person asked in the past are details nobody has", arguments: [
    ("What threshold did legal sign off on for the 2019 audit?", true),
    ("Did that 2021 launch move the metric?", true),
    ("Is the 2000 QPS figure at peak?", false),
    ("Were the 2010 images relabelled?", false),
    ("Who was the reviewer?", true),
    ("Can we suggest people who was blocked once?", false),
  ])
  func namedOccasions(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.asksForDetail(question) == specific, "\(question)")
  }

  /// Trial 59: "listed in the last month" got "more detail than I have".
  @Test("'in the last month' is a trailing window, 'last month' alone one past occasion", arguments: [
    ("What fraction of listings are new, like listed in the last month, with no bookings yet?", false),
    ("How many orders came in over the last week?", false),
    ("What was the carousel's CTR last month?", true),
    ("What did the model score last Friday?", true),
  ])
  func trailingWindow(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.asksForDetail(question) == specific, "\(question)")
  }

  @Test("a fact that explains nearly all of a question answers it despite 'specifically' or a team word")
  func specificOverride() throws {
    #expect(try match("ads-ctr", "What's the peak QPS for ad requests specifically?").factIDs == ["traffic"])
    // An internal detail the fact does not explain is still refused, and a name asked for is
    // refused however well a fact explains the rest.
    #expect(try match("ads-ctr", "What was the exact CTR of the March campaign in Brazil?").factIDs.isEmpty)
    #expect(try match("rag-assistant", "What's the name of the LLM provider we have a contract with?").factIDs.isEmpty)
  }

  @Test("weights are summed in term order, so a dictionary's hash order cannot tip a threshold")
  func orderedWeights() {
    let terms = QuestionTerms("How many daily active users, and what's the peak QPS at dinner time?", concepts: .bundled)
    var reversed = terms
    reversed.weights = [:]
    reversed.weights.reserveCapacity(256)
    for (key, value) in terms.weights.sorted(by: { $0.key > $1.key }) { reversed.weights[key] = value }
    #expect(terms.orderedWeights.map(\.key) == terms.weights.keys.sorted())
    #expect(terms.orderedWeights.map(\.key) == reversed.orderedWeights.map(\.key))
    #expect(terms.orderedWeights.map(\.value) == reversed.orderedWeights.map(\.value))
  }

  @Test("an SLA of uptime or availability is not the latency budget")
  func uptimeServiceLevel() throws {
    #expect(try match("ads-ctr", "Is there an availability SLA on ranking?").factIDs.isEmpty)
    #expect(try match("ads-ctr", "Is there a reliability SLO for scoring?").factIDs.isEmpty)
    #expect(try match("ads-ctr", "What's the uptime SLA for scoring, and do we fail open when it's down?").factIDs.isEmpty)
    #expect(try match("ads-ctr", "Is there an SLA?").factIDs == ["latency"])
    #expect(try match("ads-ctr", "What latency SLA do we have?").factIDs == ["latency"])
  }

  @Test("an SLA of people's work is their turnaround, not the latency budget")
  func peopleWorkServiceLevel() throws {
    // A newcomer's tmux trial (thirty-eighth session) got the 100 ms publishing budget for these.
    #expect(try !match("harmful-content", "what is the reviewer SLA for reported posts?").factIDs.contains("latency"))
    #expect(try match("harmful-content", "whats the review queue sla for flagged posts").factIDs == ["reviewers"])
    #expect(try !match("fraud-detection", "Do analysts have an SLA on the manual review queue?").factIDs.contains("latency"))
    // A service level of the system itself is still the budget.
    #expect(try match("harmful-content", "What's the latency SLA for the human review tool?").factIDs == ["latency"])
    #expect(try match("harmful-content", "Is there an SLA?").factIDs == ["latency"])
  }
}

/// Trial 60: "does the feed have to handle many languages?" got nothing in news-feed, whose name
/// is in nearly every question asked of it.
/// A tmux trial and a newcomer's trial (fiftieth session): "What counts as a failure here?"
/// went unanswered though the step itself asks what failure looks like, and "Do users want
/// exact copies of their image …?" was read as asking for an exact figure.
@Suite("Failure and exact copies")
struct FailureAndCopiesTests {
  @Test("what failure looks like asks for the goal", arguments: [
    ("street-view-blurring", "What counts as a failure here — only a missed face, or is over-blurring also a problem "
      + "for the product?", "objective"),
    ("street-view-blurring", "What does failure look like?", "objective"),
    ("fraud-detection", "What would count as a failure here?", "business-goal"),
    ("rag-assistant", "What does failure look like for this assistant?", "business-goal"),
    // A fresh helper's siblings.
    ("eta-prediction", "From the business side, what does a failed launch look like for the ETA model?", "objective"),
    ("people-you-may-know", "When would leadership call this a failure? More requests sent isn't automatically good, "
      + "right?", "objective"),
    ("rag-assistant", "What would make the pilot count as a failure from the business's point of view?",
     "business-goal"),
  ])
  func failure(scenario: String, question: String, fact: String) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship(scenario))
    #expect(matcher.match(question).factIDs == [fact])
  }

  @Test("a failure that is not the goal's other side", arguments: [
    "tiny faces — if someone is 15 px tall in the distance, does missing them count as a privacy failure?",
    "What's the current system, if there is one, and what are its known failure modes?",
    "If the fraud scoring service fails or times out, do we fail open and approve the payment or fail closed?",
  ])
  func otherFailure(question: String) {
    #expect(!GoalQuestion.asksWhatFailureIs(question))
  }

  /// A newcomer's trial (fiftieth session): the second part only checks a figure of the first,
  /// and read alone its "history" drew the personalisation fact.
  @Test("a part that only puts a figure to the part before adds no fact of its own")
  func figureOfPartBefore() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("image-search"))
    #expect(matcher.match("How long do we keep the search logs, and is it about half a year of history?").factIDs
      == ["interactions"])
    #expect(NumberCheck.checksFigureOfPartBefore("is it about half a year of history?"))
    #expect(!NumberCheck.checksFigureOfPartBefore("about 50k creators?"))
  }

  @Test("exact copies ask what similar means, not for a figure")
  func exactCopies() throws {
    // Two facts answer it about equally (what similar means, and reposts); what is fixed is
    // that it is no longer refused as a detail nobody has.
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("image-search"))
    #expect(matcher.match("Do users want exact copies of their image, or images with similar content and style?")
      .abstention != .tooSpecific)
    #expect(matcher.match("Should the results include exact duplicates of the query image?").factIDs != [])
    #expect(!OddlySpecificQuestion.asksForDetail("Do users want exact duplicates?"))
    #expect(OddlySpecificQuestion.asksForDetail("What's the exact share of crops?"))
  }
}

@Suite("The case study's own name")
struct SubjectWordTests {
  @Test("a word of the case study's name does not keep a question from its fact", arguments: [
    ("news-feed", "does the feed have to handle many languages?", ["global"]),
    ("news-feed", "Which country has the most daily users, and does the feed have to handle many languages?",
     ["global"]),
    // What an amount counts is asked, even when the case study is named after it.
    ("image-search", "How many images are there, and how many queries per second?", ["corpus-size", "traffic"]),
  ])
  func answered(scenario: String, question: String, facts: [String]) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship(scenario))
    #expect(matcher.match(question).factIDs == facts)
  }

  @Test("a word of the case study's id weighs less than a topic word, unless an amount counts it")
  func weight() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("news-feed"))
    let terms = matcher.terms("Does the feed handle languages?")
    #expect(terms.weights["feed"] == QuestionMatcher.subjectFactor)
    #expect(terms.weights[WordNormalizer.stem("languages")] == 1)
    let counted = try QuestionMatcher(scenario: Fixtures.flagship("image-search")).terms("How many images are there?")
    #expect(counted.weights[WordNormalizer.stem("images")] == 1)
  }
}

/// Trial 60: "I'm assuming most sessions are on mobile, maybe 80%, with the rest on web. Is that
/// right, and does the ranking need to differ by platform?" got nothing, although the fact
/// says 85% of use is on phones: as one part of two, the assumption had to be explained by half.
@Suite("An assumption put to the interviewer as the first part")
struct AssumptionPartTests {
  @Test("the first part states an assumption to check: it is judged as a whole question is", arguments: [
    ("news-feed", "I'm assuming most sessions are on mobile, maybe 80%, with the rest on web. Is that right, "
      + "and does the ranking need to differ by platform?", "surface"),
  ])
  func assumptionPart(scenario: String, question: String, fact: String) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship(scenario))
    #expect(matcher.match(question).factIDs.first == fact)
  }
}

/// Tmux trial of the thirty-sixth session: "Do dislikes exist as signals?" went unanswered and
/// "Subscriptions exist?" got what the homepage runs today, because "exist" matched the
/// current system's "existing"; "How many videos on the homepage?" got the catalogue's size.
@Suite("Whether something exists, and how many are shown on a surface")
struct ExistenceAndSurfaceCountTests {
  @Test("the verb exist is not a topic word; existing still names the current system")
  func existIsNotATopic() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("video-recommendation"))
    #expect(matcher.terms("Do dislikes exist as signals?").weights[WordNormalizer.stem("exist")] == nil)
    #expect(!matcher.match("Do dislikes exist as signals?").factIDs.contains("current-system"))
    #expect(matcher.match("Subscriptions exist?").factIDs == ["user-metadata"])
    #expect(matcher.match("Is there an existing model we have to beat?").factIDs == ["current-system"])
  }

  @Test("a count on the page is the layout; a count alone is the catalogue", arguments: [
    ("video-recommendation", "How many videos on the homepage?", "surface"),
    ("video-recommendation", "How many videos are there?", "catalog-size"),
    ("event-recommendation", "How many events on the homepage?", "surfaces"),
    ("event-recommendation", "how many events are there?", "inventory"),
    ("similar-listings", "how many listings in the carousel?", "surface"),
    ("similar-listings", "how many listings are there?", "catalogue"),
  ])
  func surfaceCounts(scenario: String, question: String, fact: String) throws {
    #expect(try answer(scenario, question).factIDs == [fact], "\(question)")
  }
}

/// Blind set twenty-two (thirty-seventh session).
@Suite("An example after the question mark, and a hedged part beside a guess")
struct ExampleAndHedgedPartTests {
  @Test("an example opened by e.g., i.e., for example or for instance stays with its question", arguments: [
    "Does user experience count too? e.g. should ads that people hide or report get penalised?",
    "Is compute a hard constraint? eg can we run a big model on every post?",
    "Do faces on posters matter? For example a billboard by the road.",
    "Any legal limits? i.e. must deleted photos vanish from results at once?",
  ])
  func exampleStays(question: String) {
    #expect(QuestionParts.split(question) == [question])
    #expect(QuestionParts.withoutClosingRemark(question) == nil)
  }

  @Test("a second question after the mark is still a part of its own")
  func secondQuestionSplits() {
    #expect(QuestionParts.split("What is the goal? How many users are there?").count == 2)
    #expect(QuestionParts.split("Is there a GPU budget? For how long can we train?").count == 2)
  }

  @Test("the example's words say what the question is about")
  func exampleAnswers() throws {
    #expect(try answer("ads-ctr", "Does user experience count too? e.g. should ads that people hide or report get "
      + "penalised, or is that another team's job").factIDs == ["hide"])
  }

  @Test("a hedged part is answered by the fact that explains it when a guess after it ties two facts")
  func hedgedPart() throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("image-search"))
    #expect(matcher.match("how big is the corpus exactly? 100B+?").factIDs == ["corpus-size"])
    // A detail beyond the hedge is still refused.
    #expect(matcher.match("Which vendor built the corpus exactly? 100B+?").factIDs.isEmpty)
  }
}

/// Blind siblings of the thirty-seventh session: an example's own words ("a $500/night villa",
/// "Bob" and "Alice") left no fact a fair share of the whole, where the question alone had one.
@Suite("A question whose example leaves no fact a fair share")
struct ExampleFallbackTests {
  @Test("the question before the example is tried when the whole finds nothing", arguments: [
    ("similar-listings", "Should price matter for similarity? For instance, would a $500/night villa count as similar "
      + "to a $90 studio next door?", "similarity"),
    ("people-you-may-know", "Should suggestions be symmetric? e.g. if we suggest Bob to Alice, do we also suggest "
      + "Alice to Bob?", "connection-type"),
  ])
  func fallsBackToTheQuestion(scenario: String, question: String, fact: String) throws {
    #expect(try answer(scenario, question).factIDs == [fact], "\(question)")
  }

  @Test("the text up to the mark an example follows")
  func withoutExample() {
    #expect(QuestionParts.withoutExample("Is compute a hard constraint? e.g. can we run a big model?")
      == "Is compute a hard constraint?")
    #expect(QuestionParts.withoutExample("Any limits? For instance, deleted photos.") == "Any limits?")
    #expect(QuestionParts.withoutExample("Is the goal revenue, e.g. per click?") == nil)
    #expect(QuestionParts.withoutExample("Is the goal revenue?") == nil)
  }
}

/// Tuning part, thirty-eighth session: a later part asked a share of what the part before
/// counted without naming it, and read alone found no fact.
@Suite("A later part that counts what the part before named")
struct EllipticalAmountTests {
  @Test("\"what fraction have images?\" after a count of posts asks the share of posts")
  func borrowsTheCountedThing() throws {
    let match = try answer("harmful-content", "How many posts per day get uploaded, and what fraction have images?")
    #expect(match.factIDs == ["post-volume", "surface"])
    #expect(match.unansweredParts.isEmpty)
    let crops = try answer("image-search", "How many queries a day, and what fraction come from crops versus whole images?")
    #expect(crops.factIDs == ["traffic", "crops"])
  }

  @Test("a share or count followed straight by a verb leaves its whole unsaid", arguments: [
    ("and what fraction have images?", true),
    ("how many are fake accounts?", true),
    ("and what share come from crops?", true),
    ("what fraction of posts have images?", false),
    ("how many posts are there?", false),
    ("how fresh is the data?", false),
    ("which percentage have captions?", true),
    ("what share arrive after 60 days?", true),
    ("how many actually get seen?", true),
    ("and what fraction of them include a photo?", true),
    ("what share of those end up as chargebacks?", true),
    ("what fraction of users have images?", false),
  ])
  func countsWhatCameBefore(part: String, expected: Bool) {
    #expect(QuestionParts.countsWhatCameBefore(part) == expected, "\(part)")
  }

  @Test("the counted thing goes where its whole went unsaid")
  func naming() {
    #expect(QuestionParts.naming("posts", in: "and what fraction have images?") == "and what fraction of posts have images?")
    #expect(QuestionParts.naming("accounts", in: "how many are fake?") == "how many accounts are fake?")
    // Blind set thirty-two: "of them" stands for the whole as its absence does.
    #expect(QuestionParts.naming("posts", in: "what fraction of them have images?") == "what fraction of posts have images?")
    #expect(QuestionParts.naming("posts", in: "what fraction of users have images?") == nil)
  }

  @Test("\"what fraction of them …?\" after a count asks the share of what was counted")
  func pronounForTheWhole() throws {
    let match = try answer("harmful-content",
                           "How many posts are uploaded per day, and what fraction of them include at least one photo?")
    #expect(match.factIDs == ["post-volume", "surface"])
    #expect(match.unansweredParts.isEmpty)
  }

  @Test("blind siblings: the share asked after a count, in other scenarios", arguments: [
    ("fraud-detection", "roughly how many chargebacks we get per month? and what share arrive more than 60 days after the payment?",
     ["chargeback-labels"]),
    ("video-search", "how many videos get uploaded per day and what share has no title or description worth indexing",
     ["upload-rate", "video-metadata"]),
  ])
  func siblings(scenario: String, question: String, facts: [String]) throws {
    let match = try answer(scenario, question)
    #expect(match.factIDs == facts, "\(question)")
    #expect(match.unansweredParts.isEmpty, "\(question)")
  }
}

/// Blind set twenty-four (thirty-eighth session): a candidate's setting spoke of events
/// appearing weeks before they happen, and the freshness fact filled the abstention, though the
/// question after it asked for the events' metadata.
@Suite("Freshness asked in the setting, not in the question")
struct FreshnessInSettingTests {
  @Test("the question after the setting decides")
  func questionAfterSetting() throws {
    let question = "Because events usually appear only a few weeks before they happen, almost every item is "
      + "effectively cold-start, so I cannot lean on per-event interaction history. Do we have reliable content "
      + "metadata for each event, like category, venue, price, description and organizer, that I can use to "
      + "represent a new event from day one?"
    #expect(try answer("event-recommendation", question).factIDs == ["event-data"])
  }

  @Test("a question that asks freshness after the setting still gets it", arguments: [
    "Events appear and sell out fast, so I'm worried about staleness. How quickly must a newly published event "
      + "show up in recommendations?",
    "Events appear and sell out fast, so I'm worried about staleness. How quickly must the recommendations "
      + "reflect a change?",
  ])
  func freshnessAsked(question: String) throws {
    #expect(try answer("event-recommendation", question).factIDs == ["freshness"])
  }

  @Test("the asking clause is the one question after a statement, else the whole")
  func askingClause() {
    #expect(QuestionMatcher.askingClause("New events appear daily. Do we have their categories?")
      == "Do we have their categories?")
    #expect(QuestionMatcher.askingClause("How fresh must it be?") == "How fresh must it be?")
  }
}

/// A blind sibling of the thirty-eighth session: "this feature" after a setting was read as
/// pointing back at the setting, so the goal question after it was no core of its own.
@Suite("A pointer before the thing being designed")
struct DesignPointerTests {
  @Test("\"what is the goal of this feature\" after a setting asks the goal")
  func goalOfThisFeature() throws {
    let question = "The graph changes constantly — people add friends, join the platform, and old suggestions go "
      + "stale once they're accepted or ignored. Before I get into that, what is the goal of this feature for the "
      + "company: more connections, more engagement from new users, or long-term retention?"
    #expect(try answer("people-you-may-know", question).factIDs == ["objective"])
  }

  @Test("a setting joined by \", and\" to a refused clause is not answered as if asked")
  func settingBeforeRefusedClause() throws {
    let question = "Query trends shift quickly when something happens in the news, and the popular videos from last "
      + "week can become irrelevant overnight. What is the business hoping to get from search: more watch time, more "
      + "successful searches, or something else like ad revenue?"
    #expect(try !answer("video-search", question).factIDs.contains("freshness"))
    // A question before the refused clause is still answered.
    #expect(try answer("people-you-may-know", "What about new users with no friends yet, and the team size and timeline?")
      .factIDs == ["new-users"])
  }

  @Test("a core that points back at the statement is still no core of its own")
  func pointsBack() {
    #expect(QuestionCore.cores(of: "I assume 1B users, what is this feature for?") == ["what is this feature for?"])
    #expect(QuestionCore.cores(of: "I assume 1B users, is that right?").isEmpty)
  }
}

/// A blind bank of the thirty-ninth session: "Which VP owns the auction, and does that team
/// report into the same org as feed ranking?" got the auction fact. All fourteen questions in
/// the banks that name an executive or a reporting line are labelled as having no fact.
@Suite("The organisation chart")
struct OrgChartTests {
  @Test("an executive or a reporting line is a detail nobody has", arguments: [
    ("Which VP owns the auction, and does that team report into the same org as feed ranking?", true),
    ("What did the CTO say about latency at the offsite?", true),
    ("Who do the moderators report to?", true),
    ("Does trust and safety report to legal or to product?", true),
    ("Where does this sit in the org chart?", true),
    ("How do we report to the privacy team — do they have a target metric?", false),
    ("Do users report posts to moderators, and how fast are reports reviewed?", false),
    ("How many reports come in per day?", false),
  ])
  func orgChart(question: String, specific: Bool) {
    #expect(OddlySpecificQuestion.asksForDetail(question) == specific, "\(question)")
  }

  @Test("what an executive or leadership wants is the goal", arguments: [
    ("ads-ctr", "What does the VP of ads care about most, revenue or user experience?", "objective"),
    ("ads-ctr", "What does the VP care about most?", "objective"),
    ("news-feed", "What does leadership care about most?", "objective"),
    ("fraud-detection", "What does the CEO care about?", "business-goal"),
  ])
  func executiveGoal(id: String, question: String, fact: String) throws {
    #expect(try answer(id, question).factIDs == [fact], "\(question)")
  }

  @Test("a wanted thing named is that thing's question, not the goal")
  func wantedThing() throws {
    #expect(try answer("ads-ctr", "What latency do we want?").factIDs == ["latency"])
  }
}

/// A blind bank of the thirty-ninth session: "…, and what about adult content showing up in
/// results?" got the freshness fact beside the content policy, since "show up in results" was
/// one of freshness's phrases. Whether something may show up is the content policy's; how soon
/// it shows up is freshness's.
@Suite("Whether something shows up, and how soon")
struct ShowsUpTests {
  @Test("showing up in image search", arguments: [
    ("Can adult content show up in results?", "content-policy"),
    ("Could private photos show up in results for other users?", "content-policy"),
    ("How fast do new images show up in results?", "freshness"),
    ("how long until an upload shows up in results", "freshness"),
  ])
  func showsUp(question: String, fact: String) throws {
    #expect(try answer("image-search", question).factIDs == [fact], "\(question)")
  }

  /// Blind siblings: posts flagged as unsafe ending up in the feed went unanswered; how soon an
  /// upload shows up in video search stays freshness's.
  @Test("flagged posts in the feed, new uploads in video search")
  func siblings() throws {
    #expect(try answer("news-feed", "Can posts flagged as unsafe end up in someone's feed at all?").factIDs
      == ["integrity"])
    #expect(try answer("video-search", "How fast should new uploads show up in search?").factIDs == ["freshness"])
  }
}

/// A blind bank of the thirty-ninth session: "… A classifier trained on last year's claims won't
/// know about a rumour that started this morning. Is misinformation handled together with the
/// others …?" was refused as a past occasion, which only its setting named.
@Suite("A past occasion in the setting, not in the question")
struct OccasionInSettingTests {
  @Test("the question after a setting that names a past occasion is answered", arguments: [
    ("news-feed", "We had an outage last Friday at my old job that taught me about fallbacks. "
      + "What's the latency budget for ranking?", "latency"),
    ("fraud-detection", "At my previous company fraud rings changed tactics last month within days. "
      + "How quickly do fraud patterns shift here?", "attack-dynamics"),
  ])
  func settingOccasion(id: String, question: String, fact: String) throws {
    #expect(try answer(id, question).factIDs == [fact], "\(question)")
  }

  @Test("a past occasion asked about is still refused")
  func askedOccasion() throws {
    #expect(try answer("news-feed", "We rank on open. What was the feed's p99 last Friday?").factIDs.isEmpty)
    #expect(QuestionMatcher.askingSentences("We rank on open. What was p99 last Friday?") == "What was p99 last Friday?")
    #expect(QuestionMatcher.askingSentences("What was p99 last Friday? And the budget?")
      == "What was p99 last Friday? And the budget?")
    // A part cut at ", or" ends without "?", and still asks.
    #expect(QuestionMatcher.askingSentences("In my last team we optimised for clicks. Is the click the goal here,")
      == "Is the click the goal here,")
  }
}

/// A blind sibling of the thirty-ninth session: a story told in a sentence of its own ("… were
/// overwhelmed by a spike in violent videos after a news event.") before "Where do our labels
/// come from today: human reviewers, user reports, or both?" got the fact on news events.
@Suite("A question in a sentence of its own after a story")
struct StoryThenQuestionTests {
  @Test("the question after a story told in its own sentences is answered", arguments: [
    ("harmful-content", "A couple of weeks ago I read about a platform whose moderators were overwhelmed by a spike "
      + "in violent videos after a news event. Where do our labels come from today: human reviewers, user reports, "
      + "or both?", "labels"),
    ("video-search", "My last company's search broke when a celebrity trended and queries spiked tenfold. "
      + "How many queries per second do we serve at peak?", "traffic"),
  ])
  func storyThenQuestion(id: String, question: String, fact: String) throws {
    #expect(try answer(id, question).factIDs == [fact], "\(question)")
  }

  @Test("a core follows a statement only after a closed sentence")
  func followsStatement() {
    #expect(QuestionMatcher.followsStatement("Where do labels come from?", in: "I read a story. Where do labels come from?"))
    #expect(!QuestionMatcher.followsStatement("where do labels come from?", in: "Given the story, where do labels come from?"))
  }
}
