import Foundation

/// "Can I assume 2B accounts, 300M daily actives and around 200 friends on average?": a list of
/// figures put forward, each with the thing it counts. Every figure is a question of its own
/// ("how many accounts?", "how many friends?"), and the facts that state them are the answer;
/// the matcher read the list as one question and gave the fact of whichever noun weighed most
/// (about 40 tuning questions state two or more counted figures; most were answered in part). A
/// figure is digits with an optional magnitude ("10M", "~1,500", "2.5k") or words ("two
/// billion", "a few hundred thousand", "tens of millions of"), perhaps a range ("ten to
/// twenty"); what it counts is the one to three words after it, up to a word that starts
/// something else ("on average", "per second", "and", "each") or a comma, full stop or slash.
public enum StatedFigures {
  /// A figure as typed: digits, separators and a magnitude suffix, perhaps after "~".
  private static let digits = try! NSRegularExpression(pattern: #"^[~≈]?\d[\d,.]*(?:k|m|b|bn|mm)?\+?$"#)

  /// Words that make a figure, or carry one on ("a few hundred thousand", "10 million").
  static let magnitudes: Set<String> = ["hundred", "hundreds", "thousand", "thousands", "million", "millions",
                                        "billion", "billions", "k", "m", "b", "bn", "mm", "dozen", "dozens"]

  /// Numbers in words that are a figure on their own ("ten to twenty faces", "five million"). A
  /// stray one ("two towers") names a thing no fact counts, and one thing alone changes nothing.
  static let numberWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

  /// Words that make a figure only before a magnitude ("a million", "a few hundred", "tens of
  /// millions", "a couple hundred million").
  static let leadsOfMagnitude: Set<String> = ["a", "one", "few", "several", "couple", "tens", "hundreds", "thousands",
                                              "many"]

  /// Magnitudes that are a figure on their own ("hundreds of listings", "tens of millions").
  static let pluralMagnitudes: Set<String> = ["tens", "dozens", "hundreds", "thousands", "millions", "billions"]

  /// Words that end the thing counted: the rest is no noun of it.
  static let notNouns: Set<String> = CoordinatedAmount.notNouns.union([
    "each", "maybe", "around", "about", "roughly", "approximately", "so", "then", "total", "i", "it", "that", "this",
    "plus", "vs", "versus", "but", "if", "than", "right", "ok", "okay", "correct", "fair", "sound", "sounds",
    "average", "some", "most", "over", "under", "up", "growing", "is", "are", "was", "were",
  ])

  /// Units: a figure followed by one measures, it does not count ("200 ms", "5 GB").
  static let units: Set<String> = ["ms", "s", "sec", "secs", "second", "seconds", "minute", "minutes", "min", "mins",
                                   "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months",
                                   "year", "years", "gb", "tb", "pb", "mb", "kb", "percent", "x", "times", "usd",
                                   "dollars", "euros", "bytes", "bits", "floats", "dims", "dimensions", "d"]

  /// Units of a time in milliseconds.
  static let millisecondUnits: Set<String> = ["ms", "msec", "msecs", "millisecond", "milliseconds"]

  /// Whether `text` states a time in milliseconds ("p99 under 200 ms", "150ms end to end",
  /// "10-20 ms for scoring"): in a system design question that is the latency budget. A list of
  /// figures put forward skipped it, as a measure with a unit counts no thing, so "2B daily
  /// users, … and a 100 ms budget per request" got every fact but latency (six tuning
  /// questions; thirty-fifth session). "latency in hours rather than milliseconds" states none.
  public static func statesMilliseconds(_ text: String) -> Bool {
    let words = WordTokenizer.words(text).map(\.text)
    return zip(words, words.dropFirst()).contains { first, second in
      first.first?.isNumber == true && millisecondUnits.contains(second)
    }
  }

  /// The things counted by the figures `text` states, in order, each as its one to three
  /// lower-cased words ("accounts", "daily actives", "friends"). A figure with no noun after it,
  /// a percentage, an amount of money, a year or a measure with a unit is skipped.
  public static func countedThings(in text: String) -> [String] {
    // Each word, and whether a comma, full stop or slash ends it (the thing counted ends there).
    var words: [(text: String, ends: Bool)] = []
    for raw in text.lowercased().split(whereSeparator: { $0.isWhitespace || ";:?!\"".contains($0) }) {
      let pieces = raw.split(omittingEmptySubsequences: false, whereSeparator: { "/()".contains($0) })
      for (number, piece) in pieces.enumerated() {
        let trimmed = piece.trimmingCharacters(in: CharacterSet(charactersIn: ",.'"))
        guard !trimmed.isEmpty else { continue }
        words.append((trimmed, number < pieces.count - 1 || piece.last == "," || piece.last == "."))
      }
    }
    var things: [String] = []
    var index = 0
    while index < words.count {
      guard let end = figureEnd(words, from: index) else {
        index += 1
        continue
      }
      var next = end
      var noun: [String] = []
      while next < words.count, noun.count < 3, !words[next - 1].ends {
        let candidate = words[next].text
        guard candidate.first?.isLetter == true, candidate.allSatisfy({ $0.isLetter || $0 == "-" }),
              !notNouns.contains(candidate), !(noun.isEmpty && units.contains(candidate)) else { break }
        noun.append(candidate)
        next += 1
      }
      if !noun.isEmpty { things.append(noun.joined(separator: " ")) }
      index = max(next, index + 1)
    }
    return things
  }

  /// The index after the figure that starts at `index` (with its magnitudes, "of" between them
  /// and a range's second figure), or nil when no figure starts there or it ends the clause.
  private static func figureEnd(_ words: [(text: String, ends: Bool)], from index: Int) -> Int? {
    func isFigure(_ at: Int) -> Bool {
      let word = words[at].text
      if digits.firstMatch(in: word, range: NSRange(word.startIndex..., in: word)) != nil {
        // "2023 data" is a year; "200k" is a figure.
        return !(word.count == 4 && word.allSatisfy(\.isNumber) && (word.hasPrefix("19") || word.hasPrefix("20")))
      }
      if numberWords.contains(word) || pluralMagnitudes.contains(word) { return true }
      guard leadsOfMagnitude.contains(word), !words[at].ends else { return false }
      // "a few hundred", "tens of millions", "a couple hundred million": lead words, then a magnitude.
      var next = at + 1
      while next < words.count, leadsOfMagnitude.contains(words[next].text) || words[next].text == "of",
            !words[next - 1].ends { next += 1 }
      return next < words.count && magnitudes.contains(words[next].text) && !words[next - 1].ends
    }
    guard isFigure(index), index == 0 || !isFigure(index - 1) || words[index - 1].ends else { return nil }
    var next = index + 1
    func carriesOn(_ at: Int) -> Bool { magnitudes.contains(words[at].text) || leadsOfMagnitude.contains(words[at].text) }
    while next < words.count, !words[next - 1].ends,
          carriesOn(next) || words[next].text == "of" && next + 1 < words.count && carriesOn(next + 1) {
      next += 1
    }
    // "millions of posts": the thing counted follows "of".
    if next + 1 < words.count, words[next].text == "of", !words[next - 1].ends { next += 1 }
    // "ten to twenty faces", "300k or 3M ads": the range's second figure.
    if next + 1 < words.count, ["to", "or"].contains(words[next].text), !words[next - 1].ends, isFigure(next + 1) {
      return figureEnd(words, from: next + 1)
    }
    return words[next - 1].ends ? nil : next
  }

  /// Words that make the clause holding a figure a question of its own.
  static let questionWords: Set<String> = ["what", "whats", "how", "which", "where", "when", "who"]

  /// Words by which a clause after the figures asks about them.
  static let pointingBack: Set<String> = ["that", "this", "these", "those", "numbers", "figures", "ballpark"]

  /// Whether the figures of `text` set up another question that follows them ("I assume 1
  /// billion users and 100M videos, so is there a budget for the embedding tables?", "With 2B
  /// users and 10M active ads, how is the auction run?"): that question, not the figures, is
  /// what is asked. A closing "is that right?", "Does that match your world?" or "Is the graph
  /// roughly that dense?" points back at the figures and asks about them.
  public static func setUpAnotherQuestion(_ text: String) -> Bool { questionAfterFigures(text) != nil }

  /// The question the figures of `text` set up, from the clause that asks it to the end ("how
  /// fresh do suggestions need to be?" of "So with 1B users and 200 friends each, how fresh do
  /// suggestions need to be?"), or nil when the figures set up none (see `setUpAnotherQuestion`).
  public static func questionAfterFigures(_ text: String) -> String? {
    guard let first = text.firstIndex(where: \.isNumber) else { return nil }
    let marks = CharacterSet(charactersIn: ",;:?.—")
    // "how many videos — 2B? and how many new uploads per day": a figure inside a question, or
    // guessed at after one, is checked, not a setting; so is one in a clause that asks ("what
    // fraction have arrived after 30 days, and do we get faster signals?").
    // "e.g." and "i.e." end no clause: "Are there legal deadlines in some countries (e.g. takedown
    // within 24h), and …?" asks with its figure (tmux, thirty-fourth session).
    let before = text[..<first].lowercased().replacingOccurrences(of: "e.g.", with: "eg")
      .replacingOccurrences(of: "i.e.", with: "ie")
    let opening = before.split(whereSeparator: { $0.unicodeScalars.allSatisfy(marks.contains) }).last ?? ""
    let openingWords = opening.split(whereSeparator: { !$0.isLetter }).map(String.init)
    // A clause that opens as a question ("Are there …", "Do we …") asks with the figure in it.
    if openingWords.contains(where: Self.questionWords.contains)
      || openingWords.first.map(QuestionParts.starters.contains) == true {
      return nil
    }
    var start = first
    while start < text.endIndex {
      // The next clause: after a mark, or after " - ".
      let mark = text[start...].firstIndex(where: { $0.unicodeScalars.allSatisfy(marks.contains) })
      let dash = text.range(of: " - ", range: start..<text.endIndex)
      let cut: String.Index
      switch (mark, dash) {
      case (nil, nil): return nil
      case (let mark?, let dash?): cut = dash.lowerBound < mark ? dash.upperBound : text.index(after: mark)
      case (let mark?, nil): cut = text.index(after: mark)
      case (nil, let dash?): cut = dash.upperBound
      }
      start = cut
      let clause = text[cut...]
      // The clause runs to its own end: only its words count.
      let end = clause.firstIndex(where: { $0.unicodeScalars.allSatisfy(marks.contains) }) ?? text.endIndex
      var words = text[cut..<end].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
      if let lead = words.first, ["so", "then", "and"].contains(lead) { words.removeFirst() }
      guard let opener = words.first, QuestionParts.starters.contains(opener) else { continue }
      if !NumberCheck.isConfirmation(words.joined(separator: " ")), !words.contains(where: pointingBack.contains) {
        return text[..<cut].contains("?") ? nil : String(clause).trimmingCharacters(in: .whitespaces)
      }
    }
    return nil
  }
}
