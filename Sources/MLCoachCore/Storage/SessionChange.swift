import Foundation

/// One change to a session, as the interview makes it: what the journal records, one JSON line
/// each (see docs/session-format.md). `InterviewEngine` changes its session only through these,
/// and `Session.apply` is the one function that performs them, both live and when a journal is
/// read back, so the two can never disagree.
///
/// `step` is an index into `Session.steps`.
public enum SessionChange: Codable, Equatable, Sendable {
  /// A line the candidate typed, appended to the step's answer.
  case line(step: Int, text: String)
  /// A line of the answer to the step's follow-up.
  case followUpLine(step: Int, text: String)
  /// A clarifying question and the interviewer's answer.
  case question(step: Int, question: QuestionRecord)
  /// The hint of a rubric item was shown.
  case hint(step: Int, item: String)
  /// The interviewer asked the step's follow-up (its `lines` are empty).
  case followUp(step: Int, followUp: FollowUpRecord)
  /// The editor replaced the step's answer.
  case lines(step: Int, lines: [String])
  /// The editor replaced the answer to the follow-up.
  case followUpLines(step: Int, lines: [String])
  /// Seconds used in the step so far.
  case time(step: Int, usedSeconds: Double)
  /// The step was closed (skipped or answered); the next one is current.
  case stepClosed(step: Int, skipped: Bool)
  /// The last step was closed and the answer scored.
  case finished(score: ScoreReport)
  /// `steps[step].lines[index]` was saved half typed, when a signal stopped the interview.
  case unfinishedLine(step: Int, index: Int)
  /// The candidate finished `steps[step].lines[index]`, a line saved half typed, after
  /// resuming: `text` replaces it and it is no longer unfinished; an empty `text` removes it
  /// (the finished line was a question, asked instead).
  case continuedLine(step: Int, index: Int, text: String)
}

/// A change that does not fit the session it is applied to (a journal that is not this
/// session's, or was cut): replaying stops there.
public enum SessionChangeError: Error, Equatable, Sendable {
  case stepOutOfRange(Int)
  case noFollowUp(step: Int)
  case alreadyFinished
}

extension Session {
  /// Performs `change`, made at `date` (which becomes `updatedAt`).
  /// - Throws: `SessionChangeError` when the change does not fit: a step that does not exist,
  ///   a follow-up line before the follow-up was asked, any change after the interview finished.
  ///   The session is then unchanged.
  public mutating func apply(_ change: SessionChange, at date: Date) throws(SessionChangeError) {
    guard state == .inProgress else { throw .alreadyFinished }
    switch change {
    case .line(let step, let text):
      try check(step)
      steps[step].lines.append(text)
    case .followUpLine(let step, let text):
      try check(step)
      guard steps[step].followUp != nil else { throw .noFollowUp(step: step) }
      steps[step].followUp?.lines.append(text)
    case .question(let step, let question):
      try check(step)
      steps[step].questions.append(question)
    case .hint(let step, let item):
      try check(step)
      steps[step].hintsUsed.append(item)
    case .followUp(let step, let followUp):
      try check(step)
      steps[step].followUp = followUp
    case .lines(let step, let lines):
      try check(step)
      steps[step].lines = lines
      steps[step].unfinishedLines = nil  // the editor's text is the candidate's, whole
    case .followUpLines(let step, let lines):
      try check(step)
      guard steps[step].followUp != nil else { throw .noFollowUp(step: step) }
      steps[step].followUp?.lines = lines
    case .time(let step, let usedSeconds):
      try check(step)
      steps[step].usedSeconds = usedSeconds
    case .stepClosed(let step, let skipped):
      try check(step)
      if skipped { steps[step].skipped = true }
      steps[step].completed = true
      currentStep = step + 1
    case .unfinishedLine(let step, let index):
      try check(step)
      guard steps[step].lines.indices.contains(index) else { throw .stepOutOfRange(step) }
      if steps[step].unfinishedLines?.contains(index) != true { steps[step].unfinishedLines = (steps[step].unfinishedLines ?? []) + [index] }
    case .continuedLine(let step, let index, let text):
      try check(step)
      guard steps[step].lines.indices.contains(index) else { throw .stepOutOfRange(step) }
      let marks = (steps[step].unfinishedLines ?? []).filter { $0 != index }
      if text.isEmpty {
        steps[step].lines.remove(at: index)
        // Marks after the removed line move up with their lines.
        steps[step].unfinishedLines = marks.map { $0 > index ? $0 - 1 : $0 }
      } else {
        steps[step].lines[index] = text
        steps[step].unfinishedLines = marks
      }
      if steps[step].unfinishedLines?.isEmpty == true { steps[step].unfinishedLines = nil }
    case .finished(let score):
      state = .finished
      finishedAt = date
      self.score = score
    }
    updatedAt = date
  }

  private func check(_ step: Int) throws(SessionChangeError) {
    guard steps.indices.contains(step) else { throw .stepOutOfRange(step) }
  }
}
