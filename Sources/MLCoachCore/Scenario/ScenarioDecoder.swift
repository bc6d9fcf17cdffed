import Foundation

/// Turns a JSON document into a `Scenario`, collecting every problem with its JSON path
/// instead of stopping at the first, so one `validate` run shows the author all there is to fix.
public struct ScenarioDecoder {
  public let file: String
  private var issues: [ValidationIssue] = []

  public init(file: String) { self.file = file }

  /// Decodes and validates `bytes` (UTF-8, or UTF-16/UTF-32 with a byte-order mark).
  /// - Throws: `.invalid` listing every problem found, each with its JSON path, or the line
  ///   and column of a syntax error or of the first byte that is not text.
  public static func decode(_ bytes: [UInt8], file: String) throws(ScenarioLoadError) -> Scenario {
    guard bytes.count <= ScenarioLimits.fileBytes else {
      throw .unreadable(file: file, reason: FileReadError.tooLarge(bytes: bytes.count, limit: ScenarioLimits.fileBytes).description)
    }
    let text: [UInt8]
    do {
      text = try TextInput.decode(bytes).bytes
    } catch {
      throw .invalid([ValidationIssue(file: file, location: error.location, message: error.message)])
    }
    let document: JSONValue
    do {
      document = try JSONParser.parse(text)
    } catch {
      throw .invalid([ValidationIssue(
        file: file, location: "line \(error.line), column \(error.column)", message: "invalid JSON: \(error.message)")])
    }
    var decoder = ScenarioDecoder(file: file)
    let scenario = decoder.scenario(document)
    if let scenario, decoder.issues.isEmpty { return scenario }
    throw .invalid(decoder.issues)
  }

  // MARK: - Scenario

  private mutating func scenario(_ root: JSONValue) -> Scenario? {
    guard case .object = root else {
      report("", "the file must contain a JSON object, found \(root.kindName)")
      return nil
    }
    if let version = int(root, "formatVersion", "formatVersion"), version != Scenario.formatVersion {
      report("formatVersion", "is \(version); this mlcoach reads version \(Scenario.formatVersion)")
    }
    let id = identifier(root, "id", "id")
    if let id, let base = file.split(separator: "/").last, base.hasSuffix(".json"),
       !file.hasPrefix("<"), String(base.dropLast(5)) != id {
      report("id", "is \"\(id)\" but the file is named \(base); name it \(id).json")
    }
    let title = text(root, "title", "title", maxLength: ScenarioLimits.titleLength)
    let topics = stringList(root, "topics", "topics", minCount: 1, maxCount: ScenarioLimits.topics,
                            maxLength: ScenarioLimits.idLength, kebab: true)
    let difficulty: Difficulty? = enumValue(root, "difficulty", "difficulty")
    let summary = text(root, "summary", "summary", maxLength: ScenarioLimits.summaryLength)
    if let summary, summary.contains("\n") { report("summary", "must be one line") }
    let prompt = text(root, "prompt", "prompt", maxLength: ScenarioLimits.promptLength)
    let facts = facts(root)
    let steps = steps(root)
    let rubric = rubric(root, factIDs: facts.map { Set($0.map(\.id)) })
    let redFlags = redFlags(root)
    let reference = reference(root)
    let unanswered = root["unanswered"] == nil ? [] : stringList(root, "unanswered", "unanswered", minCount: 0,
                                                                  maxCount: ScenarioLimits.askedInAll,
                                                                  maxLength: ScenarioLimits.lineLength)
    checkKnownKeys(root, "", ["formatVersion", "id", "title", "topics", "difficulty", "summary", "prompt",
                              "facts", "steps", "rubric", "redFlags", "reference", "unanswered"])
    guard let id, let title, let topics, let difficulty, let summary, let prompt, let facts, let steps,
          let rubric, let redFlags, let reference, let unanswered else { return nil }
    for step in StepID.allCases where !rubric.contains(where: { $0.step == step }) {
      report("rubric", "has no item for the step \"\(step.rawValue)\"; every step needs at least one")
    }
    let phrases = rubric.reduce(0) { $0 + $1.evidence.count }
      + redFlags.reduce(0) { $0 + $1.evidence.count + $1.unlessMentioned.count + $1.committedByRefusing.count }
      + facts.reduce(0) { $0 + $1.about.count }
    if phrases > ScenarioLimits.phrases {
      report("", "has \(phrases) evidence, unlessMentioned and about phrases in all; at most "
        + "\(ScenarioLimits.phrases) are allowed (each costs time whenever an answer is scored)")
    }
    let asked = facts.reduce(0) { $0 + $1.asked.count } + unanswered.count
    if asked > ScenarioLimits.askedInAll {
      report("facts", "list \(asked) asked and unanswered questions in all; at most \(ScenarioLimits.askedInAll) are "
        + "allowed (each is read whenever an interview starts)")
    }
    let characters = rubric.reduce(0) { $0 + $1.evidence.reduce(0) { $0 + $1.count } }
      + redFlags.reduce(0) { $0 + ($1.evidence + $1.unlessMentioned + $1.committedByRefusing).reduce(0) { $0 + $1.count } }
      + facts.reduce(0) { $0 + $1.about.reduce(0) { $0 + $1.count } }
    if characters > ScenarioLimits.phraseCharactersInAll {
      report("", "has \(characters) characters in its evidence, unlessMentioned and about phrases; at most "
        + "\(ScenarioLimits.phraseCharactersInAll) are allowed (each costs time whenever an answer is scored)")
    }
    return Scenario(id: id, title: title, topics: topics, difficulty: difficulty, summary: summary,
                    prompt: prompt, facts: facts, steps: steps, rubric: rubric, redFlags: redFlags,
                    reference: reference, unanswered: unanswered)
  }

