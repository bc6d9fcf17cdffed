/// The words of a clarifying question that can say what it is about, each with how much it
/// counts: stems of content words plus the lexicon concepts they spell ("QPS" and "queries
/// per second" both give `#qps`). Question words, auxiliaries and politeness carry no intent
/// and are dropped; words listing options after a colon or "like" count for less than the
/// words that name the topic ("What is the main goal: watch time, DAU or retention?" asks
/// about the goal, not about users).
public struct QuestionTerms: Equatable, Sendable {
  /// Stem (or `#concept`) → how much the question leans on it (1, or less for listed options).
  public var weights: [String: Double]
  /// How many terms are words rather than lexicon concepts (`#…`).
  public var contentCount: Int { weights.keys.filter { !$0.hasPrefix("#") }.count }
  /// `weights` in the order of their terms: sums over a Dictionary follow its per-process hash
  /// order, and a sum in another order can differ in the last bit, enough to tip a threshold
  /// and give one question different answers from one run to the next.
  public var orderedWeights: [(key: String, value: Double)] { weights.sorted { $0.key < $1.key } }
  /// The stems that spell each `#concept` of `weights`.
  public var conceptWords: [String: Set<String>] = [:]
  /// What an amount is asked of: the first content words after "how many" or a figure ("how
  /// many candidate posts …" → candidate, post). A fact's "how many requests" then does not
  /// answer a question that counts posts and only mentions requests. Empty when unknown.
  public var amountOf: Set<String> = []
  /// Each stem of a word as the candidate typed it, lowercased ("vido" → "vidoes"): a slip the
  /// stemmer has changed further is found from the word itself (see `QuestionMatcher.terms`).
  public var typed: [String: String] = [:]
  /// At most this many words after "how many" name what is counted.
  static let countedWords = 3

  /// How much a word counts when it only lists options or examples.
  public static let listedOptionFactor = 0.35
  /// How much a word counts in an alternative the candidate offers (", or is there …?").
  public static let alternativeFactor = 0.6

