/// The largest scenario `validate` accepts, documented in docs/scenario-format.md ("Limits").
/// Each limit is several times what the flagships use, and together they bound the work of
/// loading, compiling and scoring: any file within them compiles and scores an 800-word
/// answer in a few tens of milliseconds (`mlcoach-bench slowest`). Lengths count characters
/// (Unicode scalars).
public enum ScenarioLimits {
  /// Bytes of one scenario file (the flagships are about 125 KB). Checked before reading.
  public static let fileBytes = 2 * 1_048_576
  /// Minutes of one step: less than half a minute is no step, more than two hours no interview.
  public static let stepMinutes: ClosedRange<Double> = 0.5...120
  /// Minutes of all steps together (the most `practice --minutes` accepts).
  public static let totalMinutes: Double = 600

  /// An id: the scenario's, a fact's, an item's, a red flag's, a topic.
  public static let idLength = 64
  public static let titleLength = 120
  public static let summaryLength = 300
  /// The interviewer's opening prompt.
  public static let promptLength = 2_000
  /// A step prompt, an item's text, hint or follow-up, a red flag's text, a fact example.
  public static let lineLength = 500
  /// A fact's answer, an item's reference, a red flag's why, a reference bullet.
  public static let paragraphLength = 2_000

  public static let topics = 10
  public static let facts = 100
  /// `about` and `examples` entries of one fact: as many as a red flag may list, since a fact
  /// is found only by the words candidates use, and they use many.
  public static let phrasesPerFact = 100
  /// Prompts of one step, as the format has always asked.
  public static let stepPrompts = 2...4
  public static let rubricItems = 300
  public static let evidencePerItem = 150
  public static let redFlags = 50
  /// `evidence` and `unlessMentioned` entries of one red flag.
  public static let phrasesPerFlag = 100
  /// `alternatives` and `requires` links of one item.
  public static let links = 20
  /// Bullets of one step's reference outline.
  public static let referenceBullets = 20

  /// Evidence, `unlessMentioned` and `about` phrases of the whole scenario: the scorer compiles
  /// each into its variants, so this bounds the start-up cost of every command that scores.
  public static let phrases = 4_000
  /// Characters of all those phrases together. The largest bundled scenario has about 39,000;
  /// the scorer's start-up is linear in this (long words cost most: each registers its
  /// prefixes), and 100,000 keeps the slowest scenario `validate` accepts well within the
  /// 50 ms budget for compiling it and scoring an 800-word answer.
  public static let phraseCharactersInAll = 100_000
  /// `asked` questions of all facts together (see `Fact.asked`): the matcher reads each when an
  /// interview starts. The largest bundled scenario lists 130.
  public static let askedInAll = 1_000
  /// Characters of one phrase.
  public static let phraseLength = 100
  /// Words of one phrase: "the most distinctive words only". 12, not 8: a fact's `about` may be
  /// a whole question a candidate asks ("how do we know if an answer was good", 9 words, in the
  /// bundled rag-assistant); the cost stays linear in the words.
  public static let phraseWords = 12
  /// Characters of one word of a phrase (the longest flagship word has 15).
  public static let wordLength = 32
}
