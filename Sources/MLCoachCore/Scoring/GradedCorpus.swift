import Foundation

/// A set of answers graded by a person acting as a staff interviewer, used to calibrate the
/// scale and to measure agreement (the benchmark and the tests read the same one).
///
/// The folder holds `grades.json`:
/// `{"answers": {"<scenario>/<file>.md": {"grade": 0–100, "categories": {"requirements": 0–100, ...},
/// "kind": "strong-terse", "writer": "w1", "split": "tuning" | "held-out"}}}` and the answer files.
public struct GradedCorpus: Sendable {
  public struct Entry: Sendable {
    /// `<scenario>/<file>.md`, relative to the folder.
    public var path: String
    public var scenario: String
    public var kind: String
    public var writer: String
    /// `tuning` (may be used to tune phrases, rules and thresholds) or `held-out` (never).
    public var split: String
    public var grade: Double
    public var categories: [String: Double]
    public var text: String
  }

  public var entries: [Entry]

  public enum LoadError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    public var description: String {
      switch self {
      case .unreadable(let path): return "cannot read the graded corpus at '\(path)'"
      }
    }
  }

  public static func load(folder: URL) throws(LoadError) -> GradedCorpus {
    let index = folder.appendingPathComponent("grades.json")
    guard let data = FileManager.default.contents(atPath: index.path),
          let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let answers = json["answers"] as? [String: [String: Any]] else { throw .unreadable(index.path) }
    var entries: [Entry] = []
    for (path, value) in answers.sorted(by: { $0.key < $1.key }) {
      guard let text = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8),
            let grade = (value["grade"] as? NSNumber)?.doubleValue else { throw .unreadable(path) }
      let categories = (value["categories"] as? [String: NSNumber] ?? [:]).mapValues(\.doubleValue)
      entries.append(Entry(path: path, scenario: String(path.prefix { $0 != "/" }), kind: value["kind"] as? String ?? "",
                           writer: value["writer"] as? String ?? "", split: value["split"] as? String ?? "tuning",
                           grade: grade, categories: categories, text: text))
    }
    return GradedCorpus(entries: entries)
  }
}

/// How well coach scores agree with human grades.
public struct Agreement: Equatable, Sendable {
  public var count: Int
  /// Spearman's ρ.
  public var rho: Double
  /// Mean absolute difference, in points.
  public var meanAbsoluteDifference: Double
  /// Mean of coach minus human, in points: positive when the coach reads high.
  public var meanDifference: Double
  /// Share (0–1) of pairs whose human grade and coach score fall in the same band.
  public var bandAgreement: Double

  public init(human: [Double], coach: [Double]) {
    count = human.count
    rho = RankCorrelation.spearman(human, coach)
    meanAbsoluteDifference = human.isEmpty ? 0 : zip(human, coach).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(human.count)
    meanDifference = human.isEmpty ? 0 : zip(human, coach).reduce(0) { $0 + $1.1 - $1.0 } / Double(human.count)
    bandAgreement = human.isEmpty ? 0
      : Double(zip(human, coach).filter { Band.of($0.0) == Band.of($0.1) }.count) / Double(human.count)
  }
}
