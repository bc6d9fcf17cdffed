/// Splits text into lowercase words over UTF-8 bytes: the hot path of scoring.
///
/// Letters and digits form words; a digit/letter boundary splits ("50ms" → "50", "ms") so units
/// match with or without a space; apostrophes vanish ("don't" → "dont"); a hyphen or slash
/// between letters joins ("down-sample" → "downsample", "a/b" → "ab").
public struct WordTokenizer {
  /// One word: its lowercase text and its byte range in the source.
  public struct Word: Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var isNumber: Bool
    /// A comma, colon, semicolon or dash stood between this word and the previous one.
    public var clauseBreakBefore: Bool
  }

  /// Calls `body` for every word of `bytes[range]`, in order.
  public static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ body: (Word) -> Void) {
    var index = from
    var pendingBreak = false
    var buffer: [UInt8] = []
    buffer.reserveCapacity(32)
    while index < to {
      let byte = bytes[index]
      let kind = classify(byte)
      if kind == .other {
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
          || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
          pendingBreak = true
        } else if byte == UInt8(ascii: "-") && index + 1 < to && bytes[index + 1] == UInt8(ascii: " ") {
          pendingBreak = true  // a dash used as punctuation: "x - because y"
        }
        index += 1
        continue
      }
      let start = index
      buffer.removeAll(keepingCapacity: true)
      let isNumber = kind == .digit
      while index < to {
        let c = bytes[index]
        let k = classify(c)
        if isNumber {
          if k == .digit {
            buffer.append(c)
          } else if (c == UInt8(ascii: ".") || c == UInt8(ascii: ",")) && index + 1 < to && classify(bytes[index + 1]) == .digit {
            if c == UInt8(ascii: ".") { buffer.append(c) }  // "1,000" → "1000"; "0.5" stays
          } else {
            break
          }
        } else {
          if k == .letter {
            buffer.append(c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c + 32 : c)
          } else if k == .nonASCII {
            // Keep non-ASCII letters; skip a right single quote (E2 80 99) used as an apostrophe.
            if c == 0xE2 && index + 2 < to && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
              && index + 3 < to && classify(bytes[index + 3]) == .letter {
              index += 3
              continue
            }
            if c == 0xE2 { break }  // other punctuation in that block: dashes, arrows, quotes
            buffer.append(c)
          } else if (c == UInt8(ascii: "'") || c == UInt8(ascii: "-")
                      || ((c == UInt8(ascii: "/") || c == UInt8(ascii: "&")) && buffer.count == 1))
                      && index + 1 < to && classify(bytes[index + 1]) == .letter && !buffer.isEmpty {
            // joined forms: don't, down-sample, and single letters a/b, r&d (not "resnet/vit")
          } else {
            break
          }
        }
        index += 1
      }
      if buffer.isEmpty {
        if index == start { index += 1 }  // a non-letter symbol such as '→' or '—'
        continue
      }
      body(Word(text: String(decoding: buffer, as: UTF8.self), start: start, end: index, isNumber: isNumber,
                clauseBreakBefore: pendingBreak))
      pendingBreak = false
    }
  }

  /// The words of a short string (evidence phrases, glossary entries, headings).
  public static func words(_ text: String) -> [Word] {
    var result: [Word] = []
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBufferPointer { buffer in
      forEachWord(in: UnsafeBufferPointer(buffer), from: 0, to: buffer.count) { result.append($0) }
    }
    return result
  }

  private enum Kind { case letter, digit, nonASCII, other }

  @inline(__always)
  private static func classify(_ byte: UInt8) -> Kind {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
    case 0x80...0xFF: return .nonASCII
    default: return .other
    }
  }
}
