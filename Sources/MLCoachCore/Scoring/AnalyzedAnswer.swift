/// An answer turned into word ids and sentences, ready for phrase matching.
///
/// Each section is read by `AnswerReader` (Markdown, HTML and Unicode aware); its units are
/// split into sentences; words are interned against the rubric's vocabulary, so matching
/// compares integers. A word the rubric never uses gets id -1 and costs nothing more.
struct AnalyzedAnswer {
  /// One word. Its eleven yes-or-no facts are bits of one `UInt16`, so a token takes 16 bytes
  /// rather than 24: a 1 MB answer has about 170,000 of them, and the bytes saved keep scoring
  /// it under the 50 MB memory target (`mlcoach-bench`, "memory").
  struct Token: Equatable {
    var id: Int32
    /// The id of this word joined with the next ("down" + "sample" → "downsampl"), or -1.
    var joinedID: Int32
    var sentence: Int32
    private var flags: UInt16 = 0

    init(id: Int32, joinedID: Int32, sentence: Int32, clauseBreakBefore: Bool, isFiller: Bool, isQuantity: Bool,
         commaBreakBefore: Bool, arrowBefore: Bool, hyphenated: Bool, parenBefore: Bool = false,
         separatorBefore: Bool = false, semicolonBefore: Bool = false, isNumber: Bool = false,
         countsTimes: Bool = false) {
      self.id = id
      self.joinedID = joinedID
      self.sentence = sentence
      self.clauseBreakBefore = clauseBreakBefore
      self.isFiller = isFiller
      self.isQuantity = isQuantity
      self.commaBreakBefore = commaBreakBefore
      self.arrowBefore = arrowBefore
      self.hyphenated = hyphenated
      self.parenBefore = parenBefore
      self.separatorBefore = separatorBefore
      self.semicolonBefore = semicolonBefore
      self.isNumber = isNumber
      self.countsTimes = countsTimes
    }

    private func flag(_ bit: UInt16) -> Bool { flags & bit != 0 }
    private mutating func set(_ bit: UInt16, _ value: Bool) { if value { flags |= bit } else { flags &= ~bit } }

    var clauseBreakBefore: Bool { get { flag(1) } set { set(1, newValue) } }
    /// "the", "of", "we"...: skipped for free between the words of a phrase.
    var isFiller: Bool { get { flag(1 << 1) } set { set(1 << 1, newValue) } }
    /// A number that measures something ("150 ms", "10%", "1 in 10"), not part of a name
    /// ("ResNet-50", "GPT-4").
    var isQuantity: Bool { get { flag(1 << 2) } set { set(1 << 2, newValue) } }
    /// The break before this word was commas only (see `WordTokenizer.Span`).
    var commaBreakBefore: Bool { get { flag(1 << 3) } set { set(1 << 3, newValue) } }
    /// An arrow stood before this word (terse notes: "downsample -> recalibrate").
    var arrowBefore: Bool { get { flag(1 << 4) } set { set(1 << 4, newValue) } }
    /// Joined to the previous word by a hyphen: "no-click" is one adjective, not a negation.
    var hyphenated: Bool { get { flag(1 << 5) } set { set(1 << 5, newValue) } }
    /// An opening bracket stood right before this word (see `WordTokenizer.Span.parenBefore`).
    var parenBefore: Bool { get { flag(1 << 6) } set { set(1 << 6, newValue) } }
    /// A colon, semicolon or dash stood before this word (see `WordTokenizer.Span.separatorBefore`).
    var separatorBefore: Bool { get { flag(1 << 7) } set { set(1 << 7, newValue) } }
    /// A semicolon stood before this word (see `WordTokenizer.Span.semicolonBefore`).
    var semicolonBefore: Bool { get { flag(1 << 8) } set { set(1 << 8, newValue) } }
    /// Written in digits: content only as a measured quantity (`isQuantity`), never as a word of
    /// the rubric ("because 7." says nothing though some phrase says "7 days").
    var isNumber: Bool { get { flag(1 << 9) } set { set(1 << 9, newValue) } }
    /// "times" after a count ("3 times a day", "several times a week"): a frequency, so it
    /// starts no concept form ("time of day"; see `PhraseIndex.tagConcepts`).
    var countsTimes: Bool { get { flag(1 << 10) } set { set(1 << 10, newValue) } }
    /// An article or demonstrative ("the", "a", "these"): it opens a noun phrase of its own (see
    /// `PhraseIndex.refusesGap`).
    var isDeterminer: Bool { get { flag(1 << 11) } set { set(1 << 11, newValue) } }
    /// A preposition, conjunction or form of "be"/"have" ("from", "and", "was"): what follows
    /// it is linked to what comes before, not set beside it (see `PhraseIndex.refusesGap`).
    var isLinker: Bool { get { flag(1 << 12) } set { set(1 << 12, newValue) } }
    /// An auxiliary or form of "be" ("is", "can", "has"): after a noun, it makes that noun the
    /// subject of a clause (see `PhraseIndex.refusesGap`).
    var isAuxiliary: Bool { get { flag(1 << 13) } set { set(1 << 13, newValue) } }

