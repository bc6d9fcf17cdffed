import Foundation
import MLCoachCore

/// `mlcoach-bench questions --write-asked [ID...]`: rewrites each scenario's `asked` lists
/// (see `Fact.asked`) and its `unanswered` list (see `Scenario.unanswered`) from its question
/// bank's tuning part, every list in bank order, and leaves the rest of the file as written.
/// Held-out questions never go in. Run it after a bank changes; `AskedBeforeTests` fails until
/// the lists match the banks again.
func writeAskedLists(ids: [String], banks folder: URL) {
  for id in ids {
    let path = repository.appendingPathComponent("Scenarios/\(id).json").path
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("\(id).json").path),
          let bank = try? QuestionBank.decode(data),
          let original = try? String(contentsOfFile: path, encoding: .utf8) else {
      print("\(id): cannot read the bank or Scenarios/\(id).json")
      continue
    }
    let text = askedListsRewritten(original, bank: bank, facts: loadScenario(id).facts.map(\.id))
    guard let rewritten = try? ScenarioDecoder.decode(Array(text.utf8), file: path) else {
      print("\(id): the rewritten file does not decode; left as it was")
      continue
    }
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      print("\(id): cannot write \(path): \(error.localizedDescription)")
      continue
    }
    print("\(id): \(rewritten.facts.reduce(0) { $0 + $1.asked.count }) asked questions, "
      + "\(rewritten.unanswered.count) unanswered")
  }
}

/// `text`, a scenario file whose facts sit at four spaces and their keys at six, with every
/// `asked` list removed and one written at the end of each fact that `bank`'s tuning part
/// labels, and the `unanswered` list written last in the file (none when no question is
/// labelled with no fact).
func askedListsRewritten(_ text: String, bank: QuestionBank, facts: [String]) -> String {
  var text = text
  let old = try! NSRegularExpression(pattern: #",\n      "asked": \[\n(?:        .*\n)*?      \]"#)
  text = old.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
  guard let factsStart = text.range(of: "\"facts\": [") else { return text }
  for id in facts {
    let asked = bank.asked(of: id)
    guard !asked.isEmpty, let factStart = text.range(of: "\"id\": \(jsonString(id))", range: factsStart.upperBound..<text.endIndex),
          let factEnd = text.range(of: "\n    }", range: factStart.upperBound..<text.endIndex) else { continue }
    let list = asked.map { "        " + jsonString($0) }.joined(separator: ",\n")
    text.insert(contentsOf: ",\n      \"asked\": [\n\(list)\n      ]", at: factEnd.lowerBound)
  }
  let oldUnanswered = try! NSRegularExpression(pattern: #",\n  "unanswered": \[\n(?:    .*\n)*?  \]"#)
  text = oldUnanswered.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
  let unanswered = bank.unanswered()
  guard !unanswered.isEmpty, let end = text.range(of: "\n}", options: .backwards) else { return text }
  let list = unanswered.map { "    " + jsonString($0) }.joined(separator: ",\n")
  text.insert(contentsOf: ",\n  \"unanswered\": [\n\(list)\n  ]", at: end.lowerBound)
  return text
}

/// `value` as a JSON string literal: quotes, backslashes and control characters escaped,
/// everything else as it is.
func jsonString(_ value: String) -> String {
  var out = "\""
  for scalar in value.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    case "\t": out += "\\t"
    case "\r": out += "\\r"
    case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
    default: out.unicodeScalars.append(scalar)
    }
  }
  return out + "\""
}
