/// A named reason why a red-flag phrase found in the answer does not stand. A flag is raised
/// when one of its phrases occurs and no rule excuses that occurrence (and no
/// `unlessMentioned` phrase is mentioned without a negation anywhere in the answer).
protocol RedFlagRule: Sendable {
  var name: String { get }
  var summary: String { get }
  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool
}

enum RedFlagRules {
  static let ordered: [any RedFlagRule] = [
    FlagAskedOnlyRule(), FlagRejectedRule(), FlagNegatedRule(), FlagConditionalRule(), FlagCriticisedRule(),
    FlagExperimentRule(),
  ]

  /// Whether the occurrence states the mistaken claim.
  static func stands(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    !ordered.contains { $0.excuses(occurrence, phrase: phrase, in: context) }
  }
}
