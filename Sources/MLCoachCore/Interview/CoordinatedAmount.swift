import Foundation

/// "How many users and events do we have?": one amount asked of two things at once. The
/// question is a single part to `QuestionParts` (no question word after "and", and "clicks and
/// views" must stay one topic), so the matcher gave the fact for one noun and dropped the
/// other without a word (a newcomer trial). Read as "how many users …" and "how many events …",
/// each gets its fact; most such questions ("how many countries and languages?", "how many
/// daily and monthly users?") name two sides of one fact and get it once. Answering both sides
/// of any "X and Y" was tried and cost more right answers than it gained (README, "The
/// interviewer"); this reads only an amount of two short noun phrases.
public struct CoordinatedAmount: Equatable, Sendable {
  /// The text up to and including "how many" or "how much".
  public var lead: String
  /// The first thing counted (one to three words) and the second (one or two words).
  public var first: [String]
  public var second: [String]
  /// What follows the second thing ("do we have", "per day"), without the "?".
  public var rest: String

  /// "how many|much" + one to three words + "and" + the rest. A word may be a compound
  /// ("listing-page views").
  private static let pattern = try! NSRegularExpression(
    pattern: #"^(.*?\bhow (?:many|much)) ([a-z][a-z-]*(?: [a-z][a-z-]*){0,2}) and ([a-z][^?]*)\??\s*$"#,
    options: [.caseInsensitive])

  /// Words that end a noun phrase: after them the text is no longer a thing counted.
  static let notNouns: Set<String> = QuestionParts.starters.union(QuestionParts.prepositions)
    .union(["and", "or", "the", "a", "an", "we", "you", "they", "there", "our", "per", "much", "many"])

  /// `question` read as one amount of two things, or nil when it is not of that shape. The
  /// second thing is the one or two words after "and" up to a word that starts the rest.
  public init?(_ question: String) {
    let text = question.trimmingCharacters(in: .whitespacesAndNewlines)
    let range = NSRange(text.startIndex..., in: text)
    guard let match = Self.pattern.firstMatch(in: text, range: range), match.numberOfRanges == 4,
          let lead = Range(match.range(at: 1), in: text), let firstRange = Range(match.range(at: 2), in: text),
          let tailRange = Range(match.range(at: 3), in: text) else { return nil }
    let first = text[firstRange].split(separator: " ").map(String.init)
    let tail = text[tailRange].split(separator: " ").map(String.init)
    let second = Array(tail.prefix(2).prefix { word in
      !Self.notNouns.contains(word.lowercased()) && word.first?.isLetter == true
        && word.allSatisfy { $0.isLetter || $0 == "-" }
    })
    guard !second.isEmpty, !first.contains(where: { Self.notNouns.contains($0.lowercased()) }) else { return nil }
    self.lead = String(text[lead])
    self.first = first
    self.second = second
    rest = tail.dropFirst(second.count).joined(separator: " ")
  }

  /// The question about the first thing and the one about the second.
  public var questions: (String, String) { (question(first), question(second)) }

  /// The first thing with the second's noun, when the first is one word and the second two:
  /// "how many daily and monthly users?" asks "how many daily users?" first.
  public var firstSharingTheNoun: String? {
    guard first.count == 1, second.count == 2 else { return nil }
    return question(first + [second[1]])
  }

  /// The first thing asked without the rest: "how many videos?" of "how many videos and search
  /// queries per day?".
  public var firstAlone: String { ([lead] + first).joined(separator: " ") + "?" }

  private func question(_ thing: [String]) -> String {
    ([lead] + thing + (rest.isEmpty ? [] : [rest])).joined(separator: " ") + "?"
  }
}
