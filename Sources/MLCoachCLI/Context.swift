import BundledScenarios
import Foundation
import MLCoachCore

/// What every command needs: the console, the clock, styling and the scenario catalogue.
final class Context {
  let console: Console
  let clock: Clock
  /// Styling for standard output.
  let style: Style
  /// Styling for standard error, decided on its own (stderr may go to a file).
  let errorStyle: Style
  let arguments: ParsedArguments
  /// The user's calendar, for dates shown in local time: `TZ` when set, else the system's zone.
  let calendar: Calendar
  private var loadedCatalogue: Catalogue?

  init(console: Console, clock: Clock, arguments: ParsedArguments) {
    self.console = console
    self.clock = clock
    self.arguments = arguments
    let noColor = arguments.has("--no-color")
    style = Style(console: console, stream: .standardOutput, noColorFlag: noColor)
    errorStyle = Style(console: console, stream: .standardError, noColorFlag: noColor)
    let zone = console.environment["TZ"].flatMap { TimeZone(identifier: $0.hasPrefix(":") ? String($0.dropFirst()) : $0) }
    calendar = RelativeDay.calendar(in: zone ?? TimeZone.current)
  }

  /// Writes `warning: message` to standard error.
  func warn(_ message: String) {
    console.errorLine(errorStyle.yellow("warning: ") + message)
  }

  var environment: [String: String] { console.environment }

  /// The data directory: `$MLCOACH_HOME`, else `$XDG_DATA_HOME/mlcoach`, else `~/.local/share/mlcoach`.
  var dataDirectory: String { DataDirectory.path(environment: environment) }

  /// Bundled scenarios, then the data directory's `scenarios/`, `$MLCOACH_SCENARIOS` folders and
  /// `--scenarios` folders; a later source replaces an earlier scenario with the same id (the
  /// folder named most explicitly wins) with a note on stderr. Problems in user files are
  /// warnings, one line each, on stderr.
  func catalogue(quiet: Bool = false) throws(CLIError) -> Catalogue {
    if let loadedCatalogue { return loadedCatalogue }
    let catalogue = try loadCatalogue(listingOnly: false, quiet: quiet)
    loadedCatalogue = catalogue
    if !quiet { report(catalogue) }
    return catalogue
  }

  /// The catalogue as `list` and `topics` need it: its `listings` are complete, but bundled
  /// scenarios are not decoded in full (they were checked when bundled), so its `scenarios`
  /// may lack them. User files are decoded and checked in full as by `catalogue()`, so a
  /// broken one is reported alike.
  func listing() throws(CLIError) -> Catalogue {
    if let loadedCatalogue { return loadedCatalogue }
    let catalogue = try loadCatalogue(listingOnly: true, quiet: false)
    report(catalogue)
    return catalogue
  }

  private func loadCatalogue(listingOnly: Bool, quiet: Bool) throws(CLIError) -> Catalogue {
    var catalogue = Catalogue(sources: [])
    for file in BundledScenarios.files {
      catalogue.add(ScenarioSource(name: "<bundled>/\(file.name)", bytes: file.bytes), listingOnly: listingOnly)
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
        if fromEnvironment.contains(folder.path) && !quiet {
          warn(CLIError.printable("MLCOACH_SCENARIOS: \(error)"))
        }
      }
    }
    catalogue.sortScenarios()
    return catalogue
  }

  /// One warning per skipped file (its first problem, and how many more `validate` lists) and
  /// one note per replacement, on stderr. One warning per problem gave a newcomer twelve lines
  /// for one `{}` file (thirty-fifth session).
  private func report(_ catalogue: Catalogue) {
    var files: [String] = []
    var byFile: [String: [ValidationIssue]] = [:]
    for problem in catalogue.problems {
      if byFile[problem.file] == nil { files.append(problem.file) }
      byFile[problem.file, default: []].append(problem)
    }
    for file in files {
      guard let problems = byFile[file], let first = problems.first else { continue }
      let more = problems.count > 1
        ? " (and \(problems.count - 1) more problem\(problems.count == 2 ? "" : "s"): 'mlcoach validate' lists them)" : ""
      warn(CLIError.printable("skipping " + first.description + more))
    }
    for replacement in catalogue.replacements {
      console.errorLine(CLIError.printable("note: using \(replacement.by) for '\(replacement.id)' instead of \(replacement.replaced)"))
    }
  }

  private var loadedLexicon: Lexicon?

  /// The bundled lexicon plus the concepts of every `*.json` file in the data directory's
  /// `lexicon/` folder (a concept with a bundled id adds forms to it). A bad or unreadable
  /// file is a one-line warning on stderr and is skipped; files are read within the scenario
  /// file size limit.
  func lexicon() -> Lexicon {
    if let loadedLexicon { return loadedLexicon }
    var lexicon = Lexicon.bundled
    let folder = (dataDirectory as NSString).appendingPathComponent("lexicon")
    if FileKind.of(folder) == .directory, let files = try? Catalogue.scenarioFiles(inFolder: folder) {
      for file in files {
        do {
          let bytes = try BoundedFile.read(atPath: file, limit: ScenarioLimits.fileBytes, streams: false)
          lexicon = lexicon.adding(try LexiconDecoder.decode(bytes, file: file))
        } catch let error as ScenarioLoadError {
          for issue in error.issues { warn(CLIError.printable("skipping " + issue.description)) }
        } catch {
          warn(CLIError.printable("skipping \(file): \(error)"))
        }
      }
    }
    loadedLexicon = lexicon
    return lexicon
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
      throw CLIError(Self.message(for: error), code: .usage)
    }
  }

  /// The CLI's words for a scenario name that resolves to nothing or to several scenarios.
  static func message(for error: ResolveError) -> String {
    switch error {
    case .ambiguous(let name, let candidates):
      return "'\(UserText.excerpt(name))' matches several scenarios: \(candidates.joined(separator: ", ")); name one of them"
    case .unknown(let name, let suggestions):
      return "no scenario named '\(UserText.excerpt(name))'; " + (DidYouMean.text(suggestions) ?? "run 'mlcoach list' to see the scenarios")
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
