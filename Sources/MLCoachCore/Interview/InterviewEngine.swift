import Foundation

/// The timed mock interview as a state machine: lines in, events out. It owns the session
/// and never touches the terminal, so a whole interview runs in a test with a fixed clock.
public struct InterviewEngine: Sendable {
  public enum Phase: Equatable, Sendable {
    case answering
    /// The interviewer asked a follow-up; lines go to the probe's answer until `/next`.
    case followUp
    case finished
    case quit
  }

  public enum Event: Equatable, Sendable {
    /// The interviewer's opening prompt.
    case opening(String)
    case stepStarted(index: Int, count: Int, step: StepID, budget: Double, prompts: [String], restoredLines: [String])
    /// Something the interviewer says: an answer to a question, a follow-up probe.
    case interviewer(String)
    /// On resume during a follow-up: the reply lines already entered, which are kept.
    case restoredReply([String])
    /// A coach notice: hint, time, confirmation.
    case note(String)
    case warning(secondsLeft: Double)
    case timeUp(strict: Bool)
    /// The CLI should open an editor on this text and call `applyEdit`.
    case editRequested(String)
    case help
    case finished(ScoreReport)
    case quit
  }

  /// The interview so far. It changes only through `record`, one `SessionChange` at a time,
  /// so `pendingChanges` always says exactly what changed.
  public private(set) var session: Session
  /// Changes since the last `takeChanges()`, in order: what the journal appends after each
  /// line, so saving a line costs the line, not the whole session.
  public private(set) var pendingChanges: [SessionChange] = []
  public let scenario: Scenario
  public private(set) var phase: Phase
  let interviewer: Interviewer
  /// When the current step's clock last (re)started, and the time already used at that moment.
  private var clockStartedAt: Date
  private var usedAtClockStart: Double
  private var lastCheckedUsed: Double

  /// Bytes of answer one interview holds at most, what `mlcoach score` accepts: endless piped
  /// input stops there instead of growing the session without end.
  public static let maximumAnswerBytes = 16 * 1_048_576
  /// Bytes of lines, follow-up lines and questions held so far.
  private var answerBytes: Int
  /// True once a line was refused because the answer is full.
  public private(set) var isFull = false
  /// A line ending in "?" after step 1 was saved as answer text and the candidate told how to
  /// ask instead: said once per run, since a rhetorical question in an answer is common.
  private var toldHowToAsk = false
  /// A step-1 line worded as a question but with no "?" was saved as answer text and the
  /// candidate told how to ask: said once per run (trial 24's "what's the peak qps" went into
  /// the answer without a word, where later steps do say).
  private var toldToMarkQuestions = false
  /// The index of the current step's line, saved half typed when the interview stopped, that
  /// the candidate is finishing (see `continueUnfinishedLine`); nil otherwise.
  public private(set) var continuing: Int?

  /// Starts or resumes `session` at `now`; a resumed step continues with the time it had left.
  public init(scenario: Scenario, session: Session, now: Date) {
    self.scenario = scenario
    self.session = session
    // A focus session is scored on the steps it walks, on its own scale.
    interviewer = Interviewer(scorer: .forSession(session, scenario: scenario))
    // SessionStore rejects a session whose step is out of range; an engine handed one anyway
    // treats it as over rather than indexing past the end.
    let current = session.steps.indices.contains(session.currentStep) ? session.steps[session.currentStep] : nil
    if let current, session.state == .inProgress {
      phase = current.followUp != nil ? .followUp : .answering
      usedAtClockStart = current.usedSeconds
    } else {
      phase = .finished
      usedAtClockStart = 0
    }
    clockStartedAt = now
    lastCheckedUsed = usedAtClockStart
    answerBytes = session.steps.reduce(0) { $0 + Self.bytes(of: $1) }
  }

  private static func bytes(of step: StepRecord) -> Int {
    step.lines.reduce(0) { $0 + $1.utf8.count + 1 } + (step.followUp?.lines ?? []).reduce(0) { $0 + $1.utf8.count + 1 }
      + step.questions.reduce(0) { $0 + $1.question.utf8.count + $1.answer.utf8.count + 2 }
  }

  /// A fresh session for `scenario`.
  public static func newSession(id: String, scenario: Scenario, options: Session.Options, now: Date) -> Session {
    let plan = InterviewPlan(scenario: scenario, totalMinutes: options.totalMinutes, focus: options.focus)
    return Session(id: id, scenario: scenario, startedAt: now, options: options,
                   steps: plan.steps.map { StepRecord(id: $0.id, budgetSeconds: $0.budgetSeconds) })
  }

