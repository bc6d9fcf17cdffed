/// The words a compiled rubric knows, interned to small integers.
///
/// Ordinary words are stored by stem; acronyms by their lowercase letters (never stemmed, so
/// ScaNN stays "scann" and never meets "scan"); exact lexicon forms by their written capitals
/// under an `=` key (`=mAP`), which only a word written with those capitals reaches.
struct Vocabulary {
  /// The keys by their bytes; a key's entry number is its id, so an answer's word is looked
  /// up without building a String.
  private var keyTable = ByteKeyedTable()
  /// By id: the key is known only as an acronym ("shap" from SHAP): a lowercase answer word
  /// reaches it only when it is the acronym itself ("shap", "shaps"), never through stemming
  /// ("shape").
  private var isAcronymOnly: [Bool] = []
  /// Exact (case-sensitive) words by their lowercase text: "map" → ["mAP", "MAP"].
  private var exactWords: [String: [String]] = [:]
  /// Lowercase words that begin a longer vocabulary word ("down" for "downsample"), so the
  /// answer's "down sample" can be joined without trying every pair of words.
  private var joinPrefixes = HashSet()
  /// Hashes of the raw words already registered (a repeated word registers nothing).
  private var rawWords = HashSet()

  /// The longest first half tried when joining two words; keeps `addRaw` linear in the word.
  /// (12: the first half of a split compound is short, "re rank", "down sample", "counter
  /// factual"; each extra length costs every long phrase word a table entry.)
  static let longestJoinPrefix = 12

  var count: Int { keyTable.count }

  func id(_ key: String) -> Int32 { lookup(key) ?? -1 }

  private func lookup(_ key: String) -> Int32? {
    var bytes = key
    return bytes.withUTF8 { keyTable.find($0, hash: ByteKeyedTable.hash($0)) }.map(Int32.init)
  }

  /// First three letters of every known stem. Stemming only touches the end of a word, so a
  /// word whose first three letters start no known stem cannot match: it is not stemmed at all.
  private var prefixes: Set<Int32> = Vocabulary.britishPrefixes
  /// The same for prefixes of three lowercase ASCII letters, as a table indexed by
  /// `letterIndex`: every distinct word of an answer is screened, and a hash per word showed.
  private var letterPrefixes: [Bool] = Vocabulary.britishLetterPrefixes

  private static let britishLetterPrefixes: [Bool] = {
    var table = [Bool](repeating: false, count: 26 * 26 * 26)
    for key in WordNormalizer.spellings.keys { if let index = letterIndex(key.utf8) { table[index] = true } }
    return table
  }()

