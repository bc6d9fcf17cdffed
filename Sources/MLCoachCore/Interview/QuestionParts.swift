import Foundation

/// Splits a question that asks two things ("How many images, and how many queries per
/// second?", "QPS? And latency?") into its parts, so each part gets its own answer. A split
/// needs a question word or auxiliary after the joint, so "clicks and views" stays one part;
/// a comma joins two questions only when the first is a question too ("How many merchants,
/// which verticals?"), so "If I use a two-tower model, do we have GPUs?" stays one. A short
/// fragment without a question word ("team size and compute budget?", "DAU / sessions per
/// day?") names each topic in a few words: it splits at "and", "/", "+" and "&".
public enum QuestionParts {
  /// A fragment splits only when it is at most this many words.
  static let fragmentWords = 8

  /// Words after which the candidate gives a reason for asking: a question word after them and
  /// "and" opens a clause of the reason.
  static let reasonWords: Set<String> = ["because", "cause", "cos", "coz"]

  /// Words that, set off by a comma, open the reason or the setting of a question: "…, because
  /// it feeds pricing", "…, given traffic spikes on Friday evenings", "…, since declined
  /// payments never get a chargeback" (see `withoutReason`).
  static let settingWords: Set<String> = reasonWords.union(["given", "since"])

  /// Words that, set off by a comma, open the candidate's own guess at the answer: "Do we have a
  /// heuristic in production today, maybe something like distance over speed plus prep time?"
  /// asks what runs today, and the guess's words (no fact's) hid that (trial 57). Not "like" or
  /// "say": they as often name what is asked ("…, like fairness toward small creators?"), and
  /// with them the tuning bank lost 3 right answers and gained 4 wrong ones.
  static let guessWords: Set<String> = ["maybe", "perhaps"]

  /// Words that start a new question after "and" or a comma.
  static let starters: Set<String> = ["how", "what", "whats", "which", "where", "when", "who", "is", "are", "do",
                                      "does", "can", "could", "should", "will", "would", "any", "did"]

  /// Words that may stand between "and" and the question word of a second part: "and roughly
  /// what fraction …", "and also how often …".
  static let hedges: Set<String> = ["roughly", "approximately", "about", "also", "then", "separately", "typically",
                                    "realistically", "generally", "just"]

  /// After "what's the", a list of topics splits only when it is at most this many words.
  static let listedTopicWords = 5

  /// A longer list after "what's the" still splits when its first topic is at most this many
  /// words, none a preposition, before "and": "What's the latency budget and QPS for the
  /// carousel?" names two topics (a trial lost the QPS), while "What's the budget for training
  /// and serving the model?" is one. The whole list may run to 14 words, since a closing clause
  /// ("… we need to handle") follows the second topic; no tuning question changed, and fresh
  /// questions of this kind went from 1 to 4 of 6 answered in full (the other two get one part).
  static let leadingTopicWords = 3
  static let longListedTopicWords = 14
  static let prepositions: Set<String> = ["for", "of", "to", "in", "on", "per", "at", "by", "with", "from", "between"]

  /// Whether the topics after the lead run to a short first topic and "and" (see
  /// `leadingTopicWords`).
  static func opensWithShortTopic(_ words: [WordTokenizer.Word], lead: Int) -> Bool {
    guard lead > 0, words.count - lead <= longListedTopicWords,
          let joint = words[lead...].firstIndex(where: { $0.text == "and" }) else { return false }
    let first = words[lead..<joint]
    return !first.isEmpty && first.count <= leadingTopicWords && !first.contains { prepositions.contains($0.text) }
  }

  /// How many words open `words` as "what's the", "what are our", "what is the": a question
  /// that goes on to name its topics only. 0 otherwise.
  static func listLead(_ words: [WordTokenizer.Word]) -> Int {
    // The tokenizer reads "what's" as "what".
    guard words.count > 1, ["what", "whats"].contains(words[0].text) else { return 0 }
    let index = ["is", "are", "s"].contains(words[1].text) ? 2 : 1
    guard index < words.count, ["the", "our", "your"].contains(words[index].text) else { return 0 }
    return index + 1
  }

