import Foundation
import MLCoachCore
import Synchronization

/// The interview's engine and everything that saves it, behind one lock. The main thread feeds
/// the engine through `perform`; the signal thread saves through `checkpoint` on Ctrl-C or
/// SIGTERM. Neither ever sees the other's change half done (review B4: the Ctrl-C handler used
/// to read the engine while the main thread was changing it).
final class InterviewRecorder: Sendable {
  private struct State: @unchecked Sendable {  // SessionLock is a class guarded by its own lock
    var engine: InterviewEngine
    /// The session's lock, while this process may save it; nil once saving has failed.
    var lock: SessionLock?
    /// The first save that failed; the interview goes on and prints the transcript at the end.
    var failure: StorageError?
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
    state = Mutex(State(engine: engine, lock: lock, failure: lock == nil ? failure : nil))
  }

  /// Whether every change so far has been saved.
  var canSave: Bool { state.withLock { $0.lock != nil } }

  /// Why saving stopped, if it did.
  var failure: StorageError? { state.withLock { $0.failure } }

  /// A value read from the engine under the lock. Keep it small: a copy of the engine that
  /// outlives the next change would make that change copy the whole session.
  func read<T>(_ body: (InterviewEngine) -> T) -> T { state.withLock { body($0.engine) } }

  /// Runs `body` on the engine and saves what it changed.
  /// - Returns: `body`'s result, and the storage error when this save was the one that failed.
  func perform<T>(_ body: (inout InterviewEngine) -> T) -> (result: T, failure: StorageError?) {
    state.withLock { state in
      let result = body(&state.engine)
      return (result, Self.save(&state, store: store, now: clock.now()))
    }
  }

  /// Saves the whole session with the time used up to now: at step ends, at exit and when a
  /// signal stops the interview.
  @discardableResult
  func checkpoint() -> StorageError? {
    state.withLock { Self.save(&$0, store: store, now: clock.now()) }
  }

  /// Gives the session's lock up; the session can then be resumed elsewhere.
  func release() {
    state.withLock { state in
      state.lock?.release()
      state.lock = nil
    }
  }

  private static func save(_ state: inout State, store: SessionStore, now: Date) -> StorageError? {
    guard state.lock != nil else { return nil }
    do {
      try store.save(state.engine.snapshot(now: now))
      return nil
    } catch {
      state.lock?.release()
      state.lock = nil
      state.failure = error
      return error
    }
  }
}
