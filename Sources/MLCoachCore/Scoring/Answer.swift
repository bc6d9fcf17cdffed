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

  public var sections: [Section]
  /// Rubric items whose hint the candidate asked for: they earn half credit.
  public var hintsUsed: Set<String>

  public init(sections: [Section], hintsUsed: Set<String> = []) {
    self.sections = sections
    self.hintsUsed = hintsUsed
  }

  public var isBlank: Bool { sections.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }

  /// Splits Markdown or plain text at headings that name a step ("## 3. Data", "Step 5: Evaluation",
  /// "Monitoring:"). Text before the first heading, or with no headings, has no step.
  public static func parse(_ text: String) -> Answer {
    var sections: [Section] = []
    var currentStep: StepID?
    var currentLines: [Substring] = []
    func flush() {
      let body = currentLines.joined(separator: "\n")
      if !body.allSatisfy(\.isWhitespace) || currentStep != nil {
        sections.append(Section(step: currentStep, text: body))
      }
      currentLines.removeAll()
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if let step = StepHeading.step(ofHeading: line) {
        flush()
        currentStep = step
      }
      currentLines.append(line)  // the heading stays in the text: it is scored as a heading
    }
    flush()
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
    var line = rawLine.trimmingCharacters(in: .whitespaces)[...]
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

  private static func named(_ text: String) -> StepID? {
    let lower = text.lowercased()
    for (step, words) in synonyms where words.contains(where: { lower.contains($0) }) {
      return step
    }
    return nil
  }
}

import Foundation
