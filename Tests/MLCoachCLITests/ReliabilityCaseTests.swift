import Foundation
@testable import MLCoachCLI
import MLCoachCore
import Testing

/// One test per folder of Fixtures/reliability: each failed (crash, hang, lost data or an
/// unclear message) before the fix of its kind.
@Suite("reliability cases")
struct ReliabilityCaseTests {
  /// Every command that reads the catalogue must survive a scenario the validator rejects.
  func catalogueCommandsSurvive(folder: String, id: String) {
    for arguments in [["list"], ["list", "--json"], ["show", id], ["topics"]] {
      let result = CLITest.run(arguments + ["--scenarios", folder])
      #expect(result.endedCleanly, "\(arguments): \(result.err)")
      #expect(!result.out.contains("null"), "\(arguments)")
    }
    let practice = CLITest.run(["practice", id, "--scenarios", folder, "--no-timer"], input: ["/quit"])
    #expect(practice.code == 64, "an invalid scenario is not offered: \(practice.err)")
    // In the data folder's scenarios/ it used to make every `list` crash.
    let home = CLITest.temporaryDirectory()
    try? FileManager.default.copyItem(atPath: folder, toPath: home + "/scenarios")
    let list = CLITest.run(["list"], environment: ["MLCOACH_HOME": home])
    #expect(list.code == 0)
    #expect(list.out.contains("ads-ctr"))
    #expect(list.err.contains("skipping"))
  }

  @Test("01-crash-scenario-minutes-1e19: validate names the step; list, show and practice do not trap")
  func scenarioMinutes1e19() {
    let folder = ReliabilityCase.scenarioFolder("01-crash-scenario-minutes-1e19")
    let result = CLITest.run(["validate", folder])
    #expect(result.code == 65)
    #expect(result.err.contains("steps[0].minutes: must be from 0.5 to 120 minutes (found 1e+19)"))
    catalogueCommandsSurvive(folder: folder, id: "spam-filter")
  }

  @Test("01b-crash-scenario-minutes-inf: a number too large for a Double is a syntax error with its position")
  func scenarioMinutesInfinite() {
    let folder = ReliabilityCase.scenarioFolder("01b-crash-scenario-minutes-inf")
    let result = CLITest.run(["validate", folder])
    #expect(result.code == 65)
    #expect(result.err.contains("line 35, column 15: invalid JSON: the number 1e400 is too large"))
    catalogueCommandsSurvive(folder: folder, id: "spam-filter")
  }

  @Test("fuzz-crash-samples (scenarios): minutes of 1e19 and 1e308 are rejected, nothing traps",
        arguments: ["scen-seed99-1113", "scen-seed99-437"])
  func fuzzedScenarios(sample: String) {
    let folder = ReliabilityCase.scenarioFolder("fuzz-crash-samples/\(sample)", file: "fz.json")
    let result = CLITest.run(["validate", folder])
    #expect(result.code == 65)
    #expect(result.err.contains(".minutes: must be from 0.5 to 120 minutes (found 1e+"))
    catalogueCommandsSurvive(folder: folder, id: "fz")
  }
}
