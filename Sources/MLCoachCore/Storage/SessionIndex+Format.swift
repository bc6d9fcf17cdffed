import Foundation

/// The text form of `SessionIndex` (docs/session-format.md, "`.index`"). JSONDecoder took 1.7 s
/// to read the index of 10,000 sessions, most of it in generic Codable machinery for the ~40
/// missed items of each summary; this form is read by hand in a single pass over the bytes.
///
/// One record a line, fields separated by tabs. Strings and missed items that recur across
/// sessions (scenario ids and titles, category names, item ids) are written once, in tables at
/// the top, and referred to by their position, so reading makes one `String` of each.
///
///     mlcoach session index 4
///     s <text>                                   string #0, #1, ... in order
///     m <item id string#> <category> <weight>    missed item #0, #1, ... in order
///     e <file> <stamp> <journal stamp> <summary fields>
///     p <file> <stamp> <journal stamp> <why the file is not a session>
///     u <file> <stamp> <journal stamp> <why the file cannot be read (permission, I/O)>
///
/// A stamp is three fields (size, status-change time in nanoseconds, inode); a missing journal
/// is three empty fields. Text is escaped: `\\`, `\t`, `\n`, `\r`. Numbers are decimal; a real number
/// is written as Swift prints it, which reads back to the same value. Dates are seconds since
/// 2001-01-01 (what `Date` holds, so they also read back exactly). Anything unexpected makes the
/// whole index unusable, and it is rebuilt: it is only a cache.
enum SessionIndexFormat {
  static let header = "mlcoach session index \(SessionIndex.formatVersion)"

  // MARK: Writing

  static func encode(_ entries: [SessionIndex.Entry]) -> [UInt8] {
    var writer = Writer()
    for entry in entries { writer.add(entry) }
    var bytes = Array(header.utf8)
    bytes.append(newline)
    bytes += writer.tables
    bytes += writer.records
    return bytes
  }

  private struct MissedKey: Hashable {
    var id: Int
    var category: Category
    var weight: Int
  }

  private struct Writer {
    var tables: [UInt8] = []
    var records: [UInt8] = []
    var strings: [String: Int] = [:]
    var missed: [MissedKey: Int] = [:]

    mutating func string(_ text: String) -> Int {
      if let number = strings[text] { return number }
      let number = strings.count
      strings[text] = number
      tables += Array("s\t".utf8)
      SessionIndexFormat.appendEscaped(text, to: &tables)
      tables.append(newline)
      return number
    }

    mutating func missedItem(_ item: SessionSummary.MissedItem) -> Int {
      let key = MissedKey(id: string(item.id), category: item.category, weight: item.weight)
      if let number = missed[key] { return number }
      let number = missed.count
      missed[key] = number
      tables += Array("m\t\(key.id)\t\(key.category.rawValue)\t\(key.weight)\n".utf8)
      return number
    }

    mutating func add(_ entry: SessionIndex.Entry) {
      var fields: [String] = []
      fields.append(entry.summary != nil ? "e" : entry.unreadable ? "u" : "p")
      fields.append(SessionIndexFormat.escaped(entry.file))
      for stamp in [entry.stamp, entry.journal] {
        fields += stamp.map { ["\($0.size)", "\($0.modified)", "\($0.inode)"] } ?? ["", "", ""]
      }
      if let summary = entry.summary {
        fields += summaryFields(summary)
      } else {
        fields.append(SessionIndexFormat.escaped(entry.problem ?? ""))
      }
      records += Array(fields.joined(separator: "\t").utf8)
      records.append(newline)
    }

