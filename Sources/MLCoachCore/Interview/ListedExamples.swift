import Foundation

/// A question that names its topic and then lists examples of it after a dash or a colon: "Do we
/// have historical order data with timestamps for each step — order placed, restaurant accepted,
/// food ready, courier picked up, delivered?" The examples are other facts' words (food ready,
/// courier), and weighed into the question they left its topic's fact short of the share an
/// answer needs, so the candidate heard "nothing specific" (tmux, fifty-fifth session). The head
/// before the list asks the question.
public enum ListedExamples {
  /// The marks that open a list of examples.
  static let openers = [" — ", " – ", " - ", ": "]

  /// The head of `question` before a list of examples, with a "?": one sentence whose head opens
  /// with a question word and has at least four words, and whose text after its first opener
  /// holds at least two items (split at commas or "or") of at most six words. Nil otherwise.
  public static func head(of question: String) -> String? {
    let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
    guard SentenceEnds.split(trimmed).count == 1,
          let opener = openers.compactMap({ trimmed.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
    else { return nil }
    let head = String(trimmed[..<opener.lowerBound])
    let list = String(trimmed[opener.upperBound...])
    let headWords = WordTokenizer.words(head).map(\.text)
    // The head asks ("Do we have …", "How do adversarial users behave"); a head that only names
    // a topic ("friends vs groups vs pages — is there a product rule …?") leaves the question
    // after the dash.
    guard headWords.count >= 4, let first = headWords.first, QuestionParts.starters.contains(first) else { return nil }
    let items = list.components(separatedBy: ",").flatMap { $0.components(separatedBy: " or ") }
      .map { WordTokenizer.words($0).map(\.text) }.filter { !$0.isEmpty }
    // Examples are short: "say when it starts going viral or picks up reports" goes on asking.
    guard items.count >= 2,
          items.allSatisfy({ $0.count <= 6 && $0[0] != "say" })
    else { return nil }
    return head + "?"
  }
}
