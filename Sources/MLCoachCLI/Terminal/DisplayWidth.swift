/// How many terminal cells text occupies: East Asian wide and fullwidth characters and emoji
/// take 2, combining marks and zero-width joiners 0, everything printable 1. ANSI escape
/// sequences (colour) take none. Counting `Character`s instead shifts columns as soon as a
/// title holds CJK text or an emoji.
enum DisplayWidth {
  /// Cells taken by `text` on a terminal.
  static func of(_ text: String) -> Int {
    // Printable ASCII, most of every table, is one cell a byte: no need to walk grapheme
    // clusters and look up emoji properties (a third of `history`'s time with 10,000 rows).
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    var total = 0
    for character in stripEscapes(text) { total += of(character) }
    return total
  }

  /// Cells taken by one grapheme cluster: the widest of its scalars, so "e" plus a combining
  /// accent is 1, a Hangul syllable built from jamo is 2, and an emoji with a variation
  /// selector or a zero-width-joiner sequence is 2.
  static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    var widest = 0
    var emoji = false
    for scalar in scalars {
      let width = of(scalar)
      widest = max(widest, width)
      if scalar.properties.isEmoji && scalar.value > 0xFF { emoji = true }
      if scalar.value == 0xFE0F && emoji { widest = 2 }
    }
    return min(2, widest)
  }

  /// Cells for one scalar, before clusters are combined.
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }  // controls print nothing
    if value < 0x7F { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels and final consonants
    if scalar.properties.isEmojiPresentation { return 2 }
    return isWide(value) ? 2 : 1
  }

  /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth.txt, W and F), the blocks
  /// that matter in practice; emoji are caught by their presentation property instead.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  private static func isWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    return wideRanges.contains { $0.contains(value) }
  }

  /// `text` without ANSI escape sequences (CSI such as colours, OSC, and two-byte escapes).
  static func stripEscapes(_ text: String) -> String {
    guard text.unicodeScalars.contains("\u{1B}") else { return text }
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\u{1B}" else {
        result.append(scalar)
        continue
      }
      guard let kind = scalars.next() else { break }
      switch kind {
      case "[":  // CSI: parameters, then one final byte in @...~
        while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
      case "]":  // OSC: up to BEL or ESC \
        while let next = scalars.next(), next != "\u{07}" {
          if next == "\u{1B}" {
            _ = scalars.next()
            break
          }
        }
      default:
        break  // a two-byte escape such as ESC 7
      }
    }
    return String(result)
  }

  /// `text` cut to at most `cells`, ending in `ellipsis` when something was cut. Escape
  /// sequences are kept (and a reset added after a cut) so a coloured cell stays coloured.
  static func truncate(_ text: String, to cells: Int, ellipsis: String = "…") -> String {
    guard of(text) > cells else { return text }
    let room = max(0, cells - of(ellipsis))
    var result = ""
    var used = 0
    var sawEscape = false
    var pending = ""  // an escape sequence being copied
    for character in text {
      if !pending.isEmpty || character == "\u{1B}" {
        pending.append(character)
        sawEscape = true
        if pending.count > 1, let last = character.unicodeScalars.last,
           (0x40...0x7E).contains(last.value), character != "[" {
          result += pending
          pending = ""
        }
        continue
      }
      let width = of(character)
      if used + width > room { break }
      result.append(character)
      used += width
    }
    return result + (cells >= of(ellipsis) ? ellipsis : "") + (sawEscape ? "\u{1B}[0m" : "")
  }

  /// `text` followed by spaces up to `cells`.
  static func pad(_ text: String, to cells: Int) -> String {
    text + String(repeating: " ", count: max(0, cells - of(text)))
  }

  /// Spaces, then `text`, right-aligned in `cells`.
  static func padLeft(_ text: String, to cells: Int) -> String {
    String(repeating: " ", count: max(0, cells - of(text))) + text
  }
}
