@testable import MLCoachCore
import Testing

@Suite("Byte splices")
struct ByteSpliceTests {
  @Test("ranges are replaced or cut, every other byte kept as typed, multi-byte text included")
  func replacing() {
    #expect(ByteSplice.replacing("the main use case?", [(range: 9..<17, with: "goal")]) == "the main goal?")
    #expect(ByteSplice.replacing("how many images exactly?", [(range: 16..<23, with: "")]) == "how many images ?")
    #expect(ByteSplice.replacing("für uns — ok", [(range: 0..<4, with: "for"), (range: 13..<15, with: "yes")])
      == "for uns — yes")
    #expect(ByteSplice.replacing("unchanged", []) == "unchanged")
  }
}