    mutating func summaryFields(_ summary: SessionSummary) -> [String] {
      var fields = [SessionIndexFormat.escaped(summary.id), "\(string(summary.scenarioID))",
                    "\(string(summary.scenarioTitle))", "\(summary.startedAt.timeIntervalSinceReferenceDate)",
                    summary.finishedAt.map { "\($0.timeIntervalSinceReferenceDate)" } ?? "",
                    summary.state.rawValue, "\(summary.currentStep)", "\(summary.stepCount)",
                    summary.focus?.rawValue ?? "", summary.reviewed ? "1" : "0"]
      fields += summary.reviewProgress.map { ["\($0.position)", "\($0.total)"] } ?? ["", ""]
      fields.append("\(summary.usedSeconds)")
      for score in [summary.coach, summary.selfAssessed] {
        fields += score.map { ["\($0.overall)", $0.band.rawValue] } ?? ["", ""]
      }
      for values in [summary.categories, summary.coverage] {
        fields.append("\(values.count)")
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
          fields += ["\(string(key))", "\(value)"]
        }
      }
      fields.append("\(summary.missed.count)")
      fields += summary.missed.map { "\(missedItem($0))" }
      return fields
    }
  }

  static func escaped(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendEscaped(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
    for byte in text.utf8 {
      switch byte {
      case backslash: bytes += [backslash, backslash]
      case tab: bytes += [backslash, UInt8(ascii: "t")]
      case newline: bytes += [backslash, UInt8(ascii: "n")]
      case carriageReturn: bytes += [backslash, UInt8(ascii: "r")]
      default: bytes.append(byte)
      }
    }
  }

  // MARK: Reading

  /// The entries of an index file, or nil when it is not one this version wrote in full.
  static func decode(_ bytes: [UInt8]) -> [SessionIndex.Entry]? {
    bytes.withUnsafeBufferPointer { buffer in
      var reader = Reader(bytes: buffer)
      return reader.entries()
    }
  }

  private static let tab = UInt8(ascii: "\t")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let backslash = UInt8(ascii: "\\")

  /// A cursor over the index's bytes: `field()` returns the next field of the current line, and
  /// nil once the line has ended, until `entries()` starts the next record.
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Whether the field last returned ended its line.
    var atLineEnd = false
    var strings: [String] = []
    var missed: [SessionSummary.MissedItem] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    mutating func entries() -> [SessionIndex.Entry]? {
      guard let first = field(), atLineEnd, text(first) == header else { return nil }
      var entries: [SessionIndex.Entry] = []
      while position < bytes.count {
        atLineEnd = false
        guard let kind = field(), kind.count == 1, !atLineEnd else { return nil }
        switch bytes[kind.lowerBound] {
        case UInt8(ascii: "s"):
          guard let value = field(), atLineEnd else { return nil }
          strings.append(unescaped(value))
        case UInt8(ascii: "m"):
          guard let id = stringReference(), let category = field().flatMap({ Category(rawValue: text($0)) }),
                let weight = integer(), atLineEnd else { return nil }
          missed.append(SessionSummary.MissedItem(id: id, category: category, weight: weight))
        case UInt8(ascii: "e"), UInt8(ascii: "p"), UInt8(ascii: "u"):
          guard var entry = entry(summarised: bytes[kind.lowerBound] == UInt8(ascii: "e")), atLineEnd else {
            return nil
          }
          entry.unreadable = bytes[kind.lowerBound] == UInt8(ascii: "u")
          entries.append(entry)
        default:
          return nil
        }
      }
      return entries
    }

    mutating func entry(summarised: Bool) -> SessionIndex.Entry? {
      guard let file = field().map(unescaped), let stamp = stamp() else { return nil }
      guard let journal = optionalStamp() else { return nil }
      guard summarised else {
        guard let problem = field().map(unescaped) else { return nil }
        return SessionIndex.Entry(file: file, stamp: stamp, journal: journal, summary: nil, problem: problem)
      }
      guard let summary = summary() else { return nil }
      // The id must be the file's name, as a session's is; anything else is not our index.
      guard file == summary.id + ".json" else { return nil }
      return SessionIndex.Entry(file: file, stamp: stamp, journal: journal, summary: summary, problem: nil)
    }

    mutating func summary() -> SessionSummary? {
      guard let id = field().map(unescaped), let scenarioID = stringReference(),
            let scenarioTitle = stringReference(), let startedAt = number(),
            let finishedAt = optionalNumber(),
            let state = field().flatMap({ Session.State(rawValue: text($0)) }),
            let currentStep = integer(), let stepCount = integer(),
            let focusField = field().map(text), focusField.isEmpty || Category(rawValue: focusField) != nil,
            let reviewed = integer(), (0...1).contains(reviewed),
            let progress = optionalProgress(),
            let usedSeconds = number(), let coach = optionalScore(), let selfAssessed = optionalScore(),
            let categories = scores(), let coverage = scores(),
            let missedCount = count() else { return nil }
      var missedItems: [SessionSummary.MissedItem] = []
      missedItems.reserveCapacity(missedCount)
      for _ in 0..<missedCount {
        guard let number = integer(), missed.indices.contains(number) else { return nil }
        missedItems.append(missed[number])
      }
      return SessionSummary(
        id: id, scenarioID: scenarioID, scenarioTitle: scenarioTitle,
        startedAt: Date(timeIntervalSinceReferenceDate: startedAt),
        finishedAt: finishedAt.map { Date(timeIntervalSinceReferenceDate: $0) }, state: state,
        currentStep: currentStep, stepCount: stepCount, focus: Category(rawValue: focusField),
        reviewed: reviewed == 1, reviewProgress: progress,
        usedSeconds: usedSeconds,
        coach: coach, selfAssessed: selfAssessed, categories: categories, coverage: coverage,
        missed: missedItems)
    }

    /// A review's position and total (two fields, both empty when there is none): `.some(nil)`
    /// for none, nil when the fields are not that.
    mutating func optionalProgress() -> SessionSummary.ReviewProgress?? {
      guard let position = field(), let total = field() else { return nil }
      if position.isEmpty && total.isEmpty { return .some(nil) }
      guard let first = Int(text(position)), let second = Int(text(total)), second >= 0, (0...second).contains(first)
      else {
        return nil
      }
      return .some(SessionSummary.ReviewProgress(position: first, total: second))
    }

    /// An overall score and its band (two fields).
    mutating func score() -> SessionSummary.Score? {
      guard let overall = number(), let band = field().flatMap({ Band(rawValue: text($0)) }) else { return nil }
      return SessionSummary.Score(overall: overall, band: band)
    }

    /// A count, then that many pairs of a string reference and a number.
    mutating func scores() -> [String: Double]? {
      guard let count = count() else { return nil }
      var values: [String: Double] = Dictionary(minimumCapacity: count)
      for _ in 0..<count {
        guard let key = stringReference(), let value = number(),
              values.updateValue(value, forKey: key) == nil else { return nil }
      }
      return values
    }

    /// A number, or nil for an empty field. The outer optional is nil when it is neither.
    mutating func optionalNumber() -> Double?? {
      guard let range = field() else { return nil }
      if range.isEmpty { return .some(nil) }
      guard let value = Double(text(range)), value.isFinite else { return nil }
      return .some(value)
    }

    /// A score, or nil for two empty fields. The outer optional is nil when it is neither.
    mutating func optionalScore() -> SessionSummary.Score?? {
      if let next = peekField(), next.isEmpty {
        guard let overall = field(), overall.isEmpty, let band = field(), band.isEmpty else { return nil }
        return .some(nil)
      }
      guard let score = score() else { return nil }
      return .some(score)
    }

    mutating func stamp() -> SessionIndex.Stamp? {
      guard let size = integer(), let modified = integer(), let inode = integer(), inode >= 0 else { return nil }
      return SessionIndex.Stamp(size: Int64(size), modified: Int64(modified), inode: UInt64(inode))
    }

    /// A journal's stamp, or three empty fields when the session had no journal.
    mutating func optionalStamp() -> SessionIndex.Stamp?? {
      if let next = peekField(), next.isEmpty {
        for _ in 0..<3 {
          guard let empty = field(), empty.isEmpty else { return nil }
        }
        return .some(nil)
      }
      guard let stamp = stamp() else { return nil }
      return .some(stamp)
    }

    mutating func stringReference() -> String? {
      guard let number = integer(), strings.indices.contains(number) else { return nil }
      return strings[number]
    }

    /// A number of fields to follow: never negative, and no more than the bytes left could hold
    /// (a damaged count must not trap or reserve gigabytes).
    mutating func count() -> Int? {
      guard let count = integer(), count >= 0, count <= bytes.count - position else { return nil }
      return count
    }

    /// A decimal integer that fits in an `Int` (an optional minus, then digits).
    mutating func integer() -> Int? {
      guard let range = field(), !range.isEmpty else { return nil }
      var index = range.lowerBound
      let negative = bytes[index] == UInt8(ascii: "-")
      if negative { index += 1 }
      guard index < range.upperBound, range.upperBound - index <= 19 else { return nil }
      var value = 0
      while index < range.upperBound {
        let digit = Int(bytes[index]) - 48
        guard digit >= 0, digit <= 9 else { return nil }
        let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
        let (sum, carry) = tens.addingReportingOverflow(digit)
        guard !overflow, !carry else { return nil }
        value = sum
        index += 1
      }
      return negative ? -value : value
    }

    /// A finite real number.
    mutating func number() -> Double? {
      guard let range = field(), !range.isEmpty, let value = Double(text(range)), value.isFinite else {
        return nil
      }
      return value
    }

    /// The next field of the current line; nil past the end of the line or of the file.
    mutating func field() -> Range<Int>? {
      guard !atLineEnd, position < bytes.count else { return nil }
      let start = position
      while position < bytes.count, bytes[position] != tab, bytes[position] != newline { position += 1 }
      // A line must end with a newline: a file cut short is not an index.
      guard position < bytes.count else { return nil }
      atLineEnd = bytes[position] == newline
      position += 1
      return start..<(position - 1)
    }

    /// The next field without moving past it.
    func peekField() -> Range<Int>? {
      var copy = self
      return copy.field()
    }

    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func unescaped(_ range: Range<Int>) -> String {
      let slice = UnsafeBufferPointer(rebasing: bytes[range])
      guard slice.contains(backslash) else { return String(decoding: slice, as: UTF8.self) }
      var out: [UInt8] = []
      var escaping = false
      for byte in slice {
        if escaping {
          switch byte {
          case UInt8(ascii: "t"): out.append(tab)
          case UInt8(ascii: "n"): out.append(newline)
          case UInt8(ascii: "r"): out.append(carriageReturn)
          default: out.append(byte)
          }
          escaping = false
        } else if byte == backslash {
          escaping = true
        } else {
          out.append(byte)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
  }
}
