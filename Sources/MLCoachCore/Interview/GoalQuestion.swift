/// "What's the goal?", "What are we optimising for?", "What does success look like?": the
/// question a candidate asks first, in words that say nothing but "goal". Every scenario has
/// one fact for its business goal, yet the matcher left these unanswered in most scenarios
/// (a newcomer's "What's the goal?" in event-recommendation; "What are we optimizing for?" in
/// 12 of 13): "goal", "success" and "optimise" also appear in other facts' phrases and
/// examples, so by the matcher's weighing a bare one tells facts apart too little. A question
/// made only of such words asks for the goal fact; one with any other word ("What's the goal
/// of the re-ranker?", "What success metric do we use offline?") is left to the matcher.
public enum GoalQuestion {
  /// Stems that ask for the goal on their own.
  static let goalStems: Set<String> = Set(["goal", "objective", "optimize", "optimise", "success", "purpose", "aim",
                                           "kpi", "achieve", "win", "matters", "outcome"].map(WordNormalizer.stem))
    .union(["#business-objective", "#business-metric", "#north-star-metric"])
  /// Stems that may stand beside them without changing what is asked: the goal of "this
  /// project" or "this feature", "the business"'s "main" or "primary" one, what "success" "looks
  /// like", "the main thing we want".
  static let frameStems: Set<String> = Set(["main", "primary", "overall", "top", "key", "ultimate", "business",
                                            "product", "project", "system", "company", "here", "look", "like",
                                            "north", "star", "metric", "trying", "try", "really", "actually",
                                            "exactly", "define", "defined", "measure", "measured", "core",
                                            "biggest", "most", "important", "count", "leadership", "care",
                                            "top", "line", "headline", "feature", "thing", "want", "against",
                                            "measuring", "good", "ideal", "desired", "successful", "great",
                                            "executive", "executives", "exec", "execs", "management"]
    .map(WordNormalizer.stem))
    // "What does the VP care about most?" asks the goal as "What does leadership care about?"
    // does: an executive is no detail here.
    .union(OddlySpecificQuestion.executiveWords.map(WordNormalizer.stem))

  /// Who a goal may be for: "for merchants", "for the people who use it", "for the business".
  static let beneficiaries: Set<String> = ["user", "users", "people", "customer", "customers", "merchant",
    "merchants", "guest", "guests", "advertiser", "advertisers", "creator", "creators", "organizer", "organizers",
    "organiser", "organisers", "host", "hosts", "employee", "employees", "viewer", "viewers", "seller", "sellers",
    "buyer", "buyers", "member", "members", "everyone", "us", "business", "company", "both", "them"]
  /// Words that may stand between "for" and who it is for.
  static let beneficiaryLeads: Set<String> = ["the", "our", "its", "all", "each", "both", "end"]

  /// `question` without the phrases that say whom a goal is for ("for merchants and for us", "for
  /// the people who use it"), or nil when it has none. "What does a good outcome look like for
  /// merchants and for us?", the fraud case study's own step-1 prompt, went unanswered when a
  /// newcomer typed it (trial, thirty-fifth session): "merchants" is a word of other facts, so the
  /// question did not read as made of goal words alone. Only after "for": "Are there host-side
  /// goals?" asks about hosts, which a fact of its own may answer.
  public static func withoutBeneficiaries(_ question: String) -> String? {
    let words = WordTokenizer.words(question)
    var cuts: [Range<Int>] = []
    var index = 0
    while index < words.count {
      guard words[index].text == "for" else { index += 1; continue }
      var next = index + 1
      while next < words.count, beneficiaryLeads.contains(words[next].text) { next += 1 }
      guard next < words.count, beneficiaries.contains(words[next].text) else { index += 1; continue }
      cuts.append(words[index].start..<words[next].end)
      index = next + 1
    }
    guard !cuts.isEmpty else { return nil }
    return ByteSplice.replacing(question, cuts.map { (range: $0, with: "") })
  }

  /// Whether `terms` (a question's, as `QuestionMatcher.terms` reads them) ask only for the goal.
  /// `subject` holds the stems of the scenario's own name ("fraud", "feed"): "What matters most
  /// with this fraud system?" asks for the goal as plainly as "What matters most?".
  /// Options listed after a colon or "like" (terms weighing less than 1) are the candidate's
  /// guesses at the goal, not another topic: "What does success look like for leadership: lower
  /// prevalence, fewer user reports, or fewer wrongful takedowns?" asks for the goal (trial 21).
  public static func asksForGoal(_ terms: QuestionTerms, subject: Set<String> = []) -> Bool {
    let asked = terms.weights.filter { $0.value >= 1 }.keys
    return asked.contains(where: goalStems.contains) && asked.allSatisfy {
      goalStems.contains($0) || frameStems.contains($0) || subject.contains($0) || $0.hasPrefix("#")
    }
  }

