import Foundation
@testable import MLCoachCore
import Testing

/// Inputs of every shape give the same result as their plain equivalent (review section 1,
/// "line endings", U3, U4): one test per convention, for scenario files and for answers.
@Suite("text input: encodings and line endings")
struct TextInputTests {
  static let answer = """
    ## 1. Clarifying requirements
    Losing a real email is worse, so we want precision over recall because false positives hurt.
    ## 4. Model
    We start with logistic regression because it is cheap and fast.
    """

  /// The same text in every encoding and line-ending convention mlcoach accepts.
  static let forms: [(name: String, encode: @Sendable (String) -> [UInt8])] = [
    ("LF", { Array($0.utf8) }),
    ("CR LF", { Array($0.replacingOccurrences(of: "\n", with: "\r\n").utf8) }),
    ("CR", { Array($0.replacingOccurrences(of: "\n", with: "\r").utf8) }),
    ("NEL", { Array($0.replacingOccurrences(of: "\n", with: "\u{85}").utf8) }),
    ("LINE SEPARATOR", { Array($0.replacingOccurrences(of: "\n", with: "\u{2028}").utf8) }),
    ("UTF-8 byte-order mark", { [0xEF, 0xBB, 0xBF] + Array($0.utf8) }),
    ("UTF-16 little-endian", { [0xFF, 0xFE] + $0.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }),
    ("UTF-16 big-endian", { [0xFE, 0xFF] + $0.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }),
    ("UTF-32 little-endian", { [0xFF, 0xFE, 0, 0] + $0.unicodeScalars.flatMap { scalar in
      (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) } } }),
    ("UTF-16 with CR LF", { text in
      [0xFF, 0xFE] + text.replacingOccurrences(of: "\n", with: "\r\n").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }),
  ]

  static func answerText(_ bytes: [UInt8]) throws -> String {
    TextInput.normalizingLineEndings(String(decoding: try TextInput.decode(bytes, allowNUL: false).bytes, as: UTF8.self))
  }

  @Test("an answer scores the same in every encoding and line-ending convention", arguments: 0..<10)
  func answerConventions(form: Int) throws {
    let scorer = Scorer(scenario: try Fixtures.spamFilter())
    let plain = scorer.score(text: Self.answer)
    let (name, encode) = Self.forms[form]
    let text = try Self.answerText(encode(Self.answer))
    #expect(text == Self.answer, "\(name)")
    #expect(scorer.score(text: text) == plain, "\(name)")
  }

  @Test("a scenario file decodes the same in every encoding and line-ending convention", arguments: 0..<10)
  func scenarioConventions(form: Int) throws {
    let plain = try Fixtures.spamFilter()
    let text = String(decoding: Fixtures.bytes("scenarios/good/spam-filter.json"), as: UTF8.self)
    let (name, encode) = Self.forms[form]
    guard name != "NEL" && name != "LINE SEPARATOR" else { return }  // not JSON whitespace
    #expect(try ScenarioDecoder.decode(encode(text), file: "spam-filter.json") == plain, "\(name)")
  }

  @Test("syntax errors count lines the same with LF, CR LF and CR")
  func syntaxErrorLines() {
    for newline in ["\n", "\r\n", "\r"] {
      let text = ["{", "  \"a\": 1,", "  \"b\": ]", "}"].joined(separator: newline)
      #expect(throws: JSONSyntaxError(line: 3, column: 8, message: "unexpected ']'; expected a value")) {
        try JSONParser.parse(Array(text.utf8))
      }
    }
  }

  @Test("invalid UTF-8 is reported with line and column; UTF-16 without a byte-order mark is named")
  func invalidText() {
    let latin1: [UInt8] = Array("line one\r\nline two: caf".utf8) + [0xE9] + Array(" au lait\n".utf8)
    #expect(throws: TextInputError.notUTF8(line: 2, column: 14, byte: 0xE9)) { try TextInput.decode(latin1) }
    let truncated: [UInt8] = Array("ok ".utf8) + [0xE2, 0x82]
    #expect(throws: TextInputError.notUTF8(line: 1, column: 4, byte: 0xE2)) { try TextInput.decode(truncated) }
    let surrogate: [UInt8] = [0x61, 0xED, 0xA0, 0x80]
    #expect(throws: TextInputError.notUTF8(line: 1, column: 2, byte: 0xED)) { try TextInput.decode(surrogate) }
    let noBOM = Array("We use logistic regression".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(throws: TextInputError.utf16WithoutBOM(.utf16LittleEndian)) { try TextInput.decode(noBOM) }
    #expect(throws: TextInputError.invalidWide(.utf16LittleEndian)) { try TextInput.decode([0xFF, 0xFE, 0x00, 0xD8]) }
    let binary = Array("a plain line of text".utf8) + [0] + Array("and more text after it".utf8)
    #expect(throws: TextInputError.notUTF8(line: 1, column: 21, byte: 0)) { try TextInput.decode(binary, allowNUL: false) }
    #expect(TextInputError.utf16WithoutBOM(.utf16LittleEndian).message
      == "looks like UTF-16 (little-endian) text without a byte-order mark; save it as UTF-8")
  }

  @Test("a UTF-16 scenario error gives the same line and column as its UTF-8 twin")
  func wideScenarioErrors() {
    let text = "{\n  \"id\": \"x\",\n  \"title\" 1\n}"
    let wide = [UInt8]([0xFF, 0xFE]) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    for bytes in [Array(text.utf8), wide] {
      do {
        _ = try ScenarioDecoder.decode(bytes, file: "x.json")
      } catch {
        #expect(error.issues.first?.location == "line 3, column 11")
      }
    }
  }
}