  /// Auxiliaries after which "when" asks a question ("when does it arrive?").
  static let auxiliaries: Set<String> = ["is", "are", "was", "were", "do", "does", "did", "can", "could", "should",
                                         "will", "would", "must", "might", "may", "has", "have", "had"]

  /// Whether `words` start with a "when" clause that sets a condition ("When the model
  /// changes, …") rather than asking when ("When does the data arrive?").
  public static func startsWithCondition(_ words: ArraySlice<WordTokenizer.Word>) -> Bool {
    guard let first = words.first, first.text == "when" else { return false }
    let next = words.dropFirst().first?.text ?? ""
    return !auxiliaries.contains(next)
  }

  /// Words that come before a figure: "around 50k QPS", "~2B users".
  static let approximators: Set<String> = ["about", "around", "roughly", "approximately", "maybe", "say", "some",
                                           "over", "under", "nearly", "almost"]

  /// Phrases that come before a figure as an approximator does: "something like 20k requests",
  /// "on the order of 100k", "a few thousand loads".
  static let figureLeads: [[String]] = [
    ["something", "like"], ["like"], ["on", "the", "order", "of"], ["in", "the", "order", "of"], ["order", "of"],
    ["a", "few"], ["a", "couple", "of"], ["a", "couple"],
  ]

  /// Whether a figure starts at `index` ("50k QPS", "around 50k QPS", "something like 20k
  /// requests", "a few thousand loads"): a second assumption.
  static func startsAmount(_ words: [WordTokenizer.Word], at index: Int) -> Bool {
    guard index < words.count else { return false }
    if words[index].isNumber { return true }
    if approximators.contains(words[index].text) && index + 1 < words.count && words[index + 1].isNumber { return true }
    return figureLeads.contains { lead in
      index + lead.count < words.count && lead.indices.allSatisfy { words[index + $0].text == lead[$0] }
        && hasFigure(words[(index + lead.count)...].prefix(1))
    }
  }

  /// A figure this many words into a clause still makes it a second assumption.
  static let figureReach = 6

