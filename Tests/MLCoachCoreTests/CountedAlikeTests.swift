import Testing
@testable import MLCoachCore

/// Newcomer's trial, fiftieth session: a figure counted under another name the fact's phrases
/// give the same thing ("uploads", "results" for images) got no verdict.
@Suite("A figure counted under another name")
struct CountedAlikeTests {
  @Test("the fact's own names for what it counts", arguments: [
    ("image-search", "Are there roughly a billion uploads a day?", "No. "),
    ("image-search", "Does the first page show about 20 results?", "No. "),
    ("image-search", "Does the first page show about 50 results?", "Yes. "),
    ("image-search", "Are there about 1 billion new images a day?", "No. "),
    // A fresh helper's siblings.
    ("fraud-detection", "How many transactions do we see per day, about 28 million?", "Yes. "),
    ("harmful-content", "How big is the moderation workforce, something like 20,000 moderators?", "No. "),
    ("video-search", "Are there like 10 million uploads per day?", "No. "),
  ])
  func verdict(scenario: String, question: String, lead: String) throws {
    let reply = Interviewer(scenario: try Fixtures.flagship(scenario)).reply(to: question)
    #expect(reply.text.hasPrefix(lead), "\(reply.text)")
  }

  @Test("a fact counting several things under several names renames nothing")
  func severalThings() {
    let known = QuantityReader.quantities(in: "About 4 million orders a day from 100,000 restaurants in 60 cities.")
    let asked = QuantityReader.quantities(in: "about 200 markets")
    let figure = try? #require(asked.first)
    guard let figure else { return }
    let names = Set(["orders", "restaurants", "markets", "cities"].map(WordNormalizer.stem))
    let renamed = CountedAlike.renamed(figure, among: known, names: names)
    #expect(renamed.noun == figure.noun)
  }

  /// A fresh helper's sibling: another fact's figure placed by one shared word ("the largest
  /// markets have 60,000 to 90,000 listings") silenced the "No." the given fact's clause earned;
  /// one placed as surely as the given fact's still does (trial 27's daily peak).
  @Test("a figure elsewhere silences a verdict only when placed as surely")
  func elsewherePlacedAsSurely() throws {
    let listings = Interviewer(scenario: try Fixtures.flagship("similar-listings"))
    #expect(listings.reply(to: "Are about 100,000 new listings going live every day?").text.hasPrefix("No. "))
    let fraud = Interviewer(scenario: try Fixtures.flagship("fraud-detection"))
    let peak = fraud.reply(to: "Payments peak at about 900 per second, right?").text
    #expect(!peak.hasPrefix("No. "), "\(peak)")
  }
}
