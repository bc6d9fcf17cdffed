import Foundation

/// A word that names a resource as a noun and an everyday act as a verb: "How is the ETA
/// computed today?" asks how the estimate is worked out, not how much compute there is
/// (tmux, twenty-seventh session: it got the infrastructure fact). Read as a verb, the word
/// stands for `calculation`, an all-purpose verb (`QuestionTerms.incidentalWords`) that says
/// nothing of the topic unless a fact uses it; as a noun ("How much compute?", "compute
/// budget", "computing power") it keeps its resource meaning.
public enum ResourceVerb {
  /// Resource nouns that are verbs too, by the forms that can only be the verb.
  static let verbForms: [String: Set<String>] = [
    "compute": ["computed", "computes"],
  ]

  /// Words before the bare form that make it the verb of a method asked about: a subject or an
  /// auxiliary ("how do you compute the ETA", "we compute it nightly"). "To compute embeddings
  /// for every image" and "we'd be computing ETAs for dozens of restaurants" keep the resource:
  /// what it costs to work something out is a question of compute (tuning banks).
  static let verbLeads: Set<String> = ["we", "you", "i", "they", "do", "does", "did"]

  /// The word a candidate means at `position` when the resource noun there is used as a verb,
  /// nil otherwise. "Is compute a constraint?" keeps the noun: "is" leads a noun as often.
  static func reading(_ words: [WordTokenizer.Word], at position: Int) -> String? {
    let text = words[position].text
    let previous = position > 0 ? words[position - 1].text : ""
    for (noun, forms) in verbForms where forms.contains(text) || (text == noun && verbLeads.contains(previous)) {
      return calculation
    }
    return nil
  }

  /// What a verb reading stands for.
  static let calculation = "calculate"
}
