import Foundation
import MLCoachCore

/// What the fuzzer feeds: the scenario decoder, the session decoder, the journal reader and
/// the answer scorer (whose lines also go to the question matcher), each followed by everything that later uses what it accepts.
public enum FuzzTarget: String, CaseIterable, Sendable {
  case scenario, session, journal, answer
}

/// A property of mlcoach that an input broke (a crash needs no oracle: it ends the process).
public struct FuzzFailure: Error, Equatable, Sendable, CustomStringConvertible {
  public var target: FuzzTarget
  public var message: String
  public var description: String { "\(target.rawValue): \(message)" }
}

/// Runs one input through one target and checks what must hold whatever the input:
/// - whatever a decoder accepts is within the documented ranges, and every later step (plans,
///   clocks, scoring, an interview, history, reports, JSON) works on it;
/// - whatever it refuses is refused with messages of one short line, without control characters;
/// - scores are 0–100 and encode as JSON.
/// Hangs are the caller's to time.
public struct FuzzTargets: @unchecked Sendable {  // only the fuzzer's own thread uses it
  let scenario = FuzzCorpus.spamFilter
  let scorer: Scorer
  /// The interviewer's question matcher: every step-1 line a candidate types reaches it.
  let matcher: QuestionMatcher
  /// A folder for the journal target's files (absent until the journal target runs).
  public let folder: String
  let clock = Date(timeIntervalSince1970: 1_800_000_000)

  public init() {
    scorer = Scorer(scenario: scenario)
    matcher = QuestionMatcher(scenario: scenario)
    // Created by the journal target when it first runs, so a harness that never runs one
    // (or is only built to compare mutants) leaves nothing behind in the temporary folder.
    folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("mlcoach-fuzz-\(getpid())-\(UUID().uuidString)")
  }

  /// Removes the folder the journal target writes in.
  public func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

  public func run(_ target: FuzzTarget, _ bytes: [UInt8]) throws(FuzzFailure) {
    switch target {
    case .scenario: try scenario(bytes)
    case .session: try session(bytes)
    case .journal: try journal(bytes)
    case .answer: try answer(bytes)
    }
  }

  // MARK: - Targets

  func scenario(_ bytes: [UInt8]) throws(FuzzFailure) {
    let check = Checker(target: .scenario)
    let decoded: Scenario
    do {
      decoded = try ScenarioDecoder.decode(bytes, file: "fuzz.json")
    } catch {
      for issue in error.issues { try check.message(issue.description) }
      return
    }
    try check(decoded.totalMinutes <= ScenarioLimits.totalMinutes, "total minutes \(decoded.totalMinutes)")
    for step in decoded.steps {
      try check(ScenarioLimits.stepMinutes.contains(step.minutes), "step minutes \(step.minutes)")
      _ = NumberText.decimal(step.minutes) + ClockText.format(step.minutes * 60)
    }
    try check(decoded.rubric.allSatisfy { (1...3).contains($0.weight) }, "an item weight out of 1...3")
    try check(decoded.redFlags.allSatisfy { (1...3).contains($0.severity) }, "a severity out of 1...3")
    let plan = InterviewPlan(scenario: decoded, totalMinutes: 30)
    try check(plan.steps.allSatisfy { $0.budgetSeconds.isFinite && $0.budgetSeconds >= 0 }, "a budget not finite")
    try report(Scorer(scenario: decoded).score(text: FuzzCorpus.answer), check)
    try interview(decoded, check)
  }

  func session(_ bytes: [UInt8]) throws(FuzzFailure) {
    let check = Checker(target: .session)
    let file = "/fuzz/\(FuzzCorpus.sessionID).json"
    let session: Session
    do {
      session = try SessionStore.decode(Data(bytes), file: file)
    } catch {
      try check.message(error.description)
      return
    }
    try uses(session, check)
  }

  func journal(_ bytes: [UInt8]) throws(FuzzFailure) {
    let check = Checker(target: .journal)
    try? FileManager.default.createDirectory(atPath: folder + "/sessions", withIntermediateDirectories: true)
    let store = SessionStore(dataDirectory: folder)
    guard let base = FuzzCorpus.sessions().first else { return }
    do {
      try store.save(base)
      try Data(bytes).write(to: URL(fileURLWithPath: store.journalPath(of: base.id)))
    } catch {
      return  // the disk, not mlcoach
    }
    let session: Session
    do {
      session = try store.load(id: base.id)
    } catch {
      try check.message(error.description)
      return
    }
    try check(SessionValidation.problem(in: session, fileName: "\(base.id).json") == nil, "an invalid session loaded")
    try uses(session, check)
  }

