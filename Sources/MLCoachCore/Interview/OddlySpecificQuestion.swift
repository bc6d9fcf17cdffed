import Foundation

/// A question after an internal or historical detail that no interviewer carries in their head
/// ("What was the exact CTR of that campaign last Black Friday?", "Who wrote the pipeline?",
/// "Which TensorFlow version?"). Answering it with the nearest fact ("base CTR is 1%") would
/// pretend to know; the honest reply is to ask for an assumption.
public enum OddlySpecificQuestion {
  /// Word pairs that ask for one past occasion or a person.
  static let occasionPairs: [(String, Set<String>)] = [
    ("last", ["year", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
              "quarter", "month", "week", "summer", "winter"]),
    ("who", ["wrote", "built", "owns", "requested", "is", "s", "manufactures", "makes", "made", "designed",
             "maintains", "shipped", "signed", "approved", "founded"]),
    ("name", ["of"]),
  ]

  /// Words before "the last …" that make it a trailing window ("in the last month", "over the
  /// last week"), which many facts' figures cover, rather than one past occasion.
  /// "from the last year" too (a fresh helper's siblings, fifty-seventh session: "Do we have
  /// about 800 million logged browsing sessions from the last year?" was refused).
  static let windowLeads: Set<String> = ["in", "over", "within", "during", "for", "from"]

  /// Words about the organisation behind the product: team size, staff, who owns what. No
  /// fact covers them in most scenarios, and the nearest fact ("candidate generators") would
  /// mislead. Where a scenario's facts are about them (an assistant whose users are employees,
  /// a review team), they are ordinary words: see `applies(to:scenarioWords:)`.
  static let organisationWords: Set<String> = ["team", "teams", "employees", "headcount", "staff", "engineers", "pm"]

  /// Words that make an organisation word a stakeholder who decides something ("fixed by the
  /// product team", "does the legal team sign off"), not a question about the org itself.
  static let stakeholders: Set<String> = ["product", "legal", "policy", "privacy", "safety", "business", "compliance",
                                          "security", "finance", "risk", "leadership", "trust"]

  /// Words that ask how big a group is: "How big is the product team?" asks about the org.
  static let sizeWords: Set<String> = ["big", "bigger", "size", "large", "small", "headcount"]

  /// Words before a year that date a past event ("in 2019", "their 2012 letter", "Q3 2019");
  /// a bare "2000" may be a rate ("2000 QPS").
  static let yearMarkers: Set<String> = ["in", "since", "during", "before", "after", "until", "their", "q1", "q2",
                                         "q3", "q4", "of", "back"]

  /// Words before a year that make it the name of one occasion ("the 2019 audit").
  static let namingMarkers: Set<String> = ["the", "that", "our", "last"]
  /// Units after a figure that make it an amount, not a year ("the 2000 QPS").
  static let yearlessUnits: Set<String> = ["qps", "rps", "tps", "ms", "k", "m", "b", "bn", "gb", "tb", "pb", "mb", "kb",
                                          "usd", "eur", "percent", "per", "x", "a", "an", "each", "every"]

  /// Words for who supplies a part ("Which GPU vendor?", "what brand of camera?"): a
  /// purchasing detail, like a version, that no fact carries.
  static let supplierWords: Set<String> = ["vendor", "vendors", "brand", "brands", "manufacturer", "supplier"]

  /// Hardware whose make or model someone may ask for ("What camera model is on the cars?",
  /// "Which GPU models do we have?"): a purchasing detail, like a vendor, that no fact carries;
  /// the nearest fact (how imagery is captured, the compute budget) would pretend to answer.
  /// All eight such questions in the tuning banks were labelled as having no fact (thirty-fourth
  /// session). Not phones or devices: "What phone models do users have?" asks who the users are.
  static let hardwareWords: Set<String> = ["camera", "cameras", "gpu", "gpus", "cpu", "cpus", "tpu", "tpus", "sensor",
                                           "sensors", "lens", "lenses", "chip", "chips", "server", "servers", "lidar",
                                           "hardware", "car", "cars", "vehicle", "vehicles"]

