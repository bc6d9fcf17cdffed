import Foundation

/// Unicode normalisation applied to every answer before it is read, so that text pasted from
/// a web page, a word processor or a phone scores exactly like the same words typed in ASCII.
///
/// - Compatibility characters (full-width letters, ligatures, superscripts) go through NFKC,
///   but only when the text contains one: NFKC over a whole 1 MB answer costs more than
///   scoring it, and most answers are ASCII plus a few quotes and dashes.
/// - Every space separator (no-break, thin, ideographic, ...) becomes a space; zero-width
///   characters and other control characters vanish.
/// - Every apostrophe and quote variant becomes `'` or `"` (U+2019, U+02BC and U+FF07 in
///   "don't" must not hide a negation).
/// - En dashes and hyphen variants become `-`; an em dash becomes ` - ` (punctuation between
///   clauses, never a hyphen that would join two words); bullets become `-`.
/// - Line endings of every convention become `\n`.
public enum TextNormalizer {
  public static func normalize(_ text: String) -> String {
    var needsWork = false
    for byte in text.utf8 where byte >= 0x80 || byte == 0x0D || (byte < 0x20 && byte != 0x0A && byte != 0x09) {
      needsWork = true
      break
    }
    guard needsWork else { return text }
    var source = text
    if source.unicodeScalars.contains(where: needsCompatibilityMapping) {
      source = source.precomposedStringWithCompatibilityMapping
    }
    var out = String.UnicodeScalarView()
    out.reserveCapacity(source.utf8.count)
    var previousWasCR = false
    for scalar in source.unicodeScalars {
      let value = scalar.value
      defer { previousWasCR = value == 0x0D }
      if value == 0x0A && previousWasCR { continue }  // CR LF: the CR already gave the line break
      if value < 0x80 {
        if value == 0x0D {
          out.append("\n")
        } else if value >= 0x20 || value == 0x0A || value == 0x09 {
          out.append(scalar)
        }  // other C0 controls vanish
        continue
      }
      switch value {
      case 0x80...0x9F, 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD:
        continue  // C1 controls, zero-width characters, soft hyphen
      case 0x2028, 0x2029, 0x0085:
        out.append("\n")
      case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
        out.append(" ")
      case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x02B9, 0x2032, 0xFF07, 0x00B4:
        out.append("'")
      case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02, 0x300C, 0x300D:
        out.append("\"")
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63, 0xFF0D:
        out.append("-")
      case 0x2014, 0x2015:
        out.append(contentsOf: " - ".unicodeScalars)
      case 0x2022, 0x2023, 0x2043, 0x25CF, 0x25AA, 0x25E6, 0x2219:
        out.append("-")
      case 0x2026:
        out.append(contentsOf: "...".unicodeScalars)
      default:
        out.append(scalar)
      }
    }
    return String(out)
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
