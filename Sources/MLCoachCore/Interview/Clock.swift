import Foundation

/// The source of the current time, injected so timed interviews are deterministic in tests.
public protocol Clock: Sendable {
  func now() -> Date
}

public struct SystemClock: Clock {
  public init() {}
  public func now() -> Date { Date() }
}

/// A clock that moves only when told to: the test double shipped with the code.
public final class FixedClock: Clock, @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date

  public init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = start }

  public func now() -> Date { lock.withLock { current } }

  public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}
