import Foundation

/// The same strong answer written twice by one helper, in prose and in terse notes whose
/// reasons follow colons, semicolons, dashes and arrows with no cue word
/// (`Tests/MLCoachCoreTests/Fixtures/pairs/<trial>/<scenario>-<n>-prose.md` and `…-notes.md`). Format is
/// not graded, so the two should score alike: `gap` is prose minus notes, in points of the
/// 0–100 scale. Every third pair of a trial's folder, in name order, is held out, as in the question banks: the
/// tuning pairs are asserted in tests, the held-out ones only reported (`mlcoach-bench pairs`).
public enum StylePairs {
  public struct Pair: Equatable, Sendable {
    /// "ads-ctr-1".
    public var name: String
    /// The scenario id: the name without its number.
    public var scenario: String
    public var prose: String
    public var notes: String
    public var heldOut: Bool
  }

  /// The pairs in `folder`, in name order, each marked held out or not.
  /// - Throws: when the folder cannot be listed or a prose file has no notes file.
  public static func load(folder: URL) throws -> [Pair] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix("-prose.md") }.map { String($0.dropLast("-prose.md".count)) }.sorted()
    return try names.enumerated().map { position, name in
      let prose = try String(contentsOf: folder.appendingPathComponent("\(name)-prose.md"), encoding: .utf8)
      let notes = try String(contentsOf: folder.appendingPathComponent("\(name)-notes.md"), encoding: .utf8)
      let scenario = name.split(separator: "-").dropLast().joined(separator: "-")
      return Pair(name: name, scenario: scenario, prose: prose, notes: notes, heldOut: (position + 1) % 3 == 0)
    }
  }
}
