import Foundation
import Testing
@testable import MLCoachCore

/// The small structures the scorer's hot path uses instead of hashing: each must behave as the
/// Foundation or standard-library type it replaces.
@Suite("scoring data structures")
struct ScoringDataStructureTests {
  @Test("a token's yes-or-no facts are bits: each reads back as set, alone, in 16 bytes")
  func tokenFlags() {
    #expect(MemoryLayout<AnalyzedAnswer.Token>.stride == 16)
    let names: [WritableKeyPath<AnalyzedAnswer.Token, Bool>] = [
      \.clauseBreakBefore, \.isFiller, \.isQuantity, \.commaBreakBefore, \.arrowBefore, \.hyphenated, \.parenBefore,
      \.separatorBefore, \.semicolonBefore, \.isNumber, \.countsTimes,
    ]
    let plain = AnalyzedAnswer.Token(id: 7, joinedID: -1, sentence: 2, clauseBreakBefore: false, isFiller: false,
                                     isQuantity: false, commaBreakBefore: false, arrowBefore: false, hyphenated: false)
    for (index, name) in names.enumerated() {
      var token = plain
      token[keyPath: name] = true
      for (other, otherName) in names.enumerated() { #expect(token[keyPath: otherName] == (other == index)) }
      token[keyPath: name] = false
      #expect(token == plain)
    }
    #expect(plain.id == 7 && plain.joinedID == -1 && plain.sentence == 2)
  }

  @Test("IDSet behaves as Set<Int> for insert, remove, union, subtract and negative ids")
  func idSet() {
    var set = IDSet([3, 64, 130])
    #expect(set.contains(3) && set.contains(64) && set.contains(130))
    #expect(!set.contains(4) && !set.contains(-1) && !set.contains(Int32(-1)) && !set.contains(10_000))
    set.insert(-5)  // never a member
    #expect(!set.contains(-5))
    set.remove(Int32(64))
    #expect(!set.contains(64))
    var other = IDSet([1, 3, 500])
    other.formUnion(set)
    #expect(other.contains(1) && other.contains(3) && other.contains(130) && other.contains(500))
    other.subtract(IDSet([3, 500]))
    #expect(!other.contains(3) && !other.contains(500) && other.contains(1))
    #expect(IDSet().isEmpty && !other.isEmpty)
    #expect(IDSet([Int32(7)]) == IDSet([7]))
  }

  @Test("trimmingSpaces trims spaces, tabs and no-break spaces, not line breaks or inner spaces")
  func trimming() {
    #expect(" \t## Data \u{00A0}".trimmingSpaces == "## Data")
    #expect("a b".trimmingSpaces == "a b")
    #expect("\nx\n".trimmingSpaces == "\nx\n")
    #expect("   ".trimmingSpaces.isEmpty)
  }

  @Test("the byte-level normaliser gives the text the scalar-level rules describe")
  func normaliser() {
    #expect(TextNormalizer.normalize("don\u{2019}t\u{00A0}need\r\nQPS\u{2014}ever\u{2026}") == "don't need\nQPS - ever...")
    #expect(TextNormalizer.normalize("caf\u{00E9} \u{1F600} \u{200B}x") == "caf\u{00E9} \u{1F600} x")
    #expect(TextNormalizer.normalize("\u{FF37}ide") == "Wide")  // full-width letter through NFKC
    #expect(TextNormalizer.normalize("a\rb\u{2028}c") == "a\nb\nc")
  }

  @Test("ByteKeyedTable numbers byte strings in first-seen order and tells apart keys of equal hash")
  func byteKeyedTable() {
    var table = ByteKeyedTable()
    func insert(_ word: String, hash: UInt64? = nil) -> (entry: Int, isNew: Bool) {
      var bytes = word
      return bytes.withUTF8 { table.insert($0, hash: hash ?? ByteKeyedTable.hash($0)) }
    }
    func find(_ word: String, hash: UInt64? = nil) -> Int? {
      var bytes = word
      return bytes.withUTF8 { table.find($0, hash: hash ?? ByteKeyedTable.hash($0)) }
    }
    let words = (0..<1_000).map { "w\($0)" }  // enough to grow the table several times
    for (index, word) in words.enumerated() { #expect(insert(word) == (index, true)) }
    #expect(insert("w17") == (17, false))
    #expect(find("w999") == 999 && find("w1000") == nil && find("") == nil)
    #expect(table.count == 1_000)
    // Two keys forced to one hash stay two entries: keys are compared, not only hashed.
    #expect(insert("alpha", hash: 42) == (1_000, true))
    #expect(insert("beta", hash: 42) == (1_001, true))
    #expect(find("alpha", hash: 42) == 1_000 && find("beta", hash: 42) == 1_001 && find("gamma", hash: 42) == nil)
    #expect(insert("", hash: 7).isNew && find("", hash: 7) == 1_002)
  }

  @Test("a word's id from its bytes equals its id from its String, acronym-only keys included")
  func vocabularyByBytes() {
    var vocabulary = Vocabulary()
    for word in ["downsampling", "calibration", "ads", "neighbour", "label", "using"] {
      _ = vocabulary.add(WordNormalizer.stem(word))
    }
    _ = vocabulary.addAcronym("shap")
    var scratch: [UInt8] = []
    for word in ["downsampled", "calibrated", "ad", "ads", "neighbors", "labelled", "labels", "used", "shap", "shaps",
                 "shape", "shapes", "unknown", "x", "naïve", "café", "a1"] {
      var bytes = word
      let byBytes = bytes.withUTF8 { vocabulary.id(lower: $0, scratch: &scratch) }
      #expect(byBytes == vocabulary.id(written: Substring(word), lower: word, capitals: 0), "\(word)")
    }
    #expect(vocabulary.id(written: "shape", lower: "shape", capitals: 0) == -1)
  }

  @Test("a unit or list-closing abbreviation before a capitalised word ends the sentence; e.g., vs. and fig. do not")
  func abbreviationsThatEndSentences() throws {
    let vocabulary = Scorer(scenario: try Fixtures.flagship("ads-ctr")).vocabulary
    let text = "The transcript follows in ~10 min. There are no engagement features yet, so the ranker uses priors. "
      + "We log clicks, hides, etc. The labels join in 30 min. Use a max. 5 ms budget, e.g. GBDT vs. LR as in fig. 3 here."
    let analyzed = AnalyzedAnswer(answer: Answer.parse(text), vocabulary: vocabulary)
    let sentences = analyzed.sentences.indices.map { analyzed.sentenceText($0) }
    #expect(sentences == ["The transcript follows in ~10 min.",
                          "There are no engagement features yet, so the ranker uses priors.",
                          "We log clicks, hides, etc.", "The labels join in 30 min.",
                          "Use a max. 5 ms budget, e.g. GBDT vs. LR as in fig. 3 here."])
  }

