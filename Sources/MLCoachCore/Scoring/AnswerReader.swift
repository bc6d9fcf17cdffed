import Foundation

/// Reads an answer's text the way an interviewer reads it: prose, headings, list items and
/// table rows are content; code, diagrams, pictures, link targets, reading lists and what the
/// interviewer said in a pasted transcript are not prose.
///
/// Line rule: every line is its own unit (so a keyword typed on each line stays a keyword),
/// except a hard-wrapped paragraph of prose, whose lines are joined. A line is a wrap of the
/// next one when the paragraph's longest line has at least 60 characters, the line is at least
/// 70% of that long, has no closing punctuation (`.`, `!`, `?`, `:`), and either the next line
/// starts in lowercase or the line ends with a comma or a small joining word ("the", "and",
/// "of", ...). For the length rule the line must also be full, as a wrapper leaves it (the next
/// line's first word would not have fitted), in a paragraph where two thirds of the lines are
/// and that has a full stop, comma or semicolon somewhere. Terse notes, whose lines are ragged
/// and self-contained or carry no punctuation at all, stay one unit per line.
enum AnswerReader {
  /// One unit of an answer: a paragraph or line of prose, a heading, a list item, a table row.
  struct Unit: Equatable {
    enum Kind: Equatable {
      case prose
      case heading
      case listItem
      /// A table body row, written as "first cell: header2 cell2; header3 cell3".
      case tableRow
      /// Code and diagrams: read as a list of terms at most.
      case code
    }

    var kind: Kind
    var text: [UInt8]
    /// Part of a run of bare terms (a keyword list typed one term per line) or a diagram.
    var listLike = false
    /// A table row of a table that lists two or more alternatives: its cells compare them.
    var tableCompares = false
  }

