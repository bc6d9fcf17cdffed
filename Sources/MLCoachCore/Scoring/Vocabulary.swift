/// The words a compiled rubric knows, interned to small integers.
struct Vocabulary {
  private var ids: [String: Int32] = [:]
  /// Lowercase words that begin a longer vocabulary word ("down" for "downsample"), so the
  /// answer's "down sample" can be joined without trying every pair of words.
  private var joinPrefixes: Set<String> = []
  private var rawWords: Set<String> = []

  var count: Int { ids.count }

  func id(_ stem: String) -> Int32 { ids[stem] ?? -1 }

  /// First three letters of every known stem. Stemming only touches the end of a word, so a
  /// word whose first three letters start no known stem cannot match: it is not stemmed at all.
  private var prefixes: Set<Int32> = Vocabulary.britishPrefixes

  /// British forms whose first three letters change when made American ("grey" → "gray").
  private static let britishPrefixes: Set<Int32> = Set(["grey", "ageing"].compactMap { prefixKey($0.utf8) })

  static func prefixKey<C: Collection>(_ bytes: C) -> Int32? where C.Element == UInt8 {
    var iterator = bytes.makeIterator()
    guard let a = iterator.next(), let b = iterator.next(), let c = iterator.next() else { return nil }
    return Int32(a) << 16 | Int32(b) << 8 | Int32(c)
  }

  /// Whether a word (lowercase) could stem to a known word; short words always could.
  func mightMatch(_ word: String) -> Bool {
    // Three-letter plurals lose a letter ("ads" → "ad"), so only longer words are screened.
    guard word.utf8.count > 3, let key = Self.prefixKey(word.utf8) else { return true }
    return prefixes.contains(key)
  }

  /// Interns `stem`, returning its id.
  mutating func add(_ stem: String) -> Int32 {
    if let id = ids[stem] { return id }
    let id = Int32(ids.count)
    ids[stem] = id
    if let key = Self.prefixKey(stem.utf8) { prefixes.insert(key) }
    return id
  }

  /// Records a phrase word's raw form so that split forms of it in answers can be joined.
  mutating func addRaw(_ word: String) {
    guard word.count >= 5, rawWords.insert(word).inserted else { return }
    for length in 2...(word.count - 2) { joinPrefixes.insert(String(word.prefix(length))) }
  }

  func startsJoinedWord(_ word: String) -> Bool { joinPrefixes.contains(word) }
}

/// A phrase compiled to word ids, in every joined/split and glossary variant.
struct CompiledPhrase {
  var variants: [[Int32]]
  var text: String
}

/// Compiles phrases against one vocabulary, expanding glossary synonyms.
struct PhraseCompiler {
  var vocabulary = Vocabulary()
  /// Glossary forms as raw lowercase words, and as stems for comparing with phrases.
  private var glossaryRaw: [[String]] = []
  private var glossaryStems: [[String]] = []
  private var glossaryGroupOf: [Int] = []
  private var glossaryByFirstStem: [String: [Int]] = [:]
  private var groups: [[Int]] = []

  /// Words dropped from phrases: they carry no meaning and the matcher's gaps allow them anyway.
  static let fillerWords: Set<String> = ["a", "an", "the", "of", "to", "is", "are", "be", "that", "this", "our",
                                         "we", "it", "its", "your", "their", "for"]

  init() {
    for group in Glossary.groups {
      var members: [Int] = []
      for form in group {
        let raw = Self.rawWords(form)
        guard !raw.isEmpty else { continue }
        let stems = raw.map(WordNormalizer.stem)
        members.append(glossaryRaw.count)
        glossaryByFirstStem[stems[0], default: []].append(glossaryRaw.count)
        glossaryRaw.append(raw)
        glossaryStems.append(stems)
        glossaryGroupOf.append(groups.count)
      }
      groups.append(members)
    }
  }

  static func rawWords(_ phrase: String) -> [String] {
    WordTokenizer.words(phrase).map(\.text).filter { !fillerWords.contains($0) }
  }

  /// Compiles an evidence phrase (filler words dropped) or, with `keepingFillers`, a cue phrase
  /// such as "to avoid" or "so that", where the small words are the whole meaning.
  mutating func compile(_ phrase: String, keepingFillers: Bool = false) -> CompiledPhrase {
    let raw = keepingFillers ? WordTokenizer.words(phrase).map(\.text) : Self.rawWords(phrase)
    let stems = raw.map(WordNormalizer.stem)
    var forms: [[String]] = [raw]
    // Glossary: replace each known term with each of its synonyms (one term at a time).
    for start in stems.indices {
      for formIndex in glossaryByFirstStem[stems[start]] ?? [] {
        let form = glossaryStems[formIndex]
        guard start + form.count <= stems.count, Array(stems[start..<start + form.count]) == form else { continue }
        for other in groups[glossaryGroupOf[formIndex]] where other != formIndex {
          forms.append(Array(raw[..<start]) + glossaryRaw[other] + Array(raw[(start + form.count)...]))
        }
      }
    }
    // Joined forms: "down sample" also matches the single word "downsample".
    var variants: [[String]] = []
    for form in forms {
      for word in form { vocabulary.addRaw(word) }
      variants.append(form)
      if form.count >= 2 && form.count <= 4 {
        for pair in 0..<(form.count - 1) {
          var joined = form
          joined.replaceSubrange(pair...pair + 1, with: [form[pair] + form[pair + 1]])
          variants.append(joined)
        }
      }
    }
    var seen = Set<[String]>()
    let stemmed = variants.map { $0.map(WordNormalizer.stem) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    return CompiledPhrase(variants: stemmed.map { $0.map { vocabulary.add($0) } }, text: phrase)
  }
}