  /// What a purpose question may ask the purpose of besides the case study's own name: "What
  /// is it for?", "what the number is for", "what's this feature for".
  static let purposeSubjects: Set<String> = ["it", "this", "that", "number", "estimate", "score", "prediction",
                                             "feature", "product", "system", "model", "thing", "project", "tool",
                                             "recs", "recommendations", "ranking", "ordering"]
  /// Words that may stand between "what" and what the purpose is asked of.
  static let purposeFillers: Set<String> = ["is", "s", "are", "the", "this", "these", "that", "our", "its", "whole",
                                            "all", "supposed", "to", "be"]
  /// Verbs that make "what … for" ask a use of something ("what is the score used for?"), which
  /// the facts on where the output goes answer, not the goal.
  static let useVerbs: Set<String> = ["used", "use", "using", "needed", "consumed", "fed"]
  /// Words that may stand around "for" without giving it an object: "what is it really for",
  /// "what's the carousel for, at the end of the day", "what's pymk for from the company's
  /// point of view".
  static let purposeAdverbs: Set<String> = ["really", "ultimately", "mostly", "mainly", "exactly", "actually",
                                            "even", "anyway", "in", "the", "end", "at", "of", "day", "from",
                                            "business", "side", "company", "s", "point", "view", "perspective",
                                            "our", "us", "then"]

  /// Whether `question` asks what the product is for: "what" and "for" ending a clause, with
  /// only the thing asked about between ("What's the ETA for?", "first thing i'd like to
  /// understand is what the number is for — mostly conversion at checkout, or …?", "what are
  /// these recs for in the end: …?"). A goal question in other words than "goal": such
  /// questions went unanswered or got another fact (blind set seven and its siblings,
  /// thirty-second session). The thing is one to three words, one of them the case study's
  /// name, a word for the product or its output, or any word after "this" or "these". "What
  /// do we use the logs for?", "what is the score used for?" name a use, not the product's
  /// purpose, and are left alone, as is "What is the number for new users?".
  /// `subject` holds the stems of the case study's name ("eta", "feed", "pymk").
  public static func asksPurpose(_ question: String, subject: Set<String>) -> Bool {
    let bytes = Array(question.utf8)
    let words = WordTokenizer.words(question)
    let clauseEnds = Set("?.,:;-!".utf8).union([0xE2])
    func endsClause(after index: Int) -> Bool {
      index + 1 == words.count || bytes[words[index].end..<words[index + 1].start].contains(where: clauseEnds.contains)
    }
    for start in words.indices where ["what", "whats"].contains(words[start].text) {
      var index = start + 1
      while index < words.count, purposeFillers.contains(words[index].text) { index += 1 }
      let thingStart = index
      var named = false
      while index < words.count, index - thingStart < 3, words[index].text != "for",
            !purposeAdverbs.contains(words[index].text), !useVerbs.contains(words[index].text) {
        let text = words[index].text
        if purposeSubjects.contains(text) || subject.contains(WordNormalizer.stem(text))
          || ["this", "these"].contains(words[index - 1].text) {
          named = true
        }
        index += 1
      }
      guard named else { continue }
      while index < words.count, purposeAdverbs.contains(words[index].text), !endsClause(after: index - 1) { index += 1 }
      guard index < words.count, words[index].text == "for" else { continue }
      // After "for", only a clause end or words that give it no object.
      var after = index
      while !endsClause(after: after), after + 1 < words.count, purposeAdverbs.contains(words[after + 1].text) {
        after += 1
      }
      if endsClause(after: after) { return true }
    }
    return false
  }

  /// Marks after which a candidate lists guesses: a comma, a colon, a dash.
  static let optionMarks: [String] = [",", ":", "—", "–", " - "]

