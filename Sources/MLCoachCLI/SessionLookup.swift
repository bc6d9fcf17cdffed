import Foundation
import MLCoachCore

/// Finds the session a command names: an id, a unique id prefix, a scenario id (its latest
/// session), or nothing (the latest session). Unreadable files are reported, never touched.
/// Every command that reads sessions goes through it, so every one warns alike. It works on
/// summaries (read from the sessions' index), and reads in full only the session it returns.
struct SessionLookup {
  static let noSessions = "no sessions yet: start one with 'mlcoach practice' (see 'mlcoach list')"
  /// How a SESSION argument is explained in every command's help.
  static let argumentHelp =
    "a session id, a unique prefix of one, or a scenario named as practice takes it"

  let store: SessionStore
  /// Readable sessions, oldest first.
  let sessions: [SessionSummary]
  let problems: [StorageError]
  /// The scenario id a name means as `practice` reads it ("rag", "street view"), if any.
  let scenarioID: (String) -> String?
  /// Why a name is no scenario when it names several ("video"): said instead of "no session".
  let ambiguousScenario: (String) -> CLIError?

  /// How much a command says about unreadable session files.
  enum Warnings {
    /// One line per file: for the commands that list sessions (`sessions`, `history`).
    case everyFile
    /// One line per file when there is one, else one line in all that points to `sessions`:
    /// the same files would otherwise repeat their lines on every command until fixed.
    case summary
  }

  /// Reads every session's summary and warns about unreadable files as `warnings` says. A file
  /// one of `naming` names (the command's SESSION arguments) gets no warning: the command
  /// itself says what it does with it.
  init(context: Context, warnings: Warnings = .summary, naming: [String?] = []) {
    scenarioID = { name in try? context.scenario(named: name).id }
    ambiguousScenario = { name in
      guard let catalogue = try? context.catalogue() else { return nil }
      do throws(ResolveError) {
        _ = try catalogue.resolve(name)
        return nil
      } catch {
        guard case .ambiguous = error else { return nil }
        return CLIError(Context.message(for: error), code: .usage)
      }
    }
    store = SessionStore(dataDirectory: context.dataDirectory)
    (sessions, problems) = store.summaries()
    let named = Set(naming.compactMap { $0.flatMap { unreadable(named: $0)?.id } })
    let others = problems.filter { problem in Self.id(of: problem).map { !named.contains($0) } ?? true }
    for line in Self.warningLines(others, directory: store.directory, warnings: warnings) { context.warn(line) }
  }

  /// The `warning:` lines (without the prefix) for `problems`.
  static func warningLines(_ problems: [StorageError], directory: String, warnings: Warnings) -> [String] {
    if warnings == .everyFile || problems.count <= 1 {
      return problems.map { CLIError.printable(CLIError.skipping($0)) }
    }
    return [CLIError.printable("skipping \(problems.count) unreadable session files in '\(directory)', left untouched; "
      + "'mlcoach sessions' says what is wrong with each")]
  }

  /// Says on stderr when "latest" took a finished `session` though a newer unfinished one (of
  /// the scenario named, if one was) exists: `report` and `review` take finished ones. `verb`
  /// is what the command does ("reporting").
  func noteNewerUnfinished(than session: Session, named name: String?, verb: String, context: Context) {
    guard name.map({ !session.id.hasPrefix($0) }) ?? true, session.state != .inProgress,
          let position = sessions.firstIndex(where: { $0.id == session.id }),
          let newer = sessions[(position + 1)...].last(where: { $0.state == .inProgress
            && (name == nil || $0.scenarioID == session.scenarioID) }) else { return }
    context.console.errorLine(CLIError.printable("note: \(verb) \(session.id), the latest finished session; a "
      + "newer one, \(newer.id), is unfinished"))
  }

  /// The latest session `include` accepts: the one finished last, else (for unfinished ones)
  /// the one started last. A resumed interview finished just now is the latest, though another
  /// was started after it (trial 10).
  func latest(where include: (SessionSummary) -> Bool) -> SessionSummary? {
    var best: SessionSummary?
    for session in sessions where include(session) {
      if let current = best, (session.finishedAt ?? session.startedAt) < (current.finishedAt ?? current.startedAt) {
        continue
      }
      best = session
    }
    return best
  }

  /// Unfinished interviews, oldest first.
  var unfinished: [SessionSummary] { sessions.filter { $0.state == .inProgress } }

  /// The session `name` refers to. `accept` narrows what "latest" means (review skips
  /// unfinished interviews); a session named explicitly is returned whatever its state.
  func resolve(_ name: String?, latestWhere accept: (SessionSummary) -> Bool = { _ in true }) throws(CLIError) -> Session {
    if let name, let session = try openedUnlisted(name) { return session }
    return try load(try resolveSummary(name, latestWhere: accept).id)
  }

  /// Session `id` read in full; storage failures map to their exit codes in `CLIError(_:)`.
  private func load(_ id: String) throws(CLIError) -> Session {
    do {
      return try store.load(id: id)
    } catch {
      throw CLIError(error)
    }
  }

  /// Whether the sessions folder itself could not be listed (mode 333: files in it can be
  /// opened by name, but not found).
  var folderUnlistable: Bool { problems.contains { $0.unusableFile?.path == store.directory } }

  /// The session a full id names, opened without the listing when the folder cannot be listed:
  /// `practice` there still saves and tells the user to `resume ID`, which must then work
  /// (trial 13). Nil when the folder lists or no such file exists.
  private func openedUnlisted(_ name: String) throws(CLIError) -> Session? {
    let id = name.trimmingCharacters(in: .whitespaces)
    guard folderUnlistable, !id.isEmpty, !id.contains("/"), !id.hasPrefix("."),
          FileManager.default.fileExists(atPath: store.path(of: id)) else { return nil }
    return try load(id)
  }

