/// Splits text into lowercase words over UTF-8 bytes: the hot path of scoring.
///
/// Letters and digits form words; a digit/letter boundary splits ("50ms" → "50", "ms") so units
/// match with or without a space; apostrophes vanish ("don't" → "dont") but other contractions lose their suffix ("I'd" → "i"); a slash or ampersand
/// after a single letter joins ("a/b" → "ab", "r&d" → "rd"), unless the letter is a figure's
/// unit ("100k/day" → "100", "k", "day"). A hyphen between two words splits
/// them but marks the second as `hyphenated`, so "re-embedding", "re embedding" and
/// "reembedding" can all meet (the analyzer also tries the two halves joined).
public struct WordTokenizer {
  /// One word: its lowercase text and its span (`word.start`, `word.capitals`, ... read the
  /// span's fields).
  @dynamicMemberLookup
  public struct Word: Equatable {
    public var text: String
    public var span: Span

    public subscript<Value>(dynamicMember field: KeyPath<Span, Value>) -> Value { span[keyPath: field] }
  }

  /// A word without its text: where it is and what stood before it.
  public struct Span: Equatable {
    /// Byte range in the source.
    public var start: Int
    public var end: Int
    public var isNumber: Bool
    /// A comma, colon, semicolon, bracket or spaced dash stood between this word and the
    /// previous one.
    public var clauseBreakBefore: Bool
    /// The break before this word was commas only: a list may go on across it ("no need for
    /// A, B or C").
    public var commaBreakBefore: Bool
    /// Joined to the previous word by a hyphen ("re-embed", "two-tower").
    public var hyphenated: Bool
    /// Written right after the previous word with no space ("50ms", "p99", "ResNet-50").
    public var attached: Bool
    /// Capital letters as written: two or more mark an acronym ("ScaNN", "GBDT", "mAP").
    public var capitals: Int
    /// An arrow (`->`, `=>`, `→`) stood before this word: terse notes' "so" or "leads to".
    public var arrowBefore: Bool
    /// An opening bracket stood right before this word: an aside, in terse notes often the
    /// reason ("keep false declines low (each one loses a customer)").
    public var parenBefore = false
    /// A colon, semicolon or dash used as punctuation stood before this word: in terse notes
    /// what follows often says why ("full retrain weekly: stops drift accumulating").
    public var separatorBefore = false
    /// A semicolon stood before this word: what follows is a clause of its own, so a comparison
    /// on one side of it weighs nothing named on the other ("… rather than blocking; if the
    /// model is down, fall back to the rules engine").
    public var semicolonBefore = false
  }

