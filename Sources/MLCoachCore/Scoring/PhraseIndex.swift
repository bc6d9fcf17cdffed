/// Where a phrase was found: token range and sentence.
struct Occurrence {
  var start: Int
  var end: Int
  var sentence: Int
}

/// Positions of each vocabulary word in one answer, so a phrase is looked up, not scanned for.
struct PhraseIndex {
  private var positions: [[Int32]]
  private var joinedPositions: [[Int32]]

  init(_ analyzed: AnalyzedAnswer, vocabularySize: Int) {
    positions = Array(repeating: [], count: vocabularySize)
    joinedPositions = Array(repeating: [], count: vocabularySize)
    for (index, token) in analyzed.tokens.enumerated() {
      if token.id >= 0 { positions[Int(token.id)].append(Int32(index)) }
      if token.joinedID >= 0 { joinedPositions[Int(token.joinedID)].append(Int32(index)) }
    }
  }

  /// Every place the phrase occurs in order within one sentence, with at most `maxGap` other
  /// words between consecutive phrase words.
  func occurrences(of phrase: CompiledPhrase, in analyzed: AnalyzedAnswer, maxGap: Int) -> [Occurrence] {
    var found: [Occurrence] = []
    analyzed.tokens.withUnsafeBufferPointer { tokens in
      for variant in phrase.variants {
        guard let first = variant.first else { continue }
        let single = positions[Int(first)]
        let joined = joinedPositions[Int(first)]
        if single.isEmpty && joined.isEmpty { continue }
        for start in single {
          match(variant, from: Int(start), span: 1, tokens, analyzed, maxGap, &found)
        }
        for start in joined {
          match(variant, from: Int(start), span: 2, tokens, analyzed, maxGap, &found)
        }
      }
    }
    return found
  }

  /// Extends a match of the variant's first word at `start` through its remaining words.
  @inline(__always)
  private func match(
    _ variant: [Int32], from start: Int, span: Int, _ tokens: UnsafeBufferPointer<AnalyzedAnswer.Token>,
    _ analyzed: AnalyzedAnswer, _ maxGap: Int, _ found: inout [Occurrence]
  ) {
    let sentence = Int(tokens[start].sentence)
    let sentenceEnd = analyzed.sentences[sentence].endToken
    var cursor = start + span
    for word in variant.dropFirst() {
      var next = -1
      var probe = cursor
      var skipped = 0
      while probe < sentenceEnd && skipped <= maxGap {
        let token = tokens[probe]
        if token.id == word {
          next = probe + 1
          break
        }
        if token.joinedID == word, probe + 1 < sentenceEnd {
          next = probe + 2
          break
        }
        if !token.isFiller { skipped += 1 }
        probe += 1
      }
      if next < 0 { return }
      cursor = next
    }
    if cursor <= sentenceEnd { found.append(Occurrence(start: start, end: cursor, sentence: sentence)) }
  }
}
