/// A phrase compiled to matching units, in each of its joined/split variants. A unit is a word
/// id (`>= 0`) or a lexicon concept (`-2 - conceptIndex`), which any form of the concept meets.
struct CompiledPhrase {
  var variants: [[Int32]]
  var text: String
  /// The phrase states its own polarity ("not raw clicks", "no exploration"), so a negation
  /// inside the match is what it means, not a dismissal of it.
  var carriesNegation: Bool
  /// Made only of everyday words ("time of day"): it must match without gaps, or "times five
  /// loads a day" would be read as it.
  var tight: Bool = false

  static func conceptIndex(_ unit: Int32) -> Int? { unit <= -2 ? Int(-2 - unit) : nil }

  /// Whether some variant of the phrase has `token`'s word, alone or joined ("re-rank").
  func contains(_ token: AnalyzedAnswer.Token) -> Bool {
    variants.contains { $0.contains(token.id) || $0.contains(token.joinedID) }
  }
  static func unit(concept index: Int) -> Int32 { Int32(-2 - index) }
}

/// One lexicon form as word ids: the answer is tagged with concepts by matching these.
/// The lexicon's forms in flat arrays: a nested array per form and per first word cost the
/// per-token loop of scoring a pointer chase and a retain at every visit.
struct FlatForms {
  /// Form `f`'s words are `words[wordStart[f]..<wordStart[f + 1]]`.
  var words: [Int32] = []
  var wordStart: [Int32] = [0]
  var concept: [Int32] = []
  var isExact: [Bool] = []
  var tight: [Bool] = []
  /// The forms whose first word has id `w` are `starting[startOffset[w]..<startOffset[w + 1]]`.
  var starting: [Int32] = []
  var startOffset: [Int32] = [0]

  init() {}

  init(forms: [ConceptForm], startingWith: [[Int32]]) {
    for form in forms {
      words += form.words
      wordStart.append(Int32(words.count))
      concept.append(form.concept)
      isExact.append(form.isExact)
      tight.append(form.tight)
    }
    for list in startingWith {
      starting += list
      startOffset.append(Int32(starting.count))
    }
  }
}

struct ConceptForm {
  var concept: Int32
  var words: [Int32]
  /// Comes from an `exact` form (small words kept).
  var isExact: Bool
  /// Made only of everyday words: matched without gaps.
  var tight: Bool
}

/// Compiles the lexicon's forms and any number of phrases against one vocabulary. Cost is
/// linear in the text compiled: a phrase that contains a lexicon form gets one concept unit
/// for it, not one variant per synonym.
struct PhraseCompiler {
  var vocabulary = Vocabulary()
  /// Concept ids, by concept index.
  let conceptIDs: [String]
  /// Each concept's broader concepts (transitively), by concept index.
  let broader: [[Int]]
  /// The concepts each concept hides inside its occurrences, by concept index.
  let hides: [Set<Int>]
  private(set) var forms: [ConceptForm] = []
  /// Form indices by the id of their first word, as an array for the per-token look-up of
  /// scoring (forms are registered only in `init`; ids interned later start no form).
  private(set) var formsStartingWith: [[Int32]] = []
  /// `forms` and `formsStartingWith` as flat arrays, for the per-token loop of scoring.
  private(set) var flat = FlatForms()
  /// Word sequences (no gaps) that are a form, for spotting concepts inside phrases.
  private var formKeys: [[Int32]: Int32] = [:]
  /// Keys of forms made only of everyday words ("times a day").
  private var tightKeys: Set<[Int32]> = []
  private var longestForm = 0
  /// For each word id that starts a form, the longest form it starts (0: none), so a phrase
  /// word that starts no form costs one look-up instead of one array key per length.
  private var longestFormStartingWith: [Int32: Int] = [:]

