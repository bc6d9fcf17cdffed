import Foundation

/// Everyday words by which candidates name a topic that the facts name by its usual word: "who
/// eats the loss?" asks who bears it, "how stale can results be?" asks about freshness, "put a
/// dollar value on it" asks for a cost, "what are we judged on?" asks for the goal.
/// A word no fact of the scenario uses stands for the first of its topic words some fact does
/// use (see `QuestionMatcher.terms`); a word a fact uses keeps its own meaning there. The table
/// is kept small and generic: each entry is a paraphrase of a topic, never of one question.
public enum EverydayParaphrases {
  /// Word → topic words it paraphrases, most likely first.
  static let table: [String: [String]] = [
    // Who carries a loss or a cost.
    "eat": ["bear", "liable", "loss", "cost"], "eats": ["bear", "liable", "loss", "cost"],
    "absorb": ["bear", "liable", "loss", "cost"], "absorbs": ["bear", "liable", "loss", "cost"],
    "foot": ["bear", "pay", "cost"], "foots": ["bear", "pay", "cost"],
    "shoulder": ["bear", "liable", "cost"], "shoulders": ["bear", "liable", "cost"],
    // Money put on an outcome.
    "dollar": ["cost", "money"], "dollars": ["cost", "money"], "euro": ["cost", "money"],
    "euros": ["cost", "money"], "expensive": ["cost", "budget"], "cheap": ["cost", "budget"],
    "pricey": ["cost", "budget"], "afford": ["cost", "budget"],
    "monetize": ["revenue", "money"], "monetise": ["revenue", "money"],
    // How out of date something may be.
    "stale": ["fresh", "freshness"], "staleness": ["fresh", "freshness"], "lag": ["fresh", "freshness"],
    "lags": ["fresh", "freshness"], "outdated": ["fresh", "freshness"],
    "recency": ["fresh", "freshness"],
    // Who the users are and what they hold.
    "kids": ["minor", "child", "age"], "children": ["minor", "child", "age"], "teens": ["minor", "age"],
    "teenagers": ["minor", "age"], "underage": ["minor", "age"],
    "phone": ["mobile", "device"], "phones": ["mobile", "device"], "smartphone": ["mobile", "device"],
    "smartphones": ["mobile", "device"],
    "localization": ["language", "languages"], "localisation": ["language", "languages"],
    "translation": ["language", "languages"], "translate": ["language", "languages"],
    "attrition": ["churn", "retention"],
    // Bad actors by their everyday names.
    "scam": ["fraud", "abuse", "spam"], "scams": ["fraud", "abuse", "spam"], "scammers": ["fraud", "abuse", "spam"],
    "fraudsters": ["fraud", "abuse"],
    // The people working on the project.
    "staff": ["team"], "staffing": ["team"], "headcount": ["team"], "personnel": ["team"],
    // What the project is judged by.
    "judge": ["success", "goal"], "judged": ["success", "goal"], "graded": ["success", "goal"],
    "guardrail": ["success", "goal"], "guardrails": ["success", "goal"],
    // How often the thing looked for occurs.
    "rare": ["prevalence", "imbalance", "rate"], "rarely": ["prevalence", "imbalance", "rate"],
    "rarity": ["prevalence", "imbalance", "rate"], "uncommon": ["prevalence", "imbalance", "rate"],
    // How an online test is read.
    "significance": ["experiment", "experimentation"], "significant": ["experiment", "experimentation"],
    "interference": ["experiment", "experimentation"],
  ]

  /// The table by stem, as `QuestionTerms` gives a question's words.
  static let byStem: [String: [String]] = {
    var result: [String: [String]] = [:]
    for (word, topics) in table {
      let stem = WordNormalizer.stem(QuestionTerms.irregular[word] ?? word)
      if result[stem] == nil { result[stem] = topics.map(WordNormalizer.stem) }
    }
    return result
  }()

  /// The topic word `stem` paraphrases that `knows` accepts, if any.
  public static func topic(of stem: String, knownBy knows: (String) -> Bool) -> String? {
    byStem[stem]?.first(where: knows)
  }
}