  /// Words for which make of a piece of hardware ("GPU model", "camera make", "GPU type").
  static let modelWords: Set<String> = ["model", "models", "make", "type", "types", "generation"]

  /// Whether `words` ask for a piece of hardware's make or model: "sku", "instance type",
  /// "what/which <hardware> model(s)", "what model/make of <hardware>". "On-device model" is an
  /// ML model, and "which model runs on the GPUs" asks which ML model.
  static func asksHardwareModel(_ words: [String]) -> Bool {
    for (index, word) in words.enumerated() {
      let next = index + 1 < words.count ? words[index + 1] : ""
      if word == "sku" || word == "skus" || (word == "instance" && (next == "type" || next == "types")) { return true }
      // "Is it one make and model across the fleet?"
      if word == "make", (next == "and" || next == "or"), index + 2 < words.count,
         ["model", "models"].contains(words[index + 2]) {
        return true
      }
      guard hardwareWords.contains(word) else { continue }
      let asked = words[max(0, index - 3)..<index].contains { $0 == "which" || $0 == "what" }
      if asked, modelWords.contains(next), index == 0 || words[index - 1] != "on" { return true }
      // "what model of GPU", "what make of camera", "which type of GPU".
      if index >= 3, words[index - 1] == "of", modelWords.contains(words[index - 2]),
         ["which", "what"].contains(words[index - 3]) {
        return true
      }
    }
    return false
  }

  /// Parts of the tech stack or the page asked by name ("Which database stores the graph, is it
  /// Cassandra?", "which ANN library does infra run?", "what font does the app use?"): how
  /// things are built or drawn, which no fact carries and no design depends on. All eleven such
  /// questions in the tuning banks were labelled as having no fact; trial 40 asked two that got
  /// the nearest fact (the graph's sources, the carousel surface), and trials 45 and 46 asked
  /// "which typeface" and "what colour scheme".
  /// Trial 48 asked "What programming language is the current rules engine written in?" and got
  /// the existing-system fact, as if that answered it.
  static let stackWords: Set<String> = ["database", "databases", "db", "dbs", "framework", "frameworks", "library",
                                        "libraries", "font", "fonts", "typeface", "typefaces", "colour", "colours",
                                        "color", "colors", "orm", "programming"]

  /// Kinds of software a team picks by name ("What annotation tool do the labelers use?",
  /// "Which hash-matching service do we use?", "Which feature store do you use?"): asked with
  /// "which" or "what" and then "do … use", they ask for a product, which no fact names and no
  /// design depends on. All five such questions in the banks were labelled as having no fact;
  /// two blind ones got the labels fact and the existing-system fact.
  static let productWords: Set<String> = ["tool", "tools", "tooling", "service", "services", "api", "apis", "store",
                                          "stores", "software", "platform", "platforms"]

  /// Verbs that say a product is used ("do we use", "does the team run", "do they call").
  static let usingVerbs: Set<String> = ["use", "run", "call"]

  /// Whether `words` ask "which/what … <product> do/does/did … use": the product word with
  /// "which" or "what" among the three words before it, and "use", "run" or "call" among the
  /// three words after a later "do", "does" or "did". "Which services consume the ETA?" asks who
  /// depends on it, and "What tools do reviewers have?" what they can see: both stay questions.
  static func asksWhichProductIsUsed(_ words: [String]) -> Bool {
    for (index, word) in words.enumerated() where productWords.contains(word) {
      guard words[max(0, index - 3)..<index].contains(where: { $0 == "which" || $0 == "what" }) else { continue }
      let rest = words[(index + 1)...]
      if let auxiliary = rest.firstIndex(where: { ["do", "does", "did"].contains($0) }),
         words[(auxiliary + 1)..<min(words.count, auxiliary + 4)].contains(where: usingVerbs.contains) {
        return true
      }
    }
    return false
  }