  /// True while the interview takes lines: not finished, not quit.
  public var isActive: Bool { phase == .answering || phase == .followUp }

  // MARK: - Time

  public struct Status: Equatable, Sendable {
    public var stepIndex: Int
    public var stepCount: Int
    public var step: StepID
    public var stepSecondsLeft: Double
    public var totalSecondsLeft: Double
  }

  public func status(now: Date) -> Status? {
    guard phase == .answering || phase == .followUp else { return nil }
    let index = session.currentStep
    let used = usedSeconds(now: now)
    let otherUsed = session.steps.enumerated().filter { $0.offset != index }.reduce(0) { $0 + $1.element.usedSeconds }
    let total = session.steps.reduce(0) { $0 + $1.budgetSeconds }
    return Status(stepIndex: index, stepCount: session.steps.count, step: session.steps[index].id,
                  stepSecondsLeft: session.steps[index].budgetSeconds - used,
                  totalSecondsLeft: total - otherUsed - used)
  }

  private func usedSeconds(now: Date) -> Double { usedAtClockStart + max(0, now.timeIntervalSince(clockStartedAt)) }

  private mutating func recordTime(now: Date) {
    guard phase == .answering || phase == .followUp else { return }
    record(.time(step: session.currentStep, usedSeconds: (usedSeconds(now: now) * 10).rounded() / 10), now: now)
  }

  /// Makes `change` and keeps it for the journal.
  private mutating func record(_ change: SessionChange, now: Date) {
    answerBytes += bytesAdded(by: change)
    // The engine only makes changes that fit its own session: apply cannot fail here.
    try? session.apply(change, at: now)
    pendingChanges.append(change)
  }

  /// How much `change` adds to `answerBytes`: the line itself, or for an edit (rare) the new
  /// text less the old.
  private func bytesAdded(by change: SessionChange) -> Int {
    func size(_ lines: [String]) -> Int { lines.reduce(0) { $0 + $1.utf8.count + 1 } }
    switch change {
    case .line(_, let text), .followUpLine(_, let text): return text.utf8.count + 1
    case .question(_, let question): return question.question.utf8.count + question.answer.utf8.count + 2
    case .lines(let step, let lines): return size(lines) - size(session.steps[step].lines)
    case .followUpLines(let step, let lines): return size(lines) - size(session.steps[step].followUp?.lines ?? [])
    default: return 0
    }
  }

  /// The changes made since the last call, oldest first; the engine forgets them.
  public mutating func takeChanges() -> [SessionChange] {
    defer { pendingChanges.removeAll(keepingCapacity: true) }
    return pendingChanges
  }

  /// The session with the time used so far recorded: what Ctrl-C saves.
  public func snapshot(now: Date) -> Session {
    var copy = self
    copy.recordTime(now: now)
    return copy.session
  }

  // MARK: - Driving

  /// The opening (for a fresh session) and the current step's header.
  public mutating func begin(now: Date) -> [Event] {
    guard phase == .answering || phase == .followUp else { return [] }
    var events: [Event] = []
    let fresh = session.currentStep == 0 && session.steps[0].lines.isEmpty && session.steps[0].questions.isEmpty
    if fresh { events.append(.opening(scenario.prompt)) }
    events.append(stepStarted(restored: true))
    if phase == .followUp, let followUp = session.steps[session.currentStep].followUp {
      events.append(.interviewer(followUp.question))
      // A reply entered before a Ctrl-C is kept; unshown, a newcomer typed it again.
      if !followUp.lines.isEmpty { events.append(.restoredReply(followUp.lines)) }
    }
    return events
  }

  /// Checks the clock: warnings, time's up, and in strict mode closing the step.
  public mutating func tick(now: Date) -> [Event] {
    guard phase == .answering || phase == .followUp else { return [] }
    let used = usedSeconds(now: now)
    let budget = session.steps[session.currentStep].budgetSeconds
    let crossed = StepTimer.events(budget: budget, before: lastCheckedUsed, now: used)
    lastCheckedUsed = used
    var events: [Event] = []
    for event in crossed {
      switch event {
      case .warning: events.append(.warning(secondsLeft: budget - used))
      case .expired: events.append(.timeUp(strict: session.options.strict))
      }
    }
    if session.options.strict && crossed.contains(.expired) {
      recordTime(now: now)
      events += advance(now: now, askFollowUp: false)
    }
    return events
  }

