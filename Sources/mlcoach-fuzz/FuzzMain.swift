import Foundation
import MLCoachFuzz
#if canImport(Glibc)
import Glibc
#endif

// The fuzz harness for the scenario decoder, the session decoder, the journal reader and the
// answer scorer (docs: README, "Fuzzing").
//
//   swift run -c release mlcoach-fuzz --minutes 30            seeded mutation fuzzing
//   swift run -c release mlcoach-fuzz --runs 500 --seed 7     a fixed number of inputs
//   swift run -c release mlcoach-fuzz --replay crash-input    one saved input again
//
// Built with libFuzzer (scripts/fuzz.sh), the same targets are coverage-guided:
//   swift build -c release -sanitize=fuzzer -Xswiftc -DLIBFUZZER --product mlcoach-fuzz --build-path .build-fuzz

#if LIBFUZZER
nonisolated(unsafe) private var libFuzzerTargets: FuzzTargets?

/// libFuzzer's entry: the first byte picks the target, the rest is its input. A broken oracle
/// aborts, which libFuzzer reports and saves as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else { return 0 }
  if libFuzzerTargets == nil { libFuzzerTargets = FuzzTargets() }
  let targets = FuzzTarget.allCases
  let target = targets[Int(data[0]) % targets.count]
  do {
    try libFuzzerTargets?.run(target, Array(UnsafeBufferPointer(start: data + 1, count: size - 1)))
  } catch {
    fputs("fuzz oracle failed: \(error)\n", stderr)
    abort()
  }
  return 0
}
#else
@main
struct FuzzMain {
  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    func value(_ name: String) -> String? {
      guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
      defer { arguments.removeSubrange(index...index + 1) }
      return arguments[index + 1]
    }
    if let file = value("--replay") {
      replay(file)
      return
    }
    if let folder = value("--write-corpus") {
      writeCorpus(folder)
      return
    }
    let minutes = value("--minutes").flatMap(Double.init)
    let runs = value("--runs").flatMap(Int.init) ?? (minutes == nil ? 1_000 : .max)
    let seed = value("--seed").flatMap(UInt64.init) ?? UInt64(Date().timeIntervalSince1970)
    let only = value("--target").flatMap(FuzzTarget.init(rawValue:)).map { [$0] } ?? FuzzTarget.allCases
    let hangLimit = value("--hang").flatMap(Double.init) ?? 5
    let current = value("--current") ?? "mlcoach-fuzz-current.input"
    let deadline = minutes.map { Date().addingTimeInterval($0 * 60) } ?? .distantFuture
    watch(hangLimit: hangLimit * 4, current: current)
    print("mlcoach-fuzz: seed \(seed), \(minutes.map { "\($0) minutes" } ?? "\(runs) inputs"), "
      + "targets \(only.map(\.rawValue).joined(separator: ", ")); the input being run is in \(current)")
    var fuzzer = MutationFuzzer(seed: seed, hangLimit: hangLimit)
    let start = Date()
    let report = fuzzer.run(count: runs, until: deadline, only: only, current: current) { report in
      if report.runs % 10_000 == 0 { print("  \(report.runs) runs, \(Int(Date().timeIntervalSince(start))) s") }
    }
    try? FileManager.default.removeItem(atPath: current)
    for (index, failure) in report.failures.prefix(20).enumerated() {
      let name = "mlcoach-fuzz-failure-\(index).input"
      _ = FileManager.default.createFile(atPath: name, contents: Data(MutationFuzzer.file(failure.target, failure.input)))
      print("FAILURE \(failure.failure) (input in \(name))")
    }
    for (index, hang) in report.hangs.prefix(20).enumerated() {
      let name = "mlcoach-fuzz-hang-\(index).input"
      _ = FileManager.default.createFile(atPath: name, contents: Data(MutationFuzzer.file(hang.target, hang.input)))
      print(String(format: "HANG %@ took %.1f s (input in %@)", hang.target.rawValue, hang.seconds, name))
    }
    let perTarget = FuzzTarget.allCases.map { "\($0.rawValue) \(report.runsPerTarget[$0] ?? 0)" }.joined(separator: ", ")
    print(String(format: "runs %d (%@) in %.0f s; crashes 0; failures %d; hangs (over %.0f s) %d; slowest input %.2f s",
                 report.runs, perTarget, Date().timeIntervalSince(start), report.failures.count, hangLimit,
                 report.hangs.count, report.slowest))
    exit(report.failures.isEmpty && report.hangs.isEmpty ? 0 : 1)
  }

  /// Ends the process when one input runs past `hangLimit` seconds: a hang, not a slow input.
  static func watch(hangLimit: Double, current: String) {
    let thread = Thread {
      while true {
        sleep(1)
        let started = MutationFuzzer.runStarted.load(ordering: .relaxed)
        guard started > 0 else { continue }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        if seconds > hangLimit {
          print(String(format: "HANG: one input has run for %.0f s; it is in %@", seconds, current))
          exit(3)
        }
      }
    }
    thread.start()
  }

  static func replay(_ file: String) {
    guard let data = FileManager.default.contents(atPath: file),
          let (target, input) = MutationFuzzer.input(fromFile: [UInt8](data)) else {
      print("cannot read \(file): its first line must name a target (\(FuzzTarget.allCases.map(\.rawValue)))")
      exit(2)
    }
    let targets = FuzzTargets()
    defer { targets.cleanUp() }
    let start = Date()
    do {
      try targets.run(target, input)
      print(String(format: "%@: passed in %.3f s", target.rawValue, Date().timeIntervalSince(start)))
    } catch {
      print("FAILURE \(error)")
      exit(1)
    }
  }

  /// The seeds as a libFuzzer corpus: one file each, its first byte selecting the target.
  static func writeCorpus(_ folder: String) {
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (number, target) in FuzzTarget.allCases.enumerated() {
      for (index, seed) in FuzzCorpus.seeds(target).enumerated() {
        _ = FileManager.default.createFile(atPath: "\(folder)/\(target.rawValue)-\(index)",
                                           contents: Data([UInt8(number)] + seed))
      }
    }
  }
}
#endif
