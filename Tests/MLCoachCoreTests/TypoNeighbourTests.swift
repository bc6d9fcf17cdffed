import Testing
@testable import MLCoachCore

/// The seventh bank's "latncy budget at upload time?" went unanswered: a misspelt topic word
/// counted as a word no fact uses.
@Suite("A word one slip of the keyboard from a fact's word")
struct TypoNeighbourTests {
  @Test("one slip is a letter dropped, a letter added or two neighbours swapped, never a letter swapped for another",
        arguments: [
    ("latency", "latncy", true),
    ("label", "labell", true),
    ("chargeback", "chargebakc", true),
    ("labels", "lsbels", false),
    ("retention", "retention", false),
    ("batch", "match", false),
    ("latency", "latnecy", true),
    ("latency", "ltnecy", false),
    ("latency", "ltncy", false),
  ])
  func slips(known: String, typed: String, expected: Bool) {
    #expect(TypoNeighbour.oneSlipApart(Array(known.utf8), Array(typed.utf8)) == expected)
  }

  @Test("a word is read as the only known stem one slip away; short or ambiguous words are left alone")
  func correction() {
    let typos = TypoNeighbour(known: ["latency", "label", "labels", "chargeback", "#latency-budget", "ranking"])
    #expect(typos.correction(of: "latncy") == "latency")
    #expect(typos.correction(of: "chargebacck") == "chargeback")
    #expect(typos.correction(of: "labell") == "label")
    // "clcks" is one slip from both "clicks" and "clocks".
    #expect(TypoNeighbour(known: ["clicks", "clocks"]).correction(of: "clcks") == nil)
    // Four letters: too short to tell a slip from another word.
    #expect(TypoNeighbour(known: ["data"]).correction(of: "dta") == nil)
    #expect(typos.correction(of: "latency") == nil)
    #expect(typos.correction(of: "banking") == nil)
  }

  @Test("a misspelt topic word finds its fact; a word the lexicon knows keeps its own meaning")
  func inQuestions() throws {
    let harmful = QuestionMatcher(scenario: try Fixtures.flagship("harmful-content"))
    #expect(harmful.match("latncy budget at upload time?").factIDs == ["latency"])
    #expect(harmful.match("latency budget at upload time?").factIDs == ["latency"])
  }

  /// tmux, forty-ninth session: "chargback lag?" read the word "chargeback" but not the
  /// chargeback concept it names, and got no fact, where "chargeback lag?" got the labels fact.
  @Test("a misspelt word names the concepts its correction names")
  func misspeltConcept() throws {
    let fraud = QuestionMatcher(scenario: try Fixtures.flagship("fraud-detection"))
    #expect(fraud.match("chargback lag?").factIDs == fraud.match("chargeback lag?").factIDs)
    #expect(fraud.match("chargback lag?").factIDs == ["chargeback-labels"])
    #expect(fraud.terms("chargback lag?").weights["#chargeback"] != nil)
  }

  /// Blind set, twenty-seventh session: "How many resturants are on the platform in total?" found
  /// no fact, though "restaurants" did: the phrase "how many restaurants" counts restaurants,
  /// and the question's count was left misspelt.
  @Test("what a misspelt 'how many' counts is read as its correction")
  func misspeltAmount() throws {
    let eta = QuestionMatcher(scenario: try Fixtures.flagship("eta-prediction"))
    #expect(eta.match("How many resturants are on the platform in total?").factIDs == ["scale"])
    #expect(eta.terms("How many resturants are there?").amountOf.contains("restaurant"))
  }

  /// Blind fraud/ETA bank notes, twenty-seventh session: "vidoes" stems to "vido", no slip of
  /// "video"; "advertisrs" stems to a word one slip from two forms of one root.
  @Test("a slip the stemmer changes further is found from the word as typed")
  func typedWord() throws {
    let videos = QuestionMatcher(scenario: try Fixtures.flagship("video-recommendation"))
    #expect(videos.terms("How many vidoes are uploaded per day?").weights["video"] != nil)
    let ads = QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(ads.match("How many advertisrs do we have?").factIDs == ["inventory"])
    // Real words one slip from a fact's word stay as they are: "asking" is no "masking", and
    // "naive" too short to tell.
    let street = QuestionMatcher(scenario: try Fixtures.flagship("street-view-blurring"))
    #expect(street.terms("Are people asking for their whole house to be blurred?").weights["mask"] == nil)
    #expect(ads.terms("forgive me if this is naive: what kind of auction is it").weights["nativ"] == nil)
  }

  @Test("whole words may be kept from slips at the first letter")
  func firstLetter() {
    let words = TypoNeighbour(known: ["masking", "videos"], leastLength: 6, firstLetterSlips: false)
    #expect(words.correction(of: "asking") == nil)
    #expect(words.correction(of: "vidoes") == "videos")
    #expect(TypoNeighbour(known: ["masking"]).correction(of: "asking") == "masking")
  }

  /// Blind set, twenty-eighth session: "Events per ctiy?" found no fact.
  @Test("a four-letter word is read only as two inner letters swapped")
  func shortWords() throws {
    let typos = TypoNeighbour(known: ["city", "data", "rate"])
    #expect(typos.correction(of: "ctiy") == "city")
    #expect(typos.correction(of: "adta") == nil)
    #expect(typos.correction(of: "dtaa") == "data")
    #expect(typos.correction(of: "date") == nil)
    #expect(typos.correction(of: "rat") == nil)
    #expect(typos.correction(of: "icty") == nil)
    let events = QuestionMatcher(scenario: try Fixtures.flagship("event-recommendation"))
    #expect(events.match("Events per ctiy?").factIDs == ["inventory"])
  }

  /// Blind set, twenty-eighth session: "somthing", "bieng" counted as words the scenario lacks,
  /// lowering every fact's share of the question.
  @Test("a slip of a word that carries no topic weighs nothing")
  func stopWordSlips() throws {
    let listings = QuestionMatcher(scenario: try Fixtures.flagship("similar-listings"))
    let terms = listings.terms("Does the carousel have to stay in the same city as the listing bieng viewed?")
    #expect(terms.weights["bieng"] == nil)
    #expect(terms.weights["carousel"] != nil)
    let events = QuestionMatcher(scenario: try Fixtures.flagship("event-recommendation"))
    #expect(events.terms("Is the purchase rate somthing like 1%?").weights.keys.allSatisfy { !$0.hasPrefix("somth") })
    // A word the facts lack that is no slip of a stop word still counts.
    #expect(listings.terms("Is there a loyalty programme?").weights["loyalty"] != nil)
  }
}
