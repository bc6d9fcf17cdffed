/// A named reason why a red-flag phrase found in the answer does not stand. A flag is raised
/// when one of its phrases occurs and no rule excuses that occurrence (and no
/// `unlessMentioned` phrase is mentioned without a negation anywhere in the answer).
protocol RedFlagRule: Sendable {
  var name: String { get }
  var summary: String { get }
  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool
  /// Whether the rule holds for a flag of `kind`: a flag whose claim is itself about online
  /// experiments ("an A/B test randomised by user" where deliveries interfere) is stated in the
  /// words of an experiment, so they cannot excuse it.
  func applies(to kind: RedFlagKind) -> Bool
}

extension RedFlagRule {
  func applies(to kind: RedFlagKind) -> Bool { true }
}

/// What a red flag's claim is about, read once from its text, for the rules that hold only
/// for some flags.
struct RedFlagKind: Equatable, Sendable {
  /// The claim is about an online experiment (`FlagExperimentRule.concernsExperiments`).
  var experiment = false
  /// The claim is that a metric is made the goal or the main measure of success
  /// (`FlagMonitoredSignalRule.claimsHeadlineMetric`).
  var headlineMetric = false

  init(experiment: Bool = false, headlineMetric: Bool = false) {
    self.experiment = experiment
    self.headlineMetric = headlineMetric
  }

  init(_ flag: RedFlag) {
    self.init(experiment: FlagExperimentRule.concernsExperiments(flag),
              headlineMetric: FlagMonitoredSignalRule.claimsHeadlineMetric(flag))
  }
}

enum RedFlagRules {
  static let ordered: [any RedFlagRule] = [
    FlagAskedOnlyRule(), FlagRejectedRule(), FlagNegatedRule(), FlagConditionalRule(), FlagCriticisedRule(),
    FlagExperimentRule(), FlagMonitoredSignalRule(), FlagFrequencyRule(), FlagRiskRule(), FlagAcrossLabelRule(),
  ]

  /// Whether the occurrence states the mistaken claim of a flag of `kind`.
  static func stands(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext,
                     kind: RedFlagKind) -> Bool {
    !ordered.contains { rule in rule.applies(to: kind) && rule.excuses(occurrence, phrase: phrase, in: context) }
  }
}
