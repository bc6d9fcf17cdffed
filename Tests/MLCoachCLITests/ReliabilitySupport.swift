import Foundation
@testable import MLCoachCLI
import MLCoachCore

/// The smallest failing inputs of the reliability review (Fixtures/reliability, one folder per
/// finding; its README maps folders to findings). Tests copy a case before running it, so the
/// fixtures stay as they were and "the file was left untouched" can be checked.
enum ReliabilityCase {
  static let folder = CLITest.repository.appendingPathComponent("Tests/MLCoachCLITests/Fixtures/reliability").path

  static func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

  /// A fresh copy of `case/sub` (by default the case's `home`, an `MLCOACH_HOME`; "" for the
  /// case folder itself), as a folder named `home` in a new temporary folder.
  static func copy(_ name: String, _ sub: String = "home") -> String {
    let target = CLITest.temporaryDirectory() + "/home"
    try? FileManager.default.copyItem(atPath: sub.isEmpty ? path(name) : path(name) + "/" + sub, toPath: target)
    return target
  }

  /// The one session file of a copied home.
  static func sessionFile(in home: String) -> String? {
    let folder = home + "/sessions"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.first { $0.hasSuffix(".json") }.map { folder + "/" + $0 }
  }

  /// A scenario folder holding only `file` of the case, copied.
  static func scenarioFolder(_ name: String, file: String = "spam-filter.json") -> String {
    let target = CLITest.temporaryDirectory()
    try? FileManager.default.copyItem(atPath: path(name) + "/" + file, toPath: target + "/" + file)
    return target
  }
}

extension CLIRun {
  /// True when the run ended normally: a Swift trap would have killed the test process, so
  /// reaching this point already shows that; the exit code must also be a documented one.
  var endedCleanly: Bool { [0, 1, 64, 65, 66, 70, 73, 74, 75].contains(code) }
}
