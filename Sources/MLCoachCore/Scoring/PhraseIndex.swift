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
    let tokens = analyzed.tokens
    for variant in phrase.variants {
      guard let first = variant.first else { continue }
      for (list, span) in [(positions[Int(first)], 1), (joinedPositions[Int(first)], 2)] {
        for start in list {
          let start = Int(start)
          let sentence = Int(tokens[start].sentence)
          let sentenceEnd = analyzed.sentences[sentence].endToken
          var cursor = start + span
          var matched = true
          for word in variant.dropFirst() {
            var next = -1
            var probe = cursor
            var skipped = 0
            while probe < sentenceEnd && skipped <= maxGap {
              if tokens[probe].id == word {
                next = probe + 1
                break
              }
              if tokens[probe].joinedID == word, probe + 1 < sentenceEnd {
                next = probe + 2
                break
              }
              if !tokens[probe].isFiller { skipped += 1 }
              probe += 1
            }
            if next < 0 {
              matched = false
              break
            }
            cursor = next
          }
          if matched, cursor <= sentenceEnd { found.append(Occurrence(start: start, end: cursor, sentence: sentence)) }
        }
      }
    }
    return found
  }
}
