/// A question after an internal or historical detail that no interviewer carries in their head
/// ("What was the exact CTR of that campaign last Black Friday?", "Who wrote the pipeline?",
/// "Which TensorFlow version?"). Answering it with the nearest fact ("base CTR is 1%") would
/// pretend to know; the honest reply is to ask for an assumption.
public enum OddlySpecificQuestion {
  /// Word pairs that ask for one past occasion or a person.
  static let occasionPairs: [(String, Set<String>)] = [
    ("last", ["year", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
              "quarter", "month", "week", "summer", "winter"]),
    ("who", ["wrote", "built", "owns", "requested", "is", "s"]),
    ("name", ["of"]),
  ]

  /// Words about the organisation behind the product: team size, staff, who owns what. No
  /// scenario fact covers them, and the nearest fact ("candidate generators") would mislead.
  static let organisationWords: Set<String> = ["team", "teams", "employees", "headcount", "staff", "engineers", "pm"]

  public static func applies(to question: String) -> Bool {
    let words = WordTokenizer.words(question).map(\.text)
    if words.contains(where: organisationWords.contains) { return true }
    for (index, word) in words.enumerated() {
      let next = index + 1 < words.count ? words[index + 1] : ""
      // "exact same chair" asks what similar means, not for a figure.
      if (word == "exact" || word == "exactly" || word == "specifically") && next != "same" { return true }
      if word == "version", words[max(0, index - 2)..<index].contains(where: { $0 == "which" || $0 == "what" }) {
        return true
      }
      for (first, seconds) in occasionPairs where word == first && seconds.contains(next) { return true }
    }
    return false
  }
}
