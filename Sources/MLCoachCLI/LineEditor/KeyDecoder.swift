/// Turns the bytes a terminal sends in raw mode into keys: UTF-8 text, control keys, the
/// escape sequences of arrows, Home/End, Delete and word moves (CSI and SS3 forms, as xterm,
/// VTE, tmux, screen and the Linux console send them), and bracketed paste. Bytes may arrive
/// split anywhere: an incomplete sequence is kept until the next `feed`.
struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []
  private var pasteBuffer: [UInt8]?
  /// A CR was just decoded, so a following LF (CR LF) is the same line end.
  private var afterCarriageReturn = false

  static let pasteStart: [UInt8] = Array("\u{1B}[200~".utf8)
  static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

  /// Whether bytes are waiting for the rest of a sequence (a lone ESC, half a UTF-8 character).
  var hasPendingBytes: Bool { !pending.isEmpty }

  /// Decodes as many keys as `bytes` (with what was pending) complete.
  mutating func feed(_ bytes: [UInt8]) -> [Key] {
    pending += bytes
    var keys: [Key] = []
    var index = 0
    while index < pending.count {
      if pasteBuffer != nil {
        guard let end = Self.find(Self.pasteEnd, in: pending, from: index) else {
          // Keep a possible partial end marker for the next feed.
          let keep = Self.partialSuffix(of: pending[index...], matching: Self.pasteEnd)
          pasteBuffer? += pending[index..<(pending.count - keep)]
          index = pending.count - keep
          break
        }
        pasteBuffer? += pending[index..<end]
        keys.append(.paste(Self.normalisedPaste(pasteBuffer ?? [])))
        pasteBuffer = nil
        index = end + Self.pasteEnd.count
        continue
      }
      guard let (key, length) = decodeOne(at: index) else { break }  // incomplete: wait for more
      index += length
      if key == .enter, pending[index - length] == 0x0A, afterCarriageReturn {
        afterCarriageReturn = false
        continue
      }
      afterCarriageReturn = length == 1 && pending[index - 1] == 0x0D
      if case .paste = key {
        pasteBuffer = []
        continue
      }
      if case .text(let text) = key, case .text(let previous)? = keys.last {
        keys[keys.count - 1] = .text(previous + text)
      } else {
        keys.append(key)
      }
    }
    pending.removeFirst(index)
    return keys
  }

  /// What is pending, given up on: called when no byte followed a lone ESC for a moment, so
  /// the Escape key alone works (and a broken sequence cannot block the editor).
  mutating func flush() -> [Key] {
    guard !pending.isEmpty else { return [] }
    let bytes = pending
    pending = []
    if bytes == [0x1B] { return [.escape] }
    if bytes.first == 0x1B { return [.ignored] }
    return [.text(String(decoding: bytes, as: UTF8.self))]
  }

  /// One key at `index`: the key and the bytes it took, or nil when more bytes are needed.
  /// A bracketed-paste start is returned as `.paste("")` and handled by `feed`.
  private func decodeOne(at index: Int) -> (Key, Int)? {
    let byte = pending[index]
    switch byte {
    case 0x1B: return decodeEscape(at: index)
    case 0x0D, 0x0A: return (.enter, 1)
    case 0x7F, 0x08: return (.backspace, 1)
    case 0x09: return (.tab, 1)
    case 0x01: return (.home, 1)
    case 0x02: return (.left, 1)
    case 0x03: return (.interrupt, 1)
    case 0x04: return (.deleteOrEndOfInput, 1)
    case 0x05: return (.end, 1)
    case 0x06: return (.right, 1)
    case 0x0B: return (.killToEnd, 1)
    case 0x0C: return (.clearScreen, 1)
    case 0x0E: return (.down, 1)
    case 0x10: return (.up, 1)
    case 0x14: return (.transpose, 1)
    case 0x15: return (.killToStart, 1)
    case 0x17: return (.killWordBack, 1)
    case 0x19: return (.yank, 1)
    case 0x1A: return (.suspend, 1)
    case 0x00..<0x20: return (.ignored, 1)
    default: return decodeText(at: index)
    }
  }

  /// A UTF-8 character; invalid bytes become U+FFFD, one at a time, so nothing is lost silently.
  private func decodeText(at index: Int) -> (Key, Int)? {
    let byte = pending[index]
    let length: Int
    switch byte {
    case 0x00..<0x80: length = 1
    case 0xC2..<0xE0: length = 2
    case 0xE0..<0xF0: length = 3
    case 0xF0..<0xF5: length = 4
    default: return (.text("\u{FFFD}"), 1)
    }
    let available = pending.count - index
    for offset in 1..<min(length, available) {
      if pending[index + offset] & 0xC0 != 0x80 { return (.text("\u{FFFD}"), 1) }
    }
    guard available >= length else { return nil }
    let bytes = Array(pending[index..<(index + length)])
    guard let text = String(validating: bytes, as: UTF8.self) else { return (.text("\u{FFFD}"), 1) }
    return (.text(text), length)
  }

  private func decodeEscape(at index: Int) -> (Key, Int)? {
    guard index + 1 < pending.count else { return nil }
    let next = pending[index + 1]
    switch next {
    case UInt8(ascii: "["):
      return decodeCSI(at: index)
    case UInt8(ascii: "O"):
      guard index + 2 < pending.count else { return nil }
      let key: Key
      switch pending[index + 2] {
      case UInt8(ascii: "A"): key = .up
      case UInt8(ascii: "B"): key = .down
      case UInt8(ascii: "C"): key = .right
      case UInt8(ascii: "D"): key = .left
      case UInt8(ascii: "H"): key = .home
      case UInt8(ascii: "F"): key = .end
      default: key = .ignored
      }
      return (key, 3)
    case UInt8(ascii: "b"): return (.wordLeft, 2)
    case UInt8(ascii: "f"): return (.wordRight, 2)
    case UInt8(ascii: "d"): return (.killWordForward, 2)
    case 0x7F, 0x08: return (.killWordBack, 2)
    case 0x1B: return (.escape, 1)  // ESC ESC: the first is a lone Escape
    default:
      // Alt plus a key we do not bind: drop the ESC, keep nothing of it.
      return (.ignored, next < 0x80 ? 2 : 1)
    }
  }

  /// `ESC [ parameters final`: arrows, Home/End, Delete, modified arrows, paste markers.
  private func decodeCSI(at index: Int) -> (Key, Int)? {
    var end = index + 2
    while end < pending.count, (0x30...0x3F).contains(pending[end]) || (0x20...0x2F).contains(pending[end]) {
      end += 1
    }
    guard end < pending.count else { return nil }
    let final = pending[end]
    let length = end - index + 1
    guard (0x40...0x7E).contains(final) else { return (.ignored, length - 1) }  // malformed: drop it
    let parameters = String(decoding: pending[(index + 2)..<end], as: UTF8.self)
    let fields = parameters.split(separator: ";").map { Int($0) ?? 0 }
    let modifier = fields.count > 1 ? fields[1] : 1
    // Modifier 3 is Alt, 5 is Ctrl: with arrows, both move by words as in the shells.
    let byWord = modifier == 3 || modifier == 5 || modifier == 7
    switch final {
    case UInt8(ascii: "A"): return (.up, length)
    case UInt8(ascii: "B"): return (.down, length)
    case UInt8(ascii: "C"): return (byWord ? .wordRight : .right, length)
    case UInt8(ascii: "D"): return (byWord ? .wordLeft : .left, length)
    case UInt8(ascii: "H"): return (.home, length)
    case UInt8(ascii: "F"): return (.end, length)
    case UInt8(ascii: "~"):
      switch fields.first ?? 0 {
      case 1, 7: return (.home, length)
      case 4, 8: return (.end, length)
      case 3: return (.delete, length)
      case 200: return (.paste(""), length)
      default: return (.ignored, length)
      }
    default:
      return (.ignored, length)
    }
  }

  private static func normalisedPaste(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
      .replacingCRLF()
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
      if Array(haystack[index..<(index + needle.count)]) == needle { return index }
    }
    return nil
  }

  /// How many bytes at the end of `bytes` could start `marker`.
  private static func partialSuffix(of bytes: ArraySlice<UInt8>, matching marker: [UInt8]) -> Int {
    for length in stride(from: min(marker.count - 1, bytes.count), to: 0, by: -1)
    where Array(bytes.suffix(length)) == Array(marker.prefix(length)) {
      return length
    }
    return 0
  }
}

private extension String {
  /// CR LF and lone CR as "\n": pasted text from any platform.
  func replacingCRLF() -> String {
    var result = ""
    var previousWasCR = false
    for scalar in unicodeScalars {
      if scalar == "\r" {
        result.unicodeScalars.append("\n")
        previousWasCR = true
        continue
      }
      if scalar == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = false
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}
