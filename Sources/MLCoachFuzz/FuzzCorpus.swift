import BundledScenarios
import Foundation
import MLCoachCore

/// The inputs the fuzzer starts from: scenario files, session files, journals and answers as
/// mlcoach writes and reads them. Mutations of these reach deep into each decoder, where random
/// bytes would stop at the first character.
public enum FuzzCorpus {
  /// The complete example of docs/scenario-format.md: small, so it compiles fast.
  public static let spamFilterJSON = #"""
{
  "formatVersion": 1,
  "id": "spam-filter",
  "title": "Email spam filter",
  "topics": ["classification", "nlp"],
  "difficulty": "easy",
  "summary": "Classify incoming email as spam or not for a mail provider.",
  "prompt": "We run a mail service. Design the system that keeps spam out of inboxes.",
  "facts": [
    { "id": "volume", "about": ["how many emails", "volume", "scale"],
      "answer": "About a billion emails a day." },
    { "id": "labels", "about": ["labels", "report spam", "ground truth"],
      "answer": "Users can press 'report spam' and 'not spam'." }
  ],
  "steps": [
    { "id": "requirements", "minutes": 5, "prompts": ["What would you ask first?", "What matters most to users?"] },
    { "id": "framing", "minutes": 5, "prompts": ["How do you frame this as an ML task?", "What is the input and output?"] },
    { "id": "data", "minutes": 7, "prompts": ["Where do labels come from?", "Which features would you build?"] },
    { "id": "model", "minutes": 10, "prompts": ["What is your baseline?", "How would you train it?"] },
    { "id": "evaluation", "minutes": 6, "prompts": ["How do you know it works offline?", "And online?"] },
    { "id": "serving", "minutes": 7, "prompts": ["How is it served?", "What are the latency limits?"] },
    { "id": "monitoring", "minutes": 5, "prompts": ["What do you watch after launch?", "When do you retrain?"] }
  ],
  "rubric": [
    { "id": "false-positive-cost", "step": "requirements", "category": "requirements", "weight": 3,
      "text": "Asks how costly it is to send real mail to the spam folder.",
      "evidence": ["false positive", "legitimate email in spam", "precision over recall"],
      "hint": "Which error hurts users more?",
      "followUp": "Which is worse here: a spam in the inbox or a real email in the spam folder?",
      "reference": "Losing a real email is worse than seeing a spam, so the operating point favours precision." },
    { "id": "binary-framing", "step": "framing", "category": "modeling", "weight": 2,
      "text": "Frames the task as binary classification with a tunable threshold.",
      "evidence": ["binary classification", "spam probability", "decision threshold"],
      "hint": "What does the model output, and who decides what to do with it?",
      "followUp": "What exactly does your model output?",
      "reference": "A probability plus a threshold lets the product trade precision for recall without retraining." },
    { "id": "report-labels", "step": "data", "category": "data", "weight": 3,
      "text": "Uses users' spam reports as labels and notes their noise.",
      "evidence": ["report spam", "user reports", "noisy labels"],
      "hint": "Who already tells you which emails are spam?",
      "followUp": "Where do your labels come from, and how much do you trust them?",
      "reference": "Reports are free and plentiful but noisy and adversarial, so they need cleaning and weighting." },
    { "id": "text-baseline", "step": "model", "category": "modeling", "weight": 2,
      "text": "Starts from a simple text baseline before a fine-tuned encoder.",
      "evidence": ["logistic regression", "naive bayes", "baseline first"],
      "hint": "What would you ship in the first week?",
      "followUp": "What is your first model, and why that one?",
      "reference": "A linear model on text features is fast, interpretable and sets the bar a bigger model must beat." },
    { "id": "pr-metrics", "step": "evaluation", "category": "metrics", "weight": 3,
      "text": "Evaluates with precision and recall at the operating point, not accuracy.",
      "evidence": ["precision and recall", "pr auc", "operating point"],
      "hint": "Most mail is not spam. What does that do to accuracy?",
      "followUp": "Which offline metric would you report, and why?",
      "reference": "With few positives, accuracy is high for a useless model; precision and recall show the real trade-off." },
    { "id": "inline-scoring", "step": "serving", "category": "serving", "weight": 2,
      "text": "Scores each email on receipt within the delivery latency budget.",
      "evidence": ["on receipt", "delivery path", "latency budget"],
      "hint": "When does the decision have to be made?",
      "followUp": "Where in the mail pipeline does the model run?",
      "reference": "Scoring before delivery avoids moving mail after the user has seen it." },
    { "id": "adversarial-drift", "step": "monitoring", "category": "monitoring", "weight": 2,
      "text": "Expects spammers to adapt and plans frequent retraining.",
      "evidence": ["spammers adapt", "adversarial drift", "retrain weekly"],
      "hint": "Do spammers stand still once you launch?",
      "followUp": "What happens to your model a month after launch?",
      "reference": "Spam is adversarial, so report rates and drift must be watched and the model refreshed often." },
    { "id": "threshold-tradeoff", "step": "evaluation", "category": "tradeoffs", "weight": 1,
      "text": "Discusses moving the threshold: fewer lost emails at the cost of more spam.",
      "evidence": ["precision vs recall", "threshold trade-off"],
      "hint": "What do you give up when you raise the threshold?",
      "followUp": "How would you pick the threshold?",
      "reference": "Raising it protects real mail at the cost of letting more spam through; the business picks the point." }
  ],
  "redFlags": [
    { "id": "accuracy", "text": "Uses accuracy as the main metric.",
      "evidence": ["accuracy as the metric", "optimize accuracy"],
      "why": "Most mail is not spam, so a model that flags nothing already scores high accuracy.",
      "severity": 2 }
  ],
  "reference": {
    "requirements": ["Ask about volume, label sources and the cost of each error."],
    "framing": ["Binary classification of an email; output a spam probability and a threshold."],
    "data": ["User reports as labels; text, sender reputation and link features."],
    "model": ["Logistic regression on text features as a baseline, then a fine-tuned text encoder."],
    "evaluation": ["Precision and recall at the operating point; PR-AUC; online user reports."],
    "serving": ["Score on receipt within the delivery path; cache sender reputation."],
    "monitoring": ["Watch report rates and drift as spammers adapt; retrain weekly."]
  }
}
"""#

  public static let spamFilter: Scenario = {
    do {
      return try ScenarioDecoder.decode(Array(spamFilterJSON.utf8), file: "spam-filter.json")
    } catch {
      // A tool's own seed: FuzzTests run it, so this is found before anyone fuzzes.
      preconditionFailure("the built-in seed scenario is invalid: \(error)")
    }
  }()

  /// The id every session seed has, and the file name it is decoded under.
  public static let sessionID = "20261130-072723-spam-filter"

  /// An answer that earns some points, some misses and a red flag.
  public static let answer = """
    ## 1. Clarifying requirements
    How many emails a day? Losing real mail is worse, so we favour precision over recall.
    ## 4. Model
    We start with logistic regression because it is cheap; we optimize accuracy.
    ## 7. Monitoring
    Spammers adapt, so we retrain weekly and watch report rates.
    """

  /// Seeds per target.
  public static func seeds(_ target: FuzzTarget) -> [[UInt8]] {
    switch target {
    case .scenario:
      return [Array(spamFilterJSON.utf8)] + BundledScenarios.files.prefix(1).map(\.bytes)
    case .session:
      return sessions().map(encode)
    case .journal:
      return [journal()]
    case .answer:
      return [Array(answer.utf8), Array(answer.replacingOccurrences(of: "\n", with: "\r\n").utf8),
              [0xFF, 0xFE] + answer.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }]
    }
  }

  /// An unfinished session with every kind of record, and a finished, scored, reviewed one.
  static func sessions() -> [Session] {
    let scenario = spamFilter
    let clock = Date(timeIntervalSince1970: 1_800_000_000)
    var engine = InterviewEngine(
      scenario: scenario,
      session: InterviewEngine.newSession(id: sessionID, scenario: scenario, options: Session.Options(totalMinutes: 45),
                                          now: clock),
      now: clock)
    for line in ["How many emails a day?", "Precision over recall, because lost mail hurts.", "/hint", "/next",
                 "Binary classification with a threshold.", "/skip"] {
      _ = engine.enter(line, now: clock.addingTimeInterval(30))
    }
    let unfinished = engine.snapshot(now: clock.addingTimeInterval(60))
    while engine.isActive { _ = engine.enter("/next", now: clock.addingTimeInterval(90)) }
    var finished = engine.session
    if let score = finished.score {
      var review = SelfReview(coach: score, scenario: scenario, record: nil, now: clock)
      while review.current != nil { _ = review.apply(.set(.hit), now: clock) }
      finished.review = review.record
    }
    return [unfinished, finished]
  }

  /// A journal of a few changes, for the unfinished seed session.
  static func journal() -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    let changes: [SessionChange] = [.time(step: 1, usedSeconds: 12), .line(step: 1, text: "Pointwise."),
                                    .question(step: 0, question: QuestionRecord(question: "Labels?", answer: "Reports.", factID: "labels")),
                                    .stepClosed(step: 1, skipped: false), .line(step: 2, text: "Reports as labels.")]
    var bytes: [UInt8] = []
    for (index, change) in changes.enumerated() {
      let entry = JournalEntry(seq: index + 1, at: Date(timeIntervalSince1970: 1_800_000_100), change: change)
      bytes += (try? encoder.encode(entry)).map { [UInt8]($0) } ?? []
      bytes.append(0x0A)
    }
    return bytes
  }

  static func encode(_ session: Session) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    return (try? [UInt8](encoder.encode(session))) ?? []
  }
}
