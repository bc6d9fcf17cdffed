import Foundation
import MLCoachCore
import Synchronization

/// The interview's engine and everything that saves it, behind one lock. The main thread feeds
/// the engine through `perform`, which appends what changed to the session's journal (one line
/// per change, flushed: the cost of a line does not grow with the interview); `checkpoint`
/// rewrites the session file and empties the journal, at step ends, at exit and when a signal
/// stops the interview (from the signal thread). Neither thread ever sees the other's change
/// half done (review B4: the Ctrl-C handler used to read the engine while the main thread was
/// changing it).
final class InterviewRecorder: Sendable {
  private struct State: @unchecked Sendable {  // the lock and journal are used only behind the Mutex
    var engine: InterviewEngine
    /// The session's lock, while this process may save it; nil once saving has failed.
    var lock: SessionLock?
    var journal: SessionJournal
    /// The first save that failed; the interview goes on and prints the transcript at the end.
    var failure: StorageError?
    /// Lines saved half typed in this run: the engine knows nothing of them, so every save
    /// marks them again on its snapshot.
    var marks: [SessionChange] = []
  }

  let store: SessionStore
  let clock: Clock
  /// The session's id, fixed for the whole interview.
  let sessionID: String
  private let state: Mutex<State>

  /// - Parameters:
  ///   - lock: the session's lock, already held; nil when the session cannot be saved.
  ///   - failure: why the session cannot be saved, when `lock` is nil.
  init(engine: InterviewEngine, store: SessionStore, lock: SessionLock?, failure: StorageError?, clock: Clock) {
    self.store = store
    self.clock = clock
    sessionID = engine.session.id
    let journal = SessionJournal(path: store.journalPath(of: engine.session.id),
                                 after: engine.session.journalSequence ?? 0)
    state = Mutex(State(engine: engine, lock: lock, journal: journal, failure: lock == nil ? failure : nil))
  }

  /// Whether every change so far has been saved.
  var canSave: Bool { state.withLock { $0.lock != nil } }

  /// Why saving stopped, if it did.
  var failure: StorageError? { state.withLock { $0.failure } }

  /// A value read from the engine under the lock. Keep it small: a copy of the engine that
  /// outlives the next change would make that change copy the whole session.
  func read<T>(_ body: (InterviewEngine) -> T) -> T { state.withLock { body($0.engine) } }

  /// Runs `body` on the engine and saves what it changed: appended to the journal, or, when a
  /// step ended, the whole session.
  /// - Parameter sync: flush the journal to the disk now; false while more input is already
  ///   waiting (the batch is flushed with its last line; see `SessionJournal.append`).
  /// - Returns: `body`'s result, and the storage error when this save was the one that failed.
  func perform<T>(sync: Bool = true, _ body: (inout InterviewEngine) -> T) -> (result: T, failure: StorageError?) {
    state.withLock { state in
      let result = body(&state.engine)
      return (result, Self.record(&state, state.engine.takeChanges(), store: store, now: clock.now(), sync: sync))
    }
  }

  /// Enters `text`, which was still being typed when a signal came, as a line of the step, and
  /// marks it as unfinished in the session (`StepRecord.unfinishedLines`).
  /// - Returns: whether it became a line (a question in step 1, see `InterviewEngine.isQuestion`, becomes a question).
  @discardableResult
  func enterUnfinished(_ text: String, now: Date) -> Bool {
    state.withLock { state in
      let step = state.engine.session.currentStep
      let count = { (state: State) in
        state.engine.session.steps.indices.contains(step) ? state.engine.session.steps[step].lines.count : 0
      }
      let before = count(state)
      // A line being finished after a resume is replaced in place, and stays unfinished.
      let continuing = state.engine.continuing
      _ = state.engine.enter(text, now: now)
      var changes = state.engine.takeChanges()
      let added = continuing.map { count(state) == before && $0 < before } ?? (count(state) == before + 1)
      if added {
        let mark = SessionChange.unfinishedLine(step: step, index: continuing ?? before)
        state.marks.append(mark)
        changes.append(mark)
      }
      _ = Self.record(&state, changes, store: store, now: clock.now(), sync: true)
      return added
    }
  }

  /// Saves `changes`: appended to the journal, or, when a step ended, the whole session.
  private static func record(_ state: inout State, _ changes: [SessionChange], store: SessionStore, now: Date,
                             sync: Bool) -> StorageError? {
    guard state.lock != nil else { return nil }
    if changes.contains(where: Self.endsAStep) { return Self.save(&state, store: store, now: now) }
    do throws(StorageError) {
      try state.journal.append(changes, at: now, sync: sync)
      if sync { try state.journal.sync() }
      return nil
    } catch {
      return Self.fail(&state, error)
    }
  }

  /// Saves the whole session with the time used up to now: at step ends, at exit and when a
  /// signal stops the interview.
  @discardableResult
  func checkpoint() -> StorageError? {
    state.withLock { Self.save(&$0, store: store, now: clock.now()) }
  }

  /// Closes the journal (removing it when the session file holds everything) and gives the
  /// session's lock up; the session can then be resumed elsewhere.
  func release() {
    state.withLock { state in
      state.journal.close(removingIfEmpty: state.lock != nil)
      state.lock?.release()
      state.lock = nil
    }
  }

  private static func endsAStep(_ change: SessionChange) -> Bool {
    switch change {
    case .stepClosed, .finished: return true
    default: return false
    }
  }

  /// Writes the whole session, with the time used up to `now`, then empties the journal.
  private static func save(_ state: inout State, store: SessionStore, now: Date) -> StorageError? {
    guard state.lock != nil else { return nil }
    var session = state.engine.snapshot(now: now)
    for mark in state.marks { try? session.apply(mark, at: now) }
    session.journalSequence = state.journal.sequence
    do throws(StorageError) {
      try store.save(session)
      try state.journal.truncate()
      return nil
    } catch {
      return fail(&state, error)
    }
  }

  /// Saving stopped: the lock goes (another process may now take the session over), and the
  /// interview carries on with its transcript printed at the end.
  private static func fail(_ state: inout State, _ error: StorageError) -> StorageError {
    state.lock?.release()
    state.lock = nil
    state.failure = error
    return error
  }
}