  /// The text of the current step's last line when it was saved half typed (Ctrl-C in the
  /// middle of a line) and nothing came after it, so the line editor can put it back at the
  /// prompt to be finished: the next line entered then replaces it rather than following it
  /// as a fragment (trial 18). Nil when there is no such line or a follow-up is being answered.
  public mutating func continueUnfinishedLine() -> String? {
    guard phase == .answering, session.steps.indices.contains(session.currentStep) else { return nil }
    let step = session.steps[session.currentStep]
    guard let last = step.lines.indices.last, step.unfinishedLines?.contains(last) == true else { return nil }
    continuing = last
    return step.lines[last]
  }

  /// One line the candidate entered.
  public mutating func enter(_ rawLine: String, now: Date) -> [Event] {
    var events = tick(now: now)
    guard phase == .answering || phase == .followUp else { return events }
    recordTime(now: now)
    // Control characters go, as the line editor drops them: piped in, an escape sequence would
    // be saved and later act on the terminal that shows the report or the resumed lines.
    let line = UserText.withoutControlCharacters(rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : rawLine)
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("/") {
      // A command can only be typed once the line put back at the prompt was cleared: the
      // candidate dropped it (trial 20 found the cleared fragment kept after "/next").
      if let unfinished = continuing, phase == .answering {
        continuing = nil
        record(.continuedLine(step: session.currentStep, index: unfinished, text: ""), now: now)
        events.append(.note("Dropped the unfinished line you cleared."))
      }
      events += command(trimmed, now: now)
      return events
    }
    let index = session.currentStep
    // "I would like to half type/next": after resume, a command typed at the end of the line
    // put back at the prompt was saved as words and the step did not end (newcomer trial,
    // fortieth session). The fragment stays as it was and the command runs.
    if let unfinished = continuing, phase == .answering,
       let split = Self.commandAfterFragment(line, fragment: session.steps[index].lines[unfinished]) {
      continuing = nil
      record(.continuedLine(step: index, index: unfinished, text: split.fragment), now: now)
      return events + command(split.command, now: now)
    }
    if let unfinished = continuing, phase == .answering {
      continuing = nil
      let question = session.steps[index].id == .requirements && Self.isQuestion(trimmed)
      if question { events.append(ask(trimmed, now: now)) }
      // A question is asked, not kept as a line; what it states before asking is kept.
      record(.continuedLine(step: index, index: unfinished, text: question ? Self.statements(in: trimmed) : line),
             now: now)
      return events
    }
    guard answerBytes + line.utf8.count + 1 <= Self.maximumAnswerBytes else {
      isFull = true
      return events + [.note("This interview already holds \(Self.maximumAnswerBytes / 1_048_576) MB of answer, "
        + "the most mlcoach scores; that line was not added. /next or /quit.")]
    }
    if phase == .followUp {
      record(.followUpLine(step: index, text: line), now: now)
      // A question back to the interviewer during a step-1 follow-up gets its answer too.
      if session.steps[index].id == .requirements && Self.isQuestion(trimmed) { events.append(ask(trimmed, now: now)) }
    } else if session.steps[index].id == .requirements && Self.isQuestion(trimmed) {
      events.append(ask(trimmed, now: now))
      // "I'll assume we optimise for fraud dollars caught. Which countries do we operate in?":
      // the assumption stated before the question is part of the answer, as coaching says to
      // state assumptions; it used to live only inside the question.
      let statements = Self.statements(in: trimmed)
      if !statements.isEmpty { record(.line(step: index, text: statements), now: now) }
    } else {
      record(.line(step: index, text: line), now: now)
      if session.steps[index].id == .requirements, !toldToMarkQuestions, Self.readsAsQuestion(trimmed) {
        toldToMarkQuestions = true
        events.append(.note("Saved as part of your answer. To ask the interviewer, end the line with ? or use /ask."))
      }
      // "Can I assume the auction uses bid × pCTR?" in step 2 went unanswered without a word
      // (trial 14): only step 1 reads questions from lines, so say once how to ask later on.
      if !toldHowToAsk, Self.isQuestion(trimmed) {
        toldHowToAsk = true
        // A focus session may have no step 1 to speak of ("Step 1/1 Evaluation": a newcomer read
        // "After step 1" as a step they had never seen, thirty-fifth session).
        let walksRequirements = session.steps.contains { $0.id == .requirements }
        events.append(.note(walksRequirements
          ? "Saved as part of your answer. After step 1, ask the interviewer with /ask QUESTION."
          : "Saved as part of your answer. To ask the interviewer, use /ask QUESTION."))
      }
    }
    return events
  }

