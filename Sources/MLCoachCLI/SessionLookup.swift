import Foundation
import MLCoachCore

/// Finds the session a command names: an id, a unique id prefix, a scenario id (its latest
/// session), or nothing (the latest session). Unreadable files are reported, never touched.
/// It works on summaries (read from the sessions' index), and reads in full only the session
/// it returns.
struct SessionLookup {
  static let noSessions = "no sessions yet: start one with 'mlcoach practice' (see 'mlcoach list')"

  let store: SessionStore
  /// Readable sessions, oldest first.
  let sessions: [SessionSummary]
  let problems: [StorageError]

  /// Reads every session's summary and prints one `warning:` line per unreadable file.
  init(context: Context) {
    store = SessionStore(dataDirectory: context.dataDirectory)
    (sessions, problems) = store.summaries()
    for problem in problems {
      context.console.errorLine(context.style.yellow("warning: ") + CLIError.printable(CLIError.skipping(problem)))
    }
  }

  /// The session `name` refers to. `accept` narrows what "latest" means (review skips
  /// unfinished interviews); a session named explicitly is returned whatever its state.
  func resolve(_ name: String?, latestWhere accept: (SessionSummary) -> Bool = { _ in true }) throws(CLIError) -> Session {
    let summary = try resolveSummary(name, latestWhere: accept)
    do {
      return try store.load(id: summary.id)
    } catch {
      throw CLIError(error)
    }
  }

  private func resolveSummary(_ name: String?, latestWhere accept: (SessionSummary) -> Bool) throws(CLIError)
    -> SessionSummary {
    // A session named exactly whose file is unreadable: say why, rather than "no session".
    if let name, !sessions.contains(where: { $0.id == name }),
       let problem = problems.first(where: { Self.id(of: $0) == name }) {
      throw CLIError(problem)
    }
    guard !sessions.isEmpty else {
      if problems.isEmpty { throw CLIError(Self.noSessions, code: .noInput) }
      throw CLIError("no readable sessions in '\(store.directory)' (see the warnings above)", code: .noInput)
    }
    guard let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
      guard let latest = sessions.last(where: accept) else {
        throw CLIError("no finished session yet; finish '\(sessions[sessions.count - 1].id)' with "
          + "'mlcoach resume \(sessions[sessions.count - 1].id)'", code: .noInput)
      }
      return latest
    }
    if let exact = sessions.first(where: { $0.id == name }) { return exact }
    let prefixed = sessions.filter { $0.id.hasPrefix(name) }
    if prefixed.count == 1 { return prefixed[0] }
    if prefixed.count > 1 {
      let shown = prefixed.suffix(4).map(\.id).joined(separator: ", ")
      throw CLIError("'\(UserText.excerpt(name))' matches \(prefixed.count) sessions (\(prefixed.count > 4 ? "latest: " : "")\(shown)); "
        + "give more of the id", code: .usage)
    }
    if let latest = sessions.last(where: { $0.scenarioID == name }) { return latest }
    let suggestions = EditDistance.ranked(name, sessions.map(\.id) + Set(sessions.map(\.scenarioID)).sorted(), limit: 3)
    let hint = suggestions.isEmpty
      ? "run 'mlcoach history' to see your sessions"
      : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
    throw CLIError("no session '\(UserText.excerpt(name))'; \(hint)", code: .noInput)
  }

  /// Saves `session`; storage failures map to their exit codes in `CLIError(_:)`.
  func save(_ session: Session) throws(CLIError) {
    do {
      try store.save(session)
    } catch {
      throw CLIError(error)
    }
  }

  private static func id(of problem: StorageError) -> String? {
    guard case .corrupt(let path, _) = problem else { return nil }
    return ((path as NSString).lastPathComponent as NSString).deletingPathExtension
  }
}
