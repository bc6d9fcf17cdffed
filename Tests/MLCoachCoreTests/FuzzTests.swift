import Foundation
import MLCoachCore
import MLCoachFuzz
import Testing

/// A bounded, seeded run of the fuzz harness (review section 2): a few hundred mutated
/// scenario files, session files, journals and answers, none of which may crash, hang or break
/// an oracle. The long runs are `mlcoach-fuzz --minutes N` and scripts/fuzz.sh (README).
// Ten minutes, as the reliability cases: it may wait out the question-bank suites.
@Suite("fuzzing", .timeLimit(.minutes(10)))
struct FuzzTests {
  @Test("every seed passes every oracle")
  func seeds() throws {
    let targets = FuzzTargets()
    defer { targets.cleanUp() }
    for target in FuzzTarget.allCases {
      for seed in FuzzCorpus.seeds(target) { try targets.run(target, seed) }
    }
  }

  @Test("300 mutated inputs: no crash, no hang, no broken oracle", arguments: [UInt64(20261130)])
  func boundedRun(seed: UInt64) {
    var fuzzer = MutationFuzzer(seed: seed, hangLimit: 10)
    // No wall-clock assertion: timing lives in mlcoach-bench; a hang is caught per input.
    let report = fuzzer.run(count: 300)
    #expect(report.runs == 300)
    #expect(report.failures.isEmpty, "\(report.failures.map { "\($0.failure)" })")
    #expect(report.hangs.isEmpty, "\(report.hangs.map { "\($0.target) \($0.seconds) s" })")
    #expect(FuzzTarget.allCases.allSatisfy { (report.runsPerTarget[$0] ?? 0) > 30 })
  }

  @Test("the same seed gives the same inputs")
  func deterministic() {
    var first = MutationFuzzer(seed: 42)
    var second = MutationFuzzer(seed: 42)
    for target in FuzzTarget.allCases { #expect(first.mutant(of: target) == second.mutant(of: target)) }
  }

  @Test("a harness leaves no folder behind, whether or not it ran the journal target")
  func noTemporaryFolders() throws {
    let idle = FuzzTargets()
    #expect(!FileManager.default.fileExists(atPath: idle.folder))
    let used = FuzzTargets()
    try used.run(.journal, Array(#"{"event":"line","step":0,"text":"x"}"#.utf8))
    #expect(FileManager.default.fileExists(atPath: used.folder))
    used.cleanUp()
    #expect(!FileManager.default.fileExists(atPath: used.folder))
  }
}