  /// Calls `body` for every word of `bytes[range]`, in order.
  public static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                                 splittingReVerbs: Bool = false, _ body: (Word) -> Void) {
    forEachSpan(in: bytes, from: from, to: to, splittingReVerbs: splittingReVerbs) { span, lower in
      body(Word(text: String(decoding: lower, as: UTF8.self), span: span))
    }
  }

  /// Calls `body` for every word of `bytes[range]`, in order, with the word's lowercase bytes
  /// (valid only during the call). Scoring looks most words up by their bytes and builds a
  /// String only for a word it has not seen: a String per word was a tenth of scoring.
  /// - Parameter splittingReVerbs: "recalibrate" is given as "re" and a hyphenated "calibrate"
  ///   (see `reVerbStems`). Answers are read so; phrases need not be, since a phrase's
  ///   "recalibrate" meets the two halves joined, and the interviewer's words stay whole.
  public static func forEachSpan(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                                 splittingReVerbs: Bool = false,
                                 _ body: (Span, UnsafeBufferPointer<UInt8>) -> Void) {
    var index = from
    var pendingBreak = false
    var pendingOtherBreak = false  // a break other than a comma
    var pendingHyphen = false
    var pendingArrow = false
    var pendingParen = false
    var pendingSeparator = false
    var pendingSemicolon = false
    var lastEnd = -2
    var buffer: [UInt8] = []
    buffer.reserveCapacity(32)
    while index < to {
      let byte = bytes[index]
      let kind = classify(byte)
      if byte == 0xE2 {
        // Three-byte punctuation (arrows, dashes, quotes, ≤ ≈): skip it whole; an arrow reads "so".
        if index + 2 < to && bytes[index + 1] == 0x86 && bytes[index + 2] == 0x92 { pendingArrow = true }
        if index + 2 < to && bytes[index + 1] == 0x80 {
          pendingBreak = true
          pendingOtherBreak = true
          // En and em dashes (E2 80 93/94) separate clauses; quotes (E2 80 98–9D) do not.
          if bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 { pendingSeparator = true }
        }
        index += 3
        continue
      }
      if kind == .other {
        if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "=")) && index + 1 < to && bytes[index + 1] == UInt8(ascii: ">") {
          pendingArrow = true
          index += 2
          continue
        }
        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
          || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "|") {
          pendingBreak = true
          if byte != UInt8(ascii: ",") { pendingOtherBreak = true }
          pendingParen = byte == UInt8(ascii: "(")
          if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") { pendingSeparator = true }
          if byte == UInt8(ascii: ";") { pendingSemicolon = true }
        } else if byte == UInt8(ascii: "-") {
          if index == lastEnd && index + 1 < to && classify(bytes[index + 1]) == .letter {
            pendingHyphen = true  // "two-tower": one idea in two words
          } else if index + 1 < to && bytes[index + 1] == UInt8(ascii: " ") {
            pendingBreak = true  // a dash used as punctuation: "x - because y"
            pendingOtherBreak = true
            pendingSeparator = true
          }
        }
        index += 1
        continue
      }
      let start = index
      buffer.removeAll(keepingCapacity: true)
      var capitals = 0
      var suffixEnd: Int?
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
            if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") {
              capitals += 1
              buffer.append(c + 32)
            } else {
              buffer.append(c)
            }
          } else if k == .nonASCII {
            if c == 0xE2 { break }  // punctuation in that block: arrows, quotes, dashes
            buffer.append(c)
          } else if c == UInt8(ascii: "'"), !buffer.isEmpty, let end = contractionEnd(bytes, after: index, to: to) {
            // "I'd", "we'll", "it's", "user's": the word before the apostrophe is the word;
            // the suffix is dropped, so "I'd" never reads as "ID" nor "we'll" as "well".
            suffixEnd = end
            break
          } else if (c == UInt8(ascii: "'")
                      || ((c == UInt8(ascii: "/") || c == UInt8(ascii: "&")) && buffer.count == 1
                          && !(start > 0 && classify(bytes[start - 1]) == .digit)))
                      && index + 1 < to && classify(bytes[index + 1]) == .letter && !buffer.isEmpty {
            // joined forms: don't, a/b, r&d (not "resnet/vit", nor the unit of "100k/day")
          } else {
            break
          }
        }
        index += 1
      }
      if buffer.isEmpty {
        if index == start { index += 1 }
        continue
      }
      var span = Span(start: start, end: index, isNumber: isNumber, clauseBreakBefore: pendingBreak,
                      commaBreakBefore: pendingBreak && !pendingOtherBreak && !pendingArrow, hyphenated: pendingHyphen,
                      attached: start == lastEnd || (start == lastEnd + 1 && bytes[lastEnd] == UInt8(ascii: "-")),
                      capitals: capitals, arrowBefore: pendingArrow)
      span.parenBefore = pendingParen
      span.separatorBefore = pendingSeparator
      span.semicolonBefore = pendingSemicolon
      if splittingReVerbs, !isNumber, capitals == 0, index - start == buffer.count, Self.isReVerb(buffer) {
        // "recalibrate" is read as "re-calibrate" is: the head "re", then the verb as its tail.
        var head = Span(start: start, end: start + 2, isNumber: false, clauseBreakBefore: span.clauseBreakBefore,
                        commaBreakBefore: span.commaBreakBefore, hyphenated: span.hyphenated, attached: span.attached,
                        capitals: 0, arrowBefore: span.arrowBefore)
        head.parenBefore = span.parenBefore
        head.separatorBefore = span.separatorBefore
        head.semicolonBefore = span.semicolonBefore
        buffer[0..<2].withUnsafeBufferPointer { body(head, $0) }
        span = Span(start: start + 2, end: index, isNumber: false, clauseBreakBefore: false, commaBreakBefore: false,
                    hyphenated: true, attached: true, capitals: 0, arrowBefore: false)
        buffer.removeFirst(2)
      }
      buffer.withUnsafeBufferPointer { body(span, $0) }
      pendingBreak = false
      pendingOtherBreak = false
      pendingHyphen = false
      pendingArrow = false
      pendingParen = false
      pendingSeparator = false
      pendingSemicolon = false
      lastEnd = index
      if let suffixEnd {
        index = suffixEnd
        lastEnd = suffixEnd
      }
    }
  }

  /// Verbs of the field that are redone with "re": "recalibrate", "retrain", "reindex".
  /// Written as one word they are split as if hyphenated, so "recalibrate", "re-calibrate" and
  /// "re calibrate" all say "calibrate" (an open "re" prefix would split "research",
  /// "restore" and "reserve").
  static let reVerbStems: [[UInt8]] = [
    "calibrat", "train", "index", "embed", "rank", "weight", "sampl", "scor", "comput", "balanc", "label", "cluster",
    "encod", "quantiz", "quantis", "normaliz", "normalis", "deploy", "fetch", "shard", "partition",
  ].map { Array($0.utf8) }

  static func isReVerb(_ word: [UInt8]) -> Bool {
    guard word.count > 5, word[0] == UInt8(ascii: "r"), word[1] == UInt8(ascii: "e") else { return false }
    return reVerbStems.contains { stem in word.count >= 2 + stem.count && word[2..<(2 + stem.count)].elementsEqual(stem) }
  }

  /// When the apostrophe at `index` starts a contraction suffix that is not a negation
  /// ('d, 'll, 're, 've, 'm, 's, any case), the index just past the suffix; otherwise nil
  /// ("don't" keeps its apostrophe joined: negation cues read "dont").
  private static func contractionEnd(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int, to: Int) -> Int? {
    var end = index + 1
    while end < to && classify(bytes[end]) == .letter && end - index <= 3 { end += 1 }
    guard end > index + 1, end == to || classify(bytes[end]) != .letter else { return nil }
    let suffix = String(decoding: bytes[(index + 1)..<end], as: UTF8.self).lowercased()
    return ["d", "ll", "re", "ve", "m", "s"].contains(suffix) ? end : nil
  }

  /// The words of a short string (evidence phrases, lexicon forms, headings).
  public static func words(_ text: String, splittingReVerbs: Bool = false) -> [Word] {
    var result: [Word] = []
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBufferPointer { buffer in
      forEachWord(in: UnsafeBufferPointer(buffer), from: 0, to: buffer.count, splittingReVerbs: splittingReVerbs) {
        result.append($0)
      }
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