  /// Words dropped from phrases: they carry no meaning and the matcher's gaps allow them anyway.
  static let fillerWords: Set<String> = ["a", "an", "the", "of", "to", "is", "are", "be", "that", "this", "our",
                                         "we", "it", "its", "your", "their", "for"]
  /// Everyday words: a phrase made only of them must match without gaps.
  static let everydayWords: Set<String> = Set(CueSet.hollow).union([
    "day", "days", "week", "weeks", "hour", "hours", "minute", "minutes", "month", "months", "year", "years", "times",
    "rate", "rates", "number", "count", "amount", "level", "set", "list", "top", "end", "side", "view", "page", "item",
    "items", "post", "posts", "like", "likes", "share", "click", "clicks", "order", "time", "second", "seconds",
    "show", "shows", "showing", "shown", "result", "results",
  ])

  /// Words that turn a phrase into a negation of what follows.
  static let negationWords: Set<String> = ["no", "not", "never", "without", "dont", "doesnt", "wont", "wouldnt",
                                           "shouldnt", "cant", "cannot", "isnt", "arent", "avoid", "instead",
                                           "rather", "nor", "neither"]

  init(lexicon: Lexicon = .bundled) {
    conceptIDs = lexicon.concepts.map(\.id)
    var position: [String: Int] = [:]
    for (index, id) in conceptIDs.enumerated() { position[id] = index }
    broader = lexicon.concepts.enumerated().map { index, _ in
      var found: [Int] = []
      var queue = lexicon.concepts[index].broader.compactMap { position[$0] }
      while let next = queue.popLast(), found.count < 32 {
        guard next != index, !found.contains(next) else { continue }
        found.append(next)
        queue += lexicon.concepts[next].broader.compactMap { position[$0] }
      }
      return found
    }
    hides = lexicon.concepts.map { Set($0.hides.compactMap { position[$0] }) }
    // Exact words first, so ordinary forms and phrases that use them get their exact ids.
    for concept in lexicon.concepts {
      for form in concept.exact {
        for word in Self.writtenWords(form) where Self.isCaseSensitive(word) { _ = vocabulary.addExact(word.written) }
      }
    }
    for (index, concept) in lexicon.concepts.enumerated() {
      for form in concept.exact {
        let words = Self.writtenWords(form)
        register(concept: Int32(index), words: ids(words), exact: true, tight: Self.isTight(words))
      }
      for form in concept.forms {
        let words = Self.writtenWords(form).filter { !Self.fillerWords.contains($0.lower) }
        for word in words { vocabulary.addRaw(word.lower) }
        let tight = Self.isTight(words)
        for variant in joinedVariants(words) { register(concept: Int32(index), words: variant, exact: false, tight: tight) }
      }
    }
    flat = FlatForms(forms: forms, startingWith: formsStartingWith)
  }

  private mutating func register(concept: Int32, words: [Int32], exact: Bool, tight: Bool) {
    guard let first = words.first else { return }
    if let existing = formKeys[words], existing != concept { return }  // the lexicon validator reports it
    formKeys[words] = concept
    if tight { tightKeys.insert(words) }
    longestForm = max(longestForm, words.count)
    longestFormStartingWith[first] = max(longestFormStartingWith[first] ?? 0, words.count)
    if first >= 0 {  // always, for interned words; a form is only looked up by a real id
      if Int(first) >= formsStartingWith.count {
        formsStartingWith.append(contentsOf: repeatElement([], count: Int(first) + 1 - formsStartingWith.count))
      }
      formsStartingWith[Int(first)].append(Int32(forms.count))
    }
    forms.append(ConceptForm(concept: concept, words: words, isExact: exact, tight: tight))
  }

  /// Whether an exact form's word is matched by its capitals: acronyms and mixed case ("mAP",
  /// "CLIP", "ScaNN", "RoI"), not a single letter ("P" in "P99") and not a capitalised word
  /// ("Annoy"), which would also catch the ordinary word at the start of a sentence.
  static func isCaseSensitive(_ word: WrittenWord) -> Bool {
    guard word.capitals > 0, word.written.count >= 2 else { return false }
    let titleCase = word.capitals == 1 && word.written.first?.isUppercase == true
    return !titleCase
  }