  /// Trial 24: quotes were cut at 300 characters, mid-word and just before the reason, in the
  /// JSON report too.
  @Test("a long sentence is quoted whole; a page without punctuation is cut after a whole word")
  func longQuotes() throws {
    let vocabulary = Scorer(scenario: try Fixtures.flagship("ads-ctr")).vocabulary
    let long = "For sparse users I would add personalised PageRank or random walks with restart from the user, "
      + String(repeating: "scored against the same budget and the same labels as the other candidate sources, ", count: 3)
      + "which reach friends of friends of friends for users with few friends."
    let page = String(repeating: "concentration ", count: 100)
    let analyzed = AnalyzedAnswer(answer: Answer.parse(long + "\n\n" + page), vocabulary: vocabulary)
    #expect(long.count > 300)
    #expect(analyzed.sentenceText(0) == long)
    let cut = analyzed.sentenceText(1)
    #expect(cut.hasSuffix("concentration..."))
    #expect(cut.count <= AnalyzedAnswer.quoteLength + 3)
  }

  @Test("an answer analysed in two halves on two threads gives the tokens and sentences of one pass")
  func parallelAnalysis() throws {
    let vocabulary = Scorer(scenario: try Fixtures.flagship("ads-ctr")).vocabulary
    var split = 0
    let corpus = Fixtures.folder.appendingPathComponent("corpus/ads-ctr").path
    let names = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".md") }.sorted()
    for path in names.map({ corpus + "/" + $0 }) {
      let answer = Answer.parse(try String(contentsOfFile: path, encoding: .utf8))
      let halves = AnalyzedAnswer.halves(answer.sections)
      if halves.count > 1 { split += 1 }
      let parallel = AnalyzedAnswer(answer: answer, vocabulary: vocabulary)
      let serial = AnalyzedAnswer(sections: answer.sections[...], vocabulary: vocabulary)
      #expect(parallel.tokens == serial.tokens, "\(path)")
      #expect(parallel.sentences == serial.sentences, "\(path)")
      #expect(parallel.text == serial.text && parallel.wordCount == serial.wordCount, "\(path)")
      #expect(parallel.sectionSteps == serial.sectionSteps && parallel.sectionKinds == serial.sectionKinds, "\(path)")
    }
    #expect(split >= 10, "too few answers were long enough to be split: \(split)")
  }

  @Test("halves: one run below the threshold or for one section; else the cut nearest the middle")
  func halves() {
    func sections(_ sizes: [Int]) -> [Answer.Section] {
      sizes.map { Answer.Section(step: nil, text: String(repeating: "a", count: $0)) }
    }
    #expect(AnalyzedAnswer.halves(sections([5_000])) == [0..<1])
    #expect(AnalyzedAnswer.halves(sections([500, 500])) == [0..<2])
    #expect(AnalyzedAnswer.halves(sections([1_000, 1_000, 1_000, 1_000])) == [0..<2, 2..<4])
    #expect(AnalyzedAnswer.halves(sections([3_000, 100, 100])) == [0..<1, 1..<3])
    #expect(AnalyzedAnswer.halves(sections([100, 100, 3_000])) == [0..<2, 2..<3])
  }
}
