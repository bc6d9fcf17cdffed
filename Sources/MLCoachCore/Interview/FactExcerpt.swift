import Foundation

/// The part of a fact's answer that bears on a question, for giving a fact again: trial 24 read
/// whole paragraphs replayed after "As I said:" as the interviewer not listening, and could not
/// tell a replay that answered from one that missed the question ("How long do we keep
/// impression logs?" got the whole logging paragraph again, which does not say for how long).
/// The sentence given back shows what the interviewer took the question to be about.
///
/// Dropped: a note that there is nothing more when the fact covers less than a share of the
/// question. On the tuning bank asked twice (`mlcoach-bench repeats`) it came after 13–89 of 808
/// right replies (shares 0.4–0.6) against 6–25 of 104 others, and after a fully answered "how
/// many videos — 2B? and how many new uploads per day": too often untrue.
public enum FactExcerpt {
  /// A chosen sentence's share of the best sentence's weight below which it is left out.
  static let keptShare = 0.5
  /// Pronouns by which a sentence leans on the one before wherever they stand ("Only about 40%
  /// of restaurants press it reliably").
  static let pronouns: Set<String> = ["it", "its", "they", "them", "their", "theirs"]
  /// Opening words by which a sentence leans on the one before ("It changes all the time",
  /// "That is roughly 45 million a day", "The other 40% arrive without dates"): quoted alone it
  /// would not say what it is about, so the sentence before comes with it.
  static let leansBack: Set<String> = ["it", "its", "that", "thats", "this", "these", "those", "they", "their", "then",
                                       "so", "but", "even", "also", "yet", "still", "otherwise", "both", "such",
                                       "which", "and", "or"]
  /// Words after "the" by which a sentence leans back ("The other 40% …", "The rest …").
  static let leansBackAfterThe: Set<String> = ["other", "others", "rest", "remaining", "same", "latter", "former"]

  /// Words that name where something is: a region or a country's short name ("US", "EU"), or a
  /// word for places ("countries", "worldwide").
  static let placeWords: Set<String> = ["us", "eu", "uk", "usa", "europe", "european", "asia", "india", "africa",
                                        "america", "americas", "latam", "apac", "emea", "countries", "country",
                                        "regions", "region", "markets", "cities", "worldwide", "global", "globally",
                                        "international", "elsewhere", "abroad", "cross", "border"]
  /// Words after "where …" by which it asks where something comes from or is kept, not a place.
  static let notPlaceWords: Set<String> = ["from", "stored", "store", "kept", "keep", "logged", "log", "live",
                                           "lives", "sit", "sits", "go", "goes", "run", "runs", "computed", "happen",
                                           "happens", "shown", "show", "appear", "appears"]

  /// Whether `question` asks where in the world something is: "Where are our customers?",
  /// "where do most users live?" is not ("live" is where data lives as often), nor "Where do
  /// labels come from?".
  static func asksWhere(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    guard let first = words.firstIndex(of: "where") else { return false }
    return !words[(first + 1)...].contains(where: notPlaceWords.contains)
  }

  /// Words that ask for a time ("publish deadline?", "what's the turnaround?").
  static let timeWords: Set<String> = ["deadline", "deadlines", "sla", "slas", "turnaround", "timeline", "timelines",
                                       "delay", "delays", "lag", "when"]
  /// Words that ask for a time after "how" ("how long", "how soon").
  static let howTimeWords: Set<String> = ["long", "soon", "fast", "quickly", "quick"]

  /// Whether `question` asks for a time: "publish deadline?", "how soon must it go live?".
  static func asksTime(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    return words.contains(where: timeWords.contains)
      || zip(words, words.dropFirst()).contains { $0 == "how" && howTimeWords.contains($1) }
  }

  /// Whether `sentence` states a duration ("about a week after capture", "within 48 hours").
  static func statesDuration(_ sentence: String) -> Bool {
    QuantityReader.quantities(in: sentence).contains { $0.dimension == .duration }
  }

  /// The least letters two words must share at their start to count as one root in an excerpt:
  /// "contributors" and "user-contributed", "publication" and "published".
  static let sharedRoot = 7

  /// Whether `term` and one of `said` share a root of `sharedRoot` letters (not concepts).
  static func sharesRoot(_ term: String, with said: Set<String>) -> Bool {
    guard !term.hasPrefix("#"), term.count >= sharedRoot else { return false }
    let root = term.prefix(sharedRoot)
    return said.contains { !$0.hasPrefix("#") && $0.count >= sharedRoot && $0.prefix(sharedRoot) == root }
  }

  /// How many words of `sentence` name a place (`placeWords`).
  static func places(in sentence: String) -> Int {
    WordTokenizer.words(sentence).filter { placeWords.contains($0.text) }.count
  }

  /// The least words a sentence must have for its clauses between semicolons to be given back
  /// apart.
  static let longSentence = 20

  /// `answer`'s sentences, each long one (`longSentence` words or more) cut at its semicolons
  /// into clauses written as sentences ("two years of impression and request logs" → "Two years
  /// of impression and request logs."): a newcomer (fifty-first session) asked what share of
  /// users upload contacts and got back a five-line list of every data source, one sentence.
  static func pieces(of answer: String) -> [String] {
    SentenceEnds.split(answer).flatMap { sentence -> [String] in
      let clauses = sentence.components(separatedBy: "; ")
      guard clauses.count > 1, WordTokenizer.words(sentence).count >= longSentence else { return [sentence] }
      return clauses.map { clause in
        var text = clause.trimmingCharacters(in: .whitespaces)
        // The last item of a list ("…; and address-book contacts …") stands alone without "and".
        if text.hasPrefix("and ") { text.removeFirst(4) }
        text = text.prefix(1).uppercased() + text.dropFirst()
        if let last = text.last, !".!?".contains(last) { text += "." }
        return text
      }
    }
  }

