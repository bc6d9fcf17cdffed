import Foundation

/// Turns a lexicon file (docs/lexicon-format.md) into concepts, collecting every problem with
/// its JSON path, as `ScenarioDecoder` does for scenarios.
public struct LexiconDecoder {
  /// Longest form, in characters and in words: forms are names and short paraphrases.
  public static let maximumFormCharacters = 80
  public static let maximumFormWords = 10

  /// Ordinary English words that must never be a form on their own: each would credit an
  /// answer for saying something unrelated ("map" is not mAP, "scan" is not ScaNN).
  static let commonWords: Set<String> = [
    "scale", "fast", "model", "data", "map", "scan", "clip", "rate", "system", "user", "users", "time", "good",
    "better", "best", "test", "train", "training", "serve", "serving", "feature", "features", "label", "labels",
    "metric", "metrics", "score", "rank", "ranking", "loss", "cost", "value", "quality", "result", "results",
    "table", "store", "index", "search", "item", "items", "page", "click", "clicks", "view", "views", "service",
    "request", "query", "log", "logs", "run", "check", "update", "version", "signal", "signals", "split",
    "sample", "batch", "online", "offline", "simple", "complex", "new", "old", "big", "small", "high", "low",
  ]

  public let file: String
  private var issues: [ValidationIssue] = []

  public init(file: String) { self.file = file }

  /// Whether `bytes` look like a lexicon file rather than a scenario: a top-level `concepts`.
  public static func isLexicon(_ bytes: [UInt8]) -> Bool {
    guard let document = try? JSONParser.parse(bytes) else { return false }
    return document["concepts"] != nil && document["rubric"] == nil
  }