  /// Parts of the serving stack whose own latency someone may ask for: "What's the p99 of the
  /// feature store lookup right now?" asks for a measurement inside the stack, which no fact
  /// carries, and the latency fact's budget for the whole request is no answer to it (two blind
  /// sets; the banks' three such questions are labelled as having no fact).
  static let componentWords: Set<String> = ["store", "lookup", "lookups", "index", "database", "db", "cache",
                                            "cluster"]

  /// Words that make a latency question one about the budget, an assumption or the whole
  /// request, which the latency fact answers whatever part it names ("Can I assume 100 ms p99 for
  /// the index lookup?", "the p99 for the whole page, including the feature store lookup?").
  static let budgetWords: Set<String> = ["budget", "assume", "need", "needs", "must", "should", "allowed", "target",
                                         "sla", "slo", "requirement", "limit", "can", "could", "whole", "total",
                                         "including", "includes", "end", "overall", "entire"]

  /// Whether `words` ask for the measured latency of one part of the stack (see `componentWords`).
  static func asksComponentLatency(_ words: [String]) -> Bool {
    // "p99" reads as "p", "99".
    let latency = words.contains("latency")
      || zip(words, words.dropFirst()).contains { pair in
        (pair.0 == "p" && ["50", "90", "95", "99", "999"].contains(pair.1))
          || (["lookup", "response", "read"].contains(pair.0) && pair.1 == "time")
      }
    // "the p99 latency of the current feed ranker": today's system measured, as a part is (a
    // sibling check, thirtieth session).
    let measuredNow = words.indices.contains { index in
      ["current", "existing"].contains(words[index])
        && words[(index + 1)..<min(words.count, index + 3)].contains(where: systemNouns.contains)
    }
    return latency && (words.contains(where: componentWords.contains) || measuredNow)
      && !words.contains(where: budgetWords.contains)
  }

  /// Executives and their titles: what one of them said, prefers or owns is company trivia no
  /// fact carries ("Which VP owns the auction?", "What did the CEO say at the all-hands?",
  /// "Does the CTO prefer JAX?"). All fourteen such questions in the banks were labelled as
  /// having no fact; two blind ones got the fact their other words found (thirty-ninth
  /// session). A question about what the business wants ("What does leadership care about?")
  /// is read as a goal question before this rule is consulted.
  static let executiveWords: Set<String> = ["ceo", "cto", "cfo", "coo", "cpo", "vp", "vps", "svp", "evp", "director",
                                            "directors"]

  /// Words after "report to" or "report into" that make it a reporting line ("report into the
  /// same org", "report to legal or to product").
  static let reportingLines: Set<String> = ["org", "orgs", "organisation", "organization", "same", "legal", "product",
                                            "engineering", "whom"]

  /// Whether `words` ask about the organisation chart: an executive named, "org chart", or a
  /// reporting line ("who do they report to?", "does that team report into the same org?").
  /// "How do we report to the privacy team" asks how results are shared, and "do users report
  /// posts to moderators" about the product: neither is a reporting line.
  static func asksAboutOrgChart(_ words: [String]) -> Bool {
    if words.contains(where: executiveWords.contains) { return true }
    for (index, word) in words.enumerated() {
      let next = index + 1 < words.count ? words[index + 1] : ""
      if word == "org", next == "chart" || next == "charts" { return true }
      guard ["report", "reports", "reporting"].contains(word), next == "to" || next == "into" else { continue }
      let after = words[(index + 2)..<min(words.count, index + 6)]
      if after.contains(where: { reportingLines.contains($0) || executiveWords.contains($0) }) { return true }
      // "who do they report to?": the line ends at the preposition.
      if index + 2 == words.count || ["and", "or", "now", "today"].contains(words[index + 2]),
         words[max(0, index - 5)..<index].contains("who") {
        return true
      }
    }
    return false
  }

