import Foundation

/// A question that asks what share of something is one way ("What share of total watch time
/// comes from the homepage today?", "What fraction of fraud is ever reported?") is answered by
/// a figure. A fact that fits its words but states no figure repeats what the candidate knows
/// about the topic and leaves the share unsaid (trial 36 got the logging fact back, "As I
/// said: we log every impression …"); the honest reply is that the interviewer has no such
/// number.
enum ShareQuestion {
  /// Words that ask for a proportion after "what" or "which".
  static let shareWords: Set<String> = ["share", "percentage", "percent", "fraction", "proportion", "portion", "ratio"]

  /// Words that state an amount or a share without digits ("about half of them", "a little
  /// over a billion are eligible"): from an amount the share can be worked out, and blind labels
  /// count that as an answer (asking for a percentage there turned five right answers into
  /// abstentions on the tuning part).
  static let figureWords: Set<String> = ["half", "third", "thirds", "quarter", "quarters", "fifth", "tenth",
                                         "percent", "majority", "minority", "most", "few", "none", "all", "one",
                                         "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                                         "million", "millions", "billion", "billions"]

  /// Whether `question` asks for a share: "what share of", "which fraction of", "what % of".
  static func asks(_ question: String) -> Bool {
    let words = question.lowercased().split { !$0.isLetter && $0 != "%" }.map(String.init)
    for (index, word) in words.enumerated().dropLast() where word == "what" || word == "which" {
      let next = words[index + 1]
      if next == "%" || shareWords.contains(next) { return true }
    }
    return false
  }

  /// The parts of `question` (`QuestionParts.split`) that ask for a share, when another part
  /// asks something else: "Is there an existing system today, like keyword lists or hash
  /// matching, and roughly what share of removals does it catch?" is answered by the fact that
  /// describes the system, which states no share (tuning bank 38 heard "nothing specific"); only
  /// the share goes unsaid. Empty when no part asks for a share or every asking part does.
  static func shareParts(besideOtherAsks question: String) -> [String] {
    let parts = QuestionParts.split(question)
    let sharing = parts.filter(asks)
    guard !sharing.isEmpty, parts.contains(where: { !asks($0) && asksSomething($0) }) else { return [] }
    return sharing
  }

  /// Whether `question` asks how a population divides between options it names: "mobile app vs
  /// web split?", "What's the split of traffic between iOS, Android and web?", "What's the
  /// device mix?". A budget divided between stages ("latency budget split between retrieval and
  /// ranking") is an amount, which the fact's own units answer, so it is no such question.
  /// A question with another part that asks something else ("mobile vs web split, and which
  /// regions does this launch in first?") may be answered by the fact for that part: it is left
  /// to the matcher.
  static func asksSplit(_ question: String) -> Bool {
    let parts = QuestionParts.split(question)
    guard parts.filter({ !asksSplitAlone($0) }).allSatisfy({ !asksSomething($0) }) else { return false }
    return asksSplitAlone(question)
  }

  /// A part opening as a question or holding a question word: "Corpus size: how many docs?".
  private static func asksSomething(_ part: String) -> Bool {
    QuestionParts.startsAsQuestion(part)
      || WordTokenizer.words(part).contains { InterviewEngine.questionWords.contains($0.text) }
  }

  private static func asksSplitAlone(_ question: String) -> Bool {
    let text = question.lowercased()
    guard text.range(of: #"\bbudget\b|\bms\b|\blatency\b"#, options: .regularExpression) == nil else { return false }
    return splitPatterns.contains { text.range(of: $0, options: .regularExpression) != nil }
  }

  /// "a vs b split", "what's the split / mix / breakdown", "split (of x) between".
  private static let splitPatterns = [
    #"\b(vs\.?|versus)\s[^?,;]*\b(split|mix|breakdown)\b"#,
    #"\bwhat(?:'s|’s| is| does)\s+the\s+(?:\w+\s+){0,2}(split|mix|breakdown)\b(?!\s+(?:into|by)\b)"#,
    #"\b(split|breakdown)\s+(?:of\s+(?:\w+\s+){1,2})?between\b"#,
  ]

  /// Whether `answer` states a share: a percentage, a fraction in words ("about a third"), "most"
  /// ("mostly"), or "the majority", or "1 in 5". A split between options is answered by their shares; a
  /// fact that only says where something is shown ("on the web and in the apps") leaves the split
  /// unsaid (a fresh helper's questions, fifty-sixth session: "What's the app vs web split?" got
  /// the carousel's layout).
  static func statesShare(_ answer: String) -> Bool {
    let text = answer.lowercased()
    if text.contains("%") { return true }
    if text.range(of: #"\b\d+\s+(in|out\s+of)\s+\d+\b"#, options: .regularExpression) != nil { return true }
    let words = Set(text.split { !$0.isLetter }.map(String.init))
    return !words.isDisjoint(with: shareStatingWords)
  }

  private static let shareStatingWords: Set<String> = ["half", "third", "thirds", "quarter", "quarters", "fifth",
                                                       "tenth", "percent", "majority", "minority", "most", "mostly", "mainly",
                                                       "largely", "share"]

  /// Whether `answer` states a figure, in digits or in words.
  static func statesFigure(_ answer: String) -> Bool {
    if answer.contains(where: \.isNumber) { return true }
    let words = answer.lowercased().split { !$0.isLetter }.map(String.init)
    return words.contains(where: figureWords.contains)
  }
}
