import Foundation
import MLCoachCore

/// `mlcoach-bench step-probes [--list]`: the follow-up asked after each step answer of trial 34
/// (`Fixtures/step-probes.json`), against trial 36's labels of every follow-up question of the
/// step (A: the answer already answers it, P: touches it, N: does not address it), per split.
/// A probe on an A item asked plainly reads as not having listened; one asked "as something
/// said" (either lead of `Interviewer.followsAnswer`) at least owns it. `--list` prints the tuning probes.
///
/// `mlcoach-bench step-probes FILE [--all]`: the probe after each line of FILE (tab-separated:
/// scenario id, step, answer); `--all` prints every item of the step instead, with its status,
/// follow-up question and `ProbeEcho` strength, for a labeller.
/// `MLCOACH_TOUCH_WEIGHT=W` tries another `ProbeEcho.touchWeight`.
func stepProbesRun(arguments: [String]) {
  let touch = Double(ProcessInfo.processInfo.environment["MLCOACH_TOUCH_WEIGHT"] ?? "") ?? ProbeEcho.touchWeight
  var interviewers: [String: Interviewer] = [:]
  func interviewer(_ id: String) -> Interviewer {
    if let known = interviewers[id] { return known }
    let made = Interviewer(scenario: loadScenario(id))
    interviewers[id] = made
    return made
  }
  guard let path = arguments.first(where: { !$0.hasPrefix("--") }) else {
    return labelledStepProbes(list: arguments.contains("--list"), touch: touch, interviewer: interviewer)
  }
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    return print("usage: mlcoach-bench step-probes [FILE [--all]] [--list]")
  }
  for (number, line) in text.split(separator: "\n").enumerated() {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard fields.count == 3, let step = StepID(rawValue: fields[1]) else { continue }
    let coach = interviewer(fields[0])
    let answer = Answer(sections: [.init(step: step, text: fields[2])])
    let report = coach.scorer.score(answer)
    if arguments.contains("--all") {
      let echo = ProbeEcho(items: coach.scenario.items(in: step), ignoring: FollowUpAnswerRule.commonTerms(of: coach.scenario))
      for item in coach.scenario.items(in: step) {
        let status = report.verdict(item.id)?.status.rawValue ?? "missed"
        print([String(number + 1), fields[0], fields[1], item.id, status, item.followUp,
               String(format: "%.2f", echo.strength(of: item.id, in: fields[2]))].joined(separator: "\t"))
      }
      continue
    }
    let asked = coach.followUp(after: step, answer: answer, touchWeight: touch)
    let status = asked.flatMap { report.verdict($0.item.id)?.status.rawValue } ?? "missed"
    print([String(number + 1), fields[0], fields[1], asked?.item.id ?? "-", asked == nil ? "-" : status,
           asked?.question ?? "-"].joined(separator: "\t"))
  }
}

private func labelledStepProbes(list: Bool, touch: Double, interviewer: (String) -> Interviewer) {
  struct Labelled: Decodable {
    var scenario, step, answer, split: String
    var labels: [String: String]
  }
  struct File: Decodable { var answers: [Labelled] }
  let path = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/step-probes.json").path
  guard let data = FileManager.default.contents(atPath: path), let file = try? JSONDecoder().decode(File.self, from: data)
  else { return print("step-probes: cannot read \(path)") }
  for split in ["tuning", "heldout"] {
    var counts: [String: Int] = [:]
    var total = 0
    for labelled in file.answers where labelled.split == split {
      guard let step = StepID(rawValue: labelled.step) else { continue }
      total += 1
      let asked = interviewer(labelled.scenario).followUp(after: step, answer: Answer(sections: [.init(step: step, text: labelled.answer)]),
                                                     touchWeight: touch)
      guard let asked else {
        counts["none", default: 0] += 1
        continue
      }
      let label = labelled.labels[asked.item.id] ?? "?"
      let said = Interviewer.followsAnswer(asked.question)
      counts[label + (said ? " as said" : " plainly"), default: 0] += 1
      if list, split == "tuning" {
        print("  \(label)\(said ? " as said" : "")  \(labelled.scenario) \(labelled.step) \(asked.item.id): \(asked.question)")
      }
    }
    func count(_ key: String) -> Int { counts[key] ?? 0 }
    print("\(split.padding(toLength: 8, withPad: " ", startingAt: 0)) \(total) probes: already answered \(count("A plainly")) "
      + "plainly, \(count("A as said")) as said; touched \(count("P plainly")) plainly, \(count("P as said")) as said; "
      + "not addressed \(count("N plainly")) plainly, \(count("N as said")) as said; no probe \(count("none"))")
  }
}
