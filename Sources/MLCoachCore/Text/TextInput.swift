/// Bytes from a file or a pipe turned into UTF-8 text, whatever the editor saved: a UTF-8
/// byte-order mark is dropped, UTF-16 and UTF-32 with a byte-order mark are decoded, and
/// anything else that is not UTF-8 is refused with the line and column of the first bad byte,
/// so the same text in any of these forms gives the same result.
public enum TextInput {
  /// How the bytes were encoded.
  public enum Encoding: String, Equatable, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with a byte-order mark"
    case utf16LittleEndian = "UTF-16 (little-endian)"
    case utf16BigEndian = "UTF-16 (big-endian)"
    case utf32LittleEndian = "UTF-32 (little-endian)"
    case utf32BigEndian = "UTF-32 (big-endian)"
  }

  /// `bytes` as UTF-8 without a byte-order mark, and the encoding they were in.
  /// - Parameter allowNUL: whether a NUL byte may appear (JSON reports its own control
  ///   characters; an answer with NUL bytes is a binary file).
  /// - Throws: `TextInputError` with the line and column (counted in characters from 1) of the
  ///   first byte that is not UTF-8, or naming UTF-16 text saved without a byte-order mark.
  public static func decode(_ bytes: [UInt8], allowNUL: Bool = true) throws(TextInputError) -> (bytes: [UInt8], encoding: Encoding) {
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (try wide(bytes, .utf32LittleEndian), .utf32LittleEndian) }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (try wide(bytes, .utf32BigEndian), .utf32BigEndian) }
    if bytes.starts(with: [0xFF, 0xFE]) { return (try wide(bytes, .utf16LittleEndian), .utf16LittleEndian) }
    if bytes.starts(with: [0xFE, 0xFF]) { return (try wide(bytes, .utf16BigEndian), .utf16BigEndian) }
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
    if let guess = utf16WithoutBOM(body) { throw .utf16WithoutBOM(guess) }
    if let bad = firstInvalidUTF8(body, allowNUL: allowNUL) {
      let (line, column) = position(of: bad, in: body)
      throw .notUTF8(line: line, column: column, byte: body[bad])
    }
    return (body, hasBOM ? .utf8WithBOM : .utf8)
  }

  /// `text` with every line ending (CR LF, CR, NEL, LINE SEPARATOR) as LF, and a PARAGRAPH
  /// SEPARATOR as a blank line: what a text typed on Unix would have.
  public static func normalizingLineEndings(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
    var out = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar.value {
      case 0x0A where previousWasCR: continue  // CR LF: the CR already ended the line
      case 0x0D, 0x85, 0x2028: out.append("\n")
      case 0x2029: out.append(contentsOf: "\n\n".unicodeScalars)
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// Line and column (from 1, in characters) of byte `offset`: LF, CR and CR LF end a line.
  public static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && !(index + 1 < bytes.count && bytes[index + 1] == 0x0A)) {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 && byte != 0x0D {  // count characters, not continuation bytes
        column += 1
      }
      index += 1
    }
    return (line, column)
  }

  /// The offset of the first byte that breaks UTF-8 (or a NUL when not allowed), else nil.
  static func firstInvalidUTF8(_ bytes: [UInt8], allowNUL: Bool) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0 && !allowNUL { return index }
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F  // no surrogates
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return index
      }
      guard index + length <= count else { return index }
      if !(low...high).contains(bytes[index + 1]) { return index }
      for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 { return index }
      index += length
    }
    return nil
  }

  /// UTF-16 saved without a byte-order mark shows as ASCII letters with a NUL between them.
  static func utf16WithoutBOM(_ bytes: [UInt8]) -> Encoding? {
    let sample = bytes.prefix(4096)
    guard sample.count >= 16 else { return nil }
    var evenNUL = 0
    var oddNUL = 0
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 }
    }
    let half = sample.count / 2
    if oddNUL * 10 >= half * 4 && evenNUL * 20 < half { return .utf16LittleEndian }
    if evenNUL * 10 >= half * 4 && oddNUL * 20 < half { return .utf16BigEndian }
    return nil
  }

  private static func wide(_ bytes: [UInt8], _ encoding: Encoding) throws(TextInputError) -> [UInt8] {
    let text: String?
    switch encoding {
    case .utf16LittleEndian, .utf16BigEndian:
      guard bytes.count % 2 == 0 else { throw .invalidWide(encoding) }
      let big = encoding == .utf16BigEndian
      let units = stride(from: 2, to: bytes.count, by: 2).map { index -> UInt16 in
        let high = UInt16(bytes[big ? index : index + 1])
        let low = UInt16(bytes[big ? index + 1 : index])
        return high << 8 | low
      }
      text = String(validating: units, as: UTF16.self)
    default:
      guard bytes.count % 4 == 0 else { throw .invalidWide(encoding) }
      let big = encoding == .utf32BigEndian
      let units = stride(from: 4, to: bytes.count, by: 4).map { index -> UInt32 in
        var value: UInt32 = 0
        for offset in 0..<4 {
          let byte = UInt32(bytes[index + (big ? offset : 3 - offset)])
          value = value << 8 | byte
        }
        return value
      }
      text = String(validating: units, as: UTF32.self)
    }
    guard let text else { throw .invalidWide(encoding) }
    return Array(text.utf8)
  }
}

/// Why bytes are not text mlcoach reads.
public enum TextInputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A byte that is not UTF-8 (or a NUL in text that may not hold one) at this position.
  case notUTF8(line: Int, column: Int, byte: UInt8)
  /// Looks like UTF-16 text without the byte-order mark that would say which byte order.
  case utf16WithoutBOM(TextInput.Encoding)
  /// Starts with a UTF-16 or UTF-32 byte-order mark but is not valid in that encoding.
  case invalidWide(TextInput.Encoding)

  /// `line 3, column 14`, or "" when the problem has no single position.
  public var location: String {
    guard case .notUTF8(let line, let column, _) = self else { return "" }
    return "line \(line), column \(column)"
  }

  /// What is wrong and what to do, without the location.
  public var message: String {
    switch self {
    case .notUTF8(_, _, let byte):
      let shown = "0x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      return byte == 0 ? "a NUL byte: this looks like a binary file, not text"
        : "not UTF-8 text (byte \(shown)); save the file as UTF-8 (or is it a binary file?)"
    case .utf16WithoutBOM(let encoding):
      return "looks like \(encoding.rawValue) text without a byte-order mark; save it as UTF-8"
    case .invalidWide(let encoding):
      return "starts with a \(encoding.rawValue) byte-order mark but is not valid \(encoding.rawValue); save it as UTF-8"
    }
  }

  public var description: String { location.isEmpty ? message : "\(location): \(message)" }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