  private mutating func facts(_ root: JSONValue) -> [Fact]? {
    guard let list = array(root, "facts", "facts", minCount: 1, maxCount: ScenarioLimits.facts) else { return nil }
    var seen = Set<String>()
    let facts = list.enumerated().compactMap { index, value -> Fact? in
      let path = "facts[\(index)]"
      guard isObject(value, path) else { return nil }
      let id = identifier(value, "id", path + ".id")
      let about = stringList(value, "about", path + ".about", minCount: 1, maxCount: ScenarioLimits.phrasesPerFact,
                             maxLength: ScenarioLimits.phraseLength, phrases: true)
      let answer = text(value, "answer", path + ".answer", maxLength: ScenarioLimits.paragraphLength)
      let examples = value["examples"] == nil ? [] : stringList(value, "examples", path + ".examples", minCount: 0,
                                                                 maxCount: ScenarioLimits.phrasesPerFact,
                                                                 maxLength: ScenarioLimits.lineLength)
      let asked = value["asked"] == nil ? [] : stringList(value, "asked", path + ".asked", minCount: 0,
                                                           maxCount: ScenarioLimits.phrasesPerFact,
                                                           maxLength: ScenarioLimits.lineLength)
      checkKnownKeys(value, path, ["id", "about", "answer", "examples", "asked"])
      if let id, !seen.insert(id).inserted { report(path + ".id", "\"\(id)\" is used by another fact") }
      // A fact answers many questions, and the interviewer leads with its own "Yes."/"No." on a
      // figure put to it: "Yes. A user can draw a box …" confirmed "Do fewer than 10% of
      // searches use a crop?" against a quarter (a blind set, twenty-sixth session).
      if let answer, let opening = answer.split(whereSeparator: { !$0.isLetter }).first,
         ["yes", "no"].contains(opening.lowercased()),
         answer.dropFirst(opening.count).first.map({ [",", ".", ";", "!"].contains($0) }) ?? false {
        report(path + ".answer", "opens with \"\(opening)\"; state the fact itself, since it answers more than "
          + "one question and the interviewer says yes or no itself")
      }
      guard let id, let about, let answer, let examples, let asked else { return nil }
      return Fact(id: id, about: about, answer: answer, examples: examples, asked: asked)
    }
    return facts.count == list.count ? facts : nil
  }

