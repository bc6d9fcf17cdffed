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

  /// A valid finished session's JSON with `change` applied, as `SessionStore` would read it.
  func load(_ change: (inout [String: Any]) -> Void) throws -> StorageError? {
    let scenario = try Fixtures.spamFilter()
    var session = InterviewEngine.newSession(id: "20261130-072723-spam-filter", scenario: scenario,
                                             options: Session.Options(totalMinutes: 45), now: Date(timeIntervalSince1970: 0))
    session.score = Scorer(scenario: scenario).score(text: "We use logistic regression because it is cheap.")
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    var root = try #require(try JSONSerialization.jsonObject(with: encoder.encode(session)) as? [String: Any])
    change(&root)
    let data = try JSONSerialization.data(withJSONObject: root)
    do {
      _ = try SessionStore.decode(data, file: "/s/20261130-072723-spam-filter.json")
      return nil
    } catch {
      return error
    }
  }

  @Test("every number in a session file is range-checked at load")
  func sessionRanges() throws {
    #expect(try load { _ in } == nil)
    func reason(_ change: (inout [String: Any]) -> Void) throws -> String? {
      guard case .corrupt(_, let reason)? = try load(change) else { return nil }
      return reason
    }
    func step(_ key: String, _ value: Any) -> (inout [String: Any]) -> Void {
      { root in
        var steps = root["steps"] as? [[String: Any]] ?? []
        steps[1][key] = value
        root["steps"] = steps
      }
    }
    func score(_ key: String, _ value: Any) -> (inout [String: Any]) -> Void {
      { root in
        var score = root["score"] as? [String: Any] ?? [:]
        score[key] = value
        root["score"] = score
      }
    }
    #expect(try reason { $0["currentStep"] = -1 } == "currentStep is -1; expected 0 to 6 for an interview in progress")
    #expect(try reason { $0["currentStep"] = 7 } == "currentStep is 7; expected 0 to 6 for an interview in progress")
    #expect(try reason { $0["currentStep"] = 1e300 } == "not a valid session file: a value does not fit its field (a number too large, or of the wrong kind)")
    #expect(try reason { $0["options"] = ["totalMinutes": 1e300, "strict": false, "timer": true, "followUps": true] }
      == "options.totalMinutes is 1e+300; expected more than 0 and at most 1440")
    #expect(try reason(step("usedSeconds", -1)) == "steps[1].usedSeconds is -1; expected 0 to 1000000000")
    #expect(try reason(step("budgetSeconds", 1e20)) == "steps[1].budgetSeconds is 1e+20; expected 0 to 86400")
    #expect(try reason(step("id", "requirements")) == "steps[1] (requirements) is out of order or repeated")
    #expect(try reason(score("overall", -1e300)) == "score.overall is -1e+300; expected 0 to 100")
    #expect(try reason(score("categories", ["modeling": 1e300])) == "score.categories.modeling is 1e+300; expected 0 to 100")
    #expect(try reason(score("genericFactor", 7)) == "score.genericFactor is 7; expected 0 to 1")
    #expect(try reason { $0["id"] = "../../escaped" } == "its id \"../../escaped\" is not a valid session id")
    #expect(try reason { $0["id"] = "20261130-072723-other" }
      == "its id \"20261130-072723-other\" does not match its file name (expected \"20261130-072723-spam-filter\")")
    #expect(try reason { $0["scenarioTitle"] = "\u{1B}[2J" } == "its scenarioTitle is too long or holds control characters")
    #expect(try reason { $0["formatVersion"] = 0 } == "format version 0 is not one mlcoach writes")
  }

  @Test("an engine handed an out-of-range step treats the interview as over instead of trapping")
  func engineOutOfRange() throws {
    let scenario = try Fixtures.spamFilter()
    for current in [-1, 7, 99] {
      var session = InterviewEngine.newSession(id: "x", scenario: scenario, options: Session.Options(totalMinutes: 45),
                                               now: Date())
      session.currentStep = current
      var engine = InterviewEngine(scenario: scenario, session: session, now: Date())
      #expect(!engine.isActive)
      #expect(engine.begin(now: Date()).isEmpty)
      #expect(engine.enter("hello", now: Date()).isEmpty)
      #expect(engine.status(now: Date()) == nil)
    }
    let empty = Session(id: "x", scenario: scenario, startedAt: Date(), options: Session.Options(totalMinutes: 45), steps: [])
    #expect(!InterviewEngine(scenario: scenario, session: empty, now: Date()).isActive)
  }
}
