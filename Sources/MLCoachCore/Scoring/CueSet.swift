/// The small words that change what a mention means: negations, reasons, comparisons.
struct CueSet: Sendable {
  let negators: Set<Int32>
  let flagNegators: Set<Int32>
  let conditionals: Set<Int32>
  let clauseBoundaries: Set<Int32>
  let without: Int32
  let only: Int32
  let dismissals: [CompiledPhrase]
  let criticisms: [CompiledPhrase]
  let reasons: [CompiledPhrase]
  let comparisons: [CompiledPhrase]
  /// Words that mark a clarifying question or a stated assumption: for requirements, asking
  /// or assuming explicitly is the whole point, so no further reason is needed.
  let clarifications: [CompiledPhrase]

  init(compiler: inout PhraseCompiler) {
    func ids(_ words: [String]) -> Set<Int32> {
      Set(words.compactMap { compiler.compile($0, keepingFillers: true).variants.first?.first })
    }
    let negationWords = ["no", "not", "dont", "doesnt", "didnt", "wont", "wouldnt", "shouldnt", "cant", "cannot",
                         "never", "without", "neither", "nor", "skip", "ignore", "isnt", "arent", "needn't",
                         "unnecessary", "bother"]
    negators = ids(negationWords)
    flagNegators = ids(negationWords + ["avoid", "instead", "rather", "prevent", "wrong", "mistake", "misleading",
                                         "bad", "beware", "pitfall", "trap", "careful", "against", "naive", "naively",
                                         "tempting", "unlike", "over", "not", "vs", "versus", "than"])
    conditionals = ids(["if", "unless", "otherwise", "else", "when", "whether"])
    clauseBoundaries = ids(["and", "but", "because", "so", "instead", "rather", "while", "whereas", "although", "since",
                            "though", "then", "however", "yet"])
    without = compiler.compile("without").variants.first?.first ?? -1
    only = compiler.compile("only").variants.first?.first ?? -1
    dismissals = ["not needed", "not necessary", "unnecessary", "overkill", "not worth", "not required",
                  "not important", "doesnt matter", "dont matter", "isnt needed", "isnt necessary", "irrelevant",
                  "not useful", "waste of time", "not a concern", "no need", "can skip", "can be skipped",
                  "not a priority", "out of scope", "not relevant"].map { compiler.compile($0, keepingFillers: true) }
    criticisms = ["misleading", "wrong", "mistake", "useless", "meaningless", "too slow", "wont scale",
                  "doesnt scale", "infeasible", "trap", "breaks", "fails", "hurts", "bad idea", "biased",
                  "not enough", "isnt enough", "insufficient", "dangerous", "leak", "not an option",
                  "impractical", "too expensive", "would be", "misses", "ignores", "inflate", "bad"]
      .map { compiler.compile($0, keepingFillers: true) }
    reasons = ["because", "since", "so that", "so we", "so the", "so it", "so", "in order to", "which means",
               "which lets", "which makes", "this means", "that means", "otherwise", "instead of", "rather than",
               "vs", "versus", "tradeoff", "trade off", "at the cost of", "cost of", "compared to", "compared with",
               "whereas", "due to", "given that", "that way", "this way", "hence", "therefore", "thus",
               "to avoid", "to prevent", "to reduce", "to keep", "to handle", "to capture", "to ensure",
               "to catch", "to detect", "to correct", "to fix", "to compensate", "to account for", "to mitigate",
               "to limit", "to meet", "to make", "to get", "to learn", "to stay", "to balance", "to match",
               "to measure", "to protect", "to remove", "to filter", "to cut", "to fit", "to support", "to scale",
               "to spot", "to compare", "to serve", "to speed", "to guarantee", "to stop", "to improve",
               "helps", "lets us", "allows", "enables", "means", "hurts", "breaks", "would", "risk",
               "cheaper", "faster", "slower", "better", "worse", "expensive", "costly", "cheap", "fast",
               "the reason", "leads to", "results in", "causes", "matters", "important", "critical",
               "essential", "necessary", "needed", "required", "ensures", "avoids", "prevents", "reduces",
               "corrects", "cannot", "unless", "if"]
      .map { compiler.compile($0, keepingFillers: true) }
    clarifications = ["assume", "assuming", "assumption", "confirm", "clarify", "ask", "check whether",
                      "find out", "would want to know", "i'd want to know", "how many", "how much", "what is",
                      "is there", "are there", "do we", "can we", "does"].map { compiler.compile($0, keepingFillers: true) }
    comparisons = ["vs", "versus", "instead of", "rather than", "tradeoff", "trade off", "at the cost of",
                   "compared to", "compared with", "whereas", "better than", "worse than", "cheaper than",
                   "faster than", "slower than", "more expensive", "less expensive", "more accurate",
                   "less accurate", "over", "but", "while", "on the other hand", "alternative", "alternatively",
                   "downside", "upside", "drawback", "advantage", "disadvantage", "pros", "cons", "costs",
                   "at the expense", "balance", "cannot", "can't", "unlike", "outperform"]
      .map { compiler.compile($0, keepingFillers: true) }
  }
}