  private mutating func steps(_ root: JSONValue) -> [Step]? {
    guard let list = array(root, "steps", "steps", minCount: 1, maxCount: StepID.allCases.count) else { return nil }
    let steps = list.enumerated().compactMap { index, value -> Step? in
      let path = "steps[\(index)]"
      guard isObject(value, path) else { return nil }
      let id: StepID? = enumValue(value, "id", path + ".id")
      var minutes = number(value, "minutes", path + ".minutes")
      if let given = minutes, !ScenarioLimits.stepMinutes.contains(given) {
        let range = ScenarioLimits.stepMinutes
        report(path + ".minutes", given > 0
          ? "must be from \(format(range.lowerBound)) to \(format(range.upperBound)) minutes (found \(format(given)))"
          : "must be greater than 0 (found \(format(given)))")
        minutes = nil
      }
      let prompts = stringList(value, "prompts", path + ".prompts", minCount: ScenarioLimits.stepPrompts.lowerBound,
                               maxCount: ScenarioLimits.stepPrompts.upperBound, maxLength: ScenarioLimits.lineLength)
      checkKnownKeys(value, path, ["id", "minutes", "prompts"])
      guard let id, let minutes, let prompts else { return nil }
      return Step(id: id, minutes: minutes, prompts: prompts)
    }
    guard steps.count == list.count else { return nil }
    let total = steps.reduce(0) { $0 + $1.minutes }
    if total > ScenarioLimits.totalMinutes {
      report("steps", "the steps add up to \(format(total)) minutes; at most \(format(ScenarioLimits.totalMinutes)) are allowed")
      return nil
    }
    let order = steps.map(\.id)
    if order != StepID.allCases {
      let expected = StepID.allCases.map(\.rawValue).joined(separator: ", ")
      let missing = StepID.allCases.filter { !order.contains($0) }.map(\.rawValue)
      let detail = missing.isEmpty ? "" : " (missing: \(missing.joined(separator: ", ")))"
      report("steps", "must list the 7 steps once each in this order: \(expected)\(detail)")
      return nil
    }
    return steps
  }

  /// `factIDs`: the scenario's fact ids, which `facts` links must name; nil when the facts did
  /// not decode (their own problems are reported already).
  private mutating func rubric(_ root: JSONValue, factIDs: Set<String>?) -> [RubricItem]? {
    guard let list = array(root, "rubric", "rubric", minCount: 1, maxCount: ScenarioLimits.rubricItems) else { return nil }
    var seen = Set<String>()
    let items = list.enumerated().compactMap { index, value -> RubricItem? in
      let path = "rubric[\(index)]"
      guard isObject(value, path) else { return nil }
      let id = identifier(value, "id", path + ".id")
      let step: StepID? = enumValue(value, "step", path + ".step")
      let category: Category? = enumValue(value, "category", path + ".category")
      let weight = int(value, "weight", path + ".weight")
      if let weight, !(1...3).contains(weight) { report(path + ".weight", "must be 1, 2 or 3 (found \(weight))") }
      let itemText = text(value, "text", path + ".text", maxLength: ScenarioLimits.lineLength)
      let evidence = stringList(value, "evidence", path + ".evidence", minCount: 1,
                                maxCount: ScenarioLimits.evidencePerItem, maxLength: ScenarioLimits.phraseLength,
                                phrases: true)
      let hint = text(value, "hint", path + ".hint", maxLength: ScenarioLimits.lineLength)
      let followUp = text(value, "followUp", path + ".followUp", maxLength: ScenarioLimits.lineLength)
      let reference = text(value, "reference", path + ".reference", maxLength: ScenarioLimits.paragraphLength)
      let generic = optionalBool(value, "generic", path + ".generic")
      let alternatives = value["alternatives"] == nil
        ? [] : stringList(value, "alternatives", path + ".alternatives", minCount: 0, maxCount: ScenarioLimits.links,
                          maxLength: ScenarioLimits.idLength, kebab: true)
      let requires = value["requires"] == nil
        ? [] : stringList(value, "requires", path + ".requires", minCount: 0, maxCount: ScenarioLimits.links,
                          maxLength: ScenarioLimits.idLength, kebab: true)
      let facts = value["facts"] == nil
        ? [] : stringList(value, "facts", path + ".facts", minCount: 0, maxCount: ScenarioLimits.links,
                          maxLength: ScenarioLimits.idLength, kebab: true)
      let watches = value["watches"] == nil
        ? [] : stringList(value, "watches", path + ".watches", minCount: 0, maxCount: ScenarioLimits.links,
                          maxLength: ScenarioLimits.idLength, kebab: true)
      checkKnownKeys(value, path, ["id", "step", "category", "weight", "text", "evidence", "hint", "followUp",
                                   "reference", "generic", "alternatives", "requires", "facts", "watches"])
      if let id, !seen.insert(id).inserted { report(path + ".id", "\"\(id)\" is used by another rubric item") }
      guard let id, let step, let category, let weight, (1...3).contains(weight), let itemText, let evidence,
            let hint, let followUp, let reference, let generic, let alternatives, let requires, let facts,
            let watches
      else { return nil }
      return RubricItem(id: id, step: step, category: category, weight: weight, text: itemText, evidence: evidence,
                        hint: hint, followUp: followUp, reference: reference, generic: generic,
                        alternatives: alternatives, requires: requires, watches: watches, facts: facts)
    }
    guard items.count == list.count else { return nil }
    // Links between items must name other items of this rubric.
    let ids = Set(items.map(\.id))
    var linksValid = true
    for (index, item) in items.enumerated() {
      for (key, links) in [("alternatives", item.alternatives), ("requires", item.requires),
                           ("watches", item.watches)] {
        for (linkIndex, link) in links.enumerated() where link == item.id || !ids.contains(link) {
          let guess = EditDistance.closest(to: link, in: Array(ids)).map { " (did you mean \"\($0)\"?)" } ?? ""
          report("rubric[\(index)].\(key)[\(linkIndex)]", link == item.id
            ? "\"\(link)\" is the item itself" : "\"\(link)\" is not a rubric item id\(guess)")
          linksValid = false
        }
      }
      // `facts` must name facts of this scenario (unchecked when the facts did not decode).
      for (linkIndex, fact) in item.facts.enumerated() where factIDs.map({ !$0.contains(fact) }) ?? false {
        let guess = EditDistance.closest(to: fact, in: Array(factIDs ?? [])).map { " (did you mean \"\($0)\"?)" } ?? ""
        report("rubric[\(index)].facts[\(linkIndex)]", "\"\(fact)\" is not a fact id\(guess)")
        linksValid = false
      }
    }
    return linksValid ? items : nil
  }

