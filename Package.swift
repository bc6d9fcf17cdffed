// swift-tools-version:6.0
import PackageDescription

/// Scenario files compiled into the binary, so an installed `mlcoach` needs no data folder.
/// Adding a file to `Scenarios/` means adding it here; `BundledScenarioTests` fails otherwise.
let bundledScenarioFiles = [
  "ads-ctr.json",
  "image-search.json",
  "video-recommendation.json",
]

let package = Package(
  name: "MLCoach",
  products: [
    .executable(name: "mlcoach", targets: ["mlcoach"]),
    .library(name: "MLCoachCore", targets: ["MLCoachCore"]),
  ],
  targets: [
    // All logic: scenarios, scoring, interview, sessions, reports. No terminal I/O.
    .target(name: "MLCoachCore"),
    // Kept apart so that editing the engine does not recompile the embedded scenario bytes.
    .target(
      name: "BundledScenarios",
      resources: bundledScenarioFiles.map { .embedInCode("../../Scenarios/\($0)") }
    ),
    // Argument parsing, commands and the terminal.
    .target(name: "MLCoachCLI", dependencies: ["MLCoachCore", "BundledScenarios"]),
    .executableTarget(name: "mlcoach", dependencies: ["MLCoachCLI"]),
    .executableTarget(
      name: "mlcoach-bench",
      dependencies: ["MLCoachCore"],
      path: "Benchmarks/mlcoach-bench"
    ),
    // Fuzz targets and a seeded mutation fuzzer; a bounded run is part of the tests.
    .target(name: "MLCoachFuzz", dependencies: ["MLCoachCore", "BundledScenarios"]),
    // `mlcoach-fuzz --minutes N`, or the libFuzzer entry when built with -DLIBFUZZER (scripts/fuzz.sh).
    .executableTarget(name: "mlcoach-fuzz", dependencies: ["MLCoachFuzz"]),
    .testTarget(
      name: "MLCoachCoreTests",
      dependencies: ["MLCoachCore", "BundledScenarios", "MLCoachCLI", "MLCoachFuzz"],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "MLCoachCLITests", dependencies: ["MLCoachCLI", "MLCoachCore"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