    /// Punctuation or an arrow of terse notes stood before this word: a new clause starts.
    var startsClause: Bool { clauseBreakBefore || arrowBefore }
  }

  struct Sentence: Equatable {
    var firstToken: Int
    var endToken: Int
    /// Byte range in `text`.
    var start: Int
    var end: Int
    var section: Int
    var kind: AnswerReader.Unit.Kind
    /// Terms without statements: a keyword list, a run of one-term lines, a diagram, code.
    var isList: Bool
    var isQuestion: Bool
    /// A table row of a table comparing two or more alternatives.
    var tableCompares: Bool
    /// The reader's unit (paragraph, line, list item) the sentence belongs to.
    var unit: Int

    var isHeading: Bool { kind == .heading }
  }

  var tokens: [Token] = []
  var sentences: [Sentence] = []
  var sectionSteps: [StepID?] = []
  var sectionKinds: [Answer.Kind] = []
  /// The read text of every unit; sentences index into its UTF-8 bytes.
  var text: [UInt8] = []
  var wordCount = 0
  private var unitCount = 0

  /// Longest evidence quote, in characters: the whole sentence, unless a paste without
  /// punctuation makes one sentence of a page. At 300 a newcomer's long sentences were cut just
  /// before the reason ("random walks with restart f...", trial 24), in the JSON report too.
  static let quoteLength = 1_000

  /// The first token after `start` that a clause break stands before, or the end of
  /// `start`'s sentence: for a bracket opened at `start`, the token after the aside (a closing
  /// bracket breaks the clause).
  func clauseEnd(after start: Int) -> Int {
    let sentenceEnd = sentences[Int(tokens[start].sentence)].endToken
    var end = start + 1
    while end < sentenceEnd && !tokens[end].clauseBreakBefore { end += 1 }
    return end
  }

