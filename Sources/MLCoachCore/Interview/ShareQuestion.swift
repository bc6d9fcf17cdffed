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

  /// Whether `answer` states a figure, in digits or in words.
  static func statesFigure(_ answer: String) -> Bool {
    if answer.contains(where: \.isNumber) { return true }
    let words = answer.lowercased().split { !$0.isLetter }.map(String.init)
    return words.contains(where: figureWords.contains)
  }
}