  static func read(_ text: String) -> [Unit] {
    var bytes = TextNormalizer.normalizedBytes(text)
    if MarkupCleaner.mayContainHTML(bytes) { bytes = MarkupCleaner.stripHTML(bytes) }
    let lines = split(bytes)
    var units: [Unit] = []
    var paragraph: [[UInt8]] = []
    var inFence = false
    var inInterviewerTurn = false
    var inReadingList = false
    var previousBlank = true
    var previousWasList = false
    var index = 0

    func flushParagraph() {
      units.append(contentsOf: joinWrapped(paragraph).map { Unit(kind: .prose, text: $0) })
      paragraph.removeAll()
    }

    while index < lines.count {
      let raw = lines[index]
      index += 1
      let line = trimmed(raw)
      if isFence(line) {
        flushParagraph()
        inFence.toggle()
        previousBlank = false
        continue
      }
      if inFence {
        if !line.isEmpty { units.append(Unit(kind: .code, text: line, listLike: true)) }
        continue
      }
      if line.isEmpty {
        flushParagraph()
        inInterviewerTurn = false
        previousBlank = true
        continue
      }
      defer { previousBlank = false }
      // Indented code: four spaces after a blank line, outside a list.
      if previousBlank, !previousWasList, indentation(raw) >= 4, listMarkerEnd(line) == nil {
        flushParagraph()
        units.append(Unit(kind: .code, text: line, listLike: true))
        continue
      }
      if isReferenceDefinition(line) || isThematicBreak(line) {
        flushParagraph()
        continue
      }
      // Tables: a header row, a separator row, body rows.
      if isTableLine(line), index < lines.count, isTableSeparator(trimmed(lines[index])) {
        flushParagraph()
        let header = cells(line)
        index += 1
        var rows: [[[UInt8]]] = []
        while index < lines.count, isTableLine(trimmed(lines[index])) {
          rows.append(cells(trimmed(lines[index])))
          index += 1
        }
        units.append(Unit(kind: .heading, text: Array(header.joined(separator: Array("; ".utf8)))))
        // A table whose rows are alternatives compares them: read its first column as one
        // comparison ("model: LR vs GBDT vs DCN"), then each row with its cells.
        let subjects = rows.compactMap(\.first).filter { !isBlank($0) }
        // Rows of questions ("Fraud rate? | Probably 0.1%") are a Q&A, not alternatives; rows of
        // decisions with a reason column ("choice | why") are each a choice and its reason.
        let headings = header.map(Self.headerText)
        let columns = TableColumns(headings)
        let compares = rows.count >= 2 && !subjects.contains { $0.last == UInt8(ascii: "?") }
          && !Self.questionHeaders.contains(headings.first ?? "") && columns.reason == nil
        if subjects.count >= 2, compares, !inReadingList {
          var summary = header.first.map { isBlank($0) ? [] : $0 + Array(": ".utf8) } ?? []
          summary += Array(subjects.joined(separator: Array(" vs ".utf8)))
          units.append(Unit(kind: .tableRow, text: summary, tableCompares: true))
        }
        for row in rows where !inReadingList {
          units.append(Unit(kind: .tableRow, text: tableSentence(row, header: header, columns: columns),
                            tableCompares: compares))
        }
        previousWasList = false
        continue
      }
      var content = line
      while content.first == UInt8(ascii: ">") { content = trimmed(Array(content.dropFirst())) }
      if content.isEmpty { continue }
      if let level = headingLevel(content) {
        flushParagraph()
        let heading = MarkupCleaner.cleanInline(trimmed(Array(content.dropFirst(level))))
        inReadingList = isReadingListHeading(heading)
        inInterviewerTurn = false
        if !heading.isEmpty { units.append(Unit(kind: .heading, text: heading)) }
        previousWasList = false
        continue
      }
      // A setext heading: a line underlined with === or ---.
      if index < lines.count, isSetextUnderline(trimmed(lines[index])), listMarkerEnd(content) == nil {
        flushParagraph()
        let heading = MarkupCleaner.cleanInline(content)
        inReadingList = isReadingListHeading(heading)
        units.append(Unit(kind: .heading, text: heading))
        index += 1
        continue
      }
      if let speaker = speakerLabelEnd(content) {
        flushParagraph()
        inInterviewerTurn = speaker.isInterviewer
        content = trimmed(Array(content[speaker.end...]))
        if content.isEmpty { continue }
      }
      if inInterviewerTurn { continue }  // the interviewer's words are not the candidate's
      if let markerEnd = listMarkerEnd(content) {
        flushParagraph()
        previousWasList = true
        var item = trimmed(Array(content[markerEnd...]))
        item = dropCheckbox(item)
        if inReadingList || isOnlyLinks(item) { continue }
        let cleaned = MarkupCleaner.cleanInline(item)
        if !isBlank(cleaned) { units.append(Unit(kind: .listItem, text: cleaned)) }
        continue
      }
      if inReadingList { continue }
      if isOnlyLinks(content) {
        flushParagraph()
        continue
      }
      let cleaned = MarkupCleaner.cleanInline(content)
      if isBlank(cleaned) { continue }
      if isLabelLine(cleaned) || isBoldLine(content) {
        flushParagraph()
        units.append(Unit(kind: .heading, text: stripEmphasis(cleaned)))
        previousWasList = false
        continue
      }
      // A continuation line of a list item (indented under it) joins the item.
      if previousWasList, indentation(raw) >= 2, paragraph.isEmpty, let last = units.last, last.kind == .listItem {
        units[units.count - 1].text += [UInt8(ascii: " ")] + cleaned
        continue
      }
      previousWasList = false
      paragraph.append(cleaned)
    }
    flushParagraph()
    markKeywordRuns(&units)
    return units
  }

  // MARK: - Lines