  /// Whether a step-1 line asks the interviewer something: it ends with "?", or a sentence in
  /// it does ("How many orders a day? All three countries together."), as candidates add a
  /// remark after the question.
  ///
  /// A question the line answers itself is rhetorical, part of the answer: "Why quantiles
  /// rather than the mean? Because lateness is judged against the window end." went to the
  /// interviewer, who had nothing to say (two newcomers running, forty-second and forty-third
  /// sessions).
  public static func isQuestion(_ line: String) -> Bool {
    guard line.hasSuffix("?") || line.contains("? ") else { return false }
    return !answersItself(line)
  }

  /// Whether a "why" question in `line` is followed by the sentence that answers it, opening
  /// with "because", "to" or "so that". After other questions "Because …" says why the
  /// candidate asks ("What's the latency budget? Because it decides the model."), and the
  /// question stands.
  static func answersItself(_ line: String) -> Bool {
    let sentences = SentenceEnds.split(line).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    for (index, sentence) in sentences.enumerated().dropLast() where sentence.hasSuffix("?") {
      guard WordTokenizer.words(sentence).first?.text == "why" else { continue }
      let next = WordTokenizer.words(sentences[index + 1]).map(\.text)
      guard let first = next.first else { continue }
      if first == "because" || first == "to" || (first == "so" && next.dropFirst().first == "that") { return true }
    }
    return false
  }

  /// Whether a line without a "?" is worded as a question: it opens with a question word
  /// ("what's the peak qps") or a verb before its subject ("do we log clicks"), and ends with no
  /// full stop. "What matters most is latency." ends like a statement and is one.
  public static func readsAsQuestion(_ line: String) -> Bool {
    guard let last = line.last, !".!:;)".contains(last) else { return false }
    let words = WordTokenizer.words(line).map(\.text)
    guard words.count >= 2 else { return false }
    if questionWords.contains(words[0]) { return true }
    return invertedVerbs.contains(words[0]) && subjects.contains(words[1])
  }

  static let questionWords: Set<String> = ["what", "whats", "how", "hows", "which", "who", "whos", "when", "where",
                                           "why", "whom", "whose"]
  static let invertedVerbs: Set<String> = ["do", "does", "did", "is", "are", "was", "were", "can", "could", "will",
                                           "would", "should", "shall", "may", "have", "has", "am"]
  static let subjects: Set<String> = ["we", "i", "you", "it", "they", "there", "the", "our", "this", "that", "these",
                                      "those", "users", "people", "anyone", "someone"]

  /// The sentences of a step-1 line that state something before it asks, joined: each of at
  /// least `statementWords` words ("Assume 200M users."). Empty when there
  /// are none.
  public static func statements(in line: String) -> String {
    // "0.1%" and "e.g. for spam" end nothing (see `SentenceEnds`).
    let trimmed = SentenceEnds.split(line)
    // Only what comes before the first question: a remark after it ("What is the latency
    // budget? Serving only, not the whole page.") qualifies the question.
    let firstQuestion = trimmed.firstIndex { $0.hasSuffix("?") } ?? trimmed.count
    return trimmed[..<firstQuestion].filter { $0.split(separator: " ").count >= statementWords }.joined(separator: " ")
  }

  /// Least words of a statement kept from a step-1 question line: "Assume 200M users." is kept
  /// (trial 13: 3 and 4-word assumptions were dropped from the answer at 5), "OK." and "Got it."
  /// are not.
  static let statementWords = 3

  /// End of input: on a terminal (Ctrl-D) it ends the step; from a pipe it saves and stops.
  public mutating func endOfInput(now: Date, interactive: Bool) -> [Event] {
    guard phase == .answering || phase == .followUp else { return [] }
    recordTime(now: now)
    if interactive { return command("/next", now: now) }
    phase = .quit
    return [.quit]
  }

