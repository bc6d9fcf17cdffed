import Foundation

/// A question that asks whether some data may be used ("Are we allowed to use uploaded contacts
/// and phone numbers, or are there privacy restrictions on that?", "Contact uploads allowed?",
/// "are we allowed to log questions and answers for quality review?") asks two things: what
/// the data is, and what the rules allow. The words of the data find the fact that describes it;
/// the privacy fact, which says what may not be done with it, came second and was left out. On
/// the tuning part, 19 of the 45 questions with a permission word whose readers expected the
/// privacy fact got only the data fact (forty-fourth session).
///
/// The privacy fact joins only when its answer speaks of the data asked about, in a word few
/// facts' answers use ("contact", "location", "watch history"): "are we allowed to share card
/// fingerprints between merchants?" asks about signals the privacy fact says nothing about.
enum PermissionQuestion {
  /// Verbs of doing something with data, after a word that asks leave ("allowed to use").
  static let useVerbs: Set<String> = ["use", "log", "send", "share", "show", "combine", "keep", "store", "train",
                                      "upload", "retain", "collect", "process"]
  /// Words that ask for leave before a verb: "allowed to", "permitted to", "ok to".
  static let leaveWords: Set<String> = ["allowed", "permitted", "ok", "okay"]
  /// Words that say the question is about what the rules allow, not about what is possible
  /// ("can we use them to build an evaluation set?" asks a design question).
  static let ruleWords: Set<String> = ["allowed", "allow", "permitted", "permission", "privacy", "pii", "consent",
                                       "restriction", "restrictions", "restricted", "gdpr", "sensitive", "legal",
                                       "legally", "off-limits"]

  /// Whether `question` asks leave to do something with data and names a rule: "allowed to
  /// use", "can we log … given privacy", "… allowed?" (a sentence that ends on the word).
  static func asks(_ question: String) -> Bool {
    let words = WordTokenizer.words(question).map { $0.text.lowercased() }
    let lowered = question.lowercased()
    guard words.contains(where: ruleWords.contains) || lowered.contains("off limits") || lowered.contains("off-limits") else {
      return false
    }
    for index in words.indices {
      let word = words[index]
      // "allowed to use", "OK to log"
      if leaveWords.contains(word), index + 2 < words.count, words[index + 1] == "to",
         useVerbs.contains(words[index + 2]) { return true }
      // "can we use", "could I send", "may we keep"
      if ["can", "could", "may"].contains(word), index + 2 < words.count, ["we", "i"].contains(words[index + 1]),
         useVerbs.contains(words[index + 2]) { return true }
    }
    // "Contact uploads allowed?", "We are allowed to use these?" already met; "… allowed as a
    // signal, given …" is met by the rule word and the sentence asking of the data.
    return endsOnLeave(question)
  }

  /// Whether a sentence of `question` ends on "allowed", or "allowed as …": "Contact uploads
  /// allowed?", "are contact-book uploads allowed as a signal, given …?".
  static func endsOnLeave(_ question: String) -> Bool {
    let lowered = question.lowercased()
    return lowered.contains("allowed?") || lowered.contains("allowed as ")
  }

  /// Words that name data without saying which ("how long are we allowed to keep that data?"):
  /// they do not tie the question to what the privacy fact says.
  static let unnamedData: Set<String> = ["data", "information", "info", "dataset", "datasets"]

  /// Stems that name no data of their own: the words that ask leave, the verbs of use and words
  /// for data in general ("it is allowed to show events that are sold out?" asks nothing of what
  /// may be shown of a person).
  static let unnamingStems: Set<String> = Set(ruleWords.union(useVerbs).union(unnamedData).map { WordNormalizer.stem($0) })

  /// The privacy fact of `scenario`: id `privacy`, or one that starts `privacy-`
  /// ("privacy-and-logging", "privacy-legal"); ids are stable, so this is where the scenarios
  /// keep what may not be done with data.
  static func privacyFact(of scenario: Scenario) -> Int? {
    scenario.facts.firstIndex { $0.id == "privacy" || $0.id.hasPrefix("privacy-") }
  }

  /// At most this many facts' answers may use a word for it to say which data is asked about.
  static let rareInAnswers = 3
}
