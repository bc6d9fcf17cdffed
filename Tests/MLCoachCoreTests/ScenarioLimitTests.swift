import Foundation
@testable import MLCoachCore
import Testing

/// The validator rejects what can never work and what would only cost (review S1, S5, S6, U1,
/// U2, U8, W6, B6): every limit of docs/scenario-format.md, with the path of the bad value.
@Suite("scenario limits")
struct ScenarioLimitTests {
  /// The issues of the spam-filter fixture after `change`; [] when it is still valid.
  func issues(_ change: (inout [String: Any]) -> Void) throws -> [String] {
    var root = try #require(try JSONSerialization.jsonObject(with: Data(Fixtures.bytes("scenarios/good/spam-filter.json")))
      as? [String: Any])
    change(&root)
    return issues(bytes: [UInt8](try JSONSerialization.data(withJSONObject: root)))
  }

  func issues(bytes: [UInt8]) -> [String] {
    do {
      _ = try ScenarioDecoder.decode(bytes, file: "spam-filter.json")
      return []
    } catch {
      return error.issues.map { $0.location + ": " + $0.message }
    }
  }

  func item(_ key: String, _ value: Any, index: Int = 0) -> (inout [String: Any]) -> Void {
    { root in
      var rubric = root["rubric"] as? [[String: Any]] ?? []
      rubric[index][key] = value
      root["rubric"] = rubric
    }
  }

  func flag(_ key: String, _ value: Any, index: Int = 0) -> (inout [String: Any]) -> Void {
    { root in
      var flags = root["redFlags"] as? [[String: Any]] ?? []
      flags[index][key] = value
      root["redFlags"] = flags
    }
  }

  @Test("lengths and counts over the documented limits are rejected with their path")
  func limits() throws {
    #expect(try issues { _ in } == [])
    #expect(try issues { $0["title"] = String(repeating: "t", count: 121) }
      == ["title: is 121 characters long; at most 120 are allowed"])
    let start = Date()
    #expect(try issues { $0["title"] = String(repeating: "t", count: 2_000_000) }
      == ["title: is 2000000 characters long; at most 120 are allowed"])
    #expect(Date().timeIntervalSince(start) < 5, "measured before it is trimmed (S5)")
    #expect(try issues { $0["title"] = String(repeating: "t", count: 3_000_000) }.first?
      .hasSuffix("; files over 2 MB are not read") == true)
    #expect(try issues(item("evidence", Array(repeating: "logistic regression", count: 151)))
      == ["rubric[0].evidence: has 151 entries; at most 150 are allowed"])
    #expect(try issues(item("evidence", ["aa bb cc dd ee ff gg hh ii jj kk ll mm"]))
      == ["rubric[0].evidence[0]: \"aa bb cc dd ee ff gg hh ii jj kk ll mm\" has 13 "
          + "words; a phrase has at most 12 (its most distinctive words)"])
    #expect(try issues(item("evidence", [String(repeating: "a", count: 33)]))
      == ["rubric[0].evidence[0]: has a word of 33 characters; words have at most 32"])
    #expect(try issues(item("hint", String(repeating: "h", count: 501)))
      == ["rubric[0].hint: is 501 characters long; at most 500 are allowed"])
    #expect(try issues { root in
      var steps = root["steps"] as? [[String: Any]] ?? []
      steps[2]["prompts"] = ["one?", "two?", "three?", "four?", "five?"]
      root["steps"] = steps
    } == ["steps[2].prompts: has 5 entries; at most 4 are allowed"])
    #expect(try issues { root in
      var steps = root["steps"] as? [[String: Any]] ?? []
      steps[2]["prompts"] = ["only one?"]
      root["steps"] = steps
    } == ["steps[2].prompts: has 1; it needs at least 2"])
  }

  /// Fact `index` with `count` distinct `about` phrases.
  func factPhrases(_ count: Int, index: Int = 0) -> (inout [String: Any]) -> Void {
    { root in
      var facts = root["facts"] as? [[String: Any]] ?? []
      facts[index]["about"] = (0..<count).map { "asks about \(Self.letters($0))" }
      root["facts"] = facts
    }
  }

  @Test("a fact lists up to 100 phrases, as many as candidates' wordings need")
  func factPhraseCount() throws {
    #expect(try issues(factPhrases(100)) == [])
    #expect(try issues(factPhrases(101)) == ["facts[0].about: has 101 entries; at most 100 are allowed"])
  }

  @Test("a fact lists up to 100 asked questions, and the scenario 1,000 in all")
  func askedCounts() throws {
    func asked(perFact: Int, facts: Int) -> (inout [String: Any]) -> Void {
      { root in
        let template = (root["facts"] as? [[String: Any]] ?? [])[0]
        // The first fact keeps its id: rubric items may name it.
        root["facts"] = (0..<facts).map { index -> [String: Any] in
          var fact = template
          if index > 0 { fact["id"] = "fact-\(index)" }
          fact["asked"] = (0..<perFact).map { "How many \(Self.letters(index * 1_000 + $0)) are there?" }
          return fact
        }
      }
    }
    #expect(try issues(asked(perFact: 100, facts: 10)) == [])
    #expect(try issues(asked(perFact: 101, facts: 1)) == ["facts[0].asked: has 101 entries; at most 100 are allowed"])
    #expect(try issues(asked(perFact: 91, facts: 11)) == ["facts: list 1001 asked and unanswered questions in all; at "
      + "most 1000 are allowed (each is read whenever an interview starts)"])
  }

  @Test("unanswered questions are lines of text, counted with the asked ones against the 1,000")
  func unansweredQuestions() throws {
    #expect(try issues { $0["unanswered"] = ["Which vendor labels the data?", "Who is on call?"] } == [])
    #expect(try issues { $0["unanswered"] = [] } == [])
    #expect(try issues { $0["unanswered"] = ["Who is on call?", 7] }
            == ["unanswered[1]: must be a string, found a number"])
    #expect(try issues { $0["unanswered"] = "Who is on call?" } == ["unanswered: must be an array, found a string"])
    let full = try issues { root in
      var facts = root["facts"] as? [[String: Any]] ?? []
      facts[0]["asked"] = (0..<100).map { "How many \(Self.letters($0)) are there?" }
      root["facts"] = facts
      root["unanswered"] = (0..<901).map { "Who owns \(Self.letters($0))?" }
    }
    #expect(full == ["facts: list 1001 asked and unanswered questions in all; at most 1000 are allowed (each is read "
      + "whenever an interview starts)"])
  }

  @Test("the phrase total bounds the scorer's start-up")
  func phraseTotal() throws {
    let result = try issues { root in
      var rubric = root["rubric"] as? [[String: Any]] ?? []
      let template = rubric[0]
      for index in 0..<90 {
        var copy = template
        copy["id"] = "copy-\(index)"
        copy["evidence"] = (0..<45).map { "phrase\(index)x\($0)" }
        rubric.append(copy)
      }
      root["rubric"] = rubric
    }
    #expect(result == [": has 4060 evidence, unlessMentioned and about phrases in all; at most 4000 are allowed "
      + "(each costs time whenever an answer is scored)"])
  }

  /// A distinct run of letters for `number` (digits would split a word in two).
  static func letters(_ number: Int) -> String {
    var number = number
    var text = ""
    repeat {
      text.append(Character(Unicode.Scalar(UInt8(97 + number % 26))))
      number /= 26
    } while number > 0
    return text
  }

  @Test("the characters of all phrases together bound the scorer's start-up too")
  func phraseWordTotal() throws {
    let result = try issues { root in
      var rubric = root["rubric"] as? [[String: Any]] ?? []
      let template = rubric[0]
      for index in 0..<40 {
        var copy = template
        copy["id"] = "long-\(index)"
        // 40 x 50 phrases of ~63 characters: 126,000 on top of the scenario's own.
        copy["evidence"] = (0..<50).map { phrase in
          (0..<8).map { Self.letters(index * 400 + phrase * 8 + $0) + "word" }.joined(separator: " ")
        }
        rubric.append(copy)
      }
      root["rubric"] = rubric
    }
    #expect(result.count == 1, "\(result.prefix(2))")
    #expect(result.first?.contains("characters in its evidence, unlessMentioned and about phrases; at most 100000") == true,
            "\(result)")
  }

  @Test("phrases that can never match are rejected: filler words only, punctuation only")
  func deadPhrases() throws {
    #expect(try issues(item("evidence", ["the of a", "!!!", "logistic regression"])) == [
      "rubric[0].evidence[0]: \"the of a\" has no word that can match: only filler words (the, of, a, ...) or punctuation",
      "rubric[0].evidence[1]: \"!!!\" has no word that can match: only filler words (the, of, a, ...) or punctuation",
    ])
    #expect(try issues { root in
      var flags = root["redFlags"] as? [[String: Any]] ?? []
      flags[0]["unlessMentioned"] = ["to the"]
      root["redFlags"] = flags
    } == ["redFlags[0].unlessMentioned[0]: \"to the\" has no word that can match: only filler words (the, of, a, ...) "
          + "or punctuation"])
  }

  @Test("a red flag's committedByRefusing is a list of phrases that can match")
  func committedByRefusing() throws {
    #expect(try issues(flag("committedByRefusing", ["calibration"])) == [])
    #expect(try issues(flag("committedByRefusing", ["of the"])) == [
      "redFlags[0].committedByRefusing[0]: \"of the\" has no word that can match: only filler words (the, of, a, ...) "
        + "or punctuation"])
    #expect(try issues(flag("committedByRefusing", "calibration")).first?
      .hasPrefix("redFlags[0].committedByRefusing:") == true)
  }

  @Test("control characters in any string are rejected; in messages they are named, never echoed")
  func controlCharacters() throws {
    #expect(try issues { $0["summary"] = "A summary\u{7}" } == ["summary: contains the control character U+0007; remove it"])
    #expect(try issues(item("text", "Bidi \u{9B}31m")) == ["rubric[0].text: contains the control character U+009B; remove it"])
    #expect(try issues { $0["prompt"] = "Line one.\nLine two,\ttabbed." } == [], "newlines and tabs are text")
    let unknownKey = try issues { $0["bad\u{1B}[2Jkey"] = 1 }
    #expect(unknownKey == ["bad\\u{1B}[2Jkey: is not a known field"])
  }

  @Test("a 2 MB unknown key costs no edit distance and is cut in the message (S6, U8)")
  func hugeUnknownKey() throws {
    let start = Date()
    let key = String(repeating: "k", count: 2_000_000)
    let result = issues(bytes: Array("{\"\(key)\": 1}".utf8))
    #expect(Date().timeIntervalSince(start) < 5)
    let message = try #require(result.first { $0.contains("is not a known field") })
    #expect(message.count < 300)
    #expect(message.hasPrefix(String(repeating: "k", count: 60) + "…: is not a known field"))
  }

  @Test("duplicate keys are errors at any depth (B6)")
  func duplicateKeys() {
    #expect(throws: JSONSyntaxError(line: 1, column: 10,
                                    message: "the key \"a\" appears twice in this object (first at line 1, column 2); keep one")) {
      try JSONParser.parse(Array("{\"a\": 1, \"a\": 2}".utf8))
    }
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("[{\"x\": {\"k\": 1,\n \"k\": 1}}]".utf8)) }
    #expect((try? JSONParser.parse(Array("[{\"k\": 1}, {\"k\": 2}]".utf8))) != nil, "the same key in two objects is fine")
  }

  @Test("syntax errors name what they found: a second byte-order mark, a non-ASCII letter, an escape")
  func syntaxMessages() {
    func message(_ bytes: [UInt8]) -> String? {
      do {
        _ = try JSONParser.parse(bytes)
        return nil
      } catch {
        return error.message
      }
    }
    #expect(message([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("{}".utf8))
      == "unexpected byte-order mark (U+FEFF); expected a value")
    #expect(message(Array("é".utf8)) == "unexpected 'é' (U+00E9); expected a value")
    #expect(message([0x9C]) == "unexpected byte 0x9C, which is not UTF-8; expected a value")
    #expect(message(Array("[\"\\é\"]".utf8)) == "invalid escape: a backslash followed by 'é' (U+00E9)")
    #expect(message(Array("[\"a\tb\"]".utf8)) == "the control character U+0009 inside a string; write it as a \\u escape")
  }
}
