/// Removes what a person pastes along with an answer but did not say: HTML tags and entities,
/// images, link targets, bare URLs and dates. Works on UTF-8 bytes in one pass each, so a 1 MB
/// answer costs a few milliseconds.
enum MarkupCleaner {
  /// Tags that break a line in a browser; every other known tag is dropped in place, so
  /// `a <b>feature</b> store` reads "a feature store".
  private static let blockTags: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "thead", "tbody",
    "section", "article", "header", "footer", "nav", "blockquote", "pre", "hr", "dl", "dt", "dd", "figure",
    "figcaption", "caption", "center", "form", "html", "body", "head", "title", "main", "aside",
  ]
  /// Table cells: an HTML table becomes a Markdown one, so its rows are read with their header.
  private static let cellTags: Set<String> = ["td", "th"]
  /// Inline tags. Only names from these two lists are tags: `<user, ad>` in an ML answer is text.
  private static let inlineTags: Set<String> = [
    "span", "font", "b", "i", "u", "em", "strong", "a", "img", "code", "sup", "sub", "small", "mark", "s", "del",
    "ins", "label", "button", "input", "iframe", "svg", "path", "meta", "link", "abbr", "cite", "kbd", "samp",
    "var", "q", "tt", "strike", "big", "time", "picture", "source", "video", "audio", "wbr", "nobr",
  ]
  /// Elements whose content is not text at all.
  private static let hiddenElements: Set<String> = ["script", "style", "noscript", "template"]

  private static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
    "thinsp": " ", "mdash": " - ", "ndash": "-", "hellip": "...", "rsquo": "'", "lsquo": "'", "rdquo": "\"",
    "ldquo": "\"", "laquo": "\"", "raquo": "\"", "bull": "-", "middot": "-", "rarr": "->", "larr": "<-",
    "le": "<=", "ge": ">=", "asymp": "~", "times": "x", "copy": "", "reg": "", "trade": "", "shy": "", "zwj": "",
    "zwnj": "", "minus": "-",
  ]

  /// Whether the text may hold HTML: a `<` followed by a letter, `/` or `!`, or an entity.
  static func mayContainHTML(_ bytes: [UInt8]) -> Bool {
    var i = 0
    while i + 1 < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "<") {
        let next = bytes[i + 1]
        if isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") { return true }
      } else if byte == UInt8(ascii: "&"), isLetter(bytes[i + 1]) || bytes[i + 1] == UInt8(ascii: "#") {
        return true
      }
      i += 1
    }
    return false
  }

  /// Drops HTML comments, tags and hidden elements, turns block tags into line breaks, tables
  /// into Markdown tables and decodes entities. A `<br>` before a lowercase word continues the
  /// sentence ("We split by time<br>because …"); before anything else it breaks the line.
  /// Namespaced tags of pasted Word documents (`<o:p>`) are dropped.
  static func stripHTML(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    var hiddenUntil: String?
    // The table being read: cells in the current row, and whether its header row is closed.
    var cells = 0
    var headerDone = false
    // Inside a table but outside its cells, the source's line breaks and indentation between
    // tags would put blank lines between the rows and end the Markdown table (text there, in a
    // table never closed, keeps its spaces).
    var tableDepth = 0
    var inCell = false
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "<") {
        if bytes[i...].starts(with: Array("<!--".utf8)) {
          i = find(Array("-->".utf8), in: bytes, from: i + 4).map { $0 + 3 } ?? bytes.count
          continue
        }
        if let tag = tag(in: bytes, at: i) {
          if let hidden = hiddenUntil {
            if tag.closing && tag.name == hidden { hiddenUntil = nil }
          } else if hiddenElements.contains(tag.name) {
            if !tag.closing && !tag.selfClosing { hiddenUntil = tag.name }
          } else if tag.name == "table" {
            out.append(UInt8(ascii: "\n"))
            headerDone = false
            tableDepth = max(0, tableDepth + (tag.closing ? -1 : 1))
          } else if tag.name == "tr" {
            if !tag.closing {
              // Rows are consecutive lines: a blank line would end the table.
              if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
              out.append(contentsOf: Array("| ".utf8))
              cells = 0
            } else {
              out.append(UInt8(ascii: "\n"))
              if !headerDone && cells > 0 {
                out.append(contentsOf: Array(("|" + String(repeating: "---|", count: cells) + "\n").utf8))
                headerDone = true
              }
            }
          } else if cellTags.contains(tag.name) {
            inCell = !tag.closing
            if tag.closing {
              out.append(contentsOf: Array(" | ".utf8))
              cells += 1
            }
          } else if tag.name == "br" {
            out.append(nextTextIsLowercase(bytes, from: tag.end) ? UInt8(ascii: " ") : UInt8(ascii: "\n"))
          } else if blockTags.contains(tag.name) {
            out.append(UInt8(ascii: "\n"))
            if tag.name == "li" && !tag.closing { out.append(contentsOf: Array("- ".utf8)) }
          }
          i = tag.end
          continue
        }
      }
      if hiddenUntil != nil || (tableDepth > 0 && !inCell && isSpace(byte) && nextIsTag(bytes, after: i)) {
        i += 1
        continue
      }
      if tableDepth > 0 && (byte == 0x0A || byte == 0x0D) {  // a line break inside a cell
        out.append(UInt8(ascii: " "))
        i += 1
        continue
      }
      if byte == UInt8(ascii: "&"), let (replacement, end) = entity(in: bytes, at: i) {
        out.append(contentsOf: replacement)
        i = end
        continue
      }
      out.append(byte)
      i += 1
    }
    return out
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

  /// Whether the first byte after `index` that is not a space or line break opens a tag.
  private static func nextIsTag(_ bytes: [UInt8], after index: Int) -> Bool {
    var i = index
    while i < bytes.count, isSpace(bytes[i]) { i += 1 }
    return i < bytes.count && bytes[i] == UInt8(ascii: "<")
  }

  /// Whether the first text after `start`, past spaces and tags, begins with a lowercase letter.
  private static func nextTextIsLowercase(_ bytes: [UInt8], from start: Int) -> Bool {
    var i = start
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        i += 1
      } else if byte == UInt8(ascii: "<"), let tag = tag(in: bytes, at: i) {
        if tag.name != "span" && !inlineTags.contains(tag.name) { return false }
        i = tag.end
      } else {
        return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
      }
    }
    return false
  }

  /// A known HTML tag starting at `start`: its lowercase name, whether it closes, and the index
  /// after its `>`. Attributes may hold quoted `>`; a tag longer than 2,000 bytes is text.
  private static func tag(in bytes: [UInt8], at start: Int) -> (name: String, closing: Bool, selfClosing: Bool, end: Int)? {
    var i = start + 1
    var closing = false
    if i < bytes.count, bytes[i] == UInt8(ascii: "/") {
      closing = true
      i += 1
    }
    let nameStart = i
    while i < bytes.count, isLetter(bytes[i]) || (i > nameStart && isDigit(bytes[i])) { i += 1 }
    guard i > nameStart, i - nameStart <= 10 else { return nil }
    var name = String(decoding: bytes[nameStart..<i].map { $0 | 0x20 }, as: UTF8.self)
    // "<o:p>", "<st1:place>": a Word paste's namespaced tag, dropped in place like `<span>`.
    if i + 1 < bytes.count, bytes[i] == UInt8(ascii: ":"), isLetter(bytes[i + 1]) {
      i += 1
      while i < bytes.count, isLetter(bytes[i]) || isDigit(bytes[i]) { i += 1 }
      name = "span"
    }
    guard blockTags.contains(name) || inlineTags.contains(name) || cellTags.contains(name)
      || hiddenElements.contains(name) else { return nil }
    guard i < bytes.count else { return nil }
    let after = bytes[i]
    guard after == UInt8(ascii: ">") || after == UInt8(ascii: " ") || after == UInt8(ascii: "/")
      || after == UInt8(ascii: "\n") || after == UInt8(ascii: "\t") else { return nil }
    var quote: UInt8?
    let limit = min(bytes.count, start + 2000)
    while i < limit {
      let c = bytes[i]
      if let open = quote {
        if c == open { quote = nil }
      } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
        quote = c
      } else if c == UInt8(ascii: ">") {
        let selfClosing = i > start && bytes[i - 1] == UInt8(ascii: "/")
        return (name, closing, selfClosing, i + 1)
      }
      i += 1
    }
    return nil
  }

  /// A named or numeric entity at `start`, decoded, and the index after its `;`.
  private static func entity(in bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
    var i = start + 1
    let limit = min(bytes.count, start + 12)
    while i < limit, bytes[i] != UInt8(ascii: ";") {
      guard isLetter(bytes[i]) || isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "#") else { return nil }
      i += 1
    }
    guard i < limit, i > start + 1 else { return nil }
    let body = String(decoding: bytes[(start + 1)..<i], as: UTF8.self)
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value = digits.hasPrefix("x") || digits.hasPrefix("X")
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let value, let scalar = Unicode.Scalar(value) else { return nil }
      let text = TextNormalizer.normalize(String(Character(scalar)))
      return (Array(text.utf8), i + 1)
    }
    guard let text = entities[body.lowercased()] else { return nil }
    return (Array(text.utf8), i + 1)
  }

  // MARK: - Inline Markdown

  /// One line with images removed, links reduced to their text, and URLs and dates dropped.
  static func cleanInline(_ line: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(line.count)
    var i = 0
    while i < line.count {
      let byte = line[i]
      // ![alt](target): a picture is not something the candidate said.
      if byte == UInt8(ascii: "!"), i + 1 < line.count, line[i + 1] == UInt8(ascii: "["),
         let link = link(in: line, at: i + 1) {
        i = link.end
        continue
      }
      // [text](target) or [text][ref]: keep the text.
      if byte == UInt8(ascii: "["), let link = link(in: line, at: i) {
        out.append(contentsOf: cleanInline(Array(line[link.text])))
        i = link.end
        continue
      }
      // <https://...> autolinks and bare URLs.
      if let end = urlEnd(in: line, at: i) {
        i = end
        continue
      }
      if let end = dateEnd(in: line, at: i) {
        i = end
        continue
      }
      out.append(byte)
      i += 1
    }
    return out
  }

  /// `[text](target)` or `[text][ref]` starting at the `[`: the text range and the end.
  private static func link(in line: [UInt8], at start: Int) -> (text: Range<Int>, end: Int)? {
    var depth = 0
    var i = start
    var close = -1
    while i < line.count && i - start < 1000 {
      if line[i] == UInt8(ascii: "[") { depth += 1 }
      if line[i] == UInt8(ascii: "]") {
        depth -= 1
        if depth == 0 {
          close = i
          break
        }
      }
      i += 1
    }
    guard close > start, close + 1 < line.count else { return nil }
    let opener = line[close + 1]
    let closer: UInt8
    if opener == UInt8(ascii: "(") {
      closer = UInt8(ascii: ")")
    } else if opener == UInt8(ascii: "[") {
      closer = UInt8(ascii: "]")
    } else {
      return nil
    }
    var j = close + 2
    var nested = 0
    while j < line.count && j - close < 2000 {
      if line[j] == opener { nested += 1 }
      if line[j] == closer {
        if nested == 0 { return ((start + 1)..<close, j + 1) }
        nested -= 1
      }
      j += 1
    }
    return nil
  }

  private static let schemes = ["https://", "http://", "ftp://", "www.", "<https://", "<http://"].map { Array($0.utf8) }

  /// The end of a URL starting at `start` (at a word boundary), if one starts there.
  private static func urlEnd(in line: [UInt8], at start: Int) -> Int? {
    let first = line[start]
    guard first == UInt8(ascii: "h") || first == UInt8(ascii: "H") || first == UInt8(ascii: "w")
      || first == UInt8(ascii: "f") || first == UInt8(ascii: "<") else { return nil }
    if start > 0, isLetter(line[start - 1]) || isDigit(line[start - 1]) { return nil }
    // Every scheme's second byte is t, w or h (http, www., ftp, <http): most words stop here.
    guard start + 1 < line.count, [UInt8(ascii: "t"), UInt8(ascii: "w"), UInt8(ascii: "h")].contains(line[start + 1] | 0x20)
    else { return nil }
    guard schemes.contains(where: { scheme in
      line.count - start >= scheme.count && zip(line[start...], scheme).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }) else { return nil }
    var i = start
    while i < line.count, line[i] != UInt8(ascii: " "), line[i] != UInt8(ascii: "\t"), line[i] != UInt8(ascii: ">"),
          line[i] != UInt8(ascii: ")") {
      i += 1
    }
    if i < line.count, line[i] == UInt8(ascii: ">") { i += 1 }
    // A sentence may end right after the URL: keep that full stop.
    if i > start, line[i - 1] == UInt8(ascii: "."), i == line.count || line[i] == UInt8(ascii: " ") { i -= 1 }
    return i
  }

  /// The end of a calendar date (2020/08/05, 2020-08-05, 05.08.2020, 5/8/2020) at `start`.
  private static func dateEnd(in line: [UInt8], at start: Int) -> Int? {
    guard isDigit(line[start]), start == 0 || !(isDigit(line[start - 1]) || isLetter(line[start - 1])) else {
      return nil
    }
    // Three parts at most, kept in three variables: an array per number showed in profiles.
    var parts = (0, 0, 0)
    var partCount = 0
    var separator: UInt8?
    var i = start
    while i < line.count {
      var j = i
      while j < line.count, isDigit(line[j]) { j += 1 }
      guard j > i else { break }
      switch partCount {
      case 0: parts.0 = j - i
      case 1: parts.1 = j - i
      default: parts.2 = j - i
      }
      partCount += 1
      i = j
      guard partCount < 3, i + 1 < line.count, isDigit(line[i + 1]) else { break }
      let c = line[i]
      guard c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") else { break }
      if let separator, separator != c { break }
      separator = c
      i += 1
    }
    guard partCount == 3 else { return nil }
    let yearFirst = parts.0 == 4 && parts.1 <= 2 && parts.2 <= 2
    let yearLast = parts.0 <= 2 && parts.1 <= 2 && (parts.2 == 4 || parts.2 == 2)
    guard yearFirst || yearLast else { return nil }
    if i < line.count, isDigit(line[i]) || isLetter(line[i]) { return nil }
    return i
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    guard let first = needle.first else { return nil }
    var i = from
    while i + needle.count <= bytes.count {
      if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
