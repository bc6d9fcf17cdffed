import Foundation
import Testing
@testable import MLCoachCore

/// Trial 24: a fact given again came back as its whole paragraph after "As I said:", also when
/// the paragraph did not say what was asked, so the candidate could not tell "does not know"
/// from "did not understand". Given again, a fact is cut to the sentences on the question.
@Suite("Fact excerpts")
struct FactExcerptTests {
  func interviewer(_ id: String) throws -> Interviewer { Interviewer(scenario: try Fixtures.flagship(id)) }
  func answer(_ interviewer: Interviewer, _ id: String) -> String {
    interviewer.scenario.facts.first { $0.id == id }?.answer ?? ""
  }

  @Test("a fact given again is cut to the sentences that bear on the question", arguments: [
    ("similar-listings", "Is it right that only about half the listings are instant-book?", "sessions-bookings",
     "About half of the listings are instant-book"),
    ("people-you-may-know", "What is the acceptance rate of friend requests?", "acceptance-stats", "About 45% of requests"),
    ("similar-listings", "How many cards does mobile show?", "surface", "mobile 2"),
  ])
  func cutToTheQuestion(scenario: String, question: String, fact: String, kept: String) throws {
    let coach = try interviewer(scenario)
    let reply = coach.reply(to: question, alreadyGiven: [fact])
    #expect(reply.factIDs == [fact], "\(reply)")
    #expect(reply.text.hasPrefix(Interviewer.repeatLead) && reply.text.contains(kept), "\(reply.text)")
    #expect(reply.text.count < Interviewer.repeatLead.count + answer(coach, fact).count, "\(reply.text)")
  }

  /// A tmux trial (fiftieth session): given again, a question on contributors got only the
  /// camera-car sentence ("user-contributed" is another form of "contributors"), and "publish
  /// deadline?" only the sentence that says "publish", not the one stating the time.
  @Test("a word's other form, and a time asked for, keep their sentences", arguments: [
    ("street-view-blurring", "Does the imagery come only from our own camera cars, or also from third-party "
      + "contributors with different cameras and phones?", "capture", "About a fifth comes from"),
    ("street-view-blurring", "the contributor images come also from phones, so the quality is very different than "
      + "camera cars?", "capture", "About a fifth comes from"),
    ("street-view-blurring", "publish deadline?", "freshness", "about a week after capture"),
  ])
  func rootAndTime(scenario: String, question: String, fact: String, kept: String) throws {
    let reply = try interviewer(scenario).reply(to: question, alreadyGiven: [fact])
    #expect(reply.factIDs == [fact], "\(reply)")
    #expect(reply.text.contains(kept), "\(reply.text)")
    #expect(FactExcerpt.asksTime("how soon must it go live?") && !FactExcerpt.asksTime("how many panoramas?"))
  }

  /// A newcomer's trial (thirty-fifth session): "Where are our customers?", asked again, got back
  /// only the sentence on strong customer authentication.
  @Test("a question after a place keeps a sentence that names one")
  func whereKeepsAPlace() throws {
    let reply = try interviewer("fraud-detection").reply(to: "Where are our customers?", alreadyGiven: ["regions"])
    #expect(reply.factIDs == ["regions"], "\(reply)")
    #expect(reply.text.contains("45% of payments are in the US"), "\(reply.text)")
    #expect(FactExcerpt.asksWhere("Where are most of our users?"))
    #expect(!FactExcerpt.asksWhere("Where do the labels come from?"))
    #expect(!FactExcerpt.asksWhere("Where are the features stored?"))
  }

  /// Tmux, twenty-seventh session: "Are roughly 20% of orders late right now?", asked again,
  /// got back only the definition of late, not the 18% the candidate was checking.
  @Test("a figure put forward keeps the sentence that states its counterpart", arguments: [
    ("eta-prediction", "Are roughly 20% of orders late right now?", "late-definition", "about 18% of orders"),
    ("people-you-may-know", "Is the acceptance rate about 40%?", "acceptance-stats", "45%"),
  ])
  func figureKeepsItsSentence(scenario: String, question: String, fact: String, kept: String) throws {
    let reply = try interviewer(scenario).reply(to: question, alreadyGiven: [fact])
    #expect(reply.factIDs == [fact], "\(reply)")
    #expect(reply.text.contains(Interviewer.repeatLead) && reply.text.contains(kept), "\(reply.text)")
  }

