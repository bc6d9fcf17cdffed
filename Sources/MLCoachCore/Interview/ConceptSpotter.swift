/// Finds lexicon concepts in a bag of stems: a concept is named when every word of one of its
/// forms is there. Word order is ignored on purpose: questions are short and "labels for
/// clicks" names the same idea as "click labels".
public struct ConceptSpotter: Sendable {
  private var forms: [(concept: String, stems: Set<String>)] = []
  /// Form stems by their rarest-looking first stem, so a question checks few forms.
  private var byStem: [String: [Int]] = [:]
  /// Every stem of every form: the words the lexicon knows as parts of ML-design ideas.
  public private(set) var vocabulary: Set<String> = []

  public init(lexicon: Lexicon) {
    for concept in lexicon.concepts {
      for form in concept.forms + concept.exact {
        let words = WordTokenizer.words(form)
        let stems = Set(words.filter { !QuestionTerms.stopWords.contains($0.text) }.map { WordNormalizer.stem($0.text) })
        // A form that loses its small words down to one word ("same for all users" → "users")
        // would spot the concept in any question with that word.
        guard let first = stems.sorted().first, stems.count >= 2 || words.count == 1 else { continue }
        byStem[first, default: []].append(forms.count)
        vocabulary.formUnion(stems)
        forms.append(("#" + concept.id, stems))
      }
    }
  }

  /// The `#concept` terms whose forms are all inside `stems`.
  public func concepts(in stems: Set<String>) -> Set<String> {
    Set(spelled(in: stems).map(\.concept))
  }

  /// Every form found inside `stems`, with the stems that spell it: a caller that weighs
  /// words differently (a listed option counts less) gives the concept its words' weight.
  public func spelled(in stems: Set<String>) -> [(concept: String, stems: Set<String>)] {
    var found: [(concept: String, stems: Set<String>)] = []
    for stem in stems {
      for index in byStem[stem] ?? [] where forms[index].stems.isSubset(of: stems) {
        found.append(forms[index])
      }
    }
    return found
  }

  public static let bundled = ConceptSpotter(lexicon: .bundled)
}
