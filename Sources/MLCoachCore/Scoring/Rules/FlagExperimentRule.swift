/// "An A/B test on a user-level random split", "randomly bucket users into treatment and
/// control": randomising who sees which arm is how an online experiment works. A red flag
/// about a random split of the data does not stand in a clause that names the experiment.
struct FlagExperimentRule: RedFlagRule {
  let name = "flag-experiment"
  let summary = "a random split of users between an online experiment's arms (\"A/B test on a random split\")"

  /// A flag about the experiment itself ("A/B test randomised by user" where users interfere)
  /// is stated in these words; the rule does not excuse it.
  func applies(to kind: RedFlagKind) -> Bool { !kind.experiment }

  /// Words by which a flag's text or evidence is about an online experiment, found as
  /// substrings of the flag's own text: shorter than `CueSet.experiments`, which matches whole
  /// words in answers, because "arm" or "variant" inside "harm" or "invariant" would count.
  static let experimentWords = ["a/b", "experiment", "treatment", "switchback", "holdback", "control group",
                                "interleav"]

  /// Whether `flag` is about an online experiment rather than a split of the data.
  static func concernsExperiments(_ flag: RedFlag) -> Bool {
    let text = ([flag.text] + flag.evidence).joined(separator: " ").lowercased()
    return experimentWords.contains { text.contains($0) }
  }

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    context.contains(occurrence, anyOf: context.cues.randomness) && context.isInExperimentClause(occurrence)
  }
}