  /// Whether the clause from `start` names a figure within `figureReach` words, before any
  /// punctuation and with no question word first: "…, a fraud rate around 0.1% and …", "… and
  /// peak browse traffic of maybe 20k requests per second" (a blind set: as one part, the
  /// list of assumptions got the fact of one figure).
  static func figureSoon(_ words: [WordTokenizer.Word], bytes: [UInt8], from start: Int) -> Bool {
    // A clause opened by a verb ("storing 256 floats each is enormous") is no figure of a list.
    guard start < words.count, !starters.contains(words[start].text), words[start].text != "if",
          !words[start].text.hasSuffix("ing") else { return false }
    for index in start..<min(words.count, start + figureReach) {
      if index > start, bytes[words[index - 1].end..<words[index].start].contains(where: {
        $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "~") && $0 != UInt8(ascii: "$")
      }) { return false }
      if starters.contains(words[index].text) { return false }
      if words[index].isNumber { return true }
    }
    return false
  }

  /// Whether `words` hold a figure: a number or a word of one ("a few thousand").
  static func hasFigure(_ words: ArraySlice<WordTokenizer.Word>) -> Bool {
    words.contains { $0.isNumber || QuestionTerms.figureWords.contains($0.text) }
  }

  /// Words that point back to what was said before.
  static let backReferences: Set<String> = ["that", "this", "it", "those", "these", "them", "they"]

  /// Whether the clause starting at the first of `words` points back, up to the next "?".
  static func refersBack(_ words: ArraySlice<WordTokenizer.Word>) -> Bool {
    words.prefix(12).contains { backReferences.contains($0.text) }
  }

  /// Whether `part` points back at what was said before ("is that in scope for me?").
  static func refersBack(_ part: String) -> Bool {
    refersBack(WordTokenizer.words(part)[...])
  }

  /// Pronouns by which a later part of a question points at the subject of the part before.
  static let antecedentPronouns: Set<String> = ["they", "them", "it", "those", "these", "their", "its",
                                                 // "How many active listings are there, and how many
                                                 // new ones get added each day?" (trial 59)
                                                 "ones"]

  /// Whether `words[index...]` open with "e.g.", "i.e.", "for example" or "for instance": what
  /// follows illustrates what was said before.
  static func opensWithExample(_ words: [WordTokenizer.Word], at index: Int) -> Bool {
    let next = index + 1 < words.count ? words[index + 1].text : ""
    switch words[index].text {
    case "eg", "ie": return true
    case "e": return next == "g"
    case "i": return next == "e"
    case "for": return next == "example" || next == "instance"
    default: return false
    }
  }

  /// Whether `part` opens with a question word or an auxiliary ("which merchants…", "is there…").
  public static func startsAsQuestion(_ part: String) -> Bool {
    WordTokenizer.words(trimmedPart(part)).first.map { starters.contains($0.text) } ?? false
  }

  /// A part as the interviewer quotes it back: without the joint it was cut at (", and", a
  /// dash) or its closing punctuation.
  public static func trimmedPart(_ part: String) -> String {
    var text = part.trimmingCharacters(in: .whitespaces)
    // "and", "also," and the like join the part to the one before; they are not what was asked.
    for lead in ["and", "or", "also", "plus"] {
      let words = text.split(separator: " ", maxSplits: 1)
      guard words.count == 2, words[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",")) == lead
      else { continue }
      text = String(words[1])
    }
    let closing = CharacterSet(charactersIn: " ,;:-—–?!.")
    return text.trimmingCharacters(in: closing)
  }

  /// Whether `part` speaks of the subject of the part before ("how fast should they show up?").
  public static func pointsBack(_ part: String) -> Bool {
    WordTokenizer.words(part).contains { antecedentPronouns.contains($0.text) } || countsWhatCameBefore(part)
  }

  /// Words that ask for a share of a whole ("what fraction", "which percentage"): with no "of"
  /// after them, the whole goes unsaid.
  static let shareWords: Set<String> = ["fraction", "share", "percentage", "percent", "proportion", "portion"]
  /// Verbs that, right after "how many" or "how much", leave what is counted unsaid ("how many
  /// are fake?", "how many actually get seen?").
  static let ellipticalVerbs: Set<String> = ["are", "is", "have", "has", "get", "gets", "come", "comes", "use",
                                             "uses", "end", "turn", "go", "were", "was", "actually", "typically",
                                             "usually", "become", "contain", "include", "involve", "arrive", "make"]

  /// Whether `part` asks how much of something without naming it, as a later part of a
  /// question does of what the part before counted: "How many posts per day get uploaded, and
  /// what fraction have images?" asks the fraction of posts. Read alone, "what fraction have
  /// images?" left the photo share to no fact (tuning part, thirty-eighth session).
  public static func countsWhatCameBefore(_ part: String) -> Bool { ellipsis(in: part) != nil }

  /// `part` with `thing` put where its whole went unsaid: "what fraction have images?" with
  /// "posts" reads "what fraction of posts have images?", "how many are fake?" with "accounts"
  /// reads "how many accounts are fake?"; nil when `part` names its whole.
  public static func naming(_ thing: String, in part: String) -> String? {
    guard let (word, isShare, pronoun) = ellipsis(in: part) else { return nil }
    var text = part
    if let pronoun {
      // "what fraction of them …": the pronoun gives way to the thing.
      let utf8 = text.utf8
      text.replaceSubrange(utf8.index(utf8.startIndex, offsetBy: pronoun.start)..<utf8.index(utf8.startIndex, offsetBy: pronoun.end),
                           with: thing)
      return text
    }
    let insert = isShare ? " of \(thing)" : " \(thing)"
    text.insert(contentsOf: insert, at: text.utf8.index(text.utf8.startIndex, offsetBy: word.end))
    return text
  }

  /// Pronouns that stand for the whole of a share: "what fraction of them include a photo?"
  /// asks of what the part before counted, as "what fraction include a photo?" does (blind
  /// set thirty-two: the photo share went unanswered beside the post count).
  static let wholePronouns: Set<String> = ["them", "those", "these"]

  /// The word of `part` that asks a share or a count of an unsaid whole, whether it is a share
  /// word, and the pronoun that stands for the whole, if one does; nil when there is none.
  private static func ellipsis(in part: String) -> (word: WordTokenizer.Word, isShare: Bool, pronoun: WordTokenizer.Word?)? {
    let words = WordTokenizer.words(part)
    for index in words.indices.dropFirst() where index + 1 < words.count {
      guard ["what", "how", "which"].contains(words[index - 1].text) else { continue }
      if shareWords.contains(words[index].text), words[index + 1].text != "of" { return (words[index], true, nil) }
      if shareWords.contains(words[index].text), index + 2 < words.count, wholePronouns.contains(words[index + 2].text) {
        return (words[index], true, words[index + 2])
      }
      if ["many", "much"].contains(words[index].text), ellipticalVerbs.contains(words[index + 1].text) {
        return (words[index], false, nil)
      }
    }
    return nil
  }

  /// At most this many words after ", and" close a question as a second topic.
  static let tailTopicWords = 3

  /// How many words run from `start` to the question's end or next "?" with no clause break
  /// and no question word; nil when a break or question word comes first.
  static func closingPhrase(_ words: [WordTokenizer.Word], bytes: [UInt8], from start: Int) -> Int? {
    guard start < words.count else { return nil }
    var count = 0
    for index in start..<words.count {
      if index > start {
        let gap = bytes[words[index - 1].end..<words[index].start]
        if gap.contains(UInt8(ascii: "?")) { break }
        if gap.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") }) { return nil }
      }
      if starters.contains(words[index].text) || words[index].text == "if" { return nil }
      count += 1
    }
    return count
  }

  /// Question words that ask for something open, which a yes/no choice after a comma can offer
  /// answers to.
  static let openStarters: Set<String> = ["how", "what", "whats", "which", "where", "when", "who"]

  /// Whether the clause from `start` (after a comma) offers answers to the open question begun at
  /// `partStart`: "What happens if we time out, do we approve or decline?" and "what feature
  /// infra do we have, is there a feature store or do we build one" ask one thing, and the
  /// choice is the candidate's guesses (blind fraud/ETA bank, twenty-seventh session: the
  /// choice was answered as a question of its own with the fact listing the actions). The
  /// clause opens with a yes/no question word, has "or", and no open question word or "if".
  static func offersOptions(_ words: [WordTokenizer.Word], bytes: [UInt8], from start: Int, after partStart: Int) -> Bool {
    guard start > partStart, start < words.count, openStarters.contains(words[partStart].text),
          starters.contains(words[start].text), !openStarters.contains(words[start].text) else { return false }
    return offersChoice(words, bytes: bytes, from: start, endingAt: ",;?.", unless: openStarters)
  }

  /// Whether the words from `start` to the first gap holding one of `ends` have "or" and none of
  /// `unless` nor "if": a choice offered, not a question of its own.
  private static func offersChoice(_ words: [WordTokenizer.Word], bytes: [UInt8], from start: Int, endingAt ends: String,
                                   unless blockers: Set<String>) -> Bool {
    let endBytes = Set(ends.utf8)
    var hasOr = false
    for index in start..<words.count {
      if index > start, bytes[words[index - 1].end..<words[index].start].contains(where: endBytes.contains) { break }
      if blockers.contains(words[index].text) || words[index].text == "if" { return false }
      if words[index].text == "or" { hasOr = true }
    }
    return hasOr
  }

  /// Whether the sentence from `start` to the next "?", "." or the end offers options ("Watch
  /// time or retention?"): it has "or" and no question word or "if".
  static func listsOptions(_ words: [WordTokenizer.Word], bytes: [UInt8], from start: Int) -> Bool {
    offersChoice(words, bytes: bytes, from: start, endingAt: "?.", unless: starters)
  }

  /// `question` without the reason given inside it: "Does the assistant have to respect each
  /// document's permissions per user, because that changes how we index and which retrieval
  /// steps need to know who's asking?" asks only about permissions, and the reason's words
  /// hid the topic (trial 51). The same for a setting ("…, given …", "…, since …"). Nil when
  /// no such word, set off by a comma or dash, follows at least three words of a sentence that
  /// ends in "?".
  public static func withoutReason(_ question: String) -> String? {
    without(question) { words, index in settingWords.contains(words[index].text) }
  }

  /// `question` without a consequence the candidate foresees (", which would create feedback
  /// loops", ", which might help with tiny faces", ", that would pollute labels"): why it
  /// matters, never what is asked, so the matcher answers the question without it or not at
  /// all. "Does the ETA feed into other systems, e.g. dispatch or pricing, which would create
  /// feedback loops?" got the business-costs fact from the loop's words; a blind sibling's
  /// "…, which would let me sample negatives beyond the impressions?" got the base CTR.
  public static func withoutConsequence(_ question: String) -> String? {
    without(question) { words, index in
      ["which", "that"].contains(words[index].text) && index + 1 < words.count
        && consequenceModals.contains(words[index + 1].text)
    }
  }

  /// `question` without the remark after its last question mark: "Do we see the same card
  /// across merchants? Those cross-merchant patterns would be a strong signal.", "The videos are
  /// mostly long-form, or are there short ones too? Watch time for both is not comparable, I
  /// think." The remark says why the question is asked or what the candidate guesses, and its
  /// words thinned out the question's own or drew a fact of their own (three blind sets). The
  /// matcher tries the question without it first and the whole after, so a remark that names
  /// what a vague question is about ("I'm thinking about EU visitors who declined cookies.")
  /// still counts when the question alone finds nothing. Nil when there is no remark of at
  /// least `closingRemarkWords` words (or a shorter one that says why, see `rationaleOpeners`)
  /// or when the remark opens as a question or with an example.
  public static func withoutClosingRemark(_ question: String) -> String? {
    guard let mark = question.lastIndex(of: "?") else { return nil }
    let remark = question[question.index(after: mark)...]
    let remarkWords = WordTokenizer.words(String(remark))
    let words = remarkWords.map(\.text)
    guard let first = words.first, !startsAsQuestion(remark.trimmingCharacters(in: .whitespaces)) else { return nil }
    // "Does user experience count too? e.g. should ads people hide be penalised": an example says
    // what the question means, so it is kept.
    if opensWithExample(remarkWords, at: 0) { return nil }
    let givesReason = rationaleOpeners.contains(first) && words.contains(where: rationaleWords.contains)
    guard words.count >= closingRemarkWords || givesReason else { return nil }
    return String(question[...mark])
  }

  /// `question` up to the question mark an example follows ("Should price matter for similarity?
  /// For instance, would a $500 villa count as similar to a $90 studio?"), or nil when no example
  /// follows a mark. The example says what the question means, so the whole is read first
  /// (`opensWithExample`); its own words (villa, studio) may still leave no fact a fair share,
  /// and then the question alone is tried (blind siblings, thirty-seventh session).
  public static func withoutExample(_ question: String) -> String? {
    let words = WordTokenizer.words(question)
    let bytes = Array(question.utf8)
    for index in words.indices.dropFirst() where opensWithExample(words, at: index) {
      let gap = bytes[words[index - 1].end..<words[index].start]
      guard let mark = gap.lastIndex(of: UInt8(ascii: "?")) else { continue }
      return String(decoding: bytes[..<(mark + 1)], as: UTF8.self)
    }
    return nil
  }

  /// A closing remark of at least this many words is set aside whatever it says.
  static let closingRemarkWords = 3

  /// First words of a remark that points back at the question ("That changes …", "Because if it
  /// does, …", "Those patterns would …").
  static let rationaleOpeners: Set<String> = ["that", "this", "those", "these", "it", "they", "because", "since",
                                              "thats", "cause"]

  /// Words that say what follows from the answer: a modal or a verb of consequence.
  static let rationaleWords: Set<String> = ["would", "will", "could", "might", "matters", "matter", "changes",
                                            "change", "affects", "affect", "decides", "decide", "determines",
                                            "drives", "shapes", "care", "helps", "help"]

  /// Modals after "which" or "that" that make the clause a consequence ("which would …").
  static let consequenceModals: Set<String> = ["would", "might", "could", "may", "will"]

  /// `question` without the candidate's guess at the answer (see `guessWords`), nil when it has
  /// none: the matcher tries it only when the whole question found no fact, since the guess may
  /// also be what the question turns on.
  public static func withoutGuess(_ question: String) -> String? {
    without(question) { words, index in guessWords.contains(words[index].text) }
  }

  /// `question` cut before the first word that `cutsAt` (given the words and an index) and a
  /// comma or dash sets off (see `withoutReason`).
  static func without(_ question: String, cutsAt: ([WordTokenizer.Word], Int) -> Bool) -> String? {
    let bytes = Array(question.utf8)
    let words = WordTokenizer.words(question)
    let ends = { (byte: UInt8) in byte == UInt8(ascii: "?") || byte == UInt8(ascii: ".") }
    for (index, word) in words.enumerated() where index >= 3 && cutsAt(words, index) {
      // The words before it must be of the same sentence.
      let sentenceStart = (0..<index).last { bytes[words[$0].end..<words[$0 + 1].start].contains(where: ends) }
      if let start = sentenceStart, index - (start + 1) < 3 { continue }
      // Set off by a comma or dash, and not "because of": "do they differ by country because of
      // local law?" asks about the law.
      let gap = bytes[words[index - 1].end..<word.start]
      guard gap.contains(UInt8(ascii: ",")) || gap.contains(UInt8(ascii: "-")) || gap.contains(0xE2),
            index + 1 < words.count, words[index + 1].text != "of" else { continue }
      guard let end = bytes[word.end...].firstIndex(where: ends), bytes[end] == UInt8(ascii: "?") else { return nil }
      var head = String(decoding: bytes[..<word.start], as: UTF8.self)
      while let last = head.last, last == " " || last == "," || last == "-" || last == "\u{2014}" { head.removeLast() }
      return head + "?" + String(decoding: bytes[(end + 1)...], as: UTF8.self)
    }
    return nil
  }

  /// Words that place a question in time or scope without saying what it asks ("today",
  /// "currently", "overall"; "current" too, but not after "how"): "Where do labels come from
  /// today?" asks where labels come from.
  static let asideWords: Set<String> = ["today", "currently", "nowadays", "overall", "presently"]
  /// Phrases of the same kind, as word sequences.
  static let asidePhrases: [[String]] = [["right", "now"], ["at", "the", "moment"], ["at", "present"],
                                         ["these", "days"], ["as", "of", "now"], ["as", "things", "stand"]]

  /// `question` without the words that place it in time or scope (see `asideWords`), nil when
  /// it has none or nothing else: the matcher tries it when the whole question found no fact,
  /// since a word like "today" belongs to the fact on the existing system and pulled the
  /// question away from its topic (trial 50).
  public static func withoutAside(_ question: String) -> String? {
    let words = WordTokenizer.words(question)
    var cut: [Range<Int>] = []
    var index = 0
    while index < words.count {
      if let phrase = asidePhrases.first(where: { phrase in
        index + phrase.count <= words.count && phrase.indices.allSatisfy { words[index + $0].text == phrase[$0] }
      }) {
        cut.append(words[index].start..<words[index + phrase.count - 1].end)
        index += phrase.count
        continue
      }
      // "the current prevalence" asks for the prevalence; "how current" asks how fresh.
      let current = words[index].text == "current" && (index == 0 || words[index - 1].text != "how")
      if asideWords.contains(words[index].text) || current { cut.append(words[index].start..<words[index].end) }
      index += 1
    }
    guard !cut.isEmpty, words.count - cut.count >= 2 else { return nil }
    var bytes = Array(question.utf8)
    for range in cut.reversed() {
      // Take the space before the aside with it, or the one after at the start.
      var lower = range.lowerBound
      var upper = range.upperBound
      if lower > 0, bytes[lower - 1] == UInt8(ascii: " ") { lower -= 1 }
      else if upper < bytes.count, bytes[upper] == UInt8(ascii: " ") { upper += 1 }
      bytes.removeSubrange(lower..<upper)
    }
    // A comma left before the question mark or at the start ("Right now, how many …") goes too.
    var text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: ",?", with: "?")
      .replacingOccurrences(of: ", ,", with: ",")
    text = String(text.drop { $0 == "," || $0 == " " }).trimmingCharacters(in: .whitespaces)
    return text.isEmpty ? nil : text
  }

  /// Per byte of `bytes`: whether it stands inside brackets or quotation marks (straight or
  /// curly double quotes; a straight single quote only where it opens after a space or a
  /// bracket, so an apostrophe opens nothing). An unclosed mark encloses nothing: what follows
  /// it is read as if it were not there.
  static func enclosed(_ bytes: [UInt8]) -> [Bool] {
    var inside = [Bool](repeating: false, count: bytes.count)
    // Openings still to be closed: (closing byte sequence, where it opened).
    var open: [(close: [UInt8], at: Int)] = []
    let curlyOpen: [UInt8] = [0xE2, 0x80, 0x9C]
    let curlyClose: [UInt8] = [0xE2, 0x80, 0x9D]
    var index = 0
    func starts(_ mark: [UInt8], at position: Int) -> Bool {
      position + mark.count <= bytes.count && Array(bytes[position..<position + mark.count]) == mark
    }
    while index < bytes.count {
      let byte = bytes[index]
      if let last = open.last, starts(last.close, at: index),
         last.close != [UInt8(ascii: "'")] || index + 1 == bytes.count || !isLetter(bytes[index + 1]) {
        let from = open.removeLast().at
        for position in from...index + last.close.count - 1 { inside[position] = true }
        index += last.close.count
        continue
      }
      if byte == UInt8(ascii: "(") {
        open.append(([UInt8(ascii: ")")], index))
      } else if byte == UInt8(ascii: "\"") {
        open.append(([UInt8(ascii: "\"")], index))
      } else if starts(curlyOpen, at: index) {
        open.append((curlyClose, index))
        index += curlyOpen.count
        continue
      } else if byte == UInt8(ascii: "'"), index == 0 || [UInt8(ascii: " "), UInt8(ascii: "(")].contains(bytes[index - 1]) {
        open.append(([UInt8(ascii: "'")], index))
      }
      index += 1
    }
    return inside
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte >= 0x80
  }

  public static func split(_ question: String) -> [String] {
    let bytes = Array(question.utf8)
    let words = WordTokenizer.words(question)
    var cuts: [Int] = []
    // "What's the DAU and peak QPS?" names two topics as a fragment does, after "what's the".
    let lead = listLead(words)
    let fragment = !words.isEmpty && (lead > 0 || !starters.contains(words[0].text) && words[0].text != "if")
      && (words.count - lead <= (lead > 0 ? listedTopicWords : fragmentWords) || opensWithShortTopic(words, lead: lead))
    // Where the current part began, to tell whether it is itself a question.
    var partStart = 0
    let quoted = enclosed(bytes)
    for (index, word) in words.enumerated() where index > 0 {
      let gap = bytes[words[index - 1].end..<word.start]
      // "Do we run in-feed surveys ("was this worth your time?") that could serve as labels?":
      // a question quoted or in brackets is part of the sentence around it (tmux, forty-fourth
      // session: "that could serve as labels" was answered as a question of its own).
      let questionMark = gap.indices.contains { (bytes[$0] == UInt8(ascii: "?") || bytes[$0] == UInt8(ascii: ";")) && !quoted[$0] }
      // "What is the goal? Watch time or users coming back?": options after a question, with no
      // question word of their own, are that question's options, not a second question.
      // So are options opened by "or" after any question, unless a question word follows the
      // "or" ("goal = watch time or clicks? or satisfaction" got the surveys fact for "or
      // satisfaction" alone; "…at upload time? or after posting is fine": blind set seven and
      // its siblings, thirty-second session).
      let orOption = word.text == "or" && index + 1 < words.count
        && !starters.contains(words[index + 1].text) && words[index + 1].text != "if"
      if questionMark, gap.contains(UInt8(ascii: "?")), orOption
        || listsOptions(words, bytes: bytes, from: index) && starters.contains(words[partStart].text) {
        continue
      }
      // "Does user experience count too? e.g. should ads people hide get penalised?": an example
      // after the question mark shows what the question means; as a question of its own it
      // left "Does user experience count too?" to the user-count fact (blind set twenty-two).
      if questionMark, gap.contains(UInt8(ascii: "?")), opensWithExample(words, at: index) { continue }
      if questionMark {
        cuts.append(word.start)
        partStart = index
        continue
      }
      // After a dash, "— is that right?" or "— is there a policy on that?" asks about what came
      // before: it is no question of its own.
      // A dash typed as "--" or " - " is a dash too: a hyphen with a space in the gap joins no compound.
      let dash = (gap.contains(0xE2) || gap.contains(UInt8(ascii: "-"))) && gap.contains(UInt8(ascii: " "))
        && !refersBack(words[index...])
      if gap.contains(UInt8(ascii: ",")) || dash, starters.contains(word.text), starters.contains(words[partStart].text),
         !startsWithCondition(words[partStart...]), index - partStart >= 2,
         !offersOptions(words, bytes: bytes, from: index, after: partStart) {
        cuts.append(word.start)
        partStart = index
        continue
      }
      // "Can I assume ~20M monthly actives, ~500k bookable events at any moment, and a few
      // thousand home-screen loads per second?": a figure after a comma, with one before it in
      // the part, is a second assumption, each of its own fact (blind set, thirtieth session:
      // five such lists in 125 questions got one fact or none).
      if gap.contains(UInt8(ascii: ",")), hasFigure(words[partStart..<index]),
         startsAmount(words, at: index) || figureSoon(words, bytes: bytes, from: index) {
        // Cut after the comma, so a "~" before the figure stays with it.
        let comma = gap.lastIndex(of: UInt8(ascii: ",")) ?? gap.startIndex
        cuts.append(comma + 1)
        partStart = index
        continue
      }
      if fragment, word.text == "and" || gap.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "+")
        || $0 == UInt8(ascii: "&") }), index + 1 < words.count || word.text != "and" {
        cuts.append(word.start)
        partStart = index
        continue
      }
      // "Do we log impressions with no engagement, and scroll depth?": a comma and "and" before
      // a short closing phrase name a second topic.
      if word.text == "and", gap.contains(UInt8(ascii: ",")), index - partStart >= 3,
         let tail = closingPhrase(words, bytes: bytes, from: index + 1), tail <= tailTopicWords {
        cuts.append(word.start)
        partStart = index
        continue
      }
      // "..., and how many ..." / "... and what ..." / "... 2 billion videos and around 50k QPS" /
      // "~2B users with an average of ~200 friends each": a second figure after a first.
      let figureBefore = hasFigure(words[partStart..<index])
      let secondFigure = figureBefore && (startsAmount(words, at: index + 1)
        || (word.text == "and" && figureSoon(words, bytes: bytes, from: index + 1))
        || (words.count > index + 4 && words[index + 1].text == "an" && words[index + 2].text == "average"
          && startsAmount(words, at: index + 4)))
      // "…, because those shape the audit logging and which decisions can be fully automated?"
      // (trial 50): after "because" the candidate says why they ask, and a "which" there opens
      // a clause of the reason, not a second question.
      let inReason = words[partStart..<index].contains { reasonWords.contains($0.text) }
      // "…, and roughly what fraction of them are harmful?": a hedge may stand before the
      // question word.
      let asksNext = index + 1 < words.count && (starters.contains(words[index + 1].text)
        || (index + 2 < words.count && hedges.contains(words[index + 1].text) && starters.contains(words[index + 2].text)))
      // One word before "and" is a part when a comma sets it off: "DAU, and how many eligible
      // posts per session?" (a blind set).
      if word.text == "and" || word.text == "with", index + 1 < words.count,
         index >= 2 || gap.contains(UInt8(ascii: ",")),
         (word.text == "and" && asksNext && !inReason) || secondFigure {
        cuts.append(word.start)
        partStart = index + 1
      }
    }
    guard !cuts.isEmpty else { return [question] }
    var parts: [String] = []
    var start = 0
    for cut in cuts + [bytes.count] {
      var part = String(decoding: bytes[start..<cut], as: UTF8.self).trimmingCharacters(in: .whitespaces)
      // A fragment's "and" stays with the words after it; drop it so the part reads alone.
      if part.hasPrefix("and ") { part.removeFirst(4) }
      if WordTokenizer.words(part).count >= 1 { parts.append(part) }
      start = cut
    }
    return parts
  }
}
