/// A candidate's written answer, split into sections by step where the text says so.
public struct Answer: Equatable, Sendable {
  public enum Kind: String, Sendable, Codable {
    /// What the candidate wrote for a step.
    case answer
    /// Clarifying questions asked during the interview: asking is itself credit for requirements.
    case questions
  }

  public struct Section: Equatable, Sendable {
    public var step: StepID?
    public var kind: Kind
    public var text: String

    public init(step: StepID?, kind: Kind = .answer, text: String) {
      self.step = step
      self.kind = kind
      self.text = text
    }
  }

  /// The candidate's reply to one of the interviewer's follow-up questions.
  public struct FollowUpReply: Equatable, Sendable {
    /// The rubric item the follow-up probed.
    public var itemID: String
    public var text: String

    public init(itemID: String, text: String) {
      self.itemID = itemID
      self.text = text
    }
  }

  /// A clarifying question asked during practice and the facts that answered it.
  public struct AskedQuestion: Equatable, Sendable {
    public var question: String
    public var factIDs: [String]
    /// Asked during step 1, where asking is the point.
    public var inRequirements: Bool

    public init(question: String, factIDs: [String], inRequirements: Bool) {
      self.question = question
      self.factIDs = factIDs
      self.inRequirements = inRequirements
    }
  }

  public var sections: [Section]
  /// Rubric items whose hint the candidate asked for: they earn half credit.
  public var hintsUsed: Set<String>
  /// Replies to the interviewer's follow-ups, scored with the probed item as context.
  public var followUpReplies: [FollowUpReply]
  /// Questions asked during practice, with the facts that answered them.
  public var askedQuestions: [AskedQuestion]

  public init(sections: [Section], hintsUsed: Set<String> = [], followUpReplies: [FollowUpReply] = [],
              askedQuestions: [AskedQuestion] = []) {
    self.sections = sections
    self.hintsUsed = hintsUsed
    self.followUpReplies = followUpReplies
    self.askedQuestions = askedQuestions
  }

  /// Splits Markdown or plain text at headings that name a step ("## 3. Data", "Step 5: Evaluation",
  /// "Monitoring:"). Text before the first heading, or with no headings, has no step.
  public static func parse(_ text: String) -> Answer {
    // Find heading lines by their UTF-8 offsets and slice once: no per-line strings are kept.
    var sections: [Section] = []
    var currentStep: StepID?
    var sectionStart = text.startIndex
    var lineStart = text.startIndex
    func flush(upTo end: String.Index) {
      let body = String(text[sectionStart..<end])
      if currentStep != nil || !body.allSatisfy(\.isWhitespace) { sections.append(Section(step: currentStep, text: body)) }
    }
    let utf8 = text.utf8
    var index = utf8.startIndex
    while true {
      let atEnd = index == utf8.endIndex
      if atEnd || utf8[index] == UInt8(ascii: "\n") {
        if let step = StepHeading.step(ofHeading: text[lineStart..<index]) {
          flush(upTo: lineStart)  // the heading stays in its section: it is scored as a heading
          sectionStart = lineStart
          currentStep = step
        }
        if atEnd { break }
        lineStart = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    flush(upTo: text.endIndex)
    return Answer(sections: sections)
  }
}

/// Recognises headings that name one of the 7 steps, by number or by name and its synonyms.
public enum StepHeading {
  private static let synonyms: [(StepID, [String])] = [
    (.requirements, ["clarif", "requirement", "scope", "scoping", "question", "assumption", "constraint", "goal",
                     "objective", "business"]),
    (.framing, ["fram", "formulat", "ml task", "problem definition", "problem statement", "approach"]),
    (.data, ["data", "feature", "label", "dataset", "preprocess"]),
    (.model, ["model", "training", "train", "architecture", "algorithm", "loss"]),
    (.evaluation, ["evaluat", "metric", "offline", "testing", "measure"]),
    (.serving, ["serving", "deploy", "inference", "production", "system design", "architecture", "online serving",
                "launch", "rollout", "scal"]),
    (.monitoring, ["monitor", "maintenance", "maintain", "retrain", "observab", "iteration", "drift"]),
  ]

  /// The step a heading line names, or nil when the line is not a step heading.
  public static func step(ofHeading rawLine: Substring) -> StepID? {
    guard mightBeHeading(rawLine) else { return nil }
    var line = rawLine.trimmingSpaces
    var isMarkdownHeading = false
    if line.hasPrefix("#") {
      let hashes = line.prefix { $0 == "#" }.count
      guard hashes <= 3 else { return nil }
      line = line.dropFirst(hashes).drop { $0 == " " }
      isMarkdownHeading = true
    }
    line = line.drop { $0 == "*" || $0 == "_" }
    while let last = line.last, last == "*" || last == "_" { line = line.dropLast() }
    guard !line.isEmpty, line.count <= 60 else { return nil }
    let lower = line.lowercased()
    // "Step 3", "3.", "3)", "3 -": a number from 1 to 7 at the start.
    var rest = lower[...]
    if rest.hasPrefix("step") { rest = rest.dropFirst(4).drop { $0 == " " } }
    let digits = rest.prefix { $0.isNumber }
    let afterDigits = rest.dropFirst(digits.count)
    if let number = Int(digits), (1...7).contains(number), !digits.isEmpty,
       afterDigits.isEmpty || afterDigits.first.map({ ".):- ".contains($0) }) == true {
      // A numbered list item inside a section ("1. Use LR") is not a heading unless marked or
      // it names a step; "Step 3" or "## 3" always is.
      let named = named(String(afterDigits))
      if isMarkdownHeading || lower.hasPrefix("step") { return named ?? StepID.allCases[number - 1] }
      if let named, afterDigits.count <= 40 { return named }
      return nil
    }
    // "Monitoring:" or "## Evaluation" — a short line that is mostly a step name.
    let hasColonEnd = lower.hasSuffix(":")
    guard isMarkdownHeading || hasColonEnd, lower.split(separator: " ").count <= 6 else { return nil }
    return named(lower)
  }

  /// A cheap byte-level check run on every line before the real parse: headings are short and
  /// start with '#', '**', '__', a digit or "step", or end with ':'.
  private static func mightBeHeading(_ line: Substring) -> Bool {
    let bytes = line.utf8
    guard bytes.count <= 80 else { return false }
    guard let firstIndex = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
      return false
    }
    let first = bytes[firstIndex]
    let rest = bytes[firstIndex...]
    if first == UInt8(ascii: "#") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
      || rest.starts(with: "**".utf8) || rest.starts(with: "__".utf8)
      || rest.starts(with: "step".utf8) || rest.starts(with: "Step".utf8) || rest.starts(with: "STEP".utf8) {
      return true
    }
    var last = bytes.endIndex
    while last > bytes.startIndex {
      let previous = bytes.index(before: last)
      let byte = bytes[previous]
      if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\r") && byte != UInt8(ascii: "*") { return byte == UInt8(ascii: ":") }
      last = previous
    }
    return false
  }

  private static let synonymBytes: [(StepID, [[UInt8]])] = synonyms.map { ($0.0, $0.1.map { Array($0.utf8) }) }

  /// The first step whose synonym occurs in `text` (byte search: this runs for every heading).
  private static func named(_ text: String) -> StepID? {
    let lower = Array(text.lowercased().utf8)
    for (step, words) in synonymBytes where words.contains(where: { contains(lower, $0) }) {
      return step
    }
    return nil
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
    var i = 0
    while i <= haystack.count - needle.count {
      if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
      i += 1
    }
    return false
  }

}

import Foundation