  /// Where the first of `optionMarks` stands in `question`, or nil when it has none.
  static func firstOptionMark(in question: String) -> Range<String.Index>? {
    optionMarks.compactMap { question.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
  }

  /// The words before the first comma, colon or dash of `question` when what follows offers a
  /// choice (" or "): "What's the main goal: reduce prevalence, or catch as many violating posts
  /// as possible?" → "What's the main goal". Nil when no such mark comes before an "or".
  public static func headBeforeOptions(_ question: String) -> String? {
    guard let mark = firstOptionMark(in: question), question[mark.upperBound...].range(of: " or ") != nil else {
      return nil
    }
    return String(question[..<mark.lowerBound])
  }

  /// Words after which "use case" names the product's use ("the main use case", "what use
  /// cases", "our primary use-case"), not a verb and its object ("can we use case notes?").
  static let useCaseLeads: Set<String> = ["the", "main", "primary", "key", "typical", "core", "our", "this", "that",
                                          "a", "any", "what", "which", "whats", "first", "biggest", "target",
                                          "intended", "business", "top", "common", "most", "dominant", "actual",
                                          "real", "expected", "end", "its", "their", "s"]

  /// `question` with each "use case" that names the product's use read as "goal" ("use cases"
  /// as "goals"), or nil when it has none. "What's the main use case: IT and HR self-service,
  /// or knowledge lookup for engineers?" and "Is the main use case inspiration browsing, or
  /// shopping?" ask what the product is for, which the goal fact answers; "use" is no word the
  /// matcher weighs and no fact's phrase says "case", so they went unanswered (two tuning
  /// questions and a blind set's, thirty-fifth session). A hyphenated "use-case" and a run-on
  /// "usecase" count; "use case" after a word outside `useCaseLeads` ("can we use case
  /// history?") is a verb and its object and is left alone.
  public static func useCaseAsGoal(_ question: String) -> String? {
    let words = WordTokenizer.words(question)
    var pieces: [(range: Range<Int>, plural: Bool)] = []
    for (index, word) in words.enumerated() {
      let previous = index > 0 ? words[index - 1].text : ""
      guard index == 0 || useCaseLeads.contains(previous) else { continue }
      if ["usecase", "usecases"].contains(word.text) {
        pieces.append((word.start..<word.end, word.text.hasSuffix("s")))
      } else if word.text == "use", index + 1 < words.count, ["case", "cases"].contains(words[index + 1].text) {
        pieces.append((word.start..<words[index + 1].end, words[index + 1].text == "cases"))
      }
    }
    guard !pieces.isEmpty else { return nil }
    return ByteSplice.replacing(question, pieces.map { (range: $0.range, with: $0.plural ? "goals" : "goal") })
  }

  /// `question` as the goal shapes read it: whom a goal is for left out
  /// (`withoutBeneficiaries`) and a use case read as a goal (`useCaseAsGoal`).
  public static func goalReading(_ question: String) -> String {
    let forWhom = withoutBeneficiaries(question) ?? question
    return useCaseAsGoal(forWhom) ?? forWhom
  }

  /// Nouns that name the goal itself, before guesses at it; "matters" or "win" may precede
  /// options of another kind ("what matters more: latency or accuracy?").
  static let goalNouns: Set<String> = Set(["goal", "goals", "objective", "objectives", "aim", "purpose", "kpi"]
    .map(WordNormalizer.stem))

  /// The words of `question` up to its first goal word when guesses joined by "or" follow it
  /// in the same sentence: "sorry if this is obvious, but is the goal mainly being accurate,
  /// or more about not making people cancel?" → "sorry if this is obvious, but is the goal"
  /// (blind set nine, thirty-second session: the guesses' words left the goal fact short of the
  /// share). Nil when no goal word is followed by " or " before the sentence or a colon ends
  /// ("Objective check: are we ranking by raw pCTR, or …?" names a topic), or when a
  /// preposition binds the goal to a part of the system ("the goal of the re-ranker").
  public static func headThroughGoalWord(_ question: String) -> String? {
    let bytes = Array(question.utf8)
    let words = WordTokenizer.words(question)
    guard let index = words.indices.first(where: { goalNouns.contains(WordNormalizer.stem(words[$0].text)) }),
          index + 1 < words.count, !["of", "for", "in", "behind", "on", "with"].contains(words[index + 1].text)
    else { return nil }
    for next in (index + 1)..<words.count {
      let gap = bytes[words[next - 1].end..<words[next].start]
      if gap.contains(UInt8(ascii: "?")) || gap.contains(UInt8(ascii: ":")) { return nil }
      if words[next].text == "or" { return String(decoding: bytes[..<words[index].end], as: UTF8.self) }
    }
    return nil
  }

  /// Whether `question` opens with "what" and asks what someone wants in words that are only
  /// wanting, goal and frame words ("What does leadership care about most?", "What does the VP
  /// care about?"): the goal in other words than "goal". Before, such a question went
  /// unanswered, and with an executive named it was refused as a detail (thirty-ninth session).
  /// "What do users care about?" names someone who is no frame word and is left to the matcher.
  public static func asksWhatIsWanted(_ question: String, terms: QuestionTerms, subject: Set<String> = []) -> Bool {
    guard WordTokenizer.words(question).first?.text == "what" else { return false }
    let asked = terms.weights.filter { $0.value >= 1 }.keys
    return asked.contains(where: wantingStems.contains) && asked.allSatisfy {
      wantingStems.contains($0) || goalStems.contains($0) || frameStems.contains($0) || subject.contains($0)
        || $0.hasPrefix("#")
    }
  }

  /// Verbs by which a clause names what someone wants from the product: "what the business
  /// mainly cares about", "what leadership wants", "what we optimise for".
  static let wantingStems: Set<String> = Set(["care", "cares", "want", "wants", "value", "values", "optimize",
                                              "optimise", "prioritize", "prioritise", "reward", "rewards"]
    .map(WordNormalizer.stem))

  /// The clause that asks for the goal after a guess at it: "Is watch time what the business
  /// mainly cares about, or satisfaction as well?" → "what the business mainly cares about".
  /// The guess ("watch time") names a logged signal whose fact the words found instead (a blind
  /// set of questions asked mid-design, thirty-fourth session). Nil unless the question opens
  /// with "is", "are" or "was" and a later "what" opens a clause, up to the next comma, "?" or
  /// " or ", whose words (`termsOf`) are only goal, frame, subject or wanting words with a
  /// wanting verb or goal word among them.
  public static func goalClauseAfterGuess(_ question: String, subject: Set<String> = [],
                                          termsOf: (String) -> QuestionTerms) -> String? {
    let bytes = Array(question.utf8)
    let words = WordTokenizer.words(question)
    guard let first = words.first, ["is", "are", "was"].contains(first.text),
          let what = words.indices.dropFirst(2).first(where: { words[$0].text == "what" }) else { return nil }
    var end = bytes.count
    for next in (what + 1)..<words.count {
      let gap = bytes[words[next - 1].end..<words[next].start]
      if gap.contains(UInt8(ascii: "?")) || gap.contains(UInt8(ascii: ",")) || words[next].text == "or" {
        end = words[next - 1].end
        break
      }
    }
    let clause = String(decoding: bytes[words[what].start..<end], as: UTF8.self)
    let asked = termsOf(clause).weights.filter { $0.value >= 1 }.keys
    let fits = asked.contains { wantingStems.contains($0) || goalStems.contains($0) } && asked.allSatisfy {
      wantingStems.contains($0) || goalStems.contains($0) || frameStems.contains($0) || subject.contains($0)
        || $0.hasPrefix("#")
    }
    return fits ? clause : nil
  }

  /// Words that may open a goal put to check before the goal word: "I'm assuming", "so",
  /// "just to confirm", "my read is the real", "i'd assume the top-line".
  static let statedGoalOpeners: Set<String> = ["i", "im", "m", "d", "assuming", "assume", "so", "and", "ok", "okay",
                                               "just", "to", "confirm", "think", "guess", "the", "our", "a", "my",
                                               "main", "primary", "overall", "real", "key", "business", "ultimate",
                                               "read", "is", "top", "line", "true", "actual", "then"]
  /// Words that may stand between the goal word and the verb that puts it: "Success here = …",
  /// "So the goal, as I understand it, is …", "Goal-wise I'm assuming it's …".
  static let statedGoalFillers: Set<String> = ["here", "really", "as", "i", "m", "im", "understand", "it", "then",
                                               "wise", "assuming", "assume", "for", "us", "this", "overall"]
  /// Words that put the goal: "the goal is …", "success means …", "our objective would be …".
  static let statedGoalVerbs: Set<String> = ["is", "s", "means", "would", "will", "should"]

  /// Words for failing that a question about the goal may ask after.
  static let failureWords: Set<String> = ["failure", "failures", "failing", "fail", "failed"]
  /// Verbs by which "what" asks what failure is: "what counts as a failure", "what does failure
  /// look like", "what's considered a failure".
  static let failureVerbs: Set<String> = ["count", "counts", "look", "looks", "considered", "mean", "means", "define",
                                          "constitutes", "constitute", "call", "called", "deem", "deemed", "judge",
                                          "judged"]
  /// Words after a failure word that name something else: a component's failure modes, a
  /// failure rate, a service failing open.
  static let otherFailures: Set<String> = ["mode", "modes", "rate", "rates", "case", "cases", "open", "closed",
                                           "over", "safe"]

  /// Whether `question` asks what failure looks like, the goal's other side: "What counts as a
  /// failure here — only a missed face, or is over-blurring also a problem?", "What does failure
  /// look like?", "How do we define failure?". Step 1 of a case study asks the candidate what
  /// success and failure look like, and the question went unanswered (tmux, fiftieth session).
  /// "Does missing them count as a privacy failure?" checks one case against the scope, and
  /// "What are its known failure modes?" asks about a component: neither asks what failure is.
  public static func asksWhatFailureIs(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    for (index, word) in words.enumerated() where failureWords.contains(word) {
      if index + 1 < words.count, otherFailures.contains(words[index + 1]) { continue }
      let before = words[max(0, index - 8)..<index]
      // "define failure", "definition of failure", "how would you define a failure".
      if before.suffix(3).contains(where: { $0 == "define" || $0 == "definition" }) { return true }
      // "what counts as a failure", "what would failure look like", "what's considered a failure".
      // "When would leadership call this a failure?"
      guard let what = before.lastIndex(where: { $0 == "what" || $0 == "whats" || $0 == "when" }) else { continue }
      if words[(what + 1)...].prefix(index - what + 3).contains(where: failureVerbs.contains) { return true }
    }
    return false
  }

  /// Whether `question` opens by stating the goal to check it: "success is a connection request
  /// that gets accepted, not just any request sent?", "I'm assuming the goal is long-term
  /// engagement …, is that right?", "Success here = more ticket purchases …". Such a sentence
  /// asks whether the goal is so, whatever other fact its words name ("accepted" drew the
  /// acceptance figures; blind set ten and its siblings, thirty-second session). All nine tuning
  /// questions of this shape are labelled with the goal fact. "The goal of the ranker is …"
  /// names another goal: "of" is no filler.
  public static func statesGoal(_ question: String) -> Bool {
    let bytes = Array(question.utf8)
    let tokens = WordTokenizer.words(question)
    let words = tokens.map(\.text)
    // "Goal-wise": the goal word may open a compound.
    func namesGoal(_ word: String) -> Bool {
      let head = String(word.split(separator: "-").first ?? Substring(word))
      return goalNouns.contains(WordNormalizer.stem(head)) || head == "success"
    }
    var index = 0
    while index < words.count, index < 8, statedGoalOpeners.contains(words[index]), !namesGoal(words[index]) {
      index += 1
    }
    guard index < words.count, namesGoal(words[index]) else { return false }
    var next = index + 1
    while next < words.count, next - index <= 7 {
      // "Success here = more ticket purchases": the sign stands where the verb would.
      if bytes[tokens[next - 1].end..<tokens[next].start].contains(UInt8(ascii: "=")) { return true }
      if statedGoalVerbs.contains(words[next]) { return true }
      guard statedGoalFillers.contains(words[next]) else { return false }
      // "it's": the tokenizer leaves the contracted "is" in the gap.
      if next + 1 < words.count {
        let gap = String(decoding: bytes[tokens[next].end..<tokens[next + 1].start], as: UTF8.self)
        if gap.hasPrefix("'s") || gap.hasPrefix("\u{2019}s") { return true }
      }
      next += 1
    }
    return false
  }

  /// The stems of `scenario`'s id and title words: what the case study is about.
  public static func subject(of scenario: Scenario) -> Set<String> {
    let words = (scenario.id.split(separator: "-") + scenario.title.split(whereSeparator: { !$0.isLetter }))
      .map { WordNormalizer.stem($0.lowercased()) }
    // "pymk": a name of three or more words goes by its initials.
    let parts = scenario.id.split(separator: "-")
    let initials = parts.count >= 3 ? [String(parts.compactMap(\.first))] : []
    return Set(words.filter { $0.count >= 3 } + initials)
  }

  /// The index of `scenario`'s goal fact: the first whose `about` phrases name the business
  /// goal or objective (every bundled scenario has one), or nil.
  public static func goalFact(of scenario: Scenario) -> Int? {
    scenario.facts.firstIndex { fact in
      fact.about.contains { ["business goal", "business objective"].contains($0.lowercased()) }
    }
  }
}