  /// 0..<17,576 for three lowercase ASCII letters, else nil.
  @inline(__always)
  static func letterIndex<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
    var iterator = bytes.makeIterator()
    guard let a = iterator.next(), let b = iterator.next(), let c = iterator.next() else { return nil }
    let z = UInt8(ascii: "z"), first = UInt8(ascii: "a")
    guard a >= first && a <= z && b >= first && b <= z && c >= first && c <= z else { return nil }
    return (Int(a - first) * 26 + Int(b - first)) * 26 + Int(c - first)
  }

  /// Irregular and British forms whose first three letters change when normalised ("grey" →
  /// "gray", "using" → "use"): they must pass the screen whatever the known stems are.
  private static let britishPrefixes: Set<Int32> = Set(WordNormalizer.spellings.keys.compactMap { prefixKey($0.utf8) })

  static func prefixKey<C: Collection>(_ bytes: C) -> Int32? where C.Element == UInt8 {
    var iterator = bytes.makeIterator()
    guard let a = iterator.next(), let b = iterator.next(), let c = iterator.next() else { return nil }
    return Int32(a) << 16 | Int32(b) << 8 | Int32(c)
  }

  /// Whether a word (lowercase) could stem to a known word; short words always could.
  func mightMatch(_ word: String) -> Bool { mightMatch(bytes: word.utf8) }

  func mightMatch<C: Collection>(bytes word: C) -> Bool where C.Element == UInt8 {
    // Three-letter plurals lose a letter ("ads" → "ad"), so only longer words are screened.
    guard word.count > 3 else { return true }
    if let index = Self.letterIndex(word) { return letterPrefixes[index] }
    guard let key = Self.prefixKey(word) else { return true }
    return prefixes.contains(key)
  }

  /// Interns an acronym's key (its lowercase letters), returning its id.
  mutating func addAcronym(_ key: String) -> Int32 {
    add(key, isAcronym: true)
  }

  /// `id(written:lower:capitals:)` of a word written without capitals, from its lowercase
  /// bytes; `scratch` is reused between calls (scoring calls this for every distinct word).
  func id(lower: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> Int32 {
    guard mightMatch(bytes: lower) else { return -1 }
    WordNormalizer.stem(lower, into: &scratch)
    let found = scratch.withUnsafeBufferPointer { keyTable.find($0, hash: ByteKeyedTable.hash($0)) }
    guard let entry = found else { return -1 }
    if isAcronymOnly[entry] && !lower.elementsEqual(scratch)
      && !(lower.count == scratch.count + 1 && lower.last == UInt8(ascii: "s") && lower.dropLast().elementsEqual(scratch)) {
      return -1
    }
    return Int32(entry)
  }

  /// Interns `key` (a stem, an acronym, or an `=Exact` form), returning its id.
  mutating func add(_ key: String, isAcronym: Bool = false) -> Int32 {
    var bytes = key
    let (entry, isNew) = bytes.withUTF8 { keyTable.insert($0, hash: ByteKeyedTable.hash($0)) }
    guard isNew else {
      // A key met again as an ordinary word is no longer only an acronym.
      if !isAcronym { isAcronymOnly[entry] = false }
      return Int32(entry)
    }
    let id = Int32(entry)
    isAcronymOnly.append(isAcronym)
    if let prefix = Self.prefixKey(key.utf8) { prefixes.insert(prefix) }
    if let index = Self.letterIndex(key.utf8) { letterPrefixes[index] = true }
    return id
  }

  /// Interns an exact form's word as written ("mAP"): only that spelling will reach it.
  mutating func addExact(_ written: String) -> Int32 {
    let lower = written.lowercased()
    if !(exactWords[lower]?.contains(written) ?? false) { exactWords[lower, default: []].append(written) }
    return add("=" + written)
  }

  /// The exact spellings the lexicon gives a lowercase word ("ssd" → ["SSD", "SSDs"]).
  func exactSpellings(of lower: String) -> [String] { exactWords[lower] ?? [] }

  /// The id of an answer's word: its exact form when it is written with an exact form's
  /// capitals, else its acronym or stem form; -1 when the rubric cannot use it.
  func id(written: Substring, lower: String, capitals: Int) -> Int32 {
    if capitals > 0, let forms = exactWords[lower] ?? (lower.hasSuffix("s") ? exactWords[String(lower.dropLast())] : nil) {
      for form in forms where written == form || (written.hasSuffix("s") && written.dropLast() == form) {
        return lookup("=" + form) ?? -1
      }
    }
    if capitals >= 2 { return lookup(WordNormalizer.form(ofWritten: written)) ?? -1 }
    guard mightMatch(lower) else { return -1 }
    let key = WordNormalizer.stem(lower)
    guard let id = lookup(key) else { return -1 }
    return isAcronymOnly[Int(id)] && lower != key && lower != key + "s" ? -1 : id
  }

  /// Records a phrase word's raw form so that split forms of it in answers can be joined.
  mutating func addRaw(_ word: String) {
    guard word.utf8.count >= 5, rawWords.insert(Self.hash(of: word)) else { return }
    let limit = min(word.utf8.count - 2, Self.longestJoinPrefix)
    guard limit >= 2 else { return }
    // Prefixes are kept as hashes: a scenario with thousands of distinct long words made a
    // String for every prefix. A collision only costs one joined look-up that finds nothing.
    var hash = ByteKeyedTable.hashSeed
    for (length, byte) in word.utf8.prefix(limit).enumerated() {
      hash = ByteKeyedTable.hashStep(hash, byte)
      if length + 1 >= 2 { joinPrefixes.insert(hash) }
    }
  }

  /// Makes room for the join prefixes of about `words` more raw words (a scenario at the size
  /// limits has tens of thousands): one rehash instead of one per doubling.
  mutating func reserveRawWords(_ words: Int) {
    joinPrefixes.reserve(words * (Self.longestJoinPrefix / 2))
    rawWords.reserve(words)
  }

  func startsJoinedWord(_ word: String) -> Bool { startsJoinedWord(bytes: word.utf8) }

  func startsJoinedWord<C: Collection>(bytes word: C) -> Bool where C.Element == UInt8 {
    let count = word.count
    guard count >= 2, count <= Self.longestJoinPrefix else { return false }
    return joinPrefixes.contains(Self.hash(of: word))
  }

  /// FNV-1a of a whole word: the same hash its prefix of that length gets in `addRaw`.
  private static func hash(of word: String) -> UInt64 { hash(of: word.utf8) }
  private static func hash<C: Collection>(of word: C) -> UInt64 where C.Element == UInt8 {
    word.reduce(ByteKeyedTable.hashSeed, ByteKeyedTable.hashStep)
  }

}