/// Judges each occurrence of a phrase by what surrounds it.
struct MatchContext {
  let analyzed: AnalyzedAnswer
  let cues: CueSet
  private var reasonInSentence: [Bool]
  /// A reason within the first words of a sentence ("This avoids...", "Otherwise..."), which
  /// explains the sentence before it.
  private var reasonOpensSentence: [Bool]
  private var comparisonInSentence: [Bool]
  private var clarificationInSentence: [Bool]
  private var dismissalAt: Set<Int>
  private var criticismAt: Set<Int>

  init(analyzed: AnalyzedAnswer, index: PhraseIndex, cues: CueSet) {
    self.analyzed = analyzed
    self.cues = cues
    reasonInSentence = Array(repeating: false, count: analyzed.sentences.count)
    comparisonInSentence = reasonInSentence
    reasonOpensSentence = reasonInSentence
    clarificationInSentence = reasonInSentence
    dismissalAt = []
    criticismAt = []
    for phrase in cues.reasons {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) {
        reasonInSentence[occurrence.sentence] = true
        if occurrence.start < analyzed.sentences[occurrence.sentence].firstToken + 4 {
          reasonOpensSentence[occurrence.sentence] = true
        }
      }
    }
    for phrase in cues.comparisons {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) {
        comparisonInSentence[occurrence.sentence] = true
      }
    }
    for phrase in cues.clarifications {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) {
        clarificationInSentence[occurrence.sentence] = true
      }
    }
    for phrase in cues.dismissals {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 1) { dismissalAt.insert(occurrence.start) }
    }
    for phrase in cues.criticisms {
      for occurrence in index.occurrences(of: phrase, in: analyzed, maxGap: 0) { criticismAt.insert(occurrence.start) }
    }
  }

  /// The verdict one mention earns.
  func judgeItem(_ occurrence: Occurrence, category: Category) -> (status: ItemStatus, sentence: Int, note: String?) {
    let sentence = analyzed.sentences[occurrence.sentence]
    let s = occurrence.sentence
    if analyzed.sectionKinds[sentence.section] == .questions {
      return category == .requirements
        ? (.hit, s, "asked as a clarifying question")
        : (.partial, s, "only asked about, not designed")
    }
    if isNegated(occurrence) || isDismissedAfter(occurrence) {
      return (.contradicted, s, "dismissed or negated")
    }
    if sentence.isHeading { return (.partial, s, "only named in a heading") }
    if sentence.isList { return (.partial, s, "listed without a reason") }
    let next = s + 1 < analyzed.sentences.count && analyzed.sentences[s + 1].section == sentence.section
      && !analyzed.sentences[s + 1].isHeading ? s + 1 : nil
    if category == .tradeoffs {
      let compared = comparisonInSentence[s] || next.map { comparisonInSentence[$0] } == true
      return compared ? (.hit, s, nil) : (.partial, s, "no alternative compared")
    }
    let clarified = category == .requirements && (clarificationInSentence[s] || sentence.isQuestion)
    let reasoned = reasonInSentence[s] || sentence.hasNumber || sentence.hasSymbol || clarified
      || next.map { reasonOpensSentence[$0] } == true
    return reasoned ? (.hit, s, nil) : (.partial, s, "mentioned without a reason")
  }

  /// A negation word shortly before the mention, in the same clause, and not a condition
  /// ("if we don't calibrate, ..." argues for calibration).
  func isNegated(_ occurrence: Occurrence, negators: Set<Int32>? = nil) -> Bool {
    let negators = negators ?? cues.negators
    let tokens = analyzed.tokens
    let first = analyzed.sentences[occurrence.sentence].firstToken
    var i = occurrence.start - 1
    while i >= max(first, occurrence.start - 5) {
      if tokens[i + 1].clauseBreakBefore || cues.clauseBoundaries.contains(tokens[i].id) { return false }
      if negators.contains(tokens[i].id) {
        if tokens[i].id == cues.without && i == first { return false }
        if i + 1 < tokens.count, tokens[i + 1].id == cues.only { i -= 1; continue }
        for back in max(first, i - 3)..<i where cues.conditionals.contains(tokens[back].id) { return false }
        return true
      }
      i -= 1
    }
    return false
  }

  private func isDismissedAfter(_ occurrence: Occurrence) -> Bool {
    let end = analyzed.sentences[occurrence.sentence].endToken
    var i = occurrence.end
    while i < min(end, occurrence.end + 4) {
      if i > occurrence.end && analyzed.tokens[i].clauseBreakBefore { return false }
      if dismissalAt.contains(i) { return true }
      i += 1
    }
    return false
  }

  /// A red-flag phrase counts unless it is negated, criticised, conditional or only asked about.
  func flagStands(_ occurrence: Occurrence) -> Bool {
    let sentence = analyzed.sentences[occurrence.sentence]
    if analyzed.sectionKinds[sentence.section] == .questions { return false }
    if isNegated(occurrence, negators: cues.flagNegators) { return false }
    let tokens = analyzed.tokens
    for i in max(sentence.firstToken, occurrence.start - 6)..<occurrence.start where cues.conditionals.contains(tokens[i].id) {
      _ = i
      return false
    }
    // Criticism inside the match counts too: "accuracy is misleading as the metric".
    for i in occurrence.start..<min(sentence.endToken, occurrence.end + 8) where criticismAt.contains(i) {
      _ = i
      return false
    }
    return true
  }
}