  private mutating func redFlags(_ root: JSONValue) -> [RedFlag]? {
    guard let list = array(root, "redFlags", "redFlags", minCount: 0, maxCount: ScenarioLimits.redFlags) else { return nil }
    var seen = Set<String>()
    let flags = list.enumerated().compactMap { index, value -> RedFlag? in
      let path = "redFlags[\(index)]"
      guard isObject(value, path) else { return nil }
      let id = identifier(value, "id", path + ".id")
      let flagText = text(value, "text", path + ".text", maxLength: ScenarioLimits.lineLength)
      let evidence = stringList(value, "evidence", path + ".evidence", minCount: 1,
                                maxCount: ScenarioLimits.phrasesPerFlag, maxLength: ScenarioLimits.phraseLength,
                                phrases: true)
      let unless = value["unlessMentioned"] == nil
        ? [] : stringList(value, "unlessMentioned", path + ".unlessMentioned", minCount: 0,
                          maxCount: ScenarioLimits.phrasesPerFlag, maxLength: ScenarioLimits.phraseLength,
                          phrases: true)
      let refusing = value["committedByRefusing"] == nil
        ? [] : stringList(value, "committedByRefusing", path + ".committedByRefusing", minCount: 0,
                          maxCount: ScenarioLimits.phrasesPerFlag, maxLength: ScenarioLimits.phraseLength,
                          phrases: true)
      let why = text(value, "why", path + ".why", maxLength: ScenarioLimits.paragraphLength)
      var severity: Int? = 2
      if value["severity"] != nil {
        severity = int(value, "severity", path + ".severity")
        if let given = severity, !(1...3).contains(given) {
          report(path + ".severity", "must be 1, 2 or 3 (found \(given))")
          severity = nil
        }
      }
      checkKnownKeys(value, path, ["id", "text", "evidence", "unlessMentioned", "committedByRefusing", "why", "severity"])
      if let id, !seen.insert(id).inserted { report(path + ".id", "\"\(id)\" is used by another red flag") }
      guard let id, let flagText, let evidence, let unless, let refusing, let why, let severity else { return nil }
      return RedFlag(id: id, text: flagText, evidence: evidence, unlessMentioned: unless, why: why, severity: severity,
                     committedByRefusing: refusing)
    }
    return flags.count == list.count ? flags : nil
  }

