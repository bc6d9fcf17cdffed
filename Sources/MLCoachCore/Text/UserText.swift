/// Text from files, arguments and input shown back in messages: never a control character
/// (a title of "\u{1B}[2J" would clear the screen) and never more than a short excerpt (a 10 MB
/// key is not worth printing).
public enum UserText {
  /// Characters of user data a message shows before cutting it with "…".
  public static let excerptLength = 200

  /// `text` with control characters (tab and newline included) written as `\u{1B}`, cut to
  /// `limit` characters.
  public static func excerpt(_ text: String, limit: Int = excerptLength) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count >= limit {
        out += "…"
        break
      }
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {  // newlines too: one line per message
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return out
  }

  /// `text` as an excerpt between double quotes: `"../../escaped"`.
  public static func quoted(_ text: String, limit: Int = excerptLength) -> String {
    "\"" + excerpt(text, limit: limit) + "\""
  }

  /// C0 controls other than tab and newline, DEL and C1 controls: what a terminal may act on.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
  }

  public static func containsControlCharacter(_ text: String) -> Bool { text.unicodeScalars.contains(where: isControl) }

  /// `text` without the characters `isControl` names (tab and newline stay).
  public static func withoutControlCharacters(_ text: String) -> String {
    guard containsControlCharacter(text) else { return text }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: text.unicodeScalars.filter { !isControl($0) })
    return String(out)
  }
}