  /// Nouns for a running system whose measured latency no fact gives.
  static let systemNouns: Set<String> = ["ranker", "model", "system", "service", "pipeline", "classifier",
                                         "recommender", "detector", "engine", "stack"]

  /// Verbs of keeping data: "internally" after one of them says where data stays, not how a
  /// system is built inside.
  static let keepingVerbs: Set<String> = ["keep", "keeps", "kept", "store", "stores", "stored", "retain", "retains",
                                          "retained", "hold", "holds", "held", "save", "saved", "archive",
                                          "archived", "share", "shared"]

  /// Programming languages a service may be "written in" ("Is the ranker written in Go?"): the
  /// code's language, which no design depends on. Human languages ("written in German") are
  /// not among them.
  static let codeLanguages: Set<String> = ["java", "python", "go", "golang", "rust", "scala", "kotlin", "c", "cpp",
                                           "javascript", "typescript", "node", "ruby", "php", "erlang", "elixir",
                                           "haskell", "swift", "perl"]

  /// Verbs that say how a piece of software is made ("written in", "coded in").
  static let codingVerbs: Set<String> = ["written", "coded", "implemented", "built"]

  /// Whether the question closes with "…, the name?" or "…, the vendor name?": a short phrase
  /// after a comma that asks for a name ("Do we know each uploader's name?" asks about data).
  static func asksForNameAfterComma(_ tokens: [WordTokenizer.Word], question: String) -> Bool {
    let bytes = Array(question.utf8)
    for start in stride(from: tokens.count - 1, through: max(1, tokens.count - 3), by: -1) {
      let gap = bytes[tokens[start - 1].end..<tokens[start].start]
      if gap.contains(UInt8(ascii: ",")) { return tokens[start].text == "the" }
    }
    return false
  }

  /// Words before "name" that make it a name used inside the company ("code name", "project
  /// name"), not data a product holds ("the channel name").
  static let internalNames: Set<String> = ["code", "project", "internal", "team"]

  /// Words of being paged out of hours ("who gets paged", "the pager rota").
  static let pagingWords: Set<String> = ["oncall", "paged", "pager", "pagerduty"]

  /// Words asking for someone's taste.
  static let favourites: Set<String> = ["favourite", "favorite", "favourites", "favorites"]

  /// Verbs in the singular by which a question asks who or which one holds a record ("has the
  /// most", "sent the most").
  static let singleHolderVerbs: Set<String> = ["has", "had", "gets", "got", "sent", "sends", "made", "makes",
                                               "received", "receives", "sold", "sells", "booked", "books"]

  /// Superlatives that single out one entity ("the slowest kitchen", "the longest wiki page").
  static let superlatives: Set<String> = ["biggest", "largest", "longest", "slowest", "oldest", "busiest",
                                          "smallest", "shortest", "newest"]

  /// Whether `question` asks for a detail nobody would have. `scenarioWords` are the stems the
  /// scenario's facts are about: an organisation word among them is not a refusal.
  public static func applies(to question: String, scenarioWords: Set<String> = [],
                             knownGroups: Set<String> = []) -> Bool {
    namesOrganisation(question, scenarioWords: scenarioWords, knownGroups: knownGroups) || asksForDetail(question)
  }

  /// The words the scenario's facts put before an organisation word in their `about` phrases
  /// ("review" of "review team", "the" of "how big is the team", "many" of "how many
  /// engineers"), as stems: the groups whose size a fact gives.
  public static func knownGroups(_ aboutPhrases: [String]) -> Set<String> {
    var leads = Set<String>()
    for phrase in aboutPhrases {
      let words = WordTokenizer.words(phrase.lowercased()).map(\.text)
      for index in words.indices where organisationWords.contains(words[index]) {
        // An organisation word that opens the phrase ("team size") is the scenario's own team.
        leads.formUnion(index > 0 ? [WordNormalizer.stem(words[index - 1])] : ownTeamLeads)
      }
    }
    return leads
  }