extension Vocabulary {
  /// A set of 64-bit hashes with open addressing, kept as their upper 32 bits: the values
  /// are already hashes, so they are used as they are (a `Set<UInt64>` hashes them again),
  /// and half-size slots keep a quarter of a million prefixes (a scenario at the size limits)
  /// in cache. A false "contains" only costs a look-up that finds nothing.
  struct HashSet {
    private var slots = [UInt32](repeating: 0, count: 1_024)
    private var count = 0

    @inline(__always)
    private static func key(_ value: UInt64) -> UInt32 {
      let key = UInt32(truncatingIfNeeded: value >> 32)
      return key == 0 ? 1 : key  // 0 marks an empty slot
    }

    /// Whether `value` was new.
    @discardableResult
    mutating func insert(_ value: UInt64) -> Bool {
      if (count + 1) * 2 > slots.count { grow() }
      let key = Self.key(value)
      return place(key, start: Self.start(of: key))
    }

    func contains(_ value: UInt64) -> Bool {
      let key = Self.key(value)
      let mask = slots.count - 1
      var index = Self.start(of: key) & mask
      while slots[index] != 0 {
        if slots[index] == key { return true }
        index = (index + 1) & mask
      }
      return false
    }

    private mutating func place(_ key: UInt32, start: Int) -> Bool {
      let mask = slots.count - 1
      var index = start & mask
      while slots[index] != 0 {
        if slots[index] == key { return false }
        index = (index + 1) & mask
      }
      slots[index] = key
      count += 1
      return true
    }

    /// Makes room for `extra` more values at once (one rehash instead of one per doubling).
    mutating func reserve(_ extra: Int) {
      var size = slots.count
      while (count + extra) * 2 > size { size *= 2 }
      if size > slots.count { rehash(into: size) }
    }

    private mutating func grow() { rehash(into: slots.count * 2) }

    private mutating func rehash(into size: Int) {
      let old = slots
      slots = [UInt32](repeating: 0, count: size)
      count = 0
      for key in old where key != 0 { _ = place(key, start: Self.start(of: key)) }
    }

    /// Where probing for `key` starts: its bits mixed (Fibonacci hashing), so that similar
    /// keys spread over the table.
    @inline(__always)
    private static func start(of key: UInt32) -> Int { Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 32) }
  }
}
