import Foundation
import Testing
@testable import MLCoachCore

@Suite struct ZZDebug {
  @Test func debug() throws {
    let scorer = try Fixtures.catalogueScorer("ads-ctr")
    let text = ProcessInfo.processInfo.environment["DBG_TEXT"] ?? "I wouldn't ask about QPS or the latency budget."
    let answer = Answer.parse(text)
    let analyzed = AnalyzedAnswer(answer: answer, vocabulary: scorer.compiler.vocabulary)
    let index = PhraseIndex(analyzed, compiler: scorer.compiler, maxGap: 3)
    let context = MatchContext(analyzed: analyzed, index: index, cues: scorer.cues, contentWords: scorer.contentWords)
    print("TOKENS", analyzed.tokens.map { "\($0.id)\($0.clauseBreakBefore ? "|" : "")" })
    for (i, item) in scorer.scenario.rubric.enumerated() where item.id == (ProcessInfo.processInfo.environment["DBG_ITEM"] ?? "latency-and-qps") {
      for phrase in scorer.itemPhrases[i] {
        for o in index.occurrences(of: phrase, in: analyzed, maxGap: 3) {
          let m = Mention(occurrence: o, category: item.category, phraseCarriesNegation: phrase.carriesNegation)
          print("MENTION", phrase.text, o, MatchRules.judge(m, in: context))
        }
      }
    }
  }
}
