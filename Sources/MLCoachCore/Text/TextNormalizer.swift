import Foundation

/// Unicode normalisation applied to every answer before it is read, so that text pasted from
/// a web page, a word processor or a phone scores exactly like the same words typed in ASCII.
///
/// - Compatibility characters (full-width letters, ligatures, superscripts) go through NFKC,
///   but only when the text contains one: NFKC over a whole 1 MB answer costs more than
///   scoring it, and most answers are ASCII plus a few quotes and dashes.
/// - Every space separator (no-break, thin, ideographic, ...) becomes a space; zero-width
///   characters and other control characters vanish.
/// - Every apostrophe and quote variant becomes `'` or `"` (U+2019, U+02BC, U+02BB, U+FF07
///   or a backtick between letters in "don't" must not hide a negation).
/// - En dashes and hyphen variants become `-`; an em dash becomes ` - ` (punctuation between
///   clauses, never a hyphen that would join two words); bullets become `-`.
/// - Line endings of every convention become `\n`.
public enum TextNormalizer {
  public static func normalize(_ text: String) -> String {
    guard needsWork(text) else { return text }
    return String(decoding: rewritten(text), as: UTF8.self)
  }

  /// The normalised text as UTF-8 bytes (what the answer reader works on).
  static func normalizedBytes(_ text: String) -> [UInt8] {
    needsWork(text) ? rewritten(text) : Array(text.utf8)
  }

  /// The rewriting itself, for text that `needsWork`.
  private static func rewritten(_ text: String) -> [UInt8] {
    var source = text
    if source.unicodeScalars.contains(where: needsCompatibilityMapping) {
      source = source.precomposedStringWithCompatibilityMapping
    }
    // Over UTF-8 bytes, decoding only non-ASCII sequences: appending scalar by scalar to a
    // String cost as much as scoring the answer.
    var out: [UInt8] = []
    out.reserveCapacity(source.utf8.count)
    if source.utf8.withContiguousStorageIfAvailable({ normalize($0, into: &out) }) == nil {
      Array(source.utf8).withUnsafeBufferPointer { normalize($0, into: &out) }
    }
    return out
  }

  private static func needsWork(_ text: String) -> Bool {
    for byte in text.utf8 where byte >= 0x80 || byte == 0x0D || byte == 0x60
      || (byte < 0x20 && byte != 0x0A && byte != 0x09) {
      return true
    }
    return false
  }

  private static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    var index = 0
    var previousWasCR = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        defer { previousWasCR = byte == 0x0D }
        if byte == 0x0A && previousWasCR { continue }  // CR LF: the CR already gave the line break
        if byte == 0x0D {
          out.append(0x0A)
        } else if byte == 0x60, index >= 2, index < bytes.count, MarkupCleaner.isLetter(bytes[index - 2]),
                  MarkupCleaner.isLetter(bytes[index]) {
          out.append(UInt8(ascii: "'"))  // "won`t": a backtick between letters is an apostrophe, not code
        } else if byte >= 0x20 || byte == 0x0A || byte == 0x09 {
          out.append(byte)
        }  // other C0 controls vanish
        continue
      }
      previousWasCR = false
      // Valid UTF-8 (it came from a String): the lead byte gives the length.
      let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
      let end = min(index + length, bytes.count)
      var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for next in (index + 1)..<end { value = value << 6 | (UInt32(bytes[next]) & 0x3F) }
      switch value {
      case 0x80...0x9F, 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD:
        break  // C1 controls, zero-width characters, soft hyphen
      case 0x2028, 0x2029, 0x0085:
        out.append(0x0A)
      case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
        out.append(UInt8(ascii: " "))
      case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x02B9, 0x02BB, 0x02BD, 0x02C8, 0x2032, 0x2035, 0xFF07, 0xFF40,
           0x00B4:
        out.append(UInt8(ascii: "'"))
      case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02, 0x300C, 0x300D:
        out.append(UInt8(ascii: "\""))
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63, 0xFF0D:
        out.append(UInt8(ascii: "-"))
      case 0x2014, 0x2015:
        out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: " ")])
      case 0x2022, 0x2023, 0x2043, 0x25CF, 0x25AA, 0x25E6, 0x2219:
        out.append(UInt8(ascii: "-"))
      case 0x2026:
        out.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: ".")])
      default:
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
      }
      index = end
    }
  }

  /// Characters whose compatibility decomposition matters for matching: full-width and
  /// half-width forms, ligatures, super- and subscripts, circled and mathematical letters.
  private static func needsCompatibilityMapping(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00B2, 0x00B3, 0x00B9, 0x00BC...0x00BE, 0x2070...0x209F, 0x2100...0x215F, 0x2460...0x24FF,
         0xFB00...0xFB4F, 0xFF00...0xFFEF, 0x1D400...0x1D7FF, 0x3200...0x33FF:
      return true
    default:
      return false
    }
  }
}
