import Foundation

/// A parsed JSON document that keeps object key order, so validation messages and
/// re-encoded files follow the author's layout.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case let (.bool(a), .bool(b)): return a == b
    case let (.number(a), .number(b)): return a == b
    case let (.string(a), .string(b)): return a == b
    case let (.array(a), .array(b)): return a == b
    case let (.object(a), .object(b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// The value of `key` in an object (the first, when a file repeats a key).
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// A short name of the kind of value, for messages like "expected a string, found a number".
  public var kindName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// A JSON syntax error with the position a person needs to find it in an editor.
public struct JSONSyntaxError: Error, Equatable, Sendable {
  public var line: Int
  public var column: Int
  public var message: String
}

/// A small strict JSON parser (RFC 8259) over UTF-8 bytes that reports line and column.
/// Foundation's parser on Linux reports byte offsets only, which are useless to a person.
public struct JSONParser {
  private let bytes: [UInt8]
  private var index = 0
  private var depth = 0
  private static let maxDepth = 512

  public static func parse(_ data: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONParser(bytes: data)
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }  // tolerate a UTF-8 BOM
    parser.skipWhitespace()
    let value = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < data.count { throw parser.error("unexpected text after the JSON value") }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func error(_ message: String) -> JSONSyntaxError {
    // Lines end at LF, CR or CR LF, as the editor that saved the file shows them.
    let (line, column) = TextInput.position(of: index, in: bytes)
    return JSONSyntaxError(line: line, column: column, message: message)
  }

  /// The character at `offset` as a message shows it: `'x'`, `'é' (U+00E9)`, or for what a
  /// terminal would act on, only its code: "the control character U+001B". Never the raw byte.
  private func describeCharacter(at offset: Int) -> String {
    guard offset < bytes.count else { return "the end of the file" }
    let lead = bytes[offset]
    if lead < 0x80 {
      return (0x20..<0x7F).contains(lead) ? "'\(Character(UnicodeScalar(lead)))'"
        : "the control character U+\(String(format: "%04X", lead))"
    }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard offset + length <= bytes.count,
          let text = String(validating: bytes[offset..<offset + length], as: UTF8.self),
          let scalar = text.unicodeScalars.first else {
      return "the byte 0x\(String(format: "%02X", lead)), which is not UTF-8"
    }
    let code = "U+\(String(format: "%04X", scalar.value))"
    if scalar.value == 0xFEFF { return "a byte-order mark (\(code))" }
    if UserText.isControl(scalar) || scalar.properties.generalCategory == .format { return "the character \(code)" }
    return "'\(text)' (\(code))"
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    guard index < bytes.count else { throw error("unexpected end of file") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default:
      // "unexpected byte 0x9C, …", not "unexpected the byte 0x9C, …".
      let found = describeCharacter(at: index)
      let bare = ["the ", "a "].first(where: found.hasPrefix).map { String(found.dropFirst($0.count)) } ?? found
      throw error("unexpected \(bare); expected a value")
    }
  }

  private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
    let utf8 = Array(word.utf8)
    guard bytes.count - index >= utf8.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
      throw error("unexpected text; expected a value")
    }
    index += utf8.count
    return value
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maxDepth { throw error("nesting deeper than \(Self.maxDepth) levels") }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    // Where each key first appeared: a repeated key is an error (the first would win here, the
    // last in most other tools, so the author cannot know which value counts).
    var firstOffsets: [String: Int] = [:]
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error(index < bytes.count ? "expected a quoted key" : "unexpected end of file in an object")
      }
      let keyStart = index
      let key = try parseString()
      if let first = firstOffsets[key] {
        let (line, column) = TextInput.position(of: first, in: bytes)
        index = keyStart
        throw error("the key \(UserText.quoted(key, limit: 60)) appears twice in this object (first at line \(line), "
          + "column \(column)); keep one")
      }
      firstOffsets[key] = keyStart
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after the key \(UserText.quoted(key, limit: 60))") }
      index += 1
      skipWhitespace()
      members.append((key, try parseValue()))
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of file in an object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { throw error("trailing comma before '}'") }
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      throw error("expected ',' or '}' in an object")
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of file in an array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      }
      throw error("expected ',' or ']' in an array")
    }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1  // opening quote
    var buffer: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        guard let text = String(validating: buffer, as: UTF8.self) else { throw error("invalid UTF-8 in a string") }
        return text
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count else { break }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
          var scalar = try parseHex4()
          if (0xD800...0xDBFF).contains(scalar) {
            guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
              throw error("unpaired surrogate in \\u escape")
            }
            index += 2
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair in \\u escape") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let unicode = UnicodeScalar(scalar) else { throw error("invalid \\u escape") }
          buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
          index -= 1
          let shown = (0x21..<0x7F).contains(escape) ? "'\\\(Character(UnicodeScalar(escape)))'" : describeCharacter(at: index)
          throw error("invalid escape: a backslash followed by \(shown)")
        }
      case 0x00..<0x20:
        throw error(byte == 0x0A || byte == 0x0D ? "unterminated string (newline inside a string)"
          : "\(describeCharacter(at: index)) inside a string; write it as a \\u escape")
      default:
        buffer.append(byte)
        index += 1
      }
    }
    throw error("unterminated string")
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard bytes.count - index >= 4 else { throw error("incomplete \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("invalid hex digit in \\u escape")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func digits(_ parser: inout JSONParser) -> Int {
      let from = parser.index
      while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
        parser.index += 1
      }
      return parser.index - from
    }
    let intStart = index
    let intDigits = digits(&self)
    guard intDigits > 0 else { throw error("invalid number") }
    if intDigits > 1, bytes[intStart] == UInt8(ascii: "0") { throw error("numbers must not have leading zeros") }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits(&self) > 0 else { throw error("invalid number: expected digits after '.'") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digits(&self) > 0 else { throw error("invalid number: expected digits in the exponent") }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let number = Double(text) else { throw error("invalid number") }
    // RFC 8259 lets a number have any size, but 1e400 reads as infinity: no field can use it,
    // and an infinity that reached a conversion to Int would stop the program.
    guard number.isFinite else {
      let shown = text.count > 24 ? String(text.prefix(20)) + "…" : text
      index = start
      throw error("the number \(shown) is too large")
    }
    return .number(number)
  }
}