  private func resolveSummary(_ name: String?, latestWhere accept: (SessionSummary) -> Bool) throws(CLIError)
    -> SessionSummary {
    // A session named by its id or a prefix of it whose file is unreadable: say why, rather
    // than "no session".
    if let name, let unreadable = unreadable(named: name) { throw CLIError(unreadable.problem) }
    // A prefix that unreadable files share is ambiguous even if one readable session has it:
    // `sessions discard 20261202-0915 -y` must not delete the one readable match the user did
    // not mean.
    if let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty,
       !sessions.contains(where: { $0.id == name }) {
      let readable = sessions.map(\.id).filter { $0.hasPrefix(name) }
      let unreadable = problems.compactMap(Self.id(of:)).filter { $0.hasPrefix(name) }
      if !unreadable.isEmpty, readable.count + unreadable.count > 1 {
        let ids = (readable + unreadable).sorted()
        let shown = ids.suffix(4).joined(separator: ", ")
        throw CLIError("'\(UserText.excerpt(name))' matches \(ids.count) session files, \(unreadable.count) of them "
          + "unreadable (\(ids.count > 4 ? "latest: " : "")\(shown)); give more of the id", code: .usage)
      }
    }
    guard !sessions.isEmpty else {
      if problems.isEmpty { throw CLIError(Self.noSessions, code: .noInput) }
      throw CLIError("no readable sessions in '\(store.directory)' (see the warnings above)", code: .noInput)
    }
    guard let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
      guard let latest = latest(where: accept) else {
        let last = sessions[sessions.count - 1].id
        throw CLIError("no finished session yet; finish '\(last)' with 'mlcoach resume \(last)'", code: .noInput)
      }
      return latest
    }
    switch NameResolver(sessions, id: \.id).resolve(name) {
    case .found(let session):
      return session
    case .ambiguous(let ids):
      let shown = ids.suffix(4).joined(separator: ", ")
      throw CLIError("'\(UserText.excerpt(name))' matches \(ids.count) sessions (\(ids.count > 4 ? "latest: " : "")\(shown)); "
        + "give more of the id", code: .usage)
    case .notFound:
      if let latest = latest(where: { $0.scenarioID == name && accept($0) })
        ?? latest(where: { $0.scenarioID == name }) {
        return latest
      }
      // "resume rag" as "practice rag": a scenario named the way practice accepts it.
      if let scenario = scenarioID(name), let latest = latest(where: { $0.scenarioID == scenario && accept($0) })
        ?? latest(where: { $0.scenarioID == scenario }) {
        return latest
      }
      if let ambiguous = ambiguousScenario(name) { throw ambiguous }
      // Every session of the scenario is unreadable: say that, not "no session" (trial 10).
      if let scenario = scenarioID(name) {
        let theirs = problems.filter { problem in
          guard let id = Self.id(of: problem) else { return false }
          return id.hasSuffix("-" + scenario) || id.range(of: "-\(scenario)-[0-9]+$", options: .regularExpression) != nil
        }
        if !theirs.isEmpty {
          // Files the system would not let us read are 66, as one named by its id is (trial 13).
          let denied = theirs.allSatisfy { if case .unreadable = $0 { true } else { false } }
          throw CLIError("no readable session of \(scenario): \(theirs.count == 1 ? "its file" : "its \(theirs.count) files") "
            + "cannot be read ('mlcoach sessions' says why)", code: denied ? .noInput : .dataError)
        }
      }
      // A scenario with no session yet: "no session 'ads-ctr'" read as a session id gone
      // missing (a newcomer's trial, thirty-fifth session).
      if let scenario = scenarioID(name) {
        throw CLIError("no sessions of \(scenario) yet: start one with 'mlcoach practice \(scenario)'", code: .noInput)
      }
      let candidates = sessions.map(\.id) + Set(sessions.map(\.scenarioID)).sorted()
      let hint = DidYouMean.text(EditDistance.ranked(name, candidates, limit: 3))
        ?? "run 'mlcoach sessions' to see your sessions"
      throw CLIError("no session '\(UserText.excerpt(name))'; \(hint)", code: .noInput)
    }
  }

  /// Saves `session`; storage failures map to their exit codes in `CLIError(_:)`.
  func save(_ session: Session) throws(CLIError) {
    do {
      try store.save(session)
    } catch {
      throw CLIError(error)
    }
  }

  /// The unreadable session file `name` names: its id exactly (even when a readable session's
  /// id starts with it, as "ID-2" does), or a prefix of its id that no other file's id shares.
  /// Nil otherwise.
  func unreadable(named name: String) -> (id: String, problem: StorageError)? {
    let name = name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty, !sessions.contains(where: { $0.id == name }) else { return nil }
    let matching = problems.compactMap { problem in Self.id(of: problem).map { (id: $0, problem: problem) } }
      .filter { $0.id.hasPrefix(name) }
    if let exact = matching.first(where: { $0.id == name }) { return exact }
    guard !sessions.contains(where: { $0.id.hasPrefix(name) }) else { return nil }
    return matching.count == 1 ? matching[0] : nil
  }

  private static func id(of problem: StorageError) -> String? {
    guard let path = problem.unusableFile?.path else { return nil }
    return ((path as NSString).lastPathComponent as NSString).deletingPathExtension
  }
}
