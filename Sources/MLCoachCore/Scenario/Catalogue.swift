import Foundation

/// A scenario file's bytes and where they came from.
public struct ScenarioSource: Sendable {
  /// The path shown to the user (`Scenarios/ads-ctr.json`, or `<bundled>/ads-ctr.json`).
  public var name: String
  public var bytes: [UInt8]

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }
}

/// Every loaded scenario, plus the problems met while loading the rest.
/// A broken user file never hides the good ones: it becomes a warning here.
public struct Catalogue: Sendable {
  public private(set) var scenarios: [Scenario] = []
  /// The file each scenario was loaded from, by id.
  public private(set) var origins: [String: String] = [:]
  /// Bad files and id clashes, one line each.
  public private(set) var problems: [ValidationIssue] = []
  /// Scenarios replaced by a later source with the same id: `(id, replaced, by)` file names.
  public private(set) var replacements: [(id: String, replaced: String, by: String)] = []

  public init() {}

  /// Loads the sources in order; within one call, the first file to claim an id wins and later
  /// ones are reported.
  public init(sources: [ScenarioSource]) {
    for source in sources { add(source) }
    sortScenarios()
  }

  /// Adds one scenario file. With `replacing`, a scenario loaded earlier under the same id is
  /// replaced (and recorded in `replacements`): a folder the user names explicitly beats the
  /// bundled copy and the default folders. Without it the earlier one wins and this file is
  /// reported as a clash.
  public mutating func add(_ source: ScenarioSource, replacing: Bool = false) {
    do {
      let scenario = try ScenarioDecoder.decode(source.bytes, file: source.name)
      if let existing = origins[scenario.id] {
        guard replacing else {
          problems.append(ValidationIssue(
            file: source.name, location: "id",
            message: "\"\(scenario.id)\" is already defined by \(existing); ignoring this file"))
          return
        }
        scenarios.removeAll { $0.id == scenario.id }
        replacements.append((scenario.id, existing, source.name))
      }
      origins[scenario.id] = source.name
      scenarios.append(scenario)
    } catch {
      problems.append(contentsOf: error.issues)
    }
  }

  /// Reads every `*.json` file of `directory`, sorted by name.
  public static func sources(inDirectory directory: String) throws(CatalogueError) -> [ScenarioSource] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw .folderNotFound(directory)
    }
    guard isDirectory.boolValue else { return [try source(atPath: directory)] }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw .unreadable(directory, "cannot list the folder")
    }
    var sources: [ScenarioSource] = []
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      sources.append(try source(atPath: (directory as NSString).appendingPathComponent(name)))
    }
    return sources
  }

  /// Reads one scenario file.
  public static func source(atPath path: String) throws(CatalogueError) -> ScenarioSource {
    guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path) }
    guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path, "cannot read the file") }
    return ScenarioSource(name: path, bytes: [UInt8](data))
  }

  /// Keeps `list` and name resolution in id order after `add`.
  public mutating func sortScenarios() { scenarios.sort { $0.id < $1.id } }

  public func scenario(id: String) -> Scenario? { scenarios.first { $0.id == id } }

  /// Topics with the number of scenarios in each, alphabetically.
  public var topics: [(topic: String, count: Int)] {
    var counts: [String: Int] = [:]
    for scenario in scenarios {
      for topic in Set(scenario.topics) { counts[topic, default: 0] += 1 }
    }
    return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  public func scenarios(topic: String) -> [Scenario] {
    scenarios.filter { $0.topics.contains { $0.caseInsensitiveCompare(topic) == .orderedSame } }
  }

  /// Finds a scenario by id, unique id prefix, or words that appear in only one title.
  public func resolve(_ name: String) throws(ResolveError) -> Scenario {
    switch NameResolver(scenarios, id: \.id, searchableText: \.title).resolve(name) {
    case .found(let scenario): return scenario
    case .ambiguous(let candidates): throw .ambiguous(name: name, candidates: candidates)
    case .notFound(let suggestions): throw .unknown(name: name, suggestions: suggestions)
    }
  }
}

public enum CatalogueError: Error, Equatable, Sendable, CustomStringConvertible {
  case folderNotFound(String)
  case fileNotFound(String)
  case unreadable(String, String)

  public var description: String {
    switch self {
    case .folderNotFound(let path): return "'\(path)': no such file or folder"
    case .fileNotFound(let path): return "'\(path)': no such file"
    case .unreadable(let path, let reason): return "'\(path)': \(reason)"
    }
  }
}

public enum ResolveError: Error, Equatable, Sendable, CustomStringConvertible {
  case ambiguous(name: String, candidates: [String])
  case unknown(name: String, suggestions: [String])

  public var description: String {
    switch self {
    case .ambiguous(let name, let candidates):
      return "'\(name)' matches several scenarios: \(candidates.joined(separator: ", ")); name one of them"
    case .unknown(let name, let suggestions):
      let hint = suggestions.isEmpty
        ? "run 'mlcoach list' to see the scenarios"
        : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
      return "no scenario named '\(name)'; \(hint)"
    }
  }
}
