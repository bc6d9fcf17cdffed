import Dispatch
import Foundation

/// `body(0) ... body(count - 1)` run on every core, results in index order.
///
/// The one way this library uses more than one core: Dispatch's `concurrentPerform` over a
/// fixed number of independent pieces of work, each writing its own slot. Used where one
/// piece of work is long enough to repay waking a second thread (reading 10,000 session
/// files; analysing the sections of a long answer), never for small inputs.
func parallelMap<Value>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
  guard count > 1 else { return (0..<count).map(body) }
  let slots = Slots<Value>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, body(index)) }
  return slots.values()
}

/// Results filled from several threads, one slot each, behind a lock.
private final class Slots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = value
  }

  func values() -> [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}
