import Foundation
import MLCoachCore
import Testing

/// Newcomer trial, fortieth session: "Is it mobile only?" in event-recommendation got "I don't
/// have anything specific on that", although the surfaces fact says where the feed appears (app,
/// web, email). The kind: a one-word platform question names the fact that says which apps and
/// sites the product runs on, in every scenario that has one.
@Suite("a platform question gets the fact that names the platforms")
struct PlatformQuestionTests {
  @Test("'Is it mobile only?' gets the platform fact", arguments: [
    ("event-recommendation", "surfaces"), ("similar-listings", "surface"), ("street-view-blurring", "product-surface"),
    ("news-feed", "surface"), ("video-search", "product-surface"), ("video-recommendation", "devices"),
    ("image-search", "devices"),
  ])
  func mobileOnly(id: String, fact: String) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship(id))
    #expect(matcher.match("Is it mobile only?").factIDs == [fact], "\(id)")
  }
}