  private mutating func reference(_ root: JSONValue) -> [StepID: [String]]? {
    guard let value = root["reference"] else {
      report("reference", "is missing (an object with an outline for each step)")
      return nil
    }
    guard case .object(let members) = value else {
      report("reference", "must be an object of step id → list of strings, found \(value.kindName)")
      return nil
    }
    var outline: [StepID: [String]] = [:]
    for member in members {
      guard let step = StepID(rawValue: member.key) else {
        report("reference.\(UserText.excerpt(member.key, limit: 60))",
               "is not a step; use one of \(StepID.allCases.map(\.rawValue).joined(separator: ", "))")
        continue
      }
      if let bullets = stringList(value, member.key, "reference.\(member.key)", minCount: 1,
                                  maxCount: ScenarioLimits.referenceBullets, maxLength: ScenarioLimits.paragraphLength) {
        outline[step] = bullets
      }
    }
    for step in StepID.allCases where outline[step] == nil && !members.contains(where: { $0.key == step.rawValue }) {
      report("reference.\(step.rawValue)", "is missing; give an outline for every step")
    }
    return outline.count == StepID.allCases.count ? outline : nil
  }

  // MARK: - Field readers

  private mutating func report(_ path: String, _ message: String) {
    issues.append(ValidationIssue(file: file, location: path, message: message))
  }

  private mutating func isObject(_ value: JSONValue, _ path: String) -> Bool {
    if case .object = value { return true }
    report(path, "must be an object, found \(value.kindName)")
    return false
  }

  private mutating func field(_ object: JSONValue, _ key: String, _ path: String) -> JSONValue? {
    guard let value = object[key] else {
      report(path, "is missing")
      return nil
    }
    return value
  }

  private mutating func text(_ object: JSONValue, _ key: String, _ path: String, maxLength: Int) -> String? {
    guard let value = field(object, key, path) else { return nil }
    guard case .string(let string) = value else {
      report(path, "must be a string, found \(value.kindName)")
      return nil
    }
    return checked(string, path, maxLength: maxLength)
  }

