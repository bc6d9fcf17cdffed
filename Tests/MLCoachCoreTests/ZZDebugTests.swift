import Foundation
import Testing
@testable import MLCoachCore

@Suite struct ZZDebug {
  @Test func debug() throws {
    let env = ProcessInfo.processInfo.environment
    guard let text = env["DBG_TEXT"] else { return }
    let scorer = try Fixtures.catalogueScorer(env["DBG_SCENARIO"] ?? "ads-ctr")
    let answer = Answer.parse(text)
    let analyzed = AnalyzedAnswer(answer: answer, vocabulary: scorer.compiler.vocabulary)
    let index = PhraseIndex(analyzed, compiler: scorer.compiler, maxGap: 3)
    let words = WordTokenizer.words(text)
    for (i, token) in analyzed.tokens.enumerated() where i < words.count {
      let content = token.id >= 0 && scorer.contentWords.contains(token.id)
      print("TOK", i, words[i].text, token.id, content ? "CONTENT" : "", scorer.cues.hollowWords.contains(token.id) ? "hollow" : "")
    }
    for (c, list) in index.concepts.enumerated() where !list.isEmpty {
      print("CONCEPT", scorer.compiler.conceptIDs[c], list.map { "\($0.start)..<\($0.end)" })
    }
  }
}

extension ZZDebug {
  @Test func mentions() throws {
    let env = ProcessInfo.processInfo.environment
    guard let text = env["DBG_TEXT"], let itemID = env["DBG_ITEM"] else { return }
    let scorer = try Fixtures.catalogueScorer(env["DBG_SCENARIO"] ?? "ads-ctr")
    let analyzed = AnalyzedAnswer(answer: Answer.parse(text), vocabulary: scorer.compiler.vocabulary)
    let index = PhraseIndex(analyzed, compiler: scorer.compiler, maxGap: 3)
    let context = MatchContext(analyzed: analyzed, index: index, cues: scorer.cues, contentWords: scorer.contentWords)
    for (i, item) in scorer.scenario.rubric.enumerated() where item.id == itemID {
      for phrase in scorer.itemPhrases[i] {
        print("PHRASE", phrase.text, phrase.variants, phrase.tight)
        for o in index.occurrences(of: phrase, in: analyzed, maxGap: 3) {
          let m = Mention(occurrence: o, category: item.category, phraseCarriesNegation: phrase.carriesNegation)
          print("MENTION", phrase.text, o, MatchRules.judge(m, in: context))
        }
      }
    }
  }
}