  func answer(_ bytes: [UInt8]) throws(FuzzFailure) {
    let check = Checker(target: .answer)
    let text: String
    do {
      text = TextInput.normalizingLineEndings(String(decoding: try TextInput.decode(bytes, allowNUL: false).bytes,
                                                     as: UTF8.self))
    } catch {
      try check.message(error.description)
      return
    }
    try report(scorer.score(text: text), check)
    _ = Answer.parse(text)
    // Each line as a clarifying question: the facts named exist, once each, and a reply with
    // no fact says why.
    let ids = Set(scenario.facts.map(\.id))
    for line in text.split(separator: "\n").prefix(20) where line.utf8.count <= 4_000 {
      let match = matcher.match(String(line))
      try check(Set(match.factIDs).isSubset(of: ids), "question answered with an unknown fact: \(match.factIDs)")
      try check(Set(match.factIDs).count == match.factIDs.count, "a fact given twice: \(match.factIDs)")
      try check(match.factIDs.isEmpty == (match.abstention != nil), "an answer with an abstention, or neither")
    }
  }

  // MARK: - What uses a decoded value

  /// Everything that reads a session: summaries, history, next, both reports, the review,
  /// and an interview resumed from it.
  func uses(_ session: Session, _ check: Checker) throws(FuzzFailure) {
    let history = History(sessions: [session])
    do {
      _ = try history.json
    } catch {
      try check(false, "history JSON: \(error.reason)")
    }
    _ = Recommendation.recommend(sessions: [session], scenarios: [scenario], now: clock)
    let installed = session.scenarioID == scenario.id ? scenario : nil
    let report = SessionReport(session: session, scenario: installed, now: clock)
    _ = MarkdownReport.render(report)
    do {
      _ = try JSONReport.render(report)
    } catch {
      try check(false, "report JSON: \(error.reason)")
    }
    if let score = session.score {
      var review = SelfReview(coach: score, scenario: installed, record: session.review, now: clock)
      _ = review.apply(.keep, now: clock)
      _ = review.selfAssessed
    }
    for entry in history.sessions { _ = NumberText.decimal(entry.minutesUsed) }
    if session.state == .inProgress {
      var engine = InterviewEngine(scenario: scenario, session: session, now: clock)
      _ = engine.begin(now: clock)
      _ = engine.status(now: clock.addingTimeInterval(30))
      _ = engine.enter("One more line.", now: clock.addingTimeInterval(30))
      _ = engine.endOfInput(now: clock.addingTimeInterval(40), interactive: false)
      try check(SessionValidation.problem(in: engine.snapshot(now: clock.addingTimeInterval(50)),
                                          fileName: "\(session.id).json") == nil
                  || SessionValidation.problem(in: session, fileName: "\(session.id).json") != nil,
                "an interview made a valid session invalid")
    }
  }

  /// A short interview on `scenario`, checked against a replay of its journal changes.
  func interview(_ scenario: Scenario, _ check: Checker) throws(FuzzFailure) {
    let start = InterviewEngine.newSession(id: FuzzCorpus.sessionID, scenario: scenario,
                                           options: Session.Options(totalMinutes: 20, strict: true), now: clock)
    var engine = InterviewEngine(scenario: scenario, session: start, now: clock)
    var replayed = start
    var now = clock
    _ = engine.begin(now: now)
    for line in ["How many users?", "We use a baseline first.", "/hint", "/next", "An answer.", "/next", "/skip"] {
      now += 20
      _ = engine.enter(line, now: now)
      _ = engine.tick(now: now + 400)
      for change in engine.takeChanges() {
        do {
          try replayed.apply(change, at: engine.session.updatedAt)
        } catch {
          try check(false, "a change of the engine does not apply: \(change)")
        }
      }
    }
    try check(replayed == engine.session, "the journal's replay differs from the engine's session")
  }

  func report(_ report: ScoreReport, _ check: Checker) throws(FuzzFailure) {
    try check((0...100).contains(report.overall), "overall \(report.overall)")
    try check(report.categories.values.allSatisfy { (0...100).contains($0) }, "a category out of 0...100")
    try check(report.items.allSatisfy { (0...3).contains($0.credit) }, "a credit out of 0...3")
    do {
      _ = try JSONReport.encode(report)
    } catch {
      try check(false, "score JSON: \(error.reason)")
    }
  }
}

/// Raises a `FuzzFailure` for one target.
struct Checker {
  let target: FuzzTarget

  func callAsFunction(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzFailure) {
    guard !condition else { return }
    throw FuzzFailure(target: target, message: message())
  }

  /// A message shown to the user: one line, no control character, short.
  func message(_ text: String) throws(FuzzFailure) {
    let control = text.unicodeScalars.first { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    try self(control == nil, "a message holds U+\(String(control?.value ?? 0, radix: 16)): \(text.prefix(200))")
    try self(text.count <= 2_000, "a message of \(text.count) characters")
  }
}
