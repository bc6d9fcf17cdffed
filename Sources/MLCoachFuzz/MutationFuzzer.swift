import Foundation
import Synchronization

/// A seeded mutation fuzzer: the same seed gives the same inputs, so a failure found once is
/// found again. Each input is a seed from `FuzzCorpus` with one to five mutations of the kinds
/// that broke mlcoach in the reliability review: bit flips, deleted and repeated spans, inserted
/// tokens (brackets, lone surrogates, huge numbers, NUL, 0xFF, ESC, CR, byte-order marks,
/// emoji), truncation, and numbers replaced by extreme ones.
///
/// `swift test` runs a few hundred inputs (FuzzTests); `mlcoach-fuzz --minutes N` runs for as
/// long as asked. A crash ends the process (the input being run is in `--current FILE`).
public struct MutationFuzzer {
  /// What a run found.
  public struct Report: Sendable {
    public var runs = 0
    public var failures: [(target: FuzzTarget, failure: FuzzFailure, input: [UInt8])] = []
    /// Inputs that took longer than the hang limit.
    public var hangs: [(target: FuzzTarget, seconds: Double, input: [UInt8])] = []
    public var slowest: Double = 0
    public var runsPerTarget: [FuzzTarget: Int] = [:]
  }

  private var random: SplitMix64
  private let seeds: [FuzzTarget: [[UInt8]]]
  private let targets: FuzzTargets
  /// Seconds after which one input counts as a hang.
  public let hangLimit: Double

  public init(seed: UInt64, hangLimit: Double = 5) {
    random = SplitMix64(seed: seed)
    var seeds: [FuzzTarget: [[UInt8]]] = [:]
    for target in FuzzTarget.allCases { seeds[target] = FuzzCorpus.seeds(target) }
    self.seeds = seeds
    targets = FuzzTargets()
    self.hangLimit = hangLimit
  }

  /// Runs `count` inputs (or until `deadline`), spread over `only` (every target by default).
  /// - Parameter current: a file that holds the input being run, so a crash leaves it behind.
  public mutating func run(count: Int = .max, until deadline: Date = .distantFuture, only: [FuzzTarget] = FuzzTarget.allCases,
                           current: String? = nil, progress: ((Report) -> Void)? = nil) -> Report {
    var report = Report()
    defer { targets.cleanUp() }
    while report.runs < count && Date() < deadline {
      let target = only[Int(random.next() % UInt64(only.count))]
      let input = mutant(of: target)
      if let current { _ = FileManager.default.createFile(atPath: current, contents: Data(Self.file(target, input))) }
      let start = DispatchTime.now().uptimeNanoseconds
      Self.runStarted.store(start, ordering: .relaxed)
      do {
        try targets.run(target, input)
      } catch {
        report.failures.append((target, error, input))
      }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      Self.runStarted.store(0, ordering: .relaxed)
      report.slowest = max(report.slowest, seconds)
      if seconds > hangLimit { report.hangs.append((target, seconds, input)) }
      report.runs += 1
      report.runsPerTarget[target, default: 0] += 1
      if report.runs % 1000 == 0 { progress?(report) }
    }
    return report
  }

  /// When the input being run started (`DispatchTime` nanoseconds), 0 between inputs: a
  /// watchdog thread reads it to report an input that never ends.
  public static let runStarted = Atomic<UInt64>(0)

  /// An input as a file: the target's name on the first line, then the bytes (`--replay`).
  public static func file(_ target: FuzzTarget, _ input: [UInt8]) -> [UInt8] { Array("\(target.rawValue)\n".utf8) + input }

  /// The target and input of a file written by `file(_:_:)`.
  public static func input(fromFile bytes: [UInt8]) -> (FuzzTarget, [UInt8])? {
    guard let newline = bytes.firstIndex(of: 0x0A),
          let target = FuzzTarget(rawValue: String(decoding: bytes[..<newline], as: UTF8.self)) else { return nil }
    return (target, Array(bytes[(newline + 1)...]))
  }

  /// A seed of `target` with one to five mutations.
  public mutating func mutant(of target: FuzzTarget) -> [UInt8] {
    let pool = seeds[target] ?? [[]]
    var bytes = pool[Int(random.next() % UInt64(pool.count))]
    for _ in 0..<(1 + Int(random.next() % 5)) { mutate(&bytes) }
    return bytes
  }

  static let tokens: [[UInt8]] = [
    "[", "{", "]", "}", "\"", ",", ":", "\\", "\\ud800", "\\u0000", "1e999", "-1e400", "1e19", "NaN", "null", "true",
    "\u{1B}[2J", "\r", "\r\n", "\n", "\t", "😀", "é", "\u{2028}", "\u{85}",
  ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xFE], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0xED, 0xA0, 0x80]]

  static let numbers: [[UInt8]] = ["1e19", "1e308", "1e400", "-1", "0", "-0", "9223372036854775807", "0.0001", "1e-400",
                                   "99", "7", "-1e300", "4294967296"].map { Array($0.utf8) }

  private mutating func mutate(_ bytes: inout [UInt8]) {
    func index(_ limit: Int) -> Int { limit <= 0 ? 0 : Int(random.next() % UInt64(limit)) }
    switch random.next() % 8 {
    case 0:  // flip bits
      guard !bytes.isEmpty else { return }
      let at = index(bytes.count)
      bytes[at] ^= UInt8(1 << (random.next() % 8))
    case 1:  // delete a span
      guard !bytes.isEmpty else { return }
      let at = index(bytes.count)
      bytes.removeSubrange(at..<min(bytes.count, at + 1 + index(2_000)))
    case 2:  // repeat a span
      guard !bytes.isEmpty else { return }
      let at = index(bytes.count)
      let span = Array(bytes[at..<min(bytes.count, at + 1 + index(500))])
      let copies = 1 + index(20)
      guard bytes.count + span.count * copies < 4_000_000 else { return }
      bytes.insert(contentsOf: Array([[UInt8]](repeating: span, count: copies).joined()), at: index(bytes.count + 1))
    case 3, 4:  // insert tokens
      let token = Self.tokens[index(Self.tokens.count)]
      let copies = random.next() % 4 == 0 ? 1 + index(200) : 1
      bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: copies).joined()), at: index(bytes.count + 1))
    case 5:  // truncate
      bytes.removeLast(index(bytes.count + 1) / 2)
    default:  // replace a number
      let digits = bytes.indices.filter { (0x30...0x39).contains(bytes[$0]) }
      guard !digits.isEmpty else { return }
      var start = digits[index(digits.count)]
      while start > 0, (0x30...0x39).contains(bytes[start - 1]) || bytes[start - 1] == 0x2E { start -= 1 }
      var end = start
      while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == 0x2E { end += 1 }
      bytes.replaceSubrange(start..<end, with: Self.numbers[index(Self.numbers.count)])
    }
  }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64): the same seed gives
/// the same sequence on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
