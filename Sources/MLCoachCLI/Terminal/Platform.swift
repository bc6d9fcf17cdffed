import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Facts about the operating system, gathered in one place.
public enum Platform {
  /// Terminal width: `COLUMNS`, then the terminal's own size, then 80.
  public static func terminalWidth(environment: [String: String]) -> Int {
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }

  public static func terminalHeight() -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
    return 24
  }

  /// Writes all of `text`, retrying on short writes and EINTR.
  /// - Returns: the `errno` of a write that failed (ENOSPC, EBADF, EIO, EPIPE), else nil.
  @discardableResult
  public static func write(_ text: String, to descriptor: Int32) -> Int32? {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }
}
