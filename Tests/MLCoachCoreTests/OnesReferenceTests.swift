import Foundation
import Testing
@testable import MLCoachCore

/// "ones" after a counted thing stands for it (`OnesReference`): "…, with maybe a few hundred
/// thousand new ones added each month?" found no fact in tmux (fifty-fourth session).
@Suite("Ones reference")
struct OnesReferenceTests {
  @Test("'ones' takes the plural noun of the figure before it")
  func resolved() {
    #expect(OnesReference.resolved("Can I assume ~7M active listings worldwide, with maybe a few hundred thousand new "
      + "ones added each month?")
      == "Can I assume ~7M active listings worldwide, with maybe a few hundred thousand new listings added each month?")
    // Nothing counted before it, or no plural: unchanged.
    #expect(OnesReference.resolved("Which ones are new?") == "Which ones are new?")
    #expect(OnesReference.resolved("About 5 ms, or are the slower ones a problem?")
      == "About 5 ms, or are the slower ones a problem?")
  }

  @Test("the assumption gets both facts and its verdict")
  func assumption() throws {
    let reply = Interviewer(scenario: try Fixtures.flagship("similar-listings"))
      .reply(to: "Can I assume ~7M active listings worldwide, with maybe a few hundred thousand new ones added each "
        + "month?")
    #expect(reply.factIDs == ["catalogue", "new-listings"])
    #expect(reply.text.hasPrefix("Yes. "), "\(reply.text)")
  }
}
