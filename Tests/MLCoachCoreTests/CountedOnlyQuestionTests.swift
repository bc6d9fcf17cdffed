import Testing
@testable import MLCoachCore

/// "Which three countries?" got "About 4 million orders a day in 3 countries and 60 cities …",
/// the count the candidate had just stated: three tuning questions and a blind one, all
/// labelled as having no fact.
@Suite("A question asking to name what a fact only counts")
struct CountedOnlyQuestionTests {
  @Test("a stated count asked by name is more detail than the interviewer has", arguments: [
    ("eta-prediction", "Which three countries?", "scale"),
    ("eta-prediction", "Which 3 countries, and does delivery work very differently between them?", "scale"),
    ("eta-prediction", "what are the 60 cities?", "scale"),
    // A fresh helper's siblings: the count stated before, the number in words, a clause after a
    // semicolon that lists something else.
    ("eta-prediction", "You said we're in 3 countries. Which 3 are they?", "scale"),
    ("fraud-detection", "What are the sixty features the current logistic regression uses?", "existing-system"),
    ("harmful-content", "Which 30 languages do the reviewers cover?", "reviewers"),
    // A blind bank (thirty-ninth session): the counted noun misspelt.
    ("eta-prediction", "which 3 contries", "scale"),
    ("eta-prediction", "What are the 60 citites?", "scale"),
    ("eta-prediction", "which three countires", "scale"),
  ])
  func onlyCounted(scenario: String, question: String, fact: String) throws {
    let coach = Interviewer(scenario: try Fixtures.flagship(scenario))
    let reply = coach.reply(to: question)
    #expect(!reply.factIDs.contains(fact), "\(reply)")
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
    // Names after a semicolon belong to another clause.
    let reviewers = "Reviewers cover about 30 languages; together they make 1 million decisions a day: mostly reports."
    #expect(CountedOnlyQuestion.asksWhatOnlyIsCounted("Which 30 languages?", answer: reviewers))
    // No count stated: the count may be what is asked.
    #expect(!CountedOnlyQuestion.asksWhatOnlyIsCounted("Which countries?", answer: scale))
    // Another count than the one the fact gives is not the same things.
    #expect(!CountedOnlyQuestion.asksWhatOnlyIsCounted("Which five countries?", answer: scale))
  }
}
