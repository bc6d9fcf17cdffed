/// Checks of a scenario against the lexicon it will be scored with: problems no JSON schema
/// can see, reported like validation issues.
public enum RubricLint {
  /// A phrase word written in lowercase that the lexicon reads case-sensitively ("ssd" when
  /// the lexicon knows "SSD"): an answer's "SSD" would never meet it.
  ///
  /// Words that are also ordinary English ("feature map", "clip the outliers", "rag") are not
  /// reported: written in lowercase they mean the ordinary word and match it, which is what
  /// the author meant.
  public static func issues(scenario: Scenario, lexicon: Lexicon = .bundled, file: String) -> [ValidationIssue] {
    let compiler = PhraseCompiler.base(for: lexicon)
    var issues: [ValidationIssue] = []
    func check(_ phrases: [String], _ path: String) {
      for (index, phrase) in phrases.enumerated() {
        for word in PhraseCompiler.writtenWords(phrase) where word.capitals == 0 && !ordinaryWords.contains(word.lower) {
          let spellings = compiler.vocabulary.exactSpellings(of: word.lower)
          guard let spelling = spellings.first else { continue }
          issues.append(ValidationIssue(
            file: file, location: "\(path)[\(index)]",
            message: "\"\(word.written)\" is read case-sensitively as \"\(spelling)\" (the lexicon's exact form); "
              + "write it with its capitals"))
        }
      }
    }
    for (index, item) in scenario.rubric.enumerated() { check(item.evidence, "rubric[\(index)].evidence") }
    for (index, flag) in scenario.redFlags.enumerated() {
      check(flag.evidence, "redFlags[\(index)].evidence")
      check(flag.unlessMentioned, "redFlags[\(index)].unlessMentioned")
      check(flag.committedByRefusing, "redFlags[\(index)].committedByRefusing")
    }
    return issues
  }

  /// Acronyms of the lexicon that are also English words; lowercase, they are the word.
  static let ordinaryWords: Set<String> = ["map", "clip", "rag", "eta", "din", "gat", "als"]
}
