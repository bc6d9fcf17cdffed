/// A named reason why a red-flag phrase found in the answer does not stand. A flag is raised
/// when one of its phrases occurs and no rule excuses that occurrence (and no
/// `unlessMentioned` phrase is mentioned without a negation anywhere in the answer).
protocol RedFlagRule: Sendable {
  var name: String { get }
  var summary: String { get }
  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool
  /// Whether the rule holds for a flag whose claim is itself about online experiments ("an
  /// A/B test randomised by user" where deliveries interfere): such a flag's mistake is stated
  /// in the words of an experiment, so they cannot excuse it.
  var appliesToExperimentFlags: Bool { get }
}

extension RedFlagRule {
  var appliesToExperimentFlags: Bool { true }
}

enum RedFlagRules {
  static let ordered: [any RedFlagRule] = [
    FlagAskedOnlyRule(), FlagRejectedRule(), FlagNegatedRule(), FlagConditionalRule(), FlagCriticisedRule(),
    FlagExperimentRule(),
  ]

  /// Whether the occurrence states the mistaken claim. `experimentFlag`: the flag's claim is
  /// about online experiments (`FlagExperimentRule.concernsExperiments`).
  static func stands(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext,
                     experimentFlag: Bool) -> Bool {
    !ordered.contains { rule in
      (!experimentFlag || rule.appliesToExperimentFlags) && rule.excuses(occurrence, phrase: phrase, in: context)
    }
  }
}
