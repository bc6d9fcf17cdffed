/// An answer turned into word ids and sentences, ready for phrase matching.
///
/// Words are interned against the rubric's vocabulary, so matching compares integers;
/// a word the rubric never uses gets id -1 and costs nothing more.
struct AnalyzedAnswer {
  struct Token {
    var id: Int32
    /// The id of this word joined with the next ("down" + "sample" → "downsampl"), or -1.
    var joinedID: Int32
    var sentence: Int32
    var clauseBreakBefore: Bool
    /// "the", "of", "we"...: skipped for free between the words of a phrase.
    var isFiller: Bool
  }

  struct Sentence {
    var firstToken: Int
    var endToken: Int
    var start: Int
    var end: Int
    var section: Int
    var isHeading: Bool
    /// A comma-separated run of short items: a keyword list, not a sentence.
    var isList: Bool
    var hasNumber: Bool
    var hasSymbol: Bool
    var isQuestion: Bool
  }

  var tokens: [Token] = []
  var sentences: [Sentence] = []
  var sectionSteps: [StepID?] = []
  var sectionKinds: [Answer.Kind] = []
  /// The sections' texts joined; sentences index into its UTF-8 bytes.
  var text: [UInt8] = []
  var wordCount = 0

  /// The sentence as the candidate wrote it, on one line, without Markdown markers.
  func sentenceText(_ index: Int) -> String {
    let sentence = sentences[index]
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(sentence.end - sentence.start, 320))
    var i = sentence.start
    // Drop leading Markdown markers so the quoted evidence reads like a sentence.
    while i < sentence.end, [UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: ">"),
                             UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n")].contains(text[i]) {
      i += 1
    }
    var pendingSpace = false
    var characters = 0
    while i < sentence.end && characters < 300 {
      let byte = text[i]
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
        pendingSpace = !bytes.isEmpty
      } else {
        if pendingSpace { bytes.append(UInt8(ascii: " ")); characters += 1 }
        pendingSpace = false
        bytes.append(byte)
        if byte & 0xC0 != 0x80 { characters += 1 }
      }
      i += 1
    }
    if i < sentence.end {
      while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }  // never cut a character in half
      if !bytes.isEmpty { bytes.removeLast() }
      bytes += Array("...".utf8)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// What is known about a word once it has been stemmed: most words of an answer repeat, and
  /// stemming each occurrence again was most of the cost of scoring.
  private struct WordFacts {
    var id: Int32
    var startsJoinedWord: Bool
    var isFiller: Bool
  }
  private var wordFacts: [String: WordFacts] = [:]

  private mutating func facts(of word: String, vocabulary: Vocabulary) -> WordFacts {
    if let known = wordFacts[word] { return known }
    let id = vocabulary.mightMatch(word) ? vocabulary.id(WordNormalizer.stem(word)) : -1
    let facts = WordFacts(id: id, startsJoinedWord: vocabulary.startsJoinedWord(word),
                          isFiller: PhraseCompiler.fillerWords.contains(word))
    wordFacts[word] = facts
    return facts
  }

  init(answer: Answer, vocabulary: Vocabulary) {
    for (sectionIndex, section) in answer.sections.enumerated() {
      sectionSteps.append(section.step)
      sectionKinds.append(section.kind)
      let offset = text.count
      text.append(contentsOf: section.text.utf8)
      text.append(UInt8(ascii: "\n"))
      text.append(UInt8(ascii: "\n"))
      splitSentences(from: offset, to: text.count, section: sectionIndex, vocabulary: vocabulary)
    }
  }

  /// Sentences end at . ! ? followed by a space, at blank lines, and at every line that starts
  /// like a bullet or heading; a hard-wrapped paragraph stays one text.
  private mutating func splitSentences(from: Int, to: Int, section: Int, vocabulary: Vocabulary) {
    var lineStart = from
    var sentenceStart = from
    var sentenceIsHeading = false
    var index = from
    func lineKind(_ start: Int) -> (isBreak: Bool, isHeading: Bool, isBlank: Bool) {
      var i = start
      while i < to, text[i] == UInt8(ascii: " ") || text[i] == UInt8(ascii: "\t") { i += 1 }
      if i >= to || text[i] == UInt8(ascii: "\n") || text[i] == UInt8(ascii: "\r") { return (true, false, true) }
      let c = text[i]
      if c == UInt8(ascii: "#") { return (true, true, false) }
      if c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+") || c == UInt8(ascii: ">")
        || c == UInt8(ascii: "|") { return (true, false, false) }
      if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
        var j = i
        while j < to, text[j] >= UInt8(ascii: "0") && text[j] <= UInt8(ascii: "9") { j += 1 }
        if j < to, text[j] == UInt8(ascii: ".") || text[j] == UInt8(ascii: ")") { return (true, false, false) }
      }
      return (false, false, false)
    }
    func isShortLabelLine(_ start: Int, _ end: Int) -> Bool {
      // "Monitoring:" alone on a line acts as a heading.
      var e = end
      while e > start, text[e - 1] == UInt8(ascii: " ") || text[e - 1] == UInt8(ascii: "\r") { e -= 1 }
      guard e > start, text[e - 1] == UInt8(ascii: ":"), e - start <= 40 else { return false }
      return true
    }
    let first = lineKind(from)
    sentenceIsHeading = first.isHeading
    while index < to {
      let byte = text[index]
      if byte == UInt8(ascii: "\n") {
        let lineEnd = index
        let next = lineKind(index + 1)
        let labelLine = isShortLabelLine(lineStart, lineEnd)
        if next.isBreak || sentenceIsHeading || labelLine {
          addSentence(sentenceStart, lineEnd, section: section, heading: sentenceIsHeading || labelLine,
                      vocabulary: vocabulary)
          sentenceStart = index + 1
          sentenceIsHeading = next.isHeading
        }
        lineStart = index + 1
      } else if !sentenceIsHeading, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
                index + 1 < to, text[index + 1] == UInt8(ascii: " ") || text[index + 1] == UInt8(ascii: "\n"),
                !endsWithAbbreviation(sentenceStart, index) {
        addSentence(sentenceStart, index + 1, section: section, heading: sentenceIsHeading, vocabulary: vocabulary)
        sentenceStart = index + 1
        sentenceIsHeading = false
      }
      index += 1
    }
    if sentenceStart < to { addSentence(sentenceStart, to, section: section, heading: sentenceIsHeading, vocabulary: vocabulary) }
  }

  /// "e.g.", "i.e.", "vs.", "etc." and single letters do not end a sentence.
  private func endsWithAbbreviation(_ start: Int, _ dot: Int) -> Bool {
    var i = dot
    while i > start, (text[i - 1] >= UInt8(ascii: "a") && text[i - 1] <= UInt8(ascii: "z"))
      || (text[i - 1] >= UInt8(ascii: "A") && text[i - 1] <= UInt8(ascii: "Z")) || text[i - 1] == UInt8(ascii: ".") {
      i -= 1
    }
    let word = String(decoding: text[i..<dot], as: UTF8.self).lowercased()
    return ["e.g", "i.e", "vs", "etc", "approx", "e", "i", "g", "cf", "eg", "ie"].contains(word)
  }

  private mutating func addSentence(_ start: Int, _ end: Int, section: Int, heading: Bool, vocabulary: Vocabulary) {
    guard end > start else { return }
    let sentenceIndex = Int32(sentences.count)
    let firstToken = tokens.count
    var hasNumber = false
    var hasSymbol = false
    var commas = 0
    var previousText: String?
    for i in start..<end {
      let c = text[i]
      if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: "|") { commas += 1 }
      if c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == UInt8(ascii: "=") || c == UInt8(ascii: "~")
        || c == UInt8(ascii: "%") || c == 0xE2 {  // ≤ ≥ ≈ → and the like start with E2
        hasSymbol = true
      }
    }
    var words: [WordTokenizer.Word] = []
    text.withUnsafeBufferPointer { buffer in
      WordTokenizer.forEachWord(in: buffer, from: start, to: end) { words.append($0) }
    }
    var previousStartsJoined = false
    for word in words {
      if word.isNumber { hasNumber = true }
      let facts = facts(of: word.text, vocabulary: vocabulary)
      if let previousText, previousStartsJoined, !word.clauseBreakBefore, tokens.count > firstToken {
        let joined = self.facts(of: previousText + word.text, vocabulary: vocabulary).id
        if joined >= 0 { tokens[tokens.count - 1].joinedID = joined }
      }
      tokens.append(Token(id: facts.id, joinedID: -1, sentence: sentenceIndex, clauseBreakBefore: word.clauseBreakBefore,
                          isFiller: facts.isFiller))
      previousText = word.text
      previousStartsJoined = facts.startsJoinedWord
    }
    let wordsInSentence = tokens.count - firstToken
    guard wordsInSentence > 0 else { return }
    wordCount += wordsInSentence
    // A list: at least two separators and at most ~3.5 words per item.
    let isList = commas >= 2 && Double(wordsInSentence) / Double(commas + 1) <= 3.5
    sentences.append(Sentence(firstToken: firstToken, endToken: tokens.count, start: start, end: end, section: section,
                              isHeading: heading, isList: isList, hasNumber: hasNumber, hasSymbol: hasSymbol,
                              isQuestion: text[start..<end].last(where: { $0 > 0x20 }) == UInt8(ascii: "?")))
  }
}
