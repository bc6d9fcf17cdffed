// swift-tools-version:6.0
import PackageDescription

/// Scenario files compiled into the binary, so an installed `mlcoach` needs no data folder.
/// Adding a file to `Scenarios/` means adding it here; `ScenarioTests.bundledMatchesFolder`
/// fails otherwise.
let bundledScenarioFiles = [
  "ads-ctr.json",
  "image-search.json",
  "video-recommendation.json",
]

/// The shared lexicon of the field (`Scenarios/lexicon/`), compiled in the same way.
let bundledLexiconFiles = [
  "lexicon/requirements.json",
  "lexicon/framing.json",
  "lexicon/data.json",
  "lexicon/model.json",
  "lexicon/evaluation.json",
  "lexicon/serving.json",
  "lexicon/monitoring.json",
  "lexicon/general.json",
]

let package = Package(
  name: "MLCoach",
  products: [
    .executable(name: "mlcoach", targets: ["mlcoach"]),
    .library(name: "MLCoachCore", targets: ["MLCoachCore"]),
  ],
  targets: [
    // All logic: scenarios, scoring, interview, sessions, reports. No terminal I/O.
    .target(name: "MLCoachCore", dependencies: ["BundledScenarios"]),
    // Kept apart so that editing the engine does not recompile the embedded scenario bytes.
    .target(
      name: "BundledScenarios",
      resources: (bundledScenarioFiles + bundledLexiconFiles).map { .embedInCode("../../Scenarios/\($0)") }
    ),
    // Argument parsing, commands and the terminal.
    .target(name: "MLCoachCLI", dependencies: ["MLCoachCore", "BundledScenarios"]),
    .executableTarget(name: "mlcoach", dependencies: ["MLCoachCLI"]),
    .executableTarget(
      name: "mlcoach-bench",
      dependencies: ["MLCoachCore"],
      path: "Benchmarks/mlcoach-bench"
    ),
    .testTarget(
      name: "MLCoachCoreTests",
      dependencies: ["MLCoachCore", "BundledScenarios", "MLCoachCLI"],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "MLCoachCLITests", dependencies: ["MLCoachCLI", "MLCoachCore"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
