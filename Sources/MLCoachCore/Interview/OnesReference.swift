import Foundation

/// "ones" that stands for what a figure before it counts: "Can I assume ~7M active listings
/// worldwide, with maybe a few hundred thousand new ones added each month?" asks about new
/// listings, but "new ones added" named nothing a fact counts, so the whole question found no
/// fact and the candidate heard "I have nothing specific" beside two facts that confirm it (tmux,
/// fifty-fourth session). The question is read with the noun in place of "ones".
public enum OnesReference {
  /// `question` with each "ones" after a counted thing ("~7M active listings") replaced by
  /// that thing's last word when it is a plural noun; `question` unchanged when there is none.
  public static func resolved(_ question: String) -> String {
    guard question.range(of: #"(?i)\bones\b"#, options: .regularExpression) != nil else { return question }
    var result = ""
    var rest = Substring(question)
    while let range = rest.range(of: #"(?i)\bones\b"#, options: .regularExpression) {
      let before = result + rest[..<range.lowerBound]
      guard let noun = lastPlural(in: StatedFigures.countedThings(in: before)) else {
        result += rest[..<range.upperBound]
        rest = rest[range.upperBound...]
        continue
      }
      result = before + noun
      rest = rest[range.upperBound...]
    }
    return result + rest
  }

  /// The last plural noun of `things` (what figures count, in order): "listings" of "active
  /// listings worldwide".
  static func lastPlural(in things: [String]) -> String? {
    for thing in things.reversed() {
      if let noun = thing.split(separator: " ").reversed().first(where: { word in
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && word != "ones"
      }) {
        return String(noun)
      }
    }
    return nil
  }
}
