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
  /// The scenarios decoded in full, in id order once sorted.
  public private(set) var scenarios: [Scenario] = []
  /// What `list` shows of every scenario, in the same order: those of `scenarios`, and those
  /// of sources added `listingOnly`, which are not decoded in full and are not in `scenarios`.
  public private(set) var listings: [ScenarioListing] = []
  /// The file each scenario was loaded from, by id.
  public private(set) var origins: [String: String] = [:]
  /// Bad files and id clashes, one line each.
  public private(set) var problems: [ValidationIssue] = []
  /// Lexicon files named among the paths and found valid (they hold no scenario).
  public private(set) var lexiconFiles = 0
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
  /// - Parameter listingOnly: only for a file known to be valid (a bundled one): read only its
  ///   listing (`ScenarioListing.header(of:)`), for `list` and `topics`. It is then in
  ///   `listings` but not in `scenarios`. A file whose listing cannot be read so is decoded in
  ///   full, as without it.
  public mutating func add(_ source: ScenarioSource, replacing: Bool = false, listingOnly: Bool = false) {
    let listing: ScenarioListing
    var scenario: Scenario?
    if listingOnly, let header = ScenarioListing.header(of: source.bytes) {
      listing = header
    } else {
      do {
        let decoded = try ScenarioDecoder.decode(source.bytes, file: source.name)
        listing = ScenarioListing(decoded)
        scenario = decoded
      } catch {
        problems.append(contentsOf: error.issues)
        return
      }
    }
    if let existing = origins[listing.id] {
      guard replacing else {
        problems.append(ValidationIssue(
          file: source.name, location: "id",
          message: "\"\(listing.id)\" is already defined by \(existing); ignoring this file"))
        return
      }
      scenarios.removeAll { $0.id == listing.id }
      listings.removeAll { $0.id == listing.id }
      replacements.append((listing.id, existing, source.name))
    }
    origins[listing.id] = source.name
    listings.append(listing)
    if let scenario { scenarios.append(scenario) }
  }

  /// Adds the scenarios at `path`: the file itself, or every `*.json` entry of a folder in name
  /// order. Files are read and decoded one at a time, so memory holds one file's bytes at most.
  /// An entry that cannot be read (a folder named `x.json`, a FIFO, a device, a file without
  /// read permission or over `ScenarioLimits.fileBytes`) becomes one problem in `problems`, and
  /// the other files still load.
  /// - Throws: `CatalogueError` when `path` does not exist or is a folder that cannot be listed.
  public mutating func add(path: String, replacing: Bool = false) throws(CatalogueError) {
    guard let kind = FileKind.of(path) else { throw .folderNotFound(path) }
    guard kind == .directory else {
      // A file named on purpose may be a pipe or a device (`validate /dev/stdin`): read it,
      // within the size limit.
      add(file: path, streams: true, replacing: replacing)
      return
    }
    for file in try Self.scenarioFiles(inFolder: path) { add(file: file, streams: false, replacing: replacing) }
  }

  /// The `*.json` entries of `folder` (hidden ones excepted), sorted by name, as paths.
  /// - Throws: `.unreadable` when the folder cannot be listed.
  public static func scenarioFiles(inFolder folder: String) throws(CatalogueError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw .unreadable(folder, "cannot list the folder (\((error as NSError).localizedFailureReason ?? "permission denied?"))")
    }
    return names.sorted().filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
      .map { (folder as NSString).appendingPathComponent($0) }
  }

  private mutating func add(file: String, streams: Bool, replacing: Bool) {
    do {
      let bytes = try BoundedFile.read(atPath: file, limit: ScenarioLimits.fileBytes, streams: streams)
      // A lexicon file (`mlcoach validate Scenarios/lexicon/model.json`) is checked as one.
      if LexiconDecoder.isLexicon(bytes) {
        do {
          _ = try LexiconDecoder.decode(bytes, file: file)
          lexiconFiles += 1
        } catch {
          problems.append(contentsOf: error.issues)
        }
        return
      }
      add(ScenarioSource(name: file, bytes: bytes), replacing: replacing)
    } catch {
      problems.append(ValidationIssue(file: file, location: "", message: error.description))
    }
  }

  /// Keeps `list` and name resolution in id order after `add`.
  public mutating func sortScenarios() {
    scenarios.sort { $0.id < $1.id }
    listings.sort { $0.id < $1.id }
  }

  public func scenario(id: String) -> Scenario? { scenarios.first { $0.id == id } }

  /// Topics with the number of scenarios in each, alphabetically.
  public var topics: [(topic: String, count: Int)] {
    var counts: [String: Int] = [:]
    for scenario in listings {
      for topic in Set(scenario.topics) { counts[topic, default: 0] += 1 }
    }
    return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  public func scenarios(topic: String) -> [Scenario] {
    scenarios.filter { $0.topics.contains { $0.caseInsensitiveCompare(topic) == .orderedSame } }
  }

  /// The listings of the scenarios with `topic` (case-insensitive).
  public func listings(topic: String) -> [ScenarioListing] {
    listings.filter { $0.topics.contains { $0.caseInsensitiveCompare(topic) == .orderedSame } }
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

/// Why a scenario path given by the user could not be used at all.
public enum CatalogueError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Nothing exists at the path.
  case folderNotFound(String)
  /// The folder exists but cannot be listed; the reason says why.
  case unreadable(String, String)

  public var description: String {
    switch self {
    case .folderNotFound(let path): return "'\(path)': no such file or folder"
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
      return "'\(UserText.excerpt(name))' matches several scenarios: \(candidates.joined(separator: ", ")); name one of them"
    case .unknown(let name, let suggestions):
      let hint = suggestions.isEmpty
        ? "run 'mlcoach list' to see the scenarios"
        : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
      return "no scenario named '\(UserText.excerpt(name))'; \(hint)"
    }
  }
}
