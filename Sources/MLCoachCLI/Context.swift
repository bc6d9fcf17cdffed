import BundledScenarios
import Foundation
import MLCoachCore

/// What every command needs: the console, the clock, styling and the scenario catalogue.
final class Context {
  let console: Console
  let clock: Clock
  let style: Style
  let arguments: ParsedArguments
  private var loadedCatalogue: Catalogue?

  init(console: Console, clock: Clock, arguments: ParsedArguments) {
    self.console = console
    self.clock = clock
    self.arguments = arguments
    style = Style(console: console)
  }

  var environment: [String: String] { console.environment }

  /// The data directory: `$MLCOACH_HOME`, else `$XDG_DATA_HOME/mlcoach`, else `~/.local/share/mlcoach`.
  var dataDirectory: String { DataDirectory.path(environment: environment) }

  /// Bundled scenarios, then the data directory's `scenarios/`, `$MLCOACH_SCENARIOS` folders and
  /// `--scenarios` folders; a later source replaces an earlier scenario with the same id (the
  /// folder named most explicitly wins) with a note on stderr. Problems in user files are
  /// warnings, one line each, on stderr.
  func catalogue() throws(CLIError) -> Catalogue {
    if let loadedCatalogue { return loadedCatalogue }
    var catalogue = Catalogue(sources: [])
    for file in BundledScenarios.files {
      catalogue.add(ScenarioSource(name: "<bundled>/\(file.name)", bytes: file.bytes))
    }
    var folders: [(path: String, required: Bool)] = []
    let fromEnvironment = (environment["MLCOACH_SCENARIOS"] ?? "").split(separator: ":").map(String.init)
    folders.append(((dataDirectory as NSString).appendingPathComponent("scenarios"), false))
    folders += fromEnvironment.map { ($0, false) }
    folders += arguments.values("--scenarios").map { ($0, true) }
    for folder in folders {
      do {
        try catalogue.add(path: folder.path, replacing: true)
      } catch {
        if folder.required { throw CLIError(error, option: "--scenarios") }
        if fromEnvironment.contains(folder.path) {
          console.errorLine(style.yellow("warning: ") + CLIError.printable("MLCOACH_SCENARIOS: \(error)"))
        }
      }
    }
    catalogue.sortScenarios()
    for problem in catalogue.problems {
      console.errorLine(style.yellow("warning: ") + CLIError.printable("skipping " + problem.description))
    }
    for replacement in catalogue.replacements {
      console.errorLine(CLIError.printable("note: using \(replacement.by) for '\(replacement.id)' instead of \(replacement.replaced)"))
    }
    loadedCatalogue = catalogue
    return catalogue
  }

  /// Every command checks its `--scenarios` folders, whether or not it reads scenarios, so a
  /// mistyped folder is an error everywhere (66), not only where the catalogue is loaded.
  func checkScenarioFolders() throws(CLIError) {
    for path in arguments.values("--scenarios") where FileKind.of(path) == nil {
      throw CLIError(CatalogueError.folderNotFound(path), option: "--scenarios")
    }
  }

  /// Resolves a scenario name given on the command line.
  func scenario(named name: String) throws(CLIError) -> Scenario {
    let catalogue = try catalogue()
    do {
      return try catalogue.resolve(name)
    } catch {
      throw CLIError(error.description, code: .usage)
    }
  }
}

/// Where sessions and user scenarios live.
enum DataDirectory {
  static func path(environment: [String: String]) -> String {
    if let home = environment["MLCOACH_HOME"], !home.isEmpty { return home }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("mlcoach") }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".local/share/mlcoach")
  }
}
