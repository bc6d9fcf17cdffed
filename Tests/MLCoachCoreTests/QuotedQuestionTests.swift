import Testing
@testable import MLCoachCore

/// "Do we run in-feed surveys ("was this worth your time?") that could serve as labels?" was
/// cut at the quoted question mark, and the reply ended "If that doesn't cover "that could
/// serve as labels", I have nothing more specific" after saying exactly that (tmux,
/// forty-fourth session).
@Suite("A question quoted or in brackets stays in its sentence")
struct QuotedQuestionTests {
  @Test("a question mark inside quotation marks or brackets cuts nothing", arguments: [
    #"Do we run in-feed surveys ("was this worth your time?") that could serve as labels?"#,
    #"Is there a "see less of this?" button whose clicks we log as negatives?"#,
    "Do we show a prompt like \u{201C}did you book this?\u{201D} after the stay to collect labels?",
    "Do we ask users 'was this helpful?' after each answer and keep the votes?",
    "Do reviewers answer a checklist (is it nudity? is it violence?) for each post they label?",
  ])
  func oneQuestion(question: String) {
    #expect(QuestionParts.split(question).count == 1, "\(QuestionParts.split(question))")
  }

  @Test("outside the marks a question mark still cuts, and an apostrophe opens nothing")
  func stillCuts() {
    #expect(QuestionParts.split(#"Is "engagement" the goal? How many users are there?"#).count == 2)
    #expect(QuestionParts.split("What's the users' budget? Do we have GPUs?").count == 2)
    // An unclosed bracket encloses nothing.
    #expect(QuestionParts.split("How many posts a day (roughly? And how many users?").count == 2)
  }

  @Test("enclosed bytes")
  func enclosedBytes() {
    let text = Array(#"a ("b?") c"#.utf8)
    let inside = QuestionParts.enclosed(text)
    #expect(inside[5])  // the "?"
    #expect(!inside[0] && !inside[9])
  }
}