  /// Whether `sentence` leans on the sentence before it: by its opening words, or by one of
  /// `pronouns` anywhere in it.
  static func leansBack(_ sentence: String, pronouns: Set<String> = pronouns) -> Bool {
    let words = WordTokenizer.words(sentence).map(\.text)
    guard let first = words.first else { return false }
    return leansBack.contains(first) || (first == "the" && words.count > 1 && leansBackAfterThe.contains(words[1]))
      || words.contains(where: pronouns.contains)
  }
}

extension QuestionMatcher {
  /// The sentences of `fact`'s answer that say the most of `question`'s weighted words: every sentence
  /// with at least half the best one's weight, any other that alone says one of the
  /// question's words (or a word of the same root, `FactExcerpt.sharesRoot`), any that states a
  /// duration when the question asks for a time and no chosen sentence states one, and any that
  /// states a figure the question puts forward
  /// (`NumberCheck.counterparts`), each with the sentence before it when it leans
  /// back on it (`FactExcerpt.leansBack(_:)`: "The other …" needs what it is other than). The whole
  /// answer when no sentence says any question word, or when every sentence is chosen.
  public func excerpt(of fact: Fact, for question: String) -> String {
    let terms = terms(question)
    let sentences = FactExcerpt.pieces(of: fact.answer)
    let sentenceTerms = sentences.map { said(by: $0, terms: terms) }
    var perSentence = [Double](repeating: 0, count: sentences.count)
    for (term, leaning) in terms.orderedWeights {
      let weight = leaning * self.weight(of: term, among: terms)
      for index in sentences.indices where sentenceTerms[index].contains(term) { perSentence[index] += weight }
    }
    guard let best = perSentence.max(), best > 0, sentences.count > 1 else { return fact.answer }
    var chosen = Set(sentences.indices.filter { perSentence[$0] >= best * FactExcerpt.keptShare })
    // A sentence that alone says a word of the question stays too: "Does the 250 ms include
    // network time?" needs "Network and rendering on the phone come on top of that." beside the
    // budget sentences (trial 27).
    // A word said in another form of its root counts too: "Does the imagery come only from our
    // camera cars, or also from third-party contributors?" needs "About a fifth comes from …
    // user-contributed 360 photos" (tmux, fiftieth session: it got the camera-car sentence only).
    let asked = Set(terms.weights.keys.filter { self.weight(of: $0, among: terms) > 0 })
    let says = sentenceTerms.map { said in
      said.intersection(asked).union(asked.filter { !said.contains($0) && FactExcerpt.sharesRoot($0, with: said) })
    }
    var covered = chosen.reduce(into: Set<String>()) { $0.formUnion(says[$1]) }
    for index in sentences.indices where !chosen.contains(index) {
      if !says[index].isSubset(of: covered) {
        chosen.insert(index)
        covered.formUnion(says[index])
      }
    }
    // A time asked for is answered by the sentence stating one: "publish deadline?" got back
    // only "We'd like to publish faster, but never at the cost of privacy.", not "Imagery goes
    // live about a week after capture …" (tmux, fiftieth session).
    if FactExcerpt.asksTime(question), !chosen.contains(where: { FactExcerpt.statesDuration(sentences[$0]) }) {
      for index in sentences.indices where FactExcerpt.statesDuration(sentences[index]) { chosen.insert(index) }
    }
    // A figure put forward is answered by the sentence stating its counterpart: "Are roughly
    // 20% of orders late right now?" got back only the definition of late, not the 18% (tmux,
    // twenty-seventh session).
    let figures = NumberCheck.figuresPutForward(question)
    for index in sentences.indices where !figures.isEmpty && !chosen.contains(index) {
      let known = QuantityReader.quantities(in: sentences[index])
      if figures.contains(where: { !NumberCheck.counterparts(of: $0, among: known).isEmpty }) { chosen.insert(index) }
    }
    // "Where are our customers?", asked again, got back only the sentence on strong customer
    // authentication, the one that says "customer", not the one that says where payments are
    // (a newcomer's trial, thirty-fifth session). The sentence naming the most places says
    // where ("In Europe, strong customer authentication applies" names one; the share of
    // payments by region, six).
    if FactExcerpt.asksWhere(question) {
      let places = sentences.map(FactExcerpt.places(in:))
      if let most = places.indices.max(by: { places[$0] < places[$1] }), places[most] > 0 { chosen.insert(most) }
    }
    for index in chosen.sorted(by: >) {
      var at = index
      while at > 0, FactExcerpt.leansBack(sentences[at]) {
        at -= 1
        chosen.insert(at)
      }
    }
    return chosen.count < sentences.count ? chosen.sorted().map { sentences[$0] }.joined(separator: " ") : fact.answer
  }

  /// The terms `text` says, with the words of each question concept it says in its own words
  /// ("manual review" is said by "analysts review").
  private func said(by text: String, terms: QuestionTerms) -> Set<String> {
    var said = QuestionTerms.set(text, concepts: spotter)
    for (concept, words) in terms.conceptWords where said.contains(concept) { said.formUnion(words) }
    return said
  }
}