  /// Two or more words, all everyday ones.
  static func isTight(_ words: [WrittenWord]) -> Bool {
    let content = words.filter { !fillerWords.contains($0.lower) }
    return content.count >= 2 && content.allSatisfy { everydayWords.contains($0.lower) }
  }

  /// A word as written in a phrase or form, with its lowercase text and capitals.
  struct WrittenWord {
    var lower: String
    var written: String
    var capitals: Int
  }

  static func writtenWords(_ phrase: String) -> [WrittenWord] {
    let bytes = Array(phrase.utf8)
    return WordTokenizer.words(phrase, splittingReVerbs: true).map { word in
      // A lowercase word of letters is written as the tokenizer gives it.
      let written = word.capitals == 0 && !word.isNumber ? word.text : writtenForm(bytes[word.start..<word.end])
      return WrittenWord(lower: word.text, written: written, capitals: word.capitals)
    }
  }

  /// A word as written, with its capitals but without the apostrophes and slashes the
  /// tokenizer joins over ("A/B" → "AB", "don't" → "dont").
  static func writtenForm<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    String(decoding: bytes.filter { MarkupCleaner.isLetter($0) || MarkupCleaner.isDigit($0) || $0 >= 0x80 }, as: UTF8.self)
  }

  static func rawWords(_ phrase: String) -> [String] {
    WordTokenizer.words(phrase, splittingReVerbs: true).map(\.text).filter { !fillerWords.contains($0) }
  }

  /// The id of each word: its exact form when the lexicon has one written that way, else its
  /// acronym or stem form.
  private mutating func ids(_ words: [WrittenWord]) -> [Int32] {
    words.map { word in
      if Self.isCaseSensitive(word), vocabulary.id("=" + word.written) >= 0 { return vocabulary.id("=" + word.written) }
      return word.capitals >= 2 ? vocabulary.addAcronym(WordNormalizer.form(ofWritten: word.written[...]))
                                : vocabulary.add(WordNormalizer.stem(word.lower))
    }
  }

  /// The phrase's words, and for two to four words every variant with one adjacent pair
  /// joined ("down sample" also matches "downsample").
  private mutating func joinedVariants(_ words: [WrittenWord]) -> [[Int32]] {
    var variants = [ids(words)]
    if words.count >= 2 && words.count <= 4 {
      for pair in 0..<(words.count - 1) where words[pair].capitals < 2 && words[pair + 1].capitals < 2 {
        var joined = variants[0]
        joined.replaceSubrange(pair...pair + 1, with: [vocabulary.add(WordNormalizer.stem(words[pair].lower + words[pair + 1].lower))])
        variants.append(joined)
      }
    }
    return variants
  }

  /// Compiles an evidence or red-flag phrase (filler words dropped, lexicon forms turned into
  /// concepts) or, with `keepingFillers`, a cue phrase such as "to avoid" or "so that", where
  /// the small words are the whole meaning and nothing expands.
  mutating func compile(_ phrase: String, keepingFillers: Bool = false) -> CompiledPhrase {
    let written = Self.writtenWords(phrase)
    var words = written
    if !keepingFillers { words = words.filter { !Self.fillerWords.contains($0.lower) } }
    var variants: [[Int32]] = []
    // An evidence phrase's negation also matches in its other spelling ("say it doesn't know"
    // is said by "say it does not know"; see `Self.otherNegationSpellings`).
    let spellings = keepingFillers ? [words]
      : [words] + Self.otherNegationSpellings(written).map { $0.filter { !Self.fillerWords.contains($0.lower) } }
    for spelling in spellings {
      for word in spelling { vocabulary.addRaw(word.lower) }
      for variant in joinedVariants(spelling) {
        let units = keepingFillers ? variant : withConcepts(variant)
        // At most a handful of variants: a linear check beats hashing each one.
        if !units.isEmpty, !variants.contains(units) { variants.append(units) }
      }
    }
    let negated = words.contains { Self.negationWords.contains($0.lower) }
    return CompiledPhrase(variants: variants, text: phrase, carriesNegation: negated && !keepingFillers,
                          tight: !keepingFillers && Self.isTight(words))
  }

  /// Contracted negations and their spelled-out forms, as the tokenizer reads them ("doesn't" is
  /// "doesnt"). A rubric phrase is written one way, and candidates write the other: a formal
  /// "say it does not know" missed the phrase "say it doesn't know" (tmux interview, forty-first
  /// session); of 305 rubric and lexicon phrases with a negation, authors had spelled some both
  /// ways by hand and most one way only.
  static let negationSpellings: [String: [[String]]] = [
    "doesnt": [["does", "not"]], "dont": [["do", "not"]], "didnt": [["did", "not"]],
    "cant": [["cannot"], ["can", "not"], ["not", "able", "to"], ["unable", "to"]],
    "cannot": [["cant"], ["can", "not"], ["not", "able", "to"], ["unable", "to"]],
    "couldnt": [["could", "not"]], "wouldnt": [["would", "not"]], "shouldnt": [["should", "not"]],
    "wont": [["will", "not"]], "isnt": [["is", "not"]], "arent": [["are", "not"]], "wasnt": [["was", "not"]],
    "werent": [["were", "not"]], "hasnt": [["has", "not"]], "havent": [["have", "not"]], "hadnt": [["had", "not"]],
    "mustnt": [["must", "not"]], "neednt": [["need", "not"]],
  ]

  /// "does not" → "doesnt", ...: `negationSpellings` read backwards ("can not" is "cant").
  static let contractedSpellings: [[String]: String] = {
    var contracted: [[String]: String] = [:]
    for (short, longs) in negationSpellings where short != "cannot" {
      for long in longs where long.count == 2 && long[1] == "not" { contracted[long] = short }
    }
    return contracted
  }()

  /// `words` with each negation spelled the other way: contractions spelled out ("doesnt" →
  /// "does not", "cant" → "cannot", "can not", "not able to" and "unable to") and spelled-out
  /// ones contracted ("does not" → "doesnt", "can not" → "cant"). Empty when `words` holds no
  /// negation.
  static func otherNegationSpellings(_ words: [WrittenWord]) -> [[WrittenWord]] {
    // Most phrases hold no negation: one set look-up per word, nothing built.
    guard words.contains(where: { negationSpellings[$0.lower] != nil || $0.lower == "not" }) else { return [] }
    func word(_ text: String) -> WrittenWord { WrittenWord(lower: text, written: text, capitals: 0) }
    var spellings: [[WrittenWord]] = []
    for index in words.indices {
      for long in negationSpellings[words[index].lower] ?? [] {
        spellings.append(Array(words[..<index]) + long.map(word) + Array(words[(index + 1)...]))
      }
      if index + 1 < words.count, let short = contractedSpellings[[words[index].lower, words[index + 1].lower]] {
        spellings.append(Array(words[..<index]) + [word(short)] + Array(words[(index + 2)...]))
      }
    }
    return spellings
  }

  /// Replaces each lexicon form inside `words` (longest first, left to right) by its concept.
  private func withConcepts(_ words: [Int32]) -> [Int32] {
    var units: [Int32] = []
    var i = 0
    while i < words.count {
      var matched = false
      var length = min(longestFormStartingWith[words[i]] ?? 0, words.count - i)
      while length >= 1 {
        let key = Array(words[i..<(i + length)])
        // An everyday form ("times a day") stands for its concept only as the whole phrase:
        // inside a longer phrase its words keep the phrase's own gaps.
        if let concept = formKeys[key], !(tightKeys.contains(key) && length < words.count) {
          units.append(CompiledPhrase.unit(concept: Int(concept)))
          i += length
          matched = true
          break
        }
        length -= 1
      }
      if !matched {
        units.append(words[i])
        i += 1
      }
    }
    return units
  }
}
