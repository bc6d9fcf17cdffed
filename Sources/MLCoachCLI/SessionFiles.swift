import Foundation
import MLCoachCore

/// The storage needs the terminal work adds beyond `SessionStore`, kept in one small place so
/// that the store's own changes (journal, locks) merge without touching the commands.
enum SessionFiles {
  /// Deletes a session's file. A file already gone is not an error: the session is discarded.
  static func discard(_ session: Session, in store: SessionStore) throws(CLIError) {
    let path = store.path(of: session.id)
    guard FileManager.default.fileExists(atPath: path) else { return }
    do {
      try FileManager.default.removeItem(atPath: path)
    } catch {
      throw CLIError("cannot delete '\(path)': \(error.localizedDescription)", code: .cantCreate)
    }
  }
}