  /// Words that never say what a question is about.
  static let stopWords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "into", "as", "about", "and", "or",
    "but", "if", "so", "than", "then", "there", "here", "this", "that", "these", "those", "it", "its", "we", "our",
    "us", "i", "me", "my", "you", "your", "they", "them", "their", "he", "she", "what", "whats", "which", "who",
    "whom", "whose", "where", "when", "why", "how", "do", "does", "did", "done", "doing", "is", "are", "was", "were",
    "be", "been", "being", "am", "im", "can", "could", "should", "would", "will", "shall", "may", "might", "must",
    "have", "has", "had", "having", "any", "some", "all", "each", "every", "much", "many", "more", "most", "less",
    "just", "also", "only", "already", "really", "actually", "basically", "roughly", "approximately", "around",
    "about", "like", "say", "e", "g", "eg", "ie", "etc", "okay", "ok", "yes", "not", "get", "got", "go",
    "going", "need", "needs", "want", "know", "tell", "assume", "assuming", "think", "talking", "look", "looks",
    "kind", "sort", "thing", "things", "something", "anything", "one", "ones", "lot", "lots", "big", "large",
    "small", "high", "low", "mostly", "mainly", "usually", "typical", "typically", "fine", "expected", "expect",
    "allowed", "able", "use", "using", "used", "make", "made", "way", "ways", "s", "t", "even", "still", "well",
    "other", "else", "either", "both", "same", "whether", "per", "over", "under", "up", "down", "out",
    // Words of a yes/no or "can I assume" question that only ask for a confirmation ("is 30
    // days enough?"): no fact is about them, and as unknown words they would hide the topic
    // the question does name. See also `confirmations`.
    // The amounts of a claim put to check ("only about half the listings are instant-book") are
    // the claim, not its topic.
    "enough", "assumption", "maybe", "perhaps", "probably", "too", "percent", "half", "majority",
    // Prepositions that, like "of" and "in", only join the topic words.
    "among", "amongst", "via",
    "cant", "dont", "doesnt", "isnt", "arent", "wont", "didnt", "wouldnt", "shouldnt", "couldnt",
    // How the candidate feels about asking, never what is asked ("Sorry if this is obvious,
    // but …", "I was wondering, hoping it's not a dumb question, …"): as unknown words they
    // thinned out the question's topic until no fact fitted (blind set nine, thirty-second
    // session: 5 of 90 questions opened or closed with an apology or a hedge).
    "sorry", "apologies", "apologize", "apologise", "obvious", "obviously", "dumb", "naive", "silly", "stupid",
    "hope", "hoping", "wondering", "wonder", "curious", "please", "thanks", "clarify", "guessing", "wanted",
    "jumping",
    // "Do dislikes exist as signals?", "Subscriptions exist?": the verb asks whether its
    // subject is there, and the subject is the topic. As a word it matched "existing" (the
    // current system) and answered with what runs today (tmux trial of the thirty-sixth
    // session); "existing" itself stays a content word.
    "exist", "exists", "existed",
  ]

  /// Words that ask to confirm an assumption where they close it ("is that right?", "a fair
  /// assumption", "is it safe to assume", "makes sense"), and are content elsewhere ("right to
  /// erasure", "safe search", "fair housing").
  static let confirmations: Set<String> = ["fair", "right", "correct", "reasonable", "safe", "sense", "realistic",
                                           "accurate", "sensible", "plausible", "ok", "okay", "true"]
  static let beforeConfirmation: Set<String> = ["that", "this", "it", "sound", "sounds", "make", "makes", "be", "a",
                                                "is", "seem", "seems", "the"]
  static let afterConfirmation: Set<String> = ["assumption", "estimate", "guess", "number", "figure", "ballpark", "or",
                                               "way", "approach", "framing", "reading", "interpretation", "that"]
  /// Words after which "right" means "just" ("right after delivery", "right away").
  static let afterRightAsJust: Set<String> = ["after", "before", "away", "now", "when", "at", "from"]

  /// Multipliers written after a number ("50k QPS", "~2B users").
  static let multipliers: Set<String> = ["k", "m", "b", "bn", "mn"]

  /// Whether the word at `index` only asks to confirm an assumption or scales a number.
  static func isFiller(_ words: [WordTokenizer.Word], at index: Int) -> Bool {
    let word = words[index].text
    if multipliers.contains(word) { return index > 0 && words[index - 1].isNumber }
    if word == "right", index + 1 < words.count, afterRightAsJust.contains(words[index + 1].text) { return true }
    // "on the order of 100k requests" puts a figure: it orders nothing (ETA's orders); nor does
    // "the right order of magnitude".
    if word == "order", index + 1 < words.count, words[index + 1].text == "of",
       (index >= 2 && words[index - 1].text == "the" && ["on", "in"].contains(words[index - 2].text))
        || (index + 2 < words.count && words[index + 2].text == "magnitude") { return true }
    // "Is that in the ballpark?", "the right order of magnitude?": a check of figures, no topic.
    if checkWords.contains(word) { return true }
    if word == "right", index + 1 < words.count, ["order", "ballpark", "magnitude"].contains(words[index + 1].text) {
      return true
    }
    // "Is that the right scale?", "in the right range?" after figures: the same check; "scale"
    // alone would find the scale fact (tmux, forty-third session).
    if checkAfterRight.contains(word), index >= 2, words[index - 1].text == "right", words[index - 2].text == "the" {
      return true
    }
    if word == "right", index + 1 < words.count, index >= 1, words[index - 1].text == "the",
       checkAfterRight.contains(words[index + 1].text) {
      return true
    }
    guard confirmations.contains(word), index > 0 else { return false }
    // Closing the question ("Is 150 ms right?") it asks for a confirmation whatever precedes it.
    guard index + 1 < words.count else { return true }
    guard beforeConfirmation.contains(words[index - 1].text) else { return false }
    let next = words[index + 1].text
    if afterConfirmation.contains(next) { return true }
    return next == "to" && index + 2 < words.count && ["assume", "say", "think"].contains(words[index + 2].text)
  }

  /// Words that check figures rather than name a topic ("in the ballpark", "order of magnitude").
  static let checkWords: Set<String> = ["ballpark", "magnitude"]

  /// Words that check figures after "the right" ("the right scale", "the right range").
  static let checkAfterRight: Set<String> = ["scale", "range"]

  /// Verbs that make "how much" ask how important something is ("How much does latency matter?").
  static let importanceVerbs: Set<String> = ["matter", "matters", "care", "cares"]

  /// The term for "how many" / "how much".
  static let amount = "#amount"

  /// The term for "where" asking for a place ("where do ads appear?", "know where the user
  /// is"), so "where is it shown" in a fact is a phrase of two terms, not the word "shown".
  static let place = "#where"
  /// Words after which "where" asks for a place rather than joining a clause ("a skew where …").
  static let beforePlace: Set<String> = ["know", "and", "or", "see", "tell", "shown", "show", "decide", "exactly"]

  /// Whether the word at `index` is "second" or "seconds" as the unit of a duration: after a
  /// figure ("1 second", "0.15 seconds", "a few seconds"), after "sub-", or after "a" that a
  /// bound, a hedge or "half" comes before ("under a second", "half a second"). "4,000
  /// requests a second" and "per second" are rates.
  static func measuresDuration(_ words: [WordTokenizer.Word], at index: Int) -> Bool {
    guard index > 0, ["second", "seconds", "sec", "secs"].contains(words[index].text) else { return false }
    let previous = words[index - 1]
    if previous.isNumber || previous.text == "sub" || durationCounts.contains(previous.text) { return true }
    guard previous.text == "a", index > 1 else { return false }
    return durationLeads.contains(words[index - 2].text)
  }

  /// Words that count seconds as a figure does ("a few seconds", "two seconds").
  static let durationCounts: Set<String> = ["few", "several", "couple", "one", "two", "three", "four", "five", "ten",
                                            "fraction", "tens", "hundreds"]

  /// Words before "a second" that make it a duration, not a rate.
  static let durationLeads: Set<String> = ["half", "under", "within", "than", "of", "about", "around", "in", "below",
                                           "take", "takes", "over", "nearly", "almost", "quarter", "tenth"]

  /// "logged-out", "signed in": whether a user is signed in, one term for either verb, not
  /// the word "log" (what is logged) or "sign" with its particle dropped as a stop word.
  static func accountState(_ words: [WordTokenizer.Word], at index: Int) -> String? {
    guard ["logged", "signed"].contains(words[index].text), index + 1 < words.count else { return nil }
    let particle = words[index + 1]
    guard particle.text == "in" || particle.text == "out" else { return nil }
    let following = index + 2 < words.count ? words[index + 2].text : ""
    guard particle.hyphenated || !["the", "a", "an", "our", "this", "that", "each", "every", "to"].contains(following)
    else { return nil }
    return "signed-\(particle.text)"
  }

  /// Particles that make a phrasal verb with the word before ("sell out", "show up").
  static let particles: Set<String> = ["out", "up", "off", "down"]
  /// What joins a phrasal verb's stem and particle in its term ("sel+out"), and "same" and the
  /// stem after it ("same+city").
  public static let particleJoint = "+"

  /// How many words `text` has, an account state ("logged-out") counted as one.
  public static func wordCount(_ text: String) -> Int {
    let words = WordTokenizer.words(text)
    return words.count - words.indices.filter { accountState(words, at: $0) != nil }.count
  }

  /// Word pairs after which a stated assumption names what it sets aside ("rather than",
  /// "instead of", "not just"): those words weigh as listed options.
  static let contrastMarkers: [String: String] = ["rather": "than", "instead": "of", "opposed": "to", "not": "just"]

  /// Words after which a question lists options or examples rather than its topic.
  static let optionMarkers: Set<String> = ["like", "eg", "e", "such", "including", "say", "example", "or"]

  public init(weights: [String: Double]) { self.weights = weights }

  /// How much a word counts in a leading "if I use X, ..." clause: it describes the candidate's
  /// design, and the question is what follows ("..., do we have GPUs?").
  public static let designContextFactor = 0.25

  /// How much a word counts in a statement before the question ("For offline eval, is there
  /// …?", "Since I'd precompute neighbours, how often …?", "I'm assuming X — is there Y?"):
  /// the candidate's plan or setting, not what they ask.
  public static let preambleFactor = 0.4

  /// Where a leading statement ends and the question starts: at the first comma, dash or full
  /// stop followed by a question word, when the text before is no question itself (a "when"
  /// clause sets a condition: "When the model changes, do we …?") and the
  /// question does not point back at it ("…, is that right?", "— is there a policy on that?"
  /// ask about the statement). 0 when there is no such statement.
  /// Fewer words than this before the question are a topic, not a setting ("night, rain, snow
  /// — how much of the imagery?").
  static let minimumPreambleWords = 4
  /// Words that open a setting however short it is ("For offline eval, …", "Given GDPR, …").
  static let settingWords: Set<String> = ["for", "since", "given", "with", "if", "when", "as", "because", "assuming",
                                          "once", "after", "before", "during", "to"]
  /// Question words that after a comma often start a relative clause ("the browse page, where
  /// we show …"), not a question.
  static let relativeWords: Set<String> = ["where", "which", "who", "when", "any"]

  /// Whether the bytes between two words are a dash: an em or en dash, or a hyphen typed as
  /// one (" - ", "--"), with a space beside it. A hyphen with no space joins a compound, and a
  /// dash between two numbers with no spaces is a range ("30–40").
  static func isDash(_ gap: ArraySlice<UInt8>) -> Bool {
    (gap.contains(0xE2) || gap.contains(UInt8(ascii: "-"))) && gap.contains(UInt8(ascii: " "))
  }

  static func preambleEnd(_ words: [WordTokenizer.Word], bytes: [UInt8]) -> Int {
    guard let first = words.first,
          !QuestionParts.starters.contains(first.text) || QuestionParts.startsWithCondition(words[...]) else {
      return 0
    }
    let least = settingWords.contains(first.text) ? 2 : minimumPreambleWords
    for index in words.indices.dropFirst(least) {
      let gap = bytes[words[index - 1].end..<words[index].start]
      if gap.contains(UInt8(ascii: "?")) || gap.contains(UInt8(ascii: ":")) { return 0 }
      let dash = Self.isDash(gap)
      guard gap.contains(UInt8(ascii: ",")) || gap.contains(UInt8(ascii: ".")) || dash else { continue }
      guard QuestionParts.starters.contains(words[index].text), !relativeWords.contains(words[index].text) else {
        continue
      }
      return QuestionParts.refersBack(words[index...]) ? 0 : index
    }
    return 0
  }

  /// Shorthand candidates type in questions, with the words a fact spells out, which stand in
  /// for it (a fact that says "infrastructure" should not see "infra" as a word it lacks).
  /// Plurals of acronyms come first: the stemmer keeps a final "us" ("status"), so "gpus"
  /// stays "gpus". Percentiles keep their own word too: a fact may say "p99".
  static let shorthand: [String: [String]] = [
    "gpus": ["gpu"], "cpus": ["cpu"], "tpus": ["tpu"], "infra": ["infrastructure"],
    "pano": ["panorama"], "panos": ["panorama"], "tps": ["transactions", "second"],
    "sec": ["second"], "secs": ["second"],
    // "computed realtime", "available realtime": the phrase "real time" typed as one word.
    "realtime": ["real", "time"],
    "eval": ["evaluation"], "evals": ["evaluation"], "info": ["information"], "stats": ["statistics"],
    "perf": ["performance"], "recs": ["recommendations"], "prod": ["production"],
    "p50": ["p50", "latency"], "p90": ["p90", "latency"], "p95": ["p95", "latency"], "p99": ["p99", "latency"],
    "p999": ["p999", "latency"], "e2e": ["end"], "imps": ["impressions"], "avg": ["average"], "mau": ["monthly", "active", "users"],
    // A service level is most often a response time: "Is there an SLA?" asks for the latency
    // fact where a fact does not name the SLA itself.
    "sla": ["sla", "latency"], "slo": ["slo", "latency"], "slas": ["sla", "latency"],
  ]

  /// Words that make a service level one of uptime, not of response time: "What's the
  /// availability SLA — do we fail open?" asks nothing of the latency budget.
  /// They only change what "SLA" and "SLO" stand for.
  static let reliabilityWords: Set<String> = ["availability", "uptime", "downtime", "outage", "outages", "nines",
                                              "reliability", "unavailable"]

  /// Words that make a service level the turnaround of people's work, not a response time:
  /// "what is the reviewer SLA for reported posts?" and "whats the review queue sla for flagged
  /// posts" asked how fast reviewers act, and got the 100 ms publishing budget (a newcomer's
  /// tmux trial and a tuning question, thirty-eighth session). They change only what "SLA" and
  /// "SLO" stand for.
  static let peopleWorkWords: Set<String> = ["review", "reviews", "reviewer", "reviewers", "reviewed", "moderator",
                                             "moderators", "analyst", "analysts", "agent", "agents", "appeal", "appeals",
                                             "queue", "support", "labeller", "labellers", "labeler", "labelers",
                                             "annotator", "annotators", "human", "manual", "complaint", "complaints",
                                             "ticket", "tickets", "takedown", "takedowns"]
  /// The words for a service level, which `reliabilityWords` and `peopleWorkWords` redirect.
  static let serviceLevelWords: Set<String> = ["sla", "slas", "slo", "slos"]

  /// Irregular verb forms the stemmer leaves apart from their verb: "how many videos show"
  /// meets a fact's "how many videos shown".
  static let irregular: [String: String] = [
    "shown": "show", "sent": "send", "made": "make", "built": "build", "bought": "buy", "kept": "keep",
    "taken": "take", "took": "take", "seen": "see", "saw": "see", "given": "give", "gave": "give",
    "known": "know", "knew": "know", "written": "write", "wrote": "write", "chosen": "choose", "chose": "choose",
    "held": "hold", "paid": "pay", "sold": "sell", "told": "tell", "found": "find", "lost": "lose", "ran": "run",
    "grown": "grow", "grew": "grow", "driven": "drive", "drove": "drive", "hidden": "hide", "hid": "hide",
    "spent": "spend", "caught": "catch", "fell": "fall", "fallen": "fall", "left": "leave", "met": "meet",
    "read": "read", "brought": "bring", "thought": "think", "understood": "understand", "won": "win",
    // Adjectives and idioms a fact says with the noun: "regional limits", "a handful of friends".
    "regional": "region", "seasonal": "season", "handful": "few",
    // "How do we handle newly listed homes?" asks about new listings (blind set, twenty-eighth
    // session).
    "newly": "new", "freshly": "fresh",
  ]

  /// Words that make a figure: "Can I assume 2 billion users?" asks how many users there are.
  static let figureWords: Set<String> = ["hundred", "hundreds", "thousand", "thousands", "million", "millions",
                                         "billion", "billions", "trillion", "dozen", "dozens"]

  /// Words before a number that make it an age, a rank or a version rather than an amount.
  static let beforeNonAmount: Set<String> = ["under", "over", "age", "aged", "ages", "top", "version", "v", "q"]

  /// Units of time: they come with a figure ("per minute", "in a month"), so where no fact
  /// uses one it says nothing about what the question is after (see `QuestionMatcher`).
  public static let timeUnits: Set<String> = Set(["second", "seconds", "minute", "minutes", "hour", "hours", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "quarter"].map(WordNormalizer.stem))

  /// Connectives, hedges and all-purpose verbs ("given", "rather", "ever", "handle", "worry",
  /// "versus", "offline", "in scope", "come from", "today"): where no fact uses one, it says
  /// nothing of what the question is after, so like a time unit it weighs nothing (see
  /// `QuestionMatcher`) instead of counting as the unknown topic it is not. A fact that uses one
  /// still meets it.
  public static let incidentalWords: Set<String> = Set([
    "given", "since", "rather", "instead", "ever", "everyone", "everybody", "someone", "somebody", "anyone",
    "anybody", "nobody", "versus", "vs", "plus", "include", "includes", "included", "including", "handle",
    "handled", "handles", "mean", "means", "meant", "get", "gets", "very", "certain", "worry", "matter", "matters",
    "important", "across", "between", "separate", "separately", "together", "afterwards", "afterward",
    "regardless", "while", "whilst", "extra", "entire", "entirely", "normally", "generally", "least", "once",
    "within", "towards", "toward", "offline", "online", "guess", "sure", "consider", "considered", "treat",
    "treated", "few", "single", "scope", "scoped", "operate", "operates", "operating",
    // "Where do labels come from today?", "How rare is violating content overall?" (trial 50):
    // the source verb and words of time say nothing of the topic.
    "come", "comes", "came", "coming", "today", "currently", "nowadays", "overall",
    // "What's the source of the training examples?" asks where they come from (trial 52).
    "source", "sources", "sourced",
    // "How is the ETA calculated?" asks how it is worked out (see `ResourceVerb`).
    "calculate", "calculated", "calculates", "calculating", "calculation",
  ].map { WordNormalizer.stem(irregular[$0] ?? $0) } + ["#versus"])

  /// The terms of `text`, with lexicon concepts found through `concepts`.
  public init(_ text: String, concepts: ConceptSpotter) {
    var weights: [String: Double] = [:]
    let words = WordTokenizer.words(text)
    // After a colon, dash or an option marker, the rest of the clause lists options.
    var listing = false
    // After "how much … matter", the verb says only that importance is asked.
    var importanceAsked = false
    // After ", or is …" the candidate offers a second reading of the same question.
    var alternative = false
    // Whether the question asks where something comes from (see `sourceVerbs`).
    var asksSource = false
    var designContext = words.count > 2 && words[0].text == "if" && words[1].text == "i"
    let preambleEnd = Self.preambleEnd(words, bytes: Array(text.utf8))
    var stems: [String] = []
    var amountOf: Set<String> = []
    var typed: [String: String] = [:]
    // Words still to read as what an amount counts; 0 when no amount is being named.
    var counting = 0
    // Where the current sentence began.
    var sentenceStart = 0
    let aboutUptime = words.contains { Self.reliabilityWords.contains($0.text) }
    let aboutPeopleWork = words.contains { Self.peopleWorkWords.contains($0.text) }
    let bytes = Array(text.utf8)
    // "Ballpark check: 100B+ images, …", "My working numbers: …": a lead-in before a colon at
    // the start announces what follows and names no topic.
    let leadInEnd: Int = {
      guard let colon = words.indices.dropFirst().first(where: {
        bytes[words[$0 - 1].end..<words[$0].start].contains(UInt8(ascii: ":"))
      }), Self.opensWithLeadIn(words[..<colon]) else { return 0 }
      return colon
    }()
    // How many brackets are open: "timestamps for every leg (restaurant accepts, food ready,
    // courier picks up)" names examples in them, which weigh as listed options do.
    var bracketDepth = 0
    for (position, word) in words.enumerated() {
      if position > 0 {
        let gap = bytes[words[position - 1].end..<word.start]
        for byte in gap {
          if byte == UInt8(ascii: "(") { bracketDepth += 1 }
          if byte == UInt8(ascii: ")") { bracketDepth = max(0, bracketDepth - 1) }
        }
        if gap.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") }) { counting = 0 }
        let comma = gap.contains(UInt8(ascii: ","))
        // A dash between two numbers is a range ("30–40"), not a list.
        let dash = Self.isDash(gap)
        let colon = gap.contains(UInt8(ascii: ":"))
        if comma || dash || colon { designContext = false }
        // "… look like – a grid of how many videos?": a clause that asks "how many" (or how
        // much, how long, …) after the dash or colon is a question, not a list of options.
        if colon || dash, !Self.asksHowInClause(words, bytes: bytes, from: position),
           !(colon && Self.opensWithLeadIn(words[sentenceStart..<position])) {
          listing = true
        }
        if gap.contains(UInt8(ascii: "?")) || gap.contains(UInt8(ascii: ";")) { listing = false; alternative = false }
        // "What is the goal? Watch time or users coming back?" (or "What is the goal. Watch
        // time, …"): a sentence of options after a question is that question's options.
        if gap.contains(UInt8(ascii: "?")) || gap.contains(UInt8(ascii: ".")) {
          if sentenceStart < position, QuestionParts.starters.contains(words[sentenceStart].text),
             QuestionParts.listsOptions(words, bytes: bytes, from: position) {
            listing = true
          }
          sentenceStart = position
        }
        // A new question after the list ends it: "like DLRM, do we have GPUs?", "— is that right?".
        if (comma || dash) && QuestionParts.starters.contains(word.text) { listing = false }
        // "What happens if we time out, do we approve or decline?": the choice offers answers to
        // the open question before it, so its words are options.
        if comma, QuestionParts.offersOptions(words, bytes: bytes, from: position, after: sentenceStart) { listing = true }
      }
      // "How current must the feed be?" asks how fresh it is, not about the current system.
      let howCurrent = word.text == "current" && position > 0 && words[position - 1].text == "how"
      let plain = howCurrent ? "fresh" : ResourceVerb.reading(words, at: position) ?? Self.irregular[word.text] ?? word.text
      var stem = WordNormalizer.stem(plain)
      if let state = Self.accountState(words, at: position) { stem = state }
      // "Where do labels come from?" asks for a source: the verb spells no concept with its
      // subject ("labels come in" is a label delay, "users come back" retention).
      let fromSource = Self.sourceVerbs.contains(word.text) && position + 1 < words.count
        && words[position + 1].text == "from"
      // "Can I assume the server gets under 1 second for a feed request?" spelled "requests per
      // second" and got the traffic fact (siblings, fifty-third session): a duration's unit
      // spells no rate. It is still a word of the question.
      if !fromSource, !Self.measuresDuration(words, at: position) { stems.append(stem) }
      // "or other personal data" names the category the options belong to: still the topic.
      let next = position + 1 < words.count ? words[position + 1].text : ""
      // "…, or is geography a hard filter?" asks the question a second way: its words name the
      // topic as much as options do not, so they count between the two.
      let afterComma = position > 0 && bytes[words[position - 1].end..<word.start].contains { $0 == UInt8(ascii: ",") || $0 == 0xE2 }
      if word.text == "or", afterComma, QuestionParts.starters.contains(next) {
        listing = false
        alternative = true
      } else if Self.optionMarkers.contains(word.text), position > 1,
         !(word.text == "or" && ["other", "any", "another"].contains(next)),
         // "What does the homepage look like?" (or "look like – a grid …") lists nothing: "like"
         // ends its clause. "They look like regular posts" still names what they resemble.
         !(word.text == "like" && Self.resemblanceVerbs.contains(Self.previousText(words, position))
           && Self.endsClause(words, bytes: bytes, after: position)) {
        listing = true
      } else if Self.contrastMarkers[word.text] == next, position > 1 {
        // "success means watch time rather than clicks": what the candidate sets aside is
        // an option, not the topic.
        listing = true
      }
      // "…, and are there countries …" starts a new question: the list before it is over.
      if word.text == "and", QuestionParts.starters.contains(next) { listing = false }
      // "Are we optimising for watch time or for satisfaction surveys?": what follows the goal
      // verb, up to an "or" in the same clause, is the candidate's guesses at the goal.
      if word.text == "for", Self.goalVerbs.contains(Self.previousText(words, position)),
         Self.orFollows(words, bytes: bytes, after: position) {
        listing = true
      }
      // "…, and if so, which kind?" asks for detail of what came before: the rest lists options.
      if word.text == "if", ["so", "yes", "not"].contains(next) { listing = true }
      // "How many" and "how much" ask for an amount: a term of its own, so "how many users"
      // in a fact meets "How many users?" as a whole phrase.
      // "How much does freshness matter?" asks how important it is, not for an amount: the
      // amount term, which no freshness phrase has, left the question unanswered (a blind set).
      if word.text == "much", position > 0, words[position - 1].text == "how",
         words[(position + 1)...].prefix(6).contains(where: { Self.importanceVerbs.contains($0.text) }) {
        importanceAsked = true
        continue
      }
      if (word.text == "many" || word.text == "much"), position > 0, words[position - 1].text == "how" {
        weights[Self.amount] = max(weights[Self.amount] ?? 0, listing ? Self.listedOptionFactor : 1)
        counting = Self.countedWords
        continue
      }
      // A yes/no question with a figure asks for an amount as "how many" does; an age or a
      // rank ("under-18s", "top 50") is no amount.
      let previous = position > 0 ? words[position - 1].text : ""
      // A percentage ("0.5% harmful", "a 2% CTR") is a rate, which a fact names by its own
      // words ("prevalence", "CTR"), not a count of things.
      let percent = word.isNumber && (next == "percent" || (word.end < bytes.count && bytes[word.end] == UInt8(ascii: "%")))
      if word.isNumber && !percent && !Self.beforeNonAmount.contains(previous) && next != "s"
        || Self.figureWords.contains(word.text) {
        weights[Self.amount] = max(weights[Self.amount] ?? 0, listing ? Self.listedOptionFactor : 1)
        counting = Self.countedWords
      }
      if counting > 0, Self.stopWords.contains(word.text) && !Self.multipliers.contains(word.text) {
        counting = 0
      }
      if word.text == "where", position == 0 || Self.beforePlace.contains(words[position - 1].text) {
        weights[Self.place] = max(weights[Self.place] ?? 0, listing ? Self.listedOptionFactor : 1)
      }
      // The source verb asks nothing of its own, and "where" before it asks for no place.
      if fromSource {
        asksSource = true
        continue
      }
      if importanceAsked, Self.importanceVerbs.contains(word.text) { continue }
      // A sign ("bid × pCTR") names nothing: as a term it counted as a word no fact has.
      guard !Self.stopWords.contains(word.text), !word.isNumber, !Self.isFiller(words, at: position), position >= leadInEnd,
            word.text.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
      let weight = (listing || bracketDepth > 0 ? Self.listedOptionFactor : alternative ? Self.alternativeFactor : 1)
        * (designContext ? Self.designContextFactor : position < preambleEnd ? Self.preambleFactor : 1)
      if Self.shorthand[word.text] == nil {
        weights[stem] = max(weights[stem] ?? 0, weight)
        if typed[stem] == nil { typed[stem] = word.text }
      }
      for spelled in Self.shorthand[word.text] ?? []
        where !(spelled == "latency" && (aboutUptime || aboutPeopleWork && Self.serviceLevelWords.contains(word.text))) {
        let full = WordNormalizer.stem(spelled)
        stems.append(full)
        weights[full] = max(weights[full] ?? 0, weight)
      }
      // "the same city", "same region": "same" is a stop word, so "same city" in a fact's phrases
      // was the word "city" alone, which the catalogue's markets share (a blind sibling's "Do
      // the recommendations have to be in the same city?" got nothing). The pair is a term of
      // its own, as a phrasal verb is, and the matcher keeps it only where a fact uses it.
      if position > 0, words[position - 1].text == "same" {
        let pair = "same" + Self.particleJoint + stem
        weights[pair] = max(weights[pair] ?? 0, weight)
      }
      // "sells out", "show up": the verb with its particle is a term of its own, which a fact's
      // "sold out" meets though the particle alone is a stop word.
      if position + 1 < words.count, Self.particles.contains(next), Self.accountState(words, at: position) == nil {
        let gap = bytes[word.end..<words[position + 1].start]
        if gap.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }) {
          let phrasal = stem + Self.particleJoint + next
          weights[phrasal] = max(weights[phrasal] ?? 0, weight)
        }
      }
      if counting > 0, !Self.figureWords.contains(word.text), !Self.multipliers.contains(word.text) {
        amountOf.formUnion(Self.shorthand[word.text].map { $0.map(WordNormalizer.stem) } ?? [stem])
        counting -= 1
      }
    }
    // A concept weighs what its weakest word weighs: options listed after a colon name
    // concepts too ("per click, per impression" spells cost-per-click), and those are not the
    // topic; nor is a concept spelled partly by the candidate's "if I use …" clause.
    var conceptWords: [String: Set<String>] = [:]
    for form in concepts.spelled(in: Set(stems)) {
      let weight = form.stems.map { weights[$0] ?? 1 }.min() ?? 1
      weights[form.concept] = max(weights[form.concept] ?? 0, weight)
      conceptWords[form.concept, default: []].formUnion(form.stems)
    }
    if asksSource { weights[Self.place] = nil }
    self.weights = weights
    self.conceptWords = conceptWords
    self.amountOf = amountOf
    self.typed = typed
  }

  /// Verbs of a goal that "for" follows ("optimising for"): see `init`.
  static let goalVerbs: Set<String> = ["optimising", "optimizing", "optimise", "optimize", "maximising", "maximizing",
                                       "maximise", "maximize", "prioritising", "prioritizing", "prioritise",
                                       "prioritize"]

  /// Whether an "or" that offers an option comes after `position` before the clause ends ("?",
  /// ".", ";", ":").
  static func orFollows(_ words: [WordTokenizer.Word], bytes: [UInt8], after position: Int) -> Bool {
    for index in (position + 1)..<words.count {
      if bytes[words[index - 1].end..<words[index].start].contains(where: {
        $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") }) {
        return false
      }
      // ", or is there a weighted mix?" asks a second question, not for another option.
      if words[index].text == "or" {
        return index + 1 == words.count || !QuestionParts.starters.contains(words[index + 1].text)
      }
    }
    return false
  }

  /// Verbs that with "from" ask where something comes from (see `init`).
  static let sourceVerbs: Set<String> = ["come", "comes", "came", "coming"]

  /// Verbs before "like" that describe ("look like"), so "like" lists no options.
  static let resemblanceVerbs: Set<String> = ["look", "looks", "looked", "seem", "seems", "feel", "feels", "sound",
                                              "sounds"]

  /// Words after "how" that ask for an amount or a degree.
  static let howWords: Set<String> = ["many", "much", "often", "long", "big", "large", "fast", "quickly", "soon",
                                      "fresh"]

  /// Whether the clause from `start` to the next "?", "." or ";" asks "how many" or the like
  /// (see `howWords`).
  /// Words of a lead-in before a colon that announces what follows ("Ballpark check:", "My
  /// working numbers:", "Quick sanity check:"): the text after it is the question's body, not
  /// options of a topic named before the colon ("Goal: clicks or revenue?"). A blind set's
  /// "Ballpark check: 100B+ images, ~10k queries per second …" lost its first figure.
  static let leadInWords: Set<String> = ["ballpark", "check", "sanity", "quick", "my", "our", "working", "numbers",
    "number", "assumptions", "assumption", "assuming", "assume", "so", "ok", "okay", "question", "questions",
    "estimates", "estimate", "rough", "guesses", "guess", "figures", "confirm", "to", "just", "here", "are", "i",
    "im", "let", "me", "some", "few", "two", "three", "things", "back", "of", "envelope", "napkin", "math",
    "proposing", "proposed", "propose", "targets", "sizing", "on", "scale", "throw", "out", "design", "against"]
  /// A lead-in has at most this many words.
  static let leadInLength = 5

  /// Whether `words` (a sentence up to a colon) are only a lead-in (see `leadInWords`).
  static func opensWithLeadIn(_ words: ArraySlice<WordTokenizer.Word>) -> Bool {
    !words.isEmpty && words.count <= leadInLength && words.allSatisfy { leadInWords.contains($0.text) }
  }

  static func asksHowInClause(_ words: [WordTokenizer.Word], bytes: [UInt8], from start: Int) -> Bool {
    for index in start..<(words.count - 1) {
      if index > start, bytes[words[index - 1].end..<words[index].start].contains(where: {
        $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") }) { return false }
      if words[index].text == "how", howWords.contains(words[index + 1].text) { return true }
    }
    return false
  }

  /// Whether the word at `position` is the last of its clause: the text ends, or punctuation
  /// other than a hyphen follows it.
  static func endsClause(_ words: [WordTokenizer.Word], bytes: [UInt8], after position: Int) -> Bool {
    guard position + 1 < words.count else { return true }
    let gap = bytes[words[position].end..<words[position + 1].start]
    return gap.contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") }
  }

  /// The text of the word before `position`, or "" at the start.
  static func previousText(_ words: [WordTokenizer.Word], _ position: Int) -> String {
    position > 0 ? words[position - 1].text : ""
  }

  /// The stems of a phrase, stop words dropped, with the concepts the phrase spells.
  public static func set(_ text: String, concepts: ConceptSpotter) -> Set<String> {
    Set(QuestionTerms(text, concepts: concepts).weights.keys)
  }

  /// The terms of all of `texts` together (an item's text and evidence phrases, say).
  public static func set(of texts: [String], concepts: ConceptSpotter) -> Set<String> {
    texts.reduce(into: Set<String>()) { $0.formUnion(set($1, concepts: concepts)) }
  }
}