  /// The sentence as the candidate wrote it, on one line.
  func sentenceText(_ index: Int) -> String {
    let sentence = sentences[index]
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(sentence.end - sentence.start, Self.quoteLength + 20))
    var i = sentence.start
    while i < sentence.end, text[i] == UInt8(ascii: " ") || text[i] == UInt8(ascii: "\t") { i += 1 }
    var pendingSpace = false
    var characters = 0
    while i < sentence.end && characters < Self.quoteLength {
      let byte = text[i]
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
        pendingSpace = !bytes.isEmpty
      } else if byte >= 0x20 {
        if pendingSpace {
          bytes.append(UInt8(ascii: " "))
          characters += 1
        }
        pendingSpace = false
        bytes.append(byte)
        if byte & 0xC0 != 0x80 { characters += 1 }
      }
      i += 1
    }
    if i < sentence.end {
      // Cut after a whole word: "exposure concentra..." read as a typo.
      if let space = bytes.lastIndex(of: UInt8(ascii: " ")), space > 0 { bytes.removeSubrange(space...) }
      bytes += Array("...".utf8)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// What is known about a word as written once it has been looked up: most words of an
  /// answer repeat, and stemming or hashing each occurrence again was most of the cost of
  /// scoring.
  private struct WordFacts {
    var id: Int32
    var startsJoinedWord: Bool
    var isFiller: Bool
    /// "times", and a count word before it ("several", "two").
    var isTimes: Bool
    var isCount: Bool
    /// "because", "since", ...: the sentence is a statement, not a comma list.
    var breaksList: Bool
    /// "p", "top", "k", ...: a number attached to it is a measure ("p99"), not a name.
    var keepsQuantity: Bool
    /// "the", "a", "these", ...: opens a noun phrase.
    var isDeterminer: Bool = false
    /// "from", "and", "was", ...: links what follows to what comes before.
    var isLinker: Bool = false
    /// "is", "can", "has", ...: an auxiliary.
    var isAuxiliary: Bool = false
  }
  /// The distinct words of this answer by their bytes as written: what the tokenizer makes of
  /// a word depends only on those bytes, so "The" and "the" are two entries with the same id.
  private var wordTable = ByteKeyedTable()
  /// By entry of `wordTable`.
  private var wordFacts: [WordFacts] = []
  /// The lowercase bytes of each entry, for joining split words: entry `i` is
  /// `lowerBytes[lowerEnds[i - 1]..<lowerEnds[i]]` (from 0 for the first).
  private var lowerBytes: [UInt8] = []
  private var lowerEnds: [Int] = []
  /// Reused by every stem and join (an array per word showed in profiles).
  private var scratch: [UInt8] = []
  private var joinScratch: [UInt8] = []
  /// Ids of two words joined ("down" + "sample"), keyed by the two words' entries: most pairs
  /// never form a word, and building the joined string only to look it up cost more.
  private var joinedIDs: [Int64: Int32] = [:]

  /// The entry of the word `raw` (its bytes as written), looked up on first sight.
  private mutating func entry(raw: UnsafeBufferPointer<UInt8>, lower: UnsafeBufferPointer<UInt8>,
                              span: WordTokenizer.Span, vocabulary: Vocabulary) -> Int {
    let (entry, isNew) = wordTable.insert(raw, hash: ByteKeyedTable.hash(raw))
    guard isNew else { return entry }
    let id: Int32
    if span.capitals > 0 {
      // Written with capitals: exact forms ("mAP") and acronyms are keyed by Strings.
      id = vocabulary.id(written: Substring(PhraseCompiler.writtenForm(raw)), lower: String(decoding: lower, as: UTF8.self),
                         capitals: span.capitals)
    } else {
      id = vocabulary.id(lower: lower, scratch: &scratch)
    }
    let flags = SmallWords.flags(lower)
    let isFiller = flags & SmallWords.filler != 0
    // A filler never starts a split word ("the ory" is not a thing a candidate types).
    wordFacts.append(WordFacts(id: id, startsJoinedWord: !isFiller && vocabulary.startsJoinedWord(bytes: lower),
                               isFiller: isFiller, isTimes: flags & SmallWords.times != 0,
                               isCount: flags & SmallWords.count != 0, breaksList: flags & SmallWords.listBreaker != 0,
                               keepsQuantity: flags & SmallWords.quantityPrefix != 0,
                               isDeterminer: flags & SmallWords.determiner != 0,
                               isLinker: flags & SmallWords.linker != 0,
                               isAuxiliary: flags & SmallWords.auxiliary != 0))
    lowerBytes.append(contentsOf: lower)
    lowerEnds.append(lowerBytes.count)
    return entry
  }

  private mutating func joinedID(_ first: Int, _ second: Int, vocabulary: Vocabulary) -> Int32 {
    let key = Int64(first) << 32 | Int64(second)
    if let known = joinedIDs[key] { return known }
    joinScratch.removeAll(keepingCapacity: true)
    joinScratch.append(contentsOf: lowerBytes[(first == 0 ? 0 : lowerEnds[first - 1])..<lowerEnds[first]])
    joinScratch.append(contentsOf: lowerBytes[(second == 0 ? 0 : lowerEnds[second - 1])..<lowerEnds[second]])
    // A split word never has capitals that matter: it is looked up as lowercase.
    let joined = joinScratch
    let id = joined.withUnsafeBufferPointer { vocabulary.id(lower: $0, scratch: &scratch) }
    joinedIDs[key] = id
    return id
  }

  /// Answers of at least this many bytes in two or more sections are analysed on two threads.
  /// (Waking a second thread costs tens of microseconds; analysing 2,000 bytes, about 0.2 ms.)
  static let parallelThreshold = 2_000

  init(answer: Answer, vocabulary: Vocabulary) {
    let groups = Self.halves(answer.sections)
    guard groups.count > 1 else {
      self.init(sections: answer.sections[...], vocabulary: vocabulary)
      return
    }
    // Sections are read and analysed independently of one another (each part keeps its own
    // word table), then joined in order: the result is the same as one pass over them all.
    let parts = parallelMap(groups.count) { AnalyzedAnswer(sections: answer.sections[groups[$0]], vocabulary: vocabulary) }
    self = parts[0]
    for part in parts.dropFirst() { append(part) }
  }

  /// The sections in one run, or in two runs of about equal size when the answer is long
  /// enough to repay a second thread.
  static func halves(_ sections: [Answer.Section]) -> [Range<Int>] {
    let sizes = sections.map(\.text.utf8.count)
    let total = sizes.reduce(0, +)
    guard sections.count > 1, total >= parallelThreshold else { return [0..<sections.count] }
    // The cut between sections nearest the middle of the bytes.
    var cut = 1, gap = Int.max, before = 0
    for candidate in 1..<sections.count {
      before += sizes[candidate - 1]
      if abs(2 * before - total) < gap {
        gap = abs(2 * before - total)
        cut = candidate
      }
    }
    return [0..<cut, cut..<sections.count]
  }

  /// Analyses `sections` (a run of an answer's sections; sentences refer to sections by
  /// their index in the whole answer) on the calling thread.
  init(sections: ArraySlice<Answer.Section>, vocabulary: Vocabulary) {
    for (sectionIndex, section) in zip(sections.indices, sections) {
      sectionSteps.append(section.step)
      sectionKinds.append(section.kind)
      for unit in AnswerReader.read(section.text) {
        unitCount += 1
        let start = text.count
        text.append(contentsOf: unit.text)
        let end = text.count
        text.append(UInt8(ascii: "\n"))
        switch unit.kind {
        case .prose, .listItem:
          splitSentences(start, end, unit: unit, section: sectionIndex, vocabulary: vocabulary)
        case .heading, .tableRow, .code:
          addSentence(start, end, unit: unit, section: sectionIndex, vocabulary: vocabulary)
        }
      }
    }
  }

  /// Appends the analysis of the sections that follow this one's.
  private mutating func append(_ next: AnalyzedAnswer) {
    let textOffset = text.count, tokenOffset = tokens.count
    let sentenceOffset = Int32(sentences.count), unitOffset = unitCount
    text += next.text
    tokens.reserveCapacity(tokens.count + next.tokens.count)
    for var token in next.tokens {
      token.sentence += sentenceOffset
      tokens.append(token)
    }
    sentences.reserveCapacity(sentences.count + next.sentences.count)
    for var sentence in next.sentences {
      sentence.firstToken += tokenOffset
      sentence.endToken += tokenOffset
      sentence.start += textOffset
      sentence.end += textOffset
      sentence.unit += unitOffset
      sentences.append(sentence)
    }
    sectionSteps += next.sectionSteps
    sectionKinds += next.sectionKinds
    wordCount += next.wordCount
    unitCount += next.unitCount
  }

  /// Sentences end at `.`, `!` or `?` followed by a space (not after "e.g." and the like).
  private mutating func splitSentences(_ from: Int, _ to: Int, unit: AnswerReader.Unit, section: Int,
                                       vocabulary: Vocabulary) {
    var sentenceStart = from
    var index = from
    while index < to {
      if index + 1 < to, SentenceEnds.endsSentence(text, at: index, start: sentenceStart) {
        addSentence(sentenceStart, index + 1, unit: unit, section: section, vocabulary: vocabulary)
        sentenceStart = index + 1
      }
      index += 1
    }
    if sentenceStart < to { addSentence(sentenceStart, to, unit: unit, section: section, vocabulary: vocabulary) }
  }

  /// A number measures something only with a word beside it in its clause ("150 ms", "keep 10
  /// of them", "p99 under 150") or as the value a label gives ("latency: 150"). One alone
  /// after a reason word or a comma is no measurement: "We use a feature store because 7."
  /// gave a keyword list 90/100 through 63 such lines (trial 14).
  private mutating func unmeasuredNumbers(from first: Int, linking: [Bool]) {
    let end = tokens.count
    for i in first..<end where tokens[i].isQuantity {
      var next = i + 1
      while next < end, !tokens[next].clauseBreakBefore, tokens[next].isFiller { next += 1 }
      if next < end, !tokens[next].clauseBreakBefore { continue }
      var previous = i - 1
      while previous >= first, !tokens[previous + 1].clauseBreakBefore, tokens[previous].isFiller { previous -= 1 }
      let hasPrevious = previous >= first && !tokens[previous + 1].clauseBreakBefore
      if hasPrevious ? !linking[previous - first] : tokens[i].separatorBefore { continue }
      tokens[i].isQuantity = false
    }
  }

  private mutating func addSentence(_ start: Int, _ end: Int, unit: AnswerReader.Unit, section: Int,
                                    vocabulary: Vocabulary) {
    guard end > start else { return }
    let sentenceIndex = Int32(sentences.count)
    let firstToken = tokens.count
    var separators = 0
    for i in start..<end where text[i] == UInt8(ascii: ",") || text[i] == UInt8(ascii: ";") {
      separators += 1
    }
    var previous: (span: WordTokenizer.Span, entry: Int)?
    var reasonWord = false
    // Per token of this sentence: a reason word ("because", "since", "so").
    var linking: [Bool] = []
    // A second reference to the bytes, read while the closure below appends to `tokens`.
    let source = text
    source.withUnsafeBufferPointer { buffer in
      WordTokenizer.forEachSpan(in: buffer, from: start, to: end, splittingReVerbs: true) { span, lower in
        let entry = entry(raw: UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]), lower: lower,
                          span: span, vocabulary: vocabulary)
        let facts = wordFacts[entry]
        if let previous, wordFacts[previous.entry].startsJoinedWord, !span.clauseBreakBefore, tokens.count > firstToken {
          let joined = joinedID(previous.entry, entry, vocabulary: vocabulary)
          if joined >= 0 { tokens[tokens.count - 1].joinedID = joined }
        }
        let nameNumber = span.isNumber && span.attached
          && previous.map { !$0.span.isNumber && !wordFacts[$0.entry].keepsQuantity } == true
        tokens.append(Token(id: facts.id, joinedID: -1, sentence: sentenceIndex, clauseBreakBefore: span.clauseBreakBefore,
                            isFiller: facts.isFiller, isQuantity: span.isNumber && !nameNumber,
                            commaBreakBefore: span.commaBreakBefore, arrowBefore: span.arrowBefore,
                            hyphenated: span.hyphenated, parenBefore: span.parenBefore,
                            separatorBefore: span.separatorBefore, semicolonBefore: span.semicolonBefore,
                            isNumber: span.isNumber,
                            countsTimes: facts.isTimes
                              && previous.map { $0.span.isNumber || wordFacts[$0.entry].isCount } == true))
        if facts.isDeterminer { tokens[tokens.count - 1].isDeterminer = true }
        if facts.isLinker { tokens[tokens.count - 1].isLinker = true }
        if facts.isAuxiliary { tokens[tokens.count - 1].isAuxiliary = true }
        if facts.breaksList { reasonWord = true }
        linking.append(facts.breaksList)
        previous = (span, entry)
      }
    }
    let wordsInSentence = tokens.count - firstToken
    guard wordsInSentence > 0 else { return }
    wordCount += wordsInSentence
    unmeasuredNumbers(from: firstToken, linking: linking)
    // A comma list: two or more separators, at most ~3.5 words per item, and no reason word.
    let commaList = unit.kind != .tableRow && !reasonWord && separators >= 2
      && Double(wordsInSentence) / Double(separators + 1) <= 3.5
    let keywordRun = unit.kind != .tableRow && Self.hasKeywordRun(tokens[firstToken...])
    var last = end
    while last > start, text[last - 1] == UInt8(ascii: " ") { last -= 1 }
    sentences.append(Sentence(
      firstToken: firstToken, endToken: tokens.count, start: start, end: end, section: section, kind: unit.kind,
      isList: unit.listLike || unit.kind == .code || commaList || keywordRun,
      isQuestion: last > start && text[last - 1] == UInt8(ascii: "?"), tableCompares: unit.tableCompares,
      unit: unitCount))
  }

  /// Words in a row, with no punctuation or arrow between them, from which a run is a list of
  /// terms when almost none of them are small words ("a", "the", "of", "to", "we", ...).
  /// Written sentences break with a comma or a dash within about 25 words, and a run that
  /// long has small words in it: on the graded corpus the longest run of a real sentence is
  /// 25 words, and every run of 18 or more words has at least 5% small words, while terms
  /// typed in one unpunctuated line ("fraud detection real-time latency p99 chargeback label
  /// delay ...") make runs of 50 to 90 words with about 1%.
  static let keywordRunWords = 30
  /// Most small words a keyword run may have, as a share of its words.
  static let keywordRunFillerShare = 0.05

  /// Whether `tokens` (one sentence) hold a run of terms typed without punctuation: such a
  /// line is a list of names, however many numbers or "vs" it contains.
  static func hasKeywordRun(_ tokens: ArraySlice<Token>) -> Bool {
    guard tokens.count >= keywordRunWords else { return false }
    var run = 0
    var fillers = 0
    for token in tokens {
      if token.clauseBreakBefore || token.arrowBefore {
        if run >= keywordRunWords && Double(fillers) < keywordRunFillerShare * Double(run) { return true }
        run = 0
        fillers = 0
      }
      run += 1
      if token.isFiller { fillers += 1 }
    }
    return run >= keywordRunWords && Double(fillers) < keywordRunFillerShare * Double(run)
  }

  /// The small word lists an answer's words are checked against, as one byte-keyed
  /// table: three Set<String> look-ups per distinct word showed in profiles.
  private enum SmallWords {
    static let filler: UInt8 = 1, listBreaker: UInt8 = 2, quantityPrefix: UInt8 = 4, times: UInt8 = 8
    static let count: UInt8 = 16, determiner: UInt8 = 32, linker: UInt8 = 64, auxiliary: UInt8 = 128
    /// Auxiliaries and forms of "be" and "have".
    static let auxiliaries = ["is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would",
                              "may", "might", "must", "should", "does", "did", "do", "gets", "got"]
    /// Prepositions, conjunctions and forms of "be" and "have": each links what follows to what
    /// comes before.
    static let linkers = ["from", "in", "on", "at", "by", "with", "into", "onto", "over", "under", "across", "per",
                          "via", "after", "before", "during", "within", "against", "between", "through", "about",
                          "around", "and", "or", "but", "than", "as", "like", "when", "where", "which", "while",
                          "until", "since", "because", "if", "so", "then", "is", "are", "was", "were", "be",
                          "has", "have", "had", "of", "to", "for", "all", "off", "out", "up", "down"]
    /// Articles and demonstratives: each opens a noun phrase.
    static let determiners = ["the", "a", "an", "this", "these", "those"]
    /// Words before "times" that make it a count ("several times a day").
    static let countWords = ["two", "three", "four", "five", "six", "ten", "few", "several", "many", "multiple",
                             "couple", "dozen", "hundred", "thousand"]
    /// Letters written before a number that keep it a measure: p99, top-10, k=10, 10x.
    static let quantityPrefixes = ["p", "top", "k", "x", "n", "q", "at"]
    /// Words that make a comma run a statement rather than a list of terms.
    static let listBreakers = ["because", "since", "so", "therefore", "otherwise", "which"]

    static let table: (keys: ByteKeyedTable, flags: [UInt8]) = {
      var keys = ByteKeyedTable()
      var flags: [UInt8] = []
      let lists = [(PhraseCompiler.fillerWords.sorted(), filler), (listBreakers, listBreaker),
                   (quantityPrefixes, quantityPrefix), (["times"], times), (countWords, count),
                   (determiners, determiner), (linkers, linker), (auxiliaries, auxiliary)]
      for (words, flag) in lists {
        for word in words {
          var bytes = word
          let entry = bytes.withUTF8 { keys.insert($0, hash: ByteKeyedTable.hash($0)).entry }
          if entry == flags.count { flags.append(0) }
          flags[entry] |= flag
        }
      }
      return (keys, flags)
    }()

    /// The lists `word` (lowercase bytes) is on, as bits.
    static func flags(_ word: UnsafeBufferPointer<UInt8>) -> UInt8 {
      // The lists hold only short words: a longer word needs no look-up.
      guard word.count <= 9 else { return 0 }
      return table.keys.find(word, hash: ByteKeyedTable.hash(word)).map { table.flags[$0] } ?? 0
    }
  }
}
