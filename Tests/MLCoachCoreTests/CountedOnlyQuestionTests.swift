import Testing
@testable import MLCoachCore

/// "Which three countries?" got "About 4 million orders a day in 3 countries and 60 cities …",
/// the count the candidate had just stated: three tuning questions and a blind one, all
/// labelled as having no fact.
@Suite("A question asking to name what a fact only counts")
struct CountedOnlyQuestionTests {
  @Test("a stated count asked by name is more detail than the interviewer has", arguments: [
    "Which three countries?",
    "Which 3 countries, and does delivery work very differently between them?",
    "what are the 60 cities?",
  ])
  func onlyCounted(question: String) throws {
    let coach = Interviewer(scenario: try Fixtures.flagship("eta-prediction"))
    let reply = coach.reply(to: question)
    #expect(!reply.factIDs.contains("scale"), "\(reply)")
  }

  @Test("a fact that names what it counts answers, and so does a count asked without one")
  func namedOrNotStated() {
    let harms = "Four harm areas, each with a written policy: hate speech, graphic violence, nudity and misinformation."
    #expect(!CountedOnlyQuestion.asksWhatOnlyIsCounted("Which four harm areas?", answer: harms))
    let regions = "We serve 3 countries in Europe, mostly Germany."
    #expect(!CountedOnlyQuestion.asksWhatOnlyIsCounted("Which 3 countries?", answer: regions))
    let scale = "About 4 million orders a day in 3 countries and 60 cities."
    #expect(CountedOnlyQuestion.asksWhatOnlyIsCounted("Which three countries?", answer: scale))
    #expect(CountedOnlyQuestion.asksWhatOnlyIsCounted("What are the 60 cities?", answer: scale))
    // No count stated: the count may be what is asked.
    #expect(!CountedOnlyQuestion.asksWhatOnlyIsCounted("Which countries?", answer: scale))
    // Another count than the one the fact gives is not the same things.
    #expect(!CountedOnlyQuestion.asksWhatOnlyIsCounted("Which five countries?", answer: scale))
  }
}
