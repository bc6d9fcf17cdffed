/// Why a mention of a rubric item earned what it earned. Each case is decided by one named
/// rule (`MatchRules.ordered`) and carries its credit and the words the report shows, so no
/// credit depends on the wording of a note.
public enum MatchReason: String, CaseIterable, Codable, Sendable {
  /// Asked as a clarifying question during practice (requirements items).
  case askedAsQuestion = "asked-as-question"
  /// Asked about during practice, for an item that is not a requirement.
  case onlyAskedAbout = "only-asked-about"
  /// Named as the alternative the candidate rejects ("instead of X", "Y, not X"): no verdict.
  case rejectedAlternative = "rejected-alternative"
  /// Negated, but what is negated is narrower than the item ("no synchronous heavy calls" is
  /// not "no synchronous calls"): no verdict, neither credit nor dismissal.
  case negatedNarrower = "negated-narrower"
  /// Under a negation in its clause ("we don't need X", "no X or Y").
  case negated
  /// Dismissed after the mention ("X is overkill").
  case dismissed
  /// Only named in a heading.
  case heading
  /// Only named in a keyword list, a one-term-per-line run, a diagram or code.
  case listed
  /// A trade-off item whose sentence compares alternatives.
  case compared
  /// A trade-off item named without an alternative.
  case noComparison = "no-comparison"
  /// A trade-off item compared in a sentence that commits one of the scenario's red flags
  /// ("a pairwise ranking loss, because only the order matters"): the weighing lands on the
  /// mistake, so it earns a partial, not a hit.
  case comparedIntoRedFlag = "compared-into-red-flag"
  /// A requirement asked as a question or stated as an explicit assumption.
  case clarified
  /// Given with a reason that says something (a term of the field, a number).
  case reasoned
  /// Given with a quantity in its clause ("p99 under 150 ms", "keep 10% of negatives").
  case quantified
  /// In a table row whose other cells give its pros, cons or numbers.
  case tableCells = "table-cells"
  /// Explained by the next sentence ("This avoids ...", "Otherwise ...").
  case explainedNext = "explained-next"
  /// Named in a sentence without a reason.
  case bare
  /// The candidate's reply to the interviewer's follow-up on this item addresses it, with a
  /// reason (`FollowUpAnswerRule`).
  case answeredFollowUp = "answered-follow-up"
  /// The reply to the follow-up on this item addresses it, but gives no reason.
  case followUpWithoutReason = "follow-up-without-reason"
  /// Asked during practice about a fact this requirements item is about (`AskedAboutFactRule`).
  case askedAboutFact = "asked-about-fact"
  /// Asked several clarifying questions during step 1 (`ClarifyingQuestionsRule`).
  case askedClarifyingQuestions = "asked-clarifying-questions"
  /// An item that asks to work figures out ("Turns users into load: 100M × 5 / 86,400 ≈ 6k/s"),
  /// met only by restating the figures the interviewer gave during practice ("Scale: 100M DAU,
  /// about 20k QPS at peak"; `RestatedFigures`).
  case restatedFigures = "restated-figures"

  /// The verdict this reason gives; nil when the mention gives none (a rejected alternative).
  public var status: ItemStatus? {
    switch self {
    case .askedAsQuestion, .compared, .clarified, .reasoned, .quantified, .tableCells, .explainedNext,
         .answeredFollowUp, .askedAboutFact, .askedClarifyingQuestions: return .hit
    case .onlyAskedAbout, .heading, .listed, .noComparison, .comparedIntoRedFlag, .bare, .followUpWithoutReason,
         .restatedFigures:
      return .partial
    case .negated, .dismissed: return .contradicted
    case .rejectedAlternative, .negatedNarrower: return nil
    }
  }

  /// Whether the mention earns the item anything: a hit or a partial.
  public var credits: Bool { status == .hit || status == .partial }

  /// Credit per unit of weight.
  public var credit: Double {
    switch status {
    case .hit?: return 1
    case .partial?: return self == .heading || self == .listed ? Scorer.listedCredit : Scorer.partialCredit
    default: return 0
    }
  }

  /// Whether the mention is a bare name: a list, a heading or a sentence without a reason.
  public var isBareMention: Bool {
    self == .heading || self == .listed || self == .bare || self == .noComparison || self == .followUpWithoutReason
      || self == .restatedFigures
  }

  /// What the report says about a mention judged this way (nil for a plain hit).
  public var note: String? {
    switch self {
    case .askedAsQuestion: return "asked as a clarifying question"
    case .onlyAskedAbout: return "only asked about, not designed"
    case .rejectedAlternative: return "named as the rejected alternative"
    case .negatedNarrower: return "negated, but narrower than the item"
    case .negated: return "negated"
    case .dismissed: return "dismissed"
    case .heading: return "only named in a heading"
    case .listed: return "listed without a reason"
    case .noComparison: return "no alternative compared"
    case .comparedIntoRedFlag: return "compared, but the choice is a red flag"
    case .bare: return "mentioned without a reason"
    case .answeredFollowUp: return "answered the interviewer's follow-up"
    case .followUpWithoutReason: return "answered the follow-up without a reason"
    case .askedAboutFact: return "asked about it as a clarifying question"
    case .askedClarifyingQuestions: return "asked clarifying questions"
    case .restatedFigures: return "restated the interviewer's figures without working them out"
    case .compared, .clarified, .reasoned, .quantified, .tableCells, .explainedNext: return nil
    }
  }
}

/// One mention of an item: where its phrase matched and what the item is.
struct Mention {
  var occurrence: Occurrence
  var category: Category
  /// The evidence phrase that matched (for a trade-off pair, its first side).
  var phrase: CompiledPhrase
  /// Matched as the two sides of an "A vs B" phrase named anywhere in the sentence.
  var pair = false
  /// The item asks the candidate to work something out (`AskedAboutFactRule.asksToWorkOut`).
  var asksToWorkOut = false
  /// The words of all the item's evidence phrases.
  var itemWords = IDSet()

  /// The matched phrase states its own polarity ("not raw clicks").
  var phraseCarriesNegation: Bool { phrase.carriesNegation }
}

/// A named rule that may decide a mention's verdict. Rules run in `MatchRules.ordered`; the
/// first that returns a reason decides.
protocol MatchRule: Sendable {
  /// A stable name, used in docs/scoring.md and the tests.
  var name: String { get }
  /// One line for docs/scoring.md: when the rule applies.
  var summary: String { get }
  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason?
}

/// The rules, in the order they are tried.
enum MatchRules {
  static let ordered: [any MatchRule] = [
    AskedInPracticeRule(), RejectedAlternativeRule(), NegationRule(), DismissalRule(), HeadingRule(), ListedRule(),
    TradeoffRule(), ClarificationRule(), ReasonRule(), QuantityRule(), TableRowRule(), ExplainedNextRule(),
    BareMentionRule(),
  ]

  /// The verdict of one mention.
  static func judge(_ mention: Mention, in context: MatchContext) -> MatchReason {
    for rule in ordered {
      if let reason = rule.judge(mention, in: context) { return reason }
    }
    return .bare
  }
}