  /// Replaces the text of the current step (or of the follow-up answer) with what the editor saved.
  public mutating func applyEdit(_ text: String, now: Date) -> [Event] {
    guard phase == .answering || phase == .followUp else { return [] }
    recordTime(now: now)
    // As for typed lines: an escape sequence or NUL the editor left is never saved, so a
    // report or resume cannot later send it to the terminal (trial 13). CR LF and CR end a line
    // too ("\r\n" is one Character, which splitting on "\n" never met).
    var lines = TextInput.normalizingLineEndings(text).split(separator: "\n", omittingEmptySubsequences: false)
      .map { UserText.withoutControlCharacters(String($0)) }
    while lines.last?.isEmpty == true { lines.removeLast() }
    if phase == .followUp {
      record(.followUpLines(step: session.currentStep, lines: lines), now: now)
    } else {
      record(.lines(step: session.currentStep, lines: lines), now: now)
    }
    return [.note("Kept what you saved in the editor: \(lines.count) line\(lines.count == 1 ? "" : "s").")]
  }

  /// The text `/edit` opens: the current step's lines, or the follow-up answer.
  public var editableText: String {
    guard phase == .answering || phase == .followUp else { return "" }
    let step = session.steps[session.currentStep]
    let lines = phase == .followUp ? (step.followUp?.lines ?? []) : step.lines
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Commands

  public static let commandHelp = """
    /next          end this step (Ctrl-D on a terminal does the same)
    /hint          a nudge towards something you have not covered (that point then earns half credit)
    /time          time left in this step and in the interview
    /ask QUESTION  ask the interviewer (in step 1, any line ending with '?' is a question)
    /edit          edit this step's text in $VISUAL or $EDITOR
    /skip          skip this step
    /quit          save and stop; continue later with 'mlcoach resume'
    /help          this list
    """

  private mutating func command(_ text: String, now: Date) -> [Event] {
    let word = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? text
    let argument = text.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
    // "/next and then some words": the words would be lost without a trace, so nothing is done
    // and the line is handed back (a trial's "/skip but this explains why" vanished).
    if !argument.isEmpty, Self.commands.contains(word.lowercased()), word.lowercased() != "/ask" {
      return [.note("\(word) takes nothing after it, so nothing was done: type \(word) alone, and your words on a "
        + "line of their own. (Nothing was added to your answer.)")]
    }
    switch word.lowercased() {
    case "/next", "/done":
      if phase == .followUp { return advance(now: now, askFollowUp: false) }
      return advance(now: now, askFollowUp: session.options.followUps)
    case "/skip":
      // During a follow-up, /skip passes on the probe only; the step's own answer stands.
      return advance(now: now, askFollowUp: false, skipping: phase != .followUp)
    case "/hint":
      return [hint(now: now)]
    case "/time":
      guard let status = status(now: now) else { return [] }
      return [.note("Step \(status.stepIndex + 1)/\(status.stepCount): \(Self.timeLeft(status.stepSecondsLeft)) in "
        + "this step, \(Self.timeLeft(status.totalSecondsLeft)) in the interview.")]
    case "/ask":
      guard !argument.isEmpty else { return [.note("Type the question after /ask.")] }
      let reply = ask(argument, now: now)
      // "/ask I'd start with logistic regression because it calibrates well. How many ads are
      // there?": what is stated before the question is answer, as on a step-1 question line; in
      // step 3 it was scored "only asked about, not designed" (thirty-fourth session).
      let statements = Self.statements(in: argument)
      if !statements.isEmpty, phase == .answering || phase == .followUp, !isFull {
        let index = session.currentStep
        record(phase == .followUp ? .followUpLine(step: index, text: statements) : .line(step: index, text: statements),
               now: now)
      }
      return [reply]
    case "/edit":
      return [.editRequested(editableText)]
    case "/quit", "/exit":
      phase = .quit
      return [.quit]
    case "/help", "/?":
      return [.help]
    default:
      let suggestion = Self.closestCommand(to: word.lowercased()).map { " did you mean \($0)?" } ?? ""
      return [.note("Unknown command \(word);\(suggestion) /help lists the commands. (Nothing was added to your answer.)")]
    }
  }

  /// `line` split into the unfinished `fragment` it starts with and a known command typed right
  /// after it ("half typed/next", "half typed /quit"), or nil when what follows the fragment is
  /// not a command on its own (more words, "/ask" with no question, "A/B").
  public static func commandAfterFragment(_ line: String, fragment: String) -> (fragment: String, command: String)? {
    let kept = fragment.trimmingCharacters(in: .whitespaces)
    guard !kept.isEmpty, line.hasPrefix(kept) else { return nil }
    let rest = line.dropFirst(kept.count).trimmingCharacters(in: .whitespaces)
    let word = rest.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() } ?? ""
    guard commands.contains(word), word == "/ask" ? rest.count > word.count : rest.count == word.count else { return nil }
    return (fragment, rest)
  }

