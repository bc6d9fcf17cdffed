import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `action` on Ctrl-C even while the main thread is blocked reading input.
/// SIGINT is ignored at the process level and delivered through a dispatch source instead.
final class InterruptHandler: @unchecked Sendable {
  private var source: DispatchSourceSignal?

  init(action: @escaping @Sendable () -> Void) {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler(handler: action)
    source.resume()
    self.source = source
  }

  func cancel() {
    source?.cancel()
    source = nil
    signal(SIGINT, SIG_DFL)
  }
}