  /// The checks every string passes: not too long (measured before anything else looks at
  /// it, so a 50 MB title costs one count), not blank, no control character (a title of
  /// "\u{1B}[2J" would clear the terminal of everyone who lists it).
  private mutating func checked(_ string: String, _ path: String, maxLength: Int) -> String? {
    let length = string.unicodeScalars.count
    if length > maxLength {
      report(path, "is \(length) characters long; at most \(maxLength) are allowed")
      return nil
    }
    if string.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      report(path, "is empty")
      return nil
    }
    if let control = string.unicodeScalars.first(where: UserText.isControl) {
      report(path, "contains the control character U+\(String(format: "%04X", control.value)); remove it")
      return nil
    }
    return string
  }

  /// Evidence, `unlessMentioned` and `about` phrases must be able to match: a phrase of only
  /// filler words or punctuation ("the of a", "!!!") never does, and one giant word only costs.
  private mutating func checkedPhrase(_ phrase: String, _ path: String) -> String? {
    let words = WordTokenizer.words(phrase)
    if words.count > ScenarioLimits.phraseWords {
      report(path, "\(UserText.quoted(phrase, limit: 60)) has \(words.count) words; a phrase has at most "
        + "\(ScenarioLimits.phraseWords) (its most distinctive words)")
      return nil
    }
    if let long = words.first(where: { $0.text.unicodeScalars.count > ScenarioLimits.wordLength }) {
      report(path, "has a word of \(long.text.unicodeScalars.count) characters; words have at most "
        + "\(ScenarioLimits.wordLength)")
      return nil
    }
    if PhraseCompiler.rawWords(phrase).isEmpty {
      report(path, "\(UserText.quoted(phrase, limit: 60)) has no word that can match: only filler words "
        + "(the, of, a, ...) or punctuation")
      return nil
    }
    return phrase
  }

  private mutating func identifier(_ object: JSONValue, _ key: String, _ path: String) -> String? {
    guard let id = text(object, key, path, maxLength: ScenarioLimits.idLength) else { return nil }
    guard Self.isKebabCase(id) else {
      report(path, "\(UserText.quoted(id)) must be kebab-case: lowercase letters and digits joined by '-'")
      return nil
    }
    return id
  }

  static func isKebabCase(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return !parts.isEmpty && parts.allSatisfy { part in
      !part.isEmpty && part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }
  }

  private mutating func number(_ object: JSONValue, _ key: String, _ path: String) -> Double? {
    guard let value = field(object, key, path) else { return nil }
    guard case .number(let number) = value else {
      report(path, "must be a number, found \(value.kindName)")
      return nil
    }
    return number
  }

  private mutating func int(_ object: JSONValue, _ key: String, _ path: String) -> Int? {
    guard let number = number(object, key, path) else { return nil }
    guard number.rounded() == number, abs(number) < 1e9 else {
      report(path, "must be a whole number (found \(format(number)))")
      return nil
    }
    return Int(number)
  }

  private mutating func optionalBool(_ object: JSONValue, _ key: String, _ path: String) -> Bool? {
    guard let value = object[key] else { return false }
    guard case .bool(let flag) = value else {
      report(path, "must be true or false, found \(value.kindName)")
      return nil
    }
    return flag
  }

  private mutating func enumValue<T: RawRepresentable & CaseIterable>(
    _ object: JSONValue, _ key: String, _ path: String
  ) -> T? where T.RawValue == String {
    guard let raw = text(object, key, path, maxLength: ScenarioLimits.idLength) else { return nil }
    guard let value = T(rawValue: raw) else {
      let known = T.allCases.map(\.rawValue).joined(separator: ", ")
      report(path, "\(UserText.quoted(raw)) is not one of: \(known)")
      return nil
    }
    return value
  }

  private mutating func array(_ object: JSONValue, _ key: String, _ path: String, minCount: Int,
                               maxCount: Int) -> [JSONValue]? {
    guard let value = field(object, key, path) else { return nil }
    guard case .array(let elements) = value else {
      report(path, "must be an array, found \(value.kindName)")
      return nil
    }
    if elements.count < minCount {
      report(path, elements.isEmpty ? "is empty; it needs at least \(minCount)"
        : "has \(elements.count); it needs at least \(minCount)")
      return nil
    }
    if elements.count > maxCount {
      report(path, "has \(elements.count) entries; at most \(maxCount) are allowed")
      return nil
    }
    return elements
  }

  private mutating func stringList(
    _ object: JSONValue, _ key: String, _ path: String, minCount: Int, maxCount: Int, maxLength: Int,
    kebab: Bool = false, phrases: Bool = false
  ) -> [String]? {
    guard let elements = array(object, key, path, minCount: minCount, maxCount: maxCount) else { return nil }
    var strings: [String] = []
    for (index, element) in elements.enumerated() {
      let elementPath = "\(path)[\(index)]"
      guard case .string(let raw) = element else {
        report(elementPath, "must be a string, found \(element.kindName)")
        continue
      }
      guard let string = checked(raw, elementPath, maxLength: maxLength) else { continue }
      if kebab, !Self.isKebabCase(string) {
        report(elementPath, "\(UserText.quoted(string)) must be kebab-case: lowercase letters and digits joined by '-'")
        continue
      }
      if phrases, checkedPhrase(string, elementPath) == nil { continue }
      strings.append(string)
    }
    return strings.count == elements.count ? strings : nil
  }

  /// Unknown keys are usually typos ("evidance"); naming them saves a silent miss.
  private mutating func checkKnownKeys(_ object: JSONValue, _ path: String, _ known: [String]) {
    guard case .object(let members) = object else { return }
    for member in members where !known.contains(member.key) {
      let key = UserText.excerpt(member.key, limit: 60)
      let location = path.isEmpty ? key : "\(path).\(key)"
      let guess = EditDistance.closest(to: member.key, in: known).map { " (did you mean \"\($0)\"?)" } ?? ""
      report(location, "is not a known field\(guess)")
    }
  }

  /// The number as the file wrote it, near enough: `5`, `0.01`, `1e+19`.
  private func format(_ number: Double) -> String {
    number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
  }
}