  /// The commands `command(_:now:)` knows, most used first, for "did you mean" after a typo.
  static let commands = ["/next", "/hint", "/time", "/ask", "/edit", "/skip", "/quit", "/help", "/done", "/exit"]

  /// The command nearest a typo; ties go to the more used command ("/nxet" is as near "/exit"
  /// as "/next", and means "/next").
  static func closestCommand(to word: String) -> String? {
    let near = EditDistance.ranked(word, commands, limit: commands.count)
    guard let best = near.first.map({ EditDistance.between(word, $0) }) else { return nil }
    return commands.first { near.contains($0) && EditDistance.between(word, $0) == best }
  }

  /// "4:12 left", or "0:57 over" once the time is spent: "-0:57 left" reads as a glitch.
  static func timeLeft(_ seconds: Double) -> String {
    seconds < 0 ? "\(clock(-seconds)) over" : "\(clock(seconds)) left"
  }

  private mutating func ask(_ question: String, now: Date) -> Event {
    let given = Set(session.steps.flatMap { $0.questions.flatMap(\.answeredBy) })
    let recent = session.steps.flatMap(\.questions).last { !$0.answeredBy.isEmpty }?.answeredBy ?? []
    let reply = interviewer.reply(to: question, alreadyGiven: given, recent: recent)
    record(.question(step: session.currentStep,
                     question: QuestionRecord(question: question, answer: reply.text, factID: reply.factIDs.first,
                                              factIDs: reply.factIDs.count > 1 ? reply.factIDs : nil)), now: now)
    return .interviewer(reply.text)
  }

  private mutating func hint(now: Date) -> Event {
    let index = session.currentStep
    let used = Set(session.steps[index].hintsUsed)
    guard let item = interviewer.mostImportantUncovered(in: session.steps[index].id, answer: session.answer,
                                                        excluding: used) else {
      // Nothing left to hint at means the step's points are covered or already hinted.
      let hinted = !session.steps[index].hintsUsed.isEmpty
      return .note(hinted ? "No more hints for this step. When you are ready, /next."
        : "Nothing to hint at: your answer already touches every point of this step. When you are ready, /next.")
    }
    record(.hint(step: index, item: item.id), now: now)
    return .note("Hint: \(item.hint)")
  }

  /// Closes the current step (asking the follow-up first when wanted) and opens the next.
  private mutating func advance(now: Date, askFollowUp: Bool, skipping: Bool = false) -> [Event] {
    let index = session.currentStep
    if askFollowUp, phase == .answering, session.steps[index].followUp == nil,
       let (item, question) = interviewer.followUp(after: session.steps[index].id, answer: session.answer) {
      record(.followUp(step: index, followUp: FollowUpRecord(itemID: item.id, question: question)), now: now)
      phase = .followUp
      return [.interviewer(question + "  (Answer below, then /next; /next now skips it.)")]
    }
    record(.stepClosed(step: index, skipped: skipping), now: now)
    phase = .answering
    if session.currentStep >= session.steps.count {
      let report = interviewer.scorer.score(session.answer)
      record(.finished(score: report), now: now)
      phase = .finished
      return [.finished(report)]
    }
    clockStartedAt = now
    usedAtClockStart = session.steps[session.currentStep].usedSeconds
    lastCheckedUsed = usedAtClockStart
    return [stepStarted(restored: false)]
  }

  private func stepStarted(restored: Bool) -> Event {
    let index = session.currentStep
    let record = session.steps[index]
    return .stepStarted(index: index, count: session.steps.count, step: record.id, budget: record.budgetSeconds,
                        prompts: scenario.step(record.id)?.prompts ?? [],
                        restoredLines: restored ? record.lines : [])
  }

  /// `m:ss` (or `h:mm:ss` past an hour), with a minus sign once over time.
  public static func clock(_ seconds: Double) -> String { ClockText.format(seconds) }


}
