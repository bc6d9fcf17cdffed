import Foundation
@testable import MLCoachCore
import Testing

/// Numbers read from files are range-checked when loaded, and every conversion to `Int` on the
/// way to the screen saturates instead of trapping (review section 1, "numeric ranges").
@Suite("numeric ranges")
struct NumericRangeTests {
  @Test("Int(saturating:) clamps and never traps")
  func saturating() {
    #expect(Int(saturating: 1e19) == Int.max)
    #expect(Int(saturating: -1e300) == Int.min)
    #expect(Int(saturating: .infinity) == Int.max)
    #expect(Int(saturating: .nan) == 0)
    #expect(Int(saturating: 42.9) == 42)
  }

  @Test("formatters print any Double")
  func formatters() {
    #expect(NumberText.decimal(45) == "45")
    #expect(NumberText.decimal(62.5) == "62.5")
    #expect(NumberText.decimal(1e19) == "1e+19")
    #expect(NumberText.decimal(.infinity) == "∞")
    #expect(NumberText.decimal(.nan) == "NaN")
    #expect(ReportNumber.score(-1e300) == "-1e+300")
    #expect(ClockText.format(1e300).hasSuffix(":07"))  // Int.max seconds, not a trap
    #expect(ClockText.format(.nan) == "0:00")
    #expect(Sparkline.render([.nan, 1e300, -1e300]) == "▁█▁")
  }

  /// The issues of the spam-filter fixture with its first steps' minutes replaced.
  func decode(minutes: [Double]) throws -> [String] {
    let data = Data(Fixtures.bytes("scenarios/good/spam-filter.json"))
    var root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var steps = try #require(root["steps"] as? [[String: Any]])
    for (index, value) in minutes.enumerated() { steps[index]["minutes"] = value }
    root["steps"] = steps
    let bytes = [UInt8](try JSONSerialization.data(withJSONObject: root))
    do {
      _ = try ScenarioDecoder.decode(bytes, file: "spam-filter.json")
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  @Test("step minutes from 0.5 to 120, at most 600 in all")
  func stepMinutes() throws {
    #expect(try decode(minutes: []) == [])
    #expect(try decode(minutes: [0.5, 120]) == [])
    #expect(try decode(minutes: [0.1]) == ["spam-filter.json: steps[0].minutes: must be from 0.5 to 120 minutes (found 0.1)"])
    #expect(try decode(minutes: [5, 121]) == ["spam-filter.json: steps[1].minutes: must be from 0.5 to 120 minutes (found 121)"])
    #expect(try decode(minutes: [-1]) == ["spam-filter.json: steps[0].minutes: must be greater than 0 (found -1)"])
    #expect(try decode(minutes: [120, 120, 120, 120, 120, 1]) == [
      "spam-filter.json: steps: the steps add up to 606 minutes; at most 600 are allowed"])
  }

  @Test("the JSON parser refuses numbers beyond a Double, with their position")
  func hugeNumbers() {
    for text in ["[1e400]", "[-1e999]", "[" + String(repeating: "9", count: 400) + "]"] {
      #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
    }
    do {
      _ = try JSONParser.parse(Array("{\n  \"a\": 1e400\n}".utf8))
    } catch {
      #expect(error == JSONSyntaxError(line: 2, column: 8, message: "the number 1e400 is too large"))
    }
    #expect((try? JSONParser.parse(Array("[1e308, 1e-400]".utf8))) == .array([.number(1e308), .number(0)]))
  }
}
