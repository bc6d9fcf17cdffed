import Testing
@testable import MLCoachCore

/// A blind set of the thirtieth session: a remark on the candidate's background before the
/// question filled it with words no fact has.
@Suite("A remark on the candidate's background")
struct BackgroundRemarkTests {
  @Test("the question is read without the remark that says who asks", arguments: [
    ("I come from ad tech, so bear with me: how many merchants do we serve?", "how many merchants do we serve?"),
    ("Coming from robotics, where we label everything by hand. Here, who labels the images?",
     "Here, who labels the images?"),
    ("Quick bit of background — I spent years on search ranking — is there a latency budget?",
     "is there a latency budget?"),
    ("In my last job we retrained weekly; how often do we retrain here?", "how often do we retrain here?"),
  ])
  func cut(question: String, rest: String) {
    #expect(BackgroundRemark.without(question) == rest)
  }

  @Test("a remark that holds a figure, ends only at the question mark, or is pointed back at stays", arguments: [
    "Coming from ads ranking, my instinct is 7 million listings. Is that in the right ballpark?",
    "Coming from ads, is position bias big here?",
    "I worked on fraud before. Is that relevant here at all?",
    "How tiny can faces get — do we blur a face far in the background?",
  ])
  func kept(question: String) {
    #expect(BackgroundRemark.without(question) == nil)
  }

  @Test("the rest of the question finds its fact; the whole is the fallback")
  func matched() throws {
    // A tuning-bank question in two parts, unanswered with the remark's words.
    let ads = QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(ads.match("I come from payments infra, so forgive me if this is naive: what kind of auction is it, and is "
      + "the ranking score literally predicted CTR times bid?").factIDs == ["auction"])
  }
}