  @Test("a sentence that alone says a word of the question stays in the excerpt")
  func uniqueWordKeepsItsSentence() throws {
    let coach = try interviewer("news-feed")
    let reply = coach.reply(to: "Does the 250 ms include network time?", alreadyGiven: ["latency"])
    #expect(reply.factIDs == ["latency"])
    #expect(reply.text.contains("Network and rendering"), "\(reply.text)")
  }

  @Test("a sentence that leans on the one before keeps it")
  func leaningSentenceKeepsItsAntecedent() throws {
    let coach = try interviewer("similar-listings")
    let reply = coach.reply(to: "How many views arrive without dates?",
                            alreadyGiven: ["trip-context"])
    #expect(reply.factIDs == ["trip-context"])
    #expect(reply.text.contains("About 60% of listing-page views") && reply.text.contains("The other 40%"), "\(reply.text)")
    #expect(FactExcerpt.leansBack("That's about 4,600 requests per second."))
    #expect(FactExcerpt.leansBack("The other 40% arrive without dates."))
    #expect(!FactExcerpt.leansBack("The carousel call has 100 ms at p99."))
  }

  /// A newcomer's trial, fifty-first session: the share of users who upload contacts, asked
  /// again, got back the whole data inventory, one five-line sentence of semicolons.
  @Test("a long sentence is cut at its semicolons, each clause given back as a sentence")
  func semicolonClauses() throws {
    let coach = try interviewer("people-you-may-know")
    let reply = coach.reply(to: "Do we keep about a year of impression logs?", alreadyGiven: ["data-available"])
    #expect(reply.factIDs == ["data-available"])
    #expect(reply.text == "No. " + Interviewer.repeatLead + "Two years of impression and request logs.", "\(reply.text)")
    let pieces = FactExcerpt.pieces(of: "We log views; two years of clicks kept for training and for analysis of the ranking; "
      + "and contacts for the 40% who opted in. Short; not cut.")
    #expect(pieces == ["We log views.", "Two years of clicks kept for training and for analysis of the ranking.",
                       "Contacts for the 40% who opted in.", "Short; not cut."])
  }

  @Test("a fact given again that does not say what was asked comes back as what it does say on it")
  func repeatThatMissesIsShort() throws {
    let coach = try interviewer("people-you-may-know")
    // Trial 24 asked "How long do we keep impression logs?" here; that now gets the fact stating
    // how long (`RetentionQuestion`).
    let reply = coach.reply(to: "Are impression logs tagged with the surface?", alreadyGiven: ["logged-actions"])
    #expect(reply.factIDs == ["logged-actions"])
    #expect(reply.text == Interviewer.repeatLead + "Every suggestion impression is logged with viewer, candidate, surface, "
      + "position and time, as are 'Add friend' (a request sent) and 'Remove' (a dismissal).", "\(reply.text)")
    // Given for the first time, the fact is whole.
    let first = coach.reply(to: "Are impression logs tagged with the surface?")
    #expect(first.text == answer(coach, "logged-actions"))
  }

  @Test("a figure put again gets its verdict and no note that there is no more")
  func numberVerdictOnRepeat() throws {
    let coach = try interviewer("similar-listings")
    let reply = coach.reply(to: "Is peak around 15k QPS?", alreadyGiven: ["traffic"])
    #expect(reply.text.hasPrefix("Yes. " + Interviewer.repeatLead), "\(reply.text)")
  }

  /// Tmux, thirty-third session: a list of figures put forward found two facts given before, and
  /// the reply read "As I said: … As I said: …".
  @Test("facts given again come after the new ones, behind one \"As I said:\"")
  func oneLeadForRepeats() throws {
    let coach = try interviewer("people-you-may-know")
    let question = "Can I assume 2B accounts, 300M daily actives and around 200 friends on average?"
    let both = coach.reply(to: question, alreadyGiven: ["users", "graph-size"])
    #expect(Set(both.factIDs) == ["users", "graph-size"], "\(both)")
    #expect(both.text.components(separatedBy: Interviewer.repeatLead).count == 2, "\(both.text)")
    let one = coach.reply(to: question, alreadyGiven: ["users"])
    // 200 friends against 300 on average is roughly right (fifty-third session: "2B accounts",
    // which no fact counts, no longer keeps the verdict unsaid).
    #expect(one.text.hasPrefix("Roughly. " + answer(coach, "graph-size")), "\(one.text)")
    #expect(one.text.components(separatedBy: Interviewer.repeatLead).count == 2, "\(one.text)")
  }
}