  /// Decodes and validates `bytes`; throws `.invalid` listing every problem found.
  public static func decode(_ bytes: [UInt8], file: String) throws(ScenarioLoadError) -> [Lexicon.Concept] {
    guard String(validating: bytes, as: UTF8.self) != nil else {
      throw .unreadable(file: file, reason: "not UTF-8 text (is it a binary file?)")
    }
    let document: JSONValue
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      throw .invalid([ValidationIssue(
        file: file, location: "line \(error.line), column \(error.column)", message: "invalid JSON: \(error.message)")])
    }
    var decoder = LexiconDecoder(file: file)
    let concepts = decoder.concepts(document)
    guard decoder.issues.isEmpty else { throw .invalid(decoder.issues) }
    // A file may add one form to a bundled concept or link to one, so the checks that need the
    // whole lexicon (two forms per concept, links) run on the merged set, not here.
    let conflicts = Lexicon.conflicts(concepts, files: Array(repeating: file, count: concepts.count), complete: false)
    guard conflicts.isEmpty else { throw .invalid(conflicts) }
    return concepts
  }

  private mutating func concepts(_ root: JSONValue) -> [Lexicon.Concept] {
    guard case .object(let members) = root else {
      report("", "the file must contain a JSON object, found \(root.kindName)")
      return []
    }
    for member in members where !["formatVersion", "concepts"].contains(member.key) {
      report(member.key, "is not a known field\(suggestion(member.key, ["formatVersion", "concepts"]))")
    }
    if let version = root["formatVersion"] {
      if version != .number(1) { report("formatVersion", "must be 1") }
    } else {
      report("formatVersion", "is missing")
    }
    guard let list = root["concepts"] else {
      report("concepts", "is missing")
      return []
    }
    guard case .array(let values) = list, !values.isEmpty else {
      report("concepts", "must be a non-empty array of concepts")
      return []
    }
    var seen = Set<String>()
    var result: [Lexicon.Concept] = []
    for (index, value) in values.enumerated() {
      let path = "concepts[\(index)]"
      guard case .object(let fields) = value else {
        report(path, "must be an object, found \(value.kindName)")
        continue
      }
      let known = ["id", "step", "forms", "exact", "note", "broader", "hides"]
      for field in fields where !known.contains(field.key) {
        report("\(path).\(field.key)", "is not a known field\(suggestion(field.key, known))")
      }
      let id = string(value["id"], "\(path).id")
      if let id, !ScenarioDecoder.isKebabCase(id) {
        report("\(path).id", "\"\(id)\" must be kebab-case: lowercase letters and digits joined by '-'")
      }
      if let id, !seen.insert(id).inserted { report("\(path).id", "\"\(id)\" is used by another concept") }
      var step: String?
      if value["step"] != nil {
        step = string(value["step"], "\(path).step")
        if let given = step, StepID(rawValue: given) == nil, given != "general" {
          report("\(path).step", "\"\(given)\" is not a step id or \"general\"")
        }
      }
      let forms = value["forms"] == nil ? [] : strings(value["forms"], "\(path).forms", exact: false)
      let exact = value["exact"] == nil ? [] : strings(value["exact"], "\(path).exact", exact: true)
      if forms.count + exact.count < 1 { report(path, "needs at least one form in \"forms\" or \"exact\"") }
      let note = value["note"] == nil ? nil : string(value["note"], "\(path).note")
      let broader = idList(value["broader"], "\(path).broader")
      let hides = idList(value["hides"], "\(path).hides")
      if let id {
        result.append(Lexicon.Concept(id: id, step: step, forms: forms, exact: exact, note: note, broader: broader,
                                      hides: hides))
      }
    }
    return result
  }

  /// An optional array of concept ids (checked against the whole lexicon by `Lexicon.conflicts`).
  private mutating func idList(_ value: JSONValue?, _ path: String) -> [String] {
    guard let value else { return [] }
    guard case .array(let links) = value else {
      report(path, "must be an array of concept ids")
      return []
    }
    return links.enumerated().compactMap { index, link in string(link, "\(path)[\(index)]") }
  }

  private mutating func string(_ value: JSONValue?, _ path: String) -> String? {
    guard let value else {
      report(path, "is missing")
      return nil
    }
    guard case .string(let text) = value, !text.trimmingSpaces.isEmpty else {
      report(path, "must be a non-empty string, found \(value.kindName)")
      return nil
    }
    return text
  }

  private mutating func strings(_ value: JSONValue?, _ path: String, exact: Bool) -> [String] {
    guard case .array(let elements)? = value else {
      report(path, "must be an array of strings")
      return []
    }
    var result: [String] = []
    for (index, element) in elements.enumerated() {
      let elementPath = "\(path)[\(index)]"
      guard let form = string(element, elementPath) else { continue }
      guard form.count <= Self.maximumFormCharacters else {
        report(elementPath, "is \(form.count) characters long; forms are at most \(Self.maximumFormCharacters)")
        continue
      }
      let words = exact ? WordTokenizer.words(form).map(\.text) : PhraseCompiler.rawWords(form)
      if words.isEmpty {
        report(elementPath, "\"\(form)\" has no word that can match (only small words or punctuation)")
        continue
      }
      if words.count > Self.maximumFormWords {
        report(elementPath, "has \(words.count) words; forms are at most \(Self.maximumFormWords)")
        continue
      }
      if exact, !form.contains(where: \.isUppercase) {
        report(elementPath, "\"\(form)\" has no capital letter; an exact form is matched by its capitals, so list it in \"forms\"")
        continue
      }
      if !exact, words.count == 1, Self.commonWords.contains(words[0]) {
        report(elementPath, "\"\(form)\" is an ordinary word that would match unrelated text; use a longer form")
        continue
      }
      result.append(form)
    }
    return result
  }

  private mutating func report(_ path: String, _ message: String) {
    issues.append(ValidationIssue(file: file, location: path, message: message))
  }

  private func suggestion(_ key: String, _ known: [String]) -> String {
    EditDistance.closest(to: key, in: known).map { " (did you mean \"\($0)\"?)" } ?? ""
  }
}