  private static func split(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var start = 0
    for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      lines.append(Array(bytes[start..<i]))
      start = i + 1
    }
    if start < bytes.count { lines.append(Array(bytes[start...])) }
    return lines
  }

  static func trimmed(_ line: [UInt8]) -> [UInt8] {
    var start = 0
    var end = line.count
    while start < end, line[start] == UInt8(ascii: " ") || line[start] == UInt8(ascii: "\t") { start += 1 }
    while end > start, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") { end -= 1 }
    return Array(line[start..<end])
  }

  private static func indentation(_ line: [UInt8]) -> Int {
    var count = 0
    for byte in line {
      if byte == UInt8(ascii: " ") {
        count += 1
      } else if byte == UInt8(ascii: "\t") {
        count += 4
      } else {
        break
      }
    }
    return count
  }

  private static func isBlank(_ line: [UInt8]) -> Bool {
    !line.contains { MarkupCleaner.isLetter($0) || MarkupCleaner.isDigit($0) || $0 >= 0x80 }
  }

  private static func isFence(_ line: [UInt8]) -> Bool {
    line.starts(with: Array("```".utf8)) || line.starts(with: Array("~~~".utf8))
  }

  private static func isThematicBreak(_ line: [UInt8]) -> Bool {
    guard line.count >= 3, let first = line.first,
          first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
    return line.allSatisfy { $0 == first || $0 == UInt8(ascii: " ") }
  }

  private static func isSetextUnderline(_ line: [UInt8]) -> Bool {
    guard line.count >= 3, let first = line.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else {
      return false
    }
    return line.allSatisfy { $0 == first }
  }

  /// `[id]: https://...` lines define link targets.
  private static func isReferenceDefinition(_ line: [UInt8]) -> Bool {
    guard line.first == UInt8(ascii: "["), let close = line.firstIndex(of: UInt8(ascii: "]")),
          close + 1 < line.count, line[close + 1] == UInt8(ascii: ":") else { return false }
    return true
  }

  private static func headingLevel(_ line: [UInt8]) -> Int? {
    var level = 0
    while level < line.count, line[level] == UInt8(ascii: "#") { level += 1 }
    guard level >= 1, level <= 6, level == line.count || line[level] == UInt8(ascii: " ") else { return nil }
    return level
  }

  /// The index after a list marker (`-`, `*`, `+`, `1.`, `1)`) and its space, if the line has one.
  static func listMarkerEnd(_ line: [UInt8]) -> Int? {
    guard let first = line.first else { return nil }
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      return line.count > 1 && line[1] == UInt8(ascii: " ") ? 2 : nil
    }
    var i = 0
    while i < line.count, i < 3, MarkupCleaner.isDigit(line[i]) { i += 1 }
    guard i > 0, i + 1 < line.count, line[i] == UInt8(ascii: ".") || line[i] == UInt8(ascii: ")"),
          line[i + 1] == UInt8(ascii: " ") else { return nil }
    return i + 2
  }

  private static func dropCheckbox(_ item: [UInt8]) -> [UInt8] {
    guard item.count >= 3, item[0] == UInt8(ascii: "["), item[2] == UInt8(ascii: "]"),
          [UInt8(ascii: " "), UInt8(ascii: "x"), UInt8(ascii: "X")].contains(item[1]) else { return item }
    return trimmed(Array(item[3...]))
  }

  /// A line that is nothing but links (and separators): a reading list entry.
  private static func isOnlyLinks(_ line: [UInt8]) -> Bool {
    guard line.contains(UInt8(ascii: "[")) || line.starts(with: Array("http".utf8)) || line.starts(with: Array("<http".utf8))
    else { return false }
    var withoutLinks: [UInt8] = []
    var i = 0
    var sawLink = false
    while i < line.count {
      if line[i] == UInt8(ascii: "!") || line[i] == UInt8(ascii: "[") {
        let start = line[i] == UInt8(ascii: "!") ? i + 1 : i
        if start < line.count, line[start] == UInt8(ascii: "["), let end = linkEnd(line, start) {
          sawLink = true
          i = end
          continue
        }
      }
      withoutLinks.append(line[i])
      i += 1
    }
    let rest = MarkupCleaner.cleanInline(withoutLinks)
    let urlOnly = !sawLink && isBlank(MarkupCleaner.cleanInline(line))
    return (sawLink && isBlank(rest)) || urlOnly
  }

  private static func linkEnd(_ line: [UInt8], _ start: Int) -> Int? {
    guard let close = line[start...].firstIndex(of: UInt8(ascii: "]")), close + 1 < line.count,
          line[close + 1] == UInt8(ascii: "(") else { return nil }
    guard let end = line[(close + 1)...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
    return end + 1
  }

  private static let readingListWords = ["reading", "references", "resources", "bibliography", "links", "sources",
                                         "papers"].map { Array($0.utf8) }

  private static func isReadingListHeading(_ heading: [UInt8]) -> Bool {
    // Bytes, not String.contains: Foundation's substring search showed in profiles of scoring.
    let lower = heading.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
    return readingListWords.contains { word in
      lower.count >= word.count && (0...(lower.count - word.count)).contains { lower[$0..<($0 + word.count)].elementsEqual(word) }
    } && lower.split(separator: UInt8(ascii: " ")).count <= 4
  }

  /// "Monitoring:" alone on a line, short, acts as a heading.
  private static func isLabelLine(_ line: [UInt8]) -> Bool {
    var end = line.count
    while end > 0, line[end - 1] == UInt8(ascii: "*") || line[end - 1] == UInt8(ascii: " ") { end -= 1 }
    return end > 0 && line[end - 1] == UInt8(ascii: ":") && end <= 40
  }

  /// `**Serving**` alone on a line.
  private static func isBoldLine(_ line: [UInt8]) -> Bool {
    line.count > 4 && line.count <= 60 && line.starts(with: Array("**".utf8)) && line.suffix(2).elementsEqual(Array("**".utf8))
  }

  private static func stripEmphasis(_ line: [UInt8]) -> [UInt8] {
    trimmed(line.filter { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") })
  }

  /// A transcript's speaker label at the start of a line ("Interviewer:", "**Me:**", "Q:").
  private static func speakerLabelEnd(_ line: [UInt8]) -> (end: Int, isInterviewer: Bool)? {
    guard let colon = line.prefix(24).firstIndex(of: UInt8(ascii: ":")) else { return nil }
    let label = String(decoding: trimmed(line[..<colon].filter { $0 != UInt8(ascii: "*") }), as: UTF8.self).lowercased()
    let interviewer = ["interviewer", "int", "interviewer (me)"].contains(label)
    let candidate = ["me", "candidate", "a", "answer", "you", "q", "question"].contains(label)
    guard interviewer || candidate else { return nil }
    var end = colon + 1
    while end < line.count, line[end] == UInt8(ascii: "*") { end += 1 }
    return (end, interviewer)
  }

  // MARK: - Tables

  private static func isTableLine(_ line: [UInt8]) -> Bool {
    let pipes = line.filter { $0 == UInt8(ascii: "|") }.count
    return line.first == UInt8(ascii: "|") ? pipes >= 2 : pipes >= 2 && line.count > 3
  }

  private static func isTableSeparator(_ line: [UInt8]) -> Bool {
    line.contains(UInt8(ascii: "-")) && line.contains(UInt8(ascii: "|"))
      && line.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: " ") }
  }

  private static func cells(_ line: [UInt8]) -> [[UInt8]] {
    var content = line[...]
    if content.first == UInt8(ascii: "|") { content = content.dropFirst() }
    if content.last == UInt8(ascii: "|") { content = content.dropLast() }
    return content.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
      .map { MarkupCleaner.cleanInline(trimmed(Array($0))) }
  }

  /// A row as one sentence: the first cell names the subject; every other cell follows its
  /// header, separated by semicolons so each cell is a clause of its own.
  /// A header cell as words: lowercase, without emphasis marks.
  private static func headerText(_ cell: [UInt8]) -> String {
    String(decoding: cell.filter { !"*_`".utf8.contains($0) }, as: UTF8.self).lowercased()
      .trimmingCharacters(in: .whitespaces)
  }

  /// What a decision table's headers say its columns hold: a reason column ("why",
  /// "rationale") makes each row a choice and its reason, read "X, because Y"; a first column of
  /// rejected options ("rejected option", "avoid") or a "why not" column makes each row a
  /// refusal, read "not X, because Y".
  struct TableColumns {
    static let reasonHeaders: Set<String> = ["why", "reason", "reasons", "rationale", "because", "justification",
                                             "why this", "why not", "reason not", "why we skip it", "why rejected"]
    static let rejectionWords: Set<String> = ["rejected", "avoid", "avoided", "dropped", "discarded", "ruled",
                                              "anti-pattern", "anti-patterns", "antipattern", "pitfall", "pitfalls",
                                              "not", "dont", "don't", "instead"]
    /// The reason column, if one (not the first) is headed as one.
    var reason: Int?
    /// The rows are options turned down.
    var rejects = false

    init(_ headings: [String]) {
      reason = headings.indices.dropFirst().first { Self.reasonHeaders.contains(headings[$0]) }
      let firstWords = (headings.first ?? "").split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" })
      if let reason {
        rejects = headings[reason].hasSuffix(" not") || headings[reason].contains("rejected")
          || firstWords.contains { Self.rejectionWords.contains(String($0)) }
      }
    }
  }

  private static func tableSentence(_ row: [[UInt8]], header: [[UInt8]], columns: TableColumns) -> [UInt8] {
    var out: [UInt8] = []
    for (column, cell) in row.enumerated() where !isBlank(cell) {
      if column == 0 {
        out += (columns.rejects ? Array("not ".utf8) : []) + cell + Array(columns.reason == 1 ? ",".utf8 : ":".utf8)
        continue
      }
      if column == columns.reason {
        out += Array(" because ".utf8) + cell
        continue
      }
      if !out.isEmpty { out += column == 1 && out.last == UInt8(ascii: ":") ? [UInt8(ascii: " ")] : Array("; ".utf8) }
      if column < header.count, !isBlank(header[column]) { out += header[column] + [UInt8(ascii: " ")] }
      out += cell
    }
    return out
  }

  // MARK: - Paragraphs

  private static let joiningWords: Set<String> = [
    "the", "a", "an", "and", "or", "of", "to", "with", "for", "in", "on", "by", "is", "are", "that", "which", "as",
    "at", "from", "we", "it", "be", "but", "so", "because", "than", "into", "per",
  ]

  /// Joins the lines of a hard-wrapped paragraph (see the type's documentation for the rule).
  private static func joinWrapped(_ lines: [[UInt8]]) -> [[UInt8]] {
    guard lines.count >= 2 else { return lines }
    let longest = lines.map(\.count).max() ?? 0
    // Wrapped prose has punctuation somewhere; lines without a single mark are typed notes.
    let punctuated = lines.contains { line in
      line.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
    }
    // A wrapper breaks a line only where the next word would not fit: a line with room left for
    // the next line's first word was ended by its writer. Notes typed in a hurry, lowercase and
    // unpunctuated, have such room on most lines; a wrapped paragraph on none (or one edited).
    let filled = zip(lines, lines.dropFirst()).map { line, next in
      line.count + 1 + (next.firstIndex(of: UInt8(ascii: " ")) ?? next.count) > longest
    }
    let wrapShaped = punctuated && filled.filter { $0 }.count * 3 >= filled.count * 2
    var result: [[UInt8]] = []
    var current = lines[0]
    var physical = lines[0]
    for (index, next) in lines.dropFirst().enumerated() {
      if wraps(physical, into: next, longest: longest, filled: wrapShaped && filled[index]) {
        current += [UInt8(ascii: " ")] + next
      } else {
        result.append(current)
        current = next
      }
      physical = next
    }
    result.append(current)
    return result
  }

  /// - Parameter filled: the line is as full as a wrapper leaves it, in a paragraph whose
  ///   lines mostly are.
  private static func wraps(_ line: [UInt8], into next: [UInt8], longest: Int, filled: Bool) -> Bool {
    guard let end = line.last, ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":")].contains(end)
    else { return false }
    // A line that ends on a comma or a joining word ("because", "and") is unfinished whatever
    // its length: "we use pinball loss," / "because late orders cost more" is one sentence.
    if end == UInt8(ascii: ",") { return true }
    let lastWord = line.split(separator: UInt8(ascii: " ")).last.map { String(decoding: $0, as: UTF8.self).lowercased() }
    if lastWord.map(joiningWords.contains) ?? false { return true }
    guard filled, longest >= 60, Double(line.count) >= 0.7 * Double(longest) else { return false }
    if let first = next.first, first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") { return true }
    return false
  }

  // MARK: - Keyword runs

  /// Marks runs of three or more consecutive short term-only lines (a keyword list typed one
  /// term per line) and arrow chains of short segments (a pipeline diagram) as list-like.
  private static func markKeywordRuns(_ units: inout [Unit]) {
    for index in units.indices where units[index].kind == .prose || units[index].kind == .listItem {
      if isDiagramLine(units[index].text) { units[index].listLike = true }
    }
    var runStart = 0
    func closeRun(_ end: Int) {
      let run = runStart..<end
      let candidates = run.filter { units[$0].kind == .prose || units[$0].kind == .listItem }
      guard candidates.count >= 3 else { return }
      let bare = candidates.filter { isBareTerm(units[$0].text) || hasEmptyReason(units[$0].text) }
      if Double(bare.count) >= 0.6 * Double(candidates.count) {
        for index in candidates { units[index].listLike = true }
      }
    }
    for index in units.indices where units[index].kind == .heading || units[index].kind == .tableRow
      || units[index].kind == .code {
      closeRun(index)
      runStart = index + 1
    }
    closeRun(units.count)
  }

  /// Up to four words, no closing punctuation, no reason word: a term, not a statement.
  static func isBareTerm(_ text: [UInt8]) -> Bool {
    // Most units are sentences: count words over bytes first and stop at the fifth.
    guard runs(text, atMost: 5) <= 4 else { return false }
    let words = String(decoding: text, as: UTF8.self).split { $0 == " " || $0 == "\t" }
    guard !words.isEmpty, words.count <= 4 else { return false }
    if let last = text.last, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last) {
      return false
    }
    let lower = words.map { $0.lowercased() }
    return !lower.contains { ["because", "since", "so", "to", "->", "=>", "vs", "instead"].contains($0) }
  }

  private static let reasonWords: Set<String> = ["because", "since", "so", "as", "b/c", "bc", "cuz"]

  /// First header cells of a table of questions and answers, whose rows are no alternatives.
  static let questionHeaders: Set<String> = ["question", "questions", "q", "ask", "clarifying question",
                                             "clarifying questions", "open question", "open questions"]
  private static let hollowWords = Set(CueSet.hollow)

  /// A term followed by a reason that says nothing: "Feature store because it matters",
  /// "Drift detection because drift happens". Up to six words before the reason word, up to
  /// seven after, no number, and the reason's words are hollow or repeat the term.
  static func hasEmptyReason(_ text: [UInt8]) -> Bool {
    // Every run of bytes with an ASCII letter holds at least one word: more than 14 such runs
    // is more than 14 words, and most sentences stop here without being tokenized.
    guard !text.contains(where: MarkupCleaner.isDigit), runs(text, atMost: 15, holding: MarkupCleaner.isLetter) <= 14
    else { return false }
    let words = WordTokenizer.words(String(decoding: text, as: UTF8.self)).map(\.text)
    guard words.count <= 14, let cue = words.firstIndex(where: reasonWords.contains), cue >= 1, cue <= 6,
          words.count - cue - 1 <= 7, words.count - cue - 1 >= 1 else { return false }
    let head = Set(words[..<cue].map(WordNormalizer.stem))
    let tail = words[(cue + 1)...]
    let said = tail.filter { !hollowWords.contains($0) && !head.contains(WordNormalizer.stem($0)) }
    return said.count * 3 <= tail.count
  }

  /// The number of runs of non-blank bytes in `text` that hold a byte `counts` accepts
  /// (any byte by default), counting no further than `limit`.
  static func runs(_ text: [UInt8], atMost limit: Int, holding counts: (UInt8) -> Bool = { _ in true }) -> Int {
    var count = 0
    var counted = false
    for byte in text {
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
        counted = false
      } else if !counted && counts(byte) {
        counted = true
        count += 1
        if count >= limit { return count }
      }
    }
    return count
  }

  /// `user -> feature store -> ranker -> auction`: two or more arrows between short segments.
  private static func isDiagramLine(_ text: [UInt8]) -> Bool {
    // Over bytes, not Strings: this runs on every line of every answer. Arrows are "->",
    // "=>", "-->" and "→" (E2 86 92); segments are the text between them.
    var segments = 1
    var words = 0
    var inWord = false
    var index = 0
    while index < text.count {
      let byte = text[index]
      if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x86, text[index + 2] == 0x92 {
        segments += 1
        inWord = false
        index += 3
        continue
      }
      if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "=")), index + 1 < text.count {
        var next = index + 1
        if byte == UInt8(ascii: "-") && text[next] == UInt8(ascii: "-") && next + 1 < text.count { next += 1 }
        if text[next] == UInt8(ascii: ">") {
          segments += 1
          inWord = false
          index = next + 1
          continue
        }
      }
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
      }
      index += 1
    }
    guard segments >= 3 else { return false }
    return Double(words) / Double(segments) <= 3
  }
}
