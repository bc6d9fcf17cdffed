import Foundation

/// What `list` and `topics` show of a scenario: a few top-level fields, not its rubric.
public struct ScenarioListing: Equatable, Sendable {
  public var id: String
  public var title: String
  public var topics: [String]
  public var difficulty: Difficulty
  public var summary: String
  public var totalMinutes: Double

  public init(_ scenario: Scenario) {
    id = scenario.id
    title = scenario.title
    topics = scenario.topics
    difficulty = scenario.difficulty
    summary = scenario.summary
    totalMinutes = scenario.totalMinutes
  }

  init(id: String, title: String, topics: [String], difficulty: Difficulty, summary: String,
       totalMinutes: Double) {
    self.id = id
    self.title = title
    self.topics = topics
    self.difficulty = difficulty
    self.summary = summary
    self.totalMinutes = totalMinutes
  }

  /// The listing of a scenario file already known to be valid (a bundled one: every bundled
  /// file is decoded and checked by ScenarioTests), read without decoding the rest. Decoding
  /// and checking the 13 bundled scenarios in full was two thirds of `mlcoach list`'s time;
  /// this parses the six fields it needs and only steps over the others' JSON text.
  /// - Returns: nil when the bytes are not laid out as expected (no object, a field missing or
  ///   repeated, a value of another type); decode the file in full then, to say why.
  public static func header(of bytes: [UInt8]) -> ScenarioListing? {
    let wanted: Set<String> = ["id", "title", "topics", "difficulty", "summary", "steps"]
    var values: [String: JSONValue] = [:]
    var skimmer = JSONSkimmer(bytes: bytes)
    guard skimmer.members({ key, range in
      guard wanted.contains(key) else { return true }
      guard values[key] == nil, let value = try? JSONParser.parse(Array(bytes[range])) else { return false }
      values[key] = value
      return true
    }) else { return nil }
    guard case .string(let id)? = values["id"], case .string(let title)? = values["title"],
          case .array(let topicValues)? = values["topics"], case .string(let level)? = values["difficulty"],
          let difficulty = Difficulty(rawValue: level), case .string(let summary)? = values["summary"],
          case .array(let steps)? = values["steps"] else { return nil }
    var topics: [String] = []
    for value in topicValues {
      guard case .string(let topic) = value else { return nil }
      topics.append(topic)
    }
    var minutes: [Double] = []
    for step in steps {
      guard case .number(let value)? = step["minutes"] else { return nil }
      minutes.append(value)
    }
    return ScenarioListing(id: id, title: title, topics: topics, difficulty: difficulty, summary: summary,
                           totalMinutes: minutes.reduce(0, +))
  }
}

/// Walks the members of a JSON object without building values: each member's key, and the
/// byte range of its value, found by matching brackets and quotes.
struct JSONSkimmer {
  let bytes: [UInt8]
  var index = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  /// Calls `body` with each top-level member until it returns false.
  /// - Returns: false when the text is not one object of members with plain keys (no escapes)
  ///   or when `body` returned false.
  mutating func members(_ body: (String, Range<Int>) -> Bool) -> Bool {
    skipWhitespace()
    guard next(UInt8(ascii: "{")) else { return false }
    skipWhitespace()
    if next(UInt8(ascii: "}")) { return atEnd() }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
      let keyStart = index + 1
      guard skipString() else { return false }
      let key = bytes[keyStart..<(index - 1)]
      guard !key.contains(UInt8(ascii: "\\")) else { return false }
      skipWhitespace()
      guard next(UInt8(ascii: ":")) else { return false }
      skipWhitespace()
      let valueStart = index
      guard skipValue() else { return false }
      guard body(String(decoding: key, as: UTF8.self), valueStart..<index) else { return false }
      skipWhitespace()
      if next(UInt8(ascii: ",")) { continue }
      return next(UInt8(ascii: "}")) && atEnd()
    }
  }

  private mutating func atEnd() -> Bool {
    skipWhitespace()
    return index == bytes.count
  }

  private mutating func next(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  private mutating func skipWhitespace() {
    while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
  }

  /// Past the string that starts at `index`, closing quote included.
  private mutating func skipString() -> Bool {
    index += 1
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\""):
        index += 1
        return true
      case UInt8(ascii: "\\"):
        index += 2
      default:
        index += 1
      }
    }
    return false
  }

  /// Past one value: a string, an object or array (to its matching bracket), or a number or
  /// literal (to the next delimiter). The value is checked in full only where it is parsed.
  private mutating func skipValue() -> Bool {
    guard index < bytes.count else { return false }
    switch bytes[index] {
    case UInt8(ascii: "\""):
      return skipString()
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      var depth = 0
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "\""):
          guard skipString() else { return false }
          continue
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          if depth == 0 {
            index += 1
            return true
          }
        default:
          break
        }
        index += 1
      }
      return false
    default:
      let start = index
      while index < bytes.count, !Self.isWhitespace(bytes[index]), bytes[index] != UInt8(ascii: ","),
            bytes[index] != UInt8(ascii: "}"), bytes[index] != UInt8(ascii: "]") { index += 1 }
      return index > start
    }
  }
}
