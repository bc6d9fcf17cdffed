import BundledScenarios

/// The shared vocabulary of ML system design: concept groups whose forms say the same thing
/// ("time-based split" = "split by time" = "hold out the last week"). Every evidence phrase,
/// red-flag phrase and lexicon form expands through it, so a scenario author writes an idea
/// once. Loaded from JSON files (format: docs/lexicon-format.md): the bundled ones in
/// `Scenarios/lexicon/`, plus any in `$MLCOACH_HOME/lexicon/`.
public struct Lexicon: Equatable, Sendable {
  /// One idea and the ways people say it.
  public struct Concept: Equatable, Sendable {
    /// Kebab-case, unique across the lexicon.
    public var id: String
    /// The step where the idea usually comes up (a step id or `general`); documentation only.
    public var step: String?
    /// Forms matched case-insensitively, with inflections, spelling variants, hyphen/space/
    /// joined forms and up to three other words between their words.
    public var forms: [String]
    /// Forms matched only with exactly the capitals written, never stemmed (`mAP`, `ScaNN`,
    /// `LR`). Small words in them are kept ("LR of"). An exact form gives way wherever a longer
    /// form of another concept covers it: "LR schedule" is the learning rate.
    public var exact: [String]
    /// Why a form is in or out, for the next author.
    public var note: String?
    /// Ids of broader concepts this one is a kind of: saying "isotonic regression" also says
    /// "post-hoc calibration".
    public var broader: [String]
    /// Ids of concepts whose forms sit inside this one's forms with another meaning: inside an
    /// occurrence of this concept they are not said ("recall stage" hides the recall metric,
    /// "doesn't fit in memory" hides "fits in memory"). Other nested concepts are kept:
    /// "GBDT can't be fine-tuned" still names GBDT.
    public var hides: [String]

    public init(id: String, step: String? = nil, forms: [String], exact: [String] = [], note: String? = nil,
                broader: [String] = [], hides: [String] = []) {
      self.id = id
      self.step = step
      self.forms = forms
      self.exact = exact
      self.note = note
      self.broader = broader
      self.hides = hides
    }
  }

  public var concepts: [Concept]

  public init(concepts: [Concept]) { self.concepts = concepts }

  /// The lexicon compiled into the binary. A bundled file that fails to decode is left out
  /// (a test keeps every bundled file valid), so scoring never stops on it.
  public static let bundled: Lexicon = {
    var concepts: [Concept] = []
    for file in BundledScenarios.lexiconFiles {
      if let decoded = try? LexiconDecoder.decode(file.bytes, file: "<bundled>/lexicon/\(file.name)") {
        concepts += decoded
      }
    }
    return Lexicon(concepts: concepts)
  }()

  /// This lexicon with `extra` concepts: a concept whose id already exists gains the new forms
  /// (so a user file can teach the bundled concept a wording); other concepts are added.
  public func adding(_ extra: [Concept]) -> Lexicon {
    var result = self
    var index: [String: Int] = [:]
    for (position, concept) in result.concepts.enumerated() { index[concept.id] = position }
    for concept in extra {
      if let position = index[concept.id] {
        result.concepts[position].forms += concept.forms.filter { !result.concepts[position].forms.contains($0) }
        result.concepts[position].exact += concept.exact.filter { !result.concepts[position].exact.contains($0) }
        result.concepts[position].broader += concept.broader.filter { !result.concepts[position].broader.contains($0) }
        result.concepts[position].hides += concept.hides.filter { !result.concepts[position].hides.contains($0) }
      } else {
        index[concept.id] = result.concepts.count
        result.concepts.append(concept)
      }
    }
    return result
  }

  /// Problems that only show across concepts: a form claimed by two concepts, two concepts with
  /// the same id and, when `complete` (the whole lexicon, not one file of it), a concept with a
  /// single form or a link to no concept. `files` names the file of each concept, in order.
  public static func conflicts(_ concepts: [Concept], files: [String], complete: Bool = true) -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    var owner: [String: Int] = [:]
    var ids: [String: Int] = [:]
    let known = Set(concepts.map(\.id))
    for (index, concept) in concepts.enumerated() {
      for (field, links) in [("broader", concept.broader), ("hides", concept.hides)] where complete {
        for link in links where !known.contains(link) || link == concept.id {
          issues.append(ValidationIssue(file: index < files.count ? files[index] : "lexicon",
                                        location: "concepts: \(concept.id)",
                                        message: "\(field) \"\(link)\" is \(link == concept.id ? "the concept itself" : "not a concept")"))
        }
      }
      let file = index < files.count ? files[index] : "lexicon"
      if let earlier = ids[concept.id] {
        issues.append(ValidationIssue(file: file, location: "concepts: \(concept.id)",
                                      message: "id is also used in \(files[safe: earlier] ?? "lexicon")"))
      }
      ids[concept.id] = index
      if complete, concept.forms.count + concept.exact.count < 2 {
        issues.append(ValidationIssue(file: file, location: "concepts: \(concept.id)",
                                      message: "has one form; a concept groups at least two ways of saying one thing"))
      }
      for form in concept.forms + concept.exact {
        let key = matchKey(form, exact: concept.exact.contains(form))
        if let other = owner[key], concepts[other].id != concept.id {
          issues.append(ValidationIssue(
            file: file, location: "concepts: \(concept.id)",
            message: "the form \"\(form)\" also belongs to \"\(concepts[other].id)\"; a form may mean one thing"))
        } else {
          owner[key] = index
        }
      }
    }
    return issues
  }

  /// What two forms must share to be the same form: their matching words, joined.
  static func matchKey(_ form: String, exact: Bool) -> String {
    let words = exact ? WordTokenizer.words(form).map(\.text) : PhraseCompiler.rawWords(form).map(WordNormalizer.stem)
    return (exact ? "=" : "") + words.joined()
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