  /// Words before an organisation word that mean the team the scenario is about.
  static let ownTeamLeads: Set<String> = ["the", "our", "your", "this"]

  /// Whether `question` speaks of the organisation behind the product ("How big is the team?")
  /// with a word the scenario's facts are not about. After a word the facts are about, the
  /// word names a group the scenario knows ("helpdesk staff", "review team"), not the org.
  ///
  /// A question that counts a group's people ("how many engineers are on …", "how big is …")
  /// asks about the org unless the word before names a group whose size the facts give
  /// (`knownGroups`): "How large is the chargeback operations team?" got the chargeback-label fact,
  /// because the facts speak of a review team (siblings, forty-third session).
  public static func namesOrganisation(_ question: String, scenarioWords: Set<String> = [],
                                       knownGroups: Set<String> = []) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    let asksSize = words.contains(where: sizeWords.contains)
    // "How many people are on the ranking team?" counts the org, whatever group it names (tmux,
    // forty-second session): the nearest fact counted users.
    let asksHeadcount = asksSize || words.indices.dropLast().contains { index in
      words[index] == "many" && headcountWords.contains(words[index + 1])
    }
    if asksHeadcount {
      return words.indices.contains { index in
        organisationWords.contains(words[index])
          && !(index > 0 && knownGroups.contains(WordNormalizer.stem(words[index - 1])))
      }
    }
    return words.indices.contains { index in
      organisationWords.contains(words[index]) && !scenarioWords.contains(WordNormalizer.stem(words[index]))
        // "staff" or "headcount" where the facts are about the team: the team fact answers.
        && EverydayParaphrases.topic(of: WordNormalizer.stem(words[index]), knownBy: scenarioWords.contains) == nil
        && !(index > 0 && scenarioWords.contains(WordNormalizer.stem(words[index - 1])))
        && !(index > 1 && stakeholders.contains(words[index - 1]) && words[index - 2] != "many")
        && !(index > 0 && otherGroups.contains(words[index - 1]) && !asksSize && !words.contains("many"))
    }
  }

  /// People counted as staff: "how many people/engineers/…" before an organisation word.
  static let headcountWords: Set<String> = ["people", "engineers", "persons", "employees", "folks", "scientists"]

  /// Words that make an organisation word the group that owns a part of the product ("from
  /// another team", "or is there a separate team filtering that?"): the question asks what is
  /// in scope, which a fact on that part answers ("A separate integrity team … provides
  /// per-post scores"), not how the company is organised (tmux, thirty-third session). Not
  /// "other teams": "Is this model shared with other teams?" asks about the org (tuning bank).
  static let otherGroups: Set<String> = ["another", "separate"]

  /// Words that ask for precision without naming anything more to find: "how many images
  /// exactly?" asks the corpus size, "exactly" no detail of its own.
  static let hedgeWords: Set<String> = ["exact", "exactly", "specifically", "precisely", "precise"]

  /// Words after "exact" that make it "identical", not "precise": "exact copies", "an exact
  /// match", "exact duplicates".
  static let identityWords: Set<String> = ["same", "copy", "copies", "duplicate", "duplicates", "match", "matches",
                                           "matching", "replica", "replicas", "repost", "reposts", "clone", "clones"]

  /// `question` without its hedge words (`hedgeWords`), for judging how much of what it names a
  /// fact explains: left in, "exactly" is a word no fact explains, and "how many images
  /// exactly?" fell short of the share that lets a fact answer a question with a hedge (a
  /// blind set, thirty-fifth session). "exact same" is kept: it asks what similar means.
  public static func withoutHedges(_ question: String) -> String {
    let words = WordTokenizer.words(question)
    let cuts = words.indices.filter { index in
      hedgeWords.contains(words[index].text)
        && !(index + 1 < words.count && (words[index + 1].text == "same"
          || words[index].text == "exact" && identityWords.contains(words[index + 1].text)))
    }
    return ByteSplice.replacing(question, cuts.map { (range: words[$0].start..<words[$0].end, with: "") })
  }

  /// Whether `question` asks for a past occasion, a person, an exact figure, a version or one
  /// singled-out entity: a detail nobody would have, whatever fact shares its words.
  /// `hedges` false leaves out "exact", "exactly" and "specifically", which also qualify an
  /// ordinary question ("the peak QPS for ad requests specifically").
  public static func asksForDetail(_ question: String, hedges: Bool = true) -> Bool {
    let tokens = WordTokenizer.words(question)
    let words = tokens.map(\.text)
    if singlesOutOneEntity(words) || asksWhichProductIsUsed(words) || asksComponentLatency(words)
      || asksHardwareModel(words) || asksAboutOrgChart(words) {
      return true
    }
    for (index, word) in words.enumerated() {
      let next = index + 1 < words.count ? words[index + 1] : ""
      let previous = index > 0 ? words[index - 1] : ""
      // "exact same chair" asks what similar means, not for a figure; so does "exact copies"
      // ("Do users want exact copies of their image, or images with similar content?", a
      // newcomer, fiftieth session, heard "more detail than I have").
      if hedges, (word == "exact" || word == "exactly" || word == "specifically"),
         !(word == "exact" && identityWords.contains(next)) && next != "same" {
        return true
      }
      // "What projection does the routing service use internally?": how a system is built inside.
      // "Do we keep the unblurred originals internally?" asks about retention, which facts on
      // privacy answer (a blind bank).
      if word == "internally", !words[max(0, index - 8)..<index].contains(where: keepingVerbs.contains) { return true }
      // "what's the internal API for it?", "an internal tool": a product inside the company.
      if word == "internal", productWords.contains(next) { return true }
      // "Which feature store do we use, the name?", "…, the vendor name?", "does it have a
      // project name?", "the codename of the old pipeline", "the CTO's favourite model": an
      // internal name or a person's taste, which no design depends on.
      if word == "name", internalNames.contains(previous)
        || (next.isEmpty && asksForNameAfterComma(tokens, question: question)) {
        return true
      }
      if word == "codename" || word == "codenames" || favourites.contains(word) { return true }
      // "Who's on call for recommendations: the ML team or a platform team?", "who gets paged?":
      // how operations are staffed, which no fact carries (a blind set of questions asked
      // mid-design got the traffic fact; all four tuning questions on it have no fact).
      if (word == "on" && next == "call") || pagingWords.contains(word) { return true }
      // "What about brand new advertisers …?" names no brand.
      if word == "version" || supplierWords.contains(word) && !(word == "brand" && next == "new")
        || stackWords.contains(word),
         words[max(0, index - 2)..<index].contains(where: { $0 == "which" || $0 == "what" }) {
        return true
      }
      // "Is the ranker written in Go or C++?": the code's language.
      if codingVerbs.contains(word), next == "in", index + 2 < words.count, codeLanguages.contains(words[index + 2]) {
        return true
      }
      // "Q3 2019" reads as "q", "3", "2019".
      let quarter = index >= 2 && words[index - 2] == "q" && ["1", "2", "3", "4"].contains(previous)
      if tokens[index].isNumber, isYear(word), yearMarkers.contains(previous) || quarter { return true }
      // "the 2019 audit", "that 2021 launch": a year naming one occasion. Not "the 2000 QPS"
      // or "the 2010 images", where a plural or a unit counts something.
      if tokens[index].isNumber, isYear(word), namingMarkers.contains(previous), !next.isEmpty, !next.hasSuffix("s"),
         !yearlessUnits.contains(next) {
        return true
      }
      // "listed in the last month" sets a trailing window, not one past occasion (trial 59).
      let window = index >= 2 && previous == "the" && windowLeads.contains(words[index - 2])
      // "who is typing these queries" asks who the users are, not for a person: a verb in -ing
      // after "who is" says what a population does (tuning bank, video-search).
      let doing = word == "who" && next == "is" && index + 2 < words.count && words[index + 2].hasSuffix("ing")
        && words[index + 2].count > 4
      for (first, seconds) in occasionPairs where word == first && seconds.contains(next) && !window && !doing {
        return true
      }
      // "…, and who was the reviewer?": a person of one past occasion, asked at the start of a
      // clause (a blind set); "people who was blocked" is a relative clause.
      if word == "who", next == "was", index == 0 || previous == "and" || previous == "but" { return true }
    }
    return false
  }

  /// "Which restaurant has the slowest kitchen?", "our biggest city", "the most ordered dish":
  /// a superlative naming one thing, asked with "which" or of something owned.
  static func singlesOutOneEntity(_ words: [String]) -> Bool {
    let asksWhich = words.contains("which")
    for (index, word) in words.enumerated() {
      let next = index + 1 < words.count ? words[index + 1] : ""
      let previous = index > 0 ? words[index - 1] : ""
      // "Which user has the most friends?", "who sent the most requests?": one record holder
      // (a tuning question got the graph-size fact once the twentieth bank's questions joined
      // the asked lists, thirty-fifth session). A plural subject ("Which markets have the most
      // listings?") may ask a breakdown a fact gives, and is left alone.
      if word == "most", previous == "the", index >= 2, singleHolderVerbs.contains(words[index - 2]),
         asksWhich || words.contains("who") {
        return true
      }
      let superlative = superlatives.contains(word) || (word == "most" && next.hasSuffix("ed") && next.count > 4)
      guard superlative else { continue }
      if asksWhich || previous == "our" || (previous == "the" && words.last == "have") { return true }
      if word == "most", previous == "the", index >= 2, ["s", "is", "whats"].contains(words[index - 2]) {
        return true
      }
    }
    return false
  }

  /// Words before a place or another proper name that make the question ask about that one
  /// ("in the Lisbon market", "for Tagalog", "from Brazil", "at the Dublin office").
  static let placeLeads: Set<String> = ["in", "for", "from", "at"]
  /// A capitalised word after one of `placeLeads`, the lead in any case, "the" between allowed.
  static let placeName = try! NSRegularExpression(
    pattern: #"\b(?i:"# + placeLeads.sorted().joined(separator: "|") + #")\s+(?i:the\s+)?([A-Z][a-z]{2,})\b"#)

  /// Whether `question` asks something of a place or other proper name no fact of the scenario
  /// mentions: "How many analysts are on the risk team in Dublin?", "How many camera cars are
  /// driving right now in Japan?", "Do we know how many of our reviewers are fluent in
  /// Tagalog?". All 37 such questions in the tuning banks (fifty-seventh session) were labelled
  /// as having no fact, and 4 got the fact their other words found: a fact on reviewers or
  /// capture cars has no breakdown by a city, country or language it never names. The name is a
  /// capitalised word after `placeLeads` (an optional "the" between), so never a word capitalised
  /// only because it opens the sentence, and no acronym; `known` says whether a fact uses its
  /// stem. Only a question that asks for something (a question word) is meant: "Are we live in
  /// Europe?" may be answered by a fact that counts the countries.
  public static func namesUnknownPlace(_ question: String, known: (String) -> Bool) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    guard words.contains(where: InterviewEngine.questionWords.contains) else { return false }
    let range = NSRange(question.startIndex..., in: question)
    return placeName.matches(in: question, range: range).contains { match in
      guard let nameRange = Range(match.range(at: 1), in: question) else { return false }
      return !known(WordNormalizer.stem(question[nameRange].lowercased()))
    }
  }

  static func isYear(_ word: String) -> Bool {
    guard word.count == 4, let value = Int(word) else { return false }
    return (1990...2039).contains(value)
  }
}
