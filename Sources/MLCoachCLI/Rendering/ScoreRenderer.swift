import Foundation
import MLCoachCore

/// Renders a score report for the terminal. It only formats: every number comes from the report.
struct ScoreRenderer {
  let scenario: Scenario
  let style: Style
  let width: Int

  func render(_ report: ScoreReport) -> String {
    var out = ""
    out += style.bold("\(scenario.title)") + style.dim("  (\(scenario.id), \(report.wordCount) words)") + "\n"
    out += overallLines(report).joined(separator: "\n") + "\n"
    if let note = report.overallNote { out += wrap(style.dim(note), "  ", "  ") }
    out += style.dim("  bands: " + Band.allCases.dropLast().map { "\($0.rawValue) ≥ \(Int($0.threshold))" }
      .joined(separator: ", ") + ", else no hire") + "\n\n"

    out += style.bold("Categories") + "\n"
    for category in Category.allCases where report.items.contains(where: { $0.category == category }) {
      let score = report.score(category)
      out += "  " + DisplayWidth.pad(HumanName.category(category), to: 13) + bar(score) + " "
        + colored(Format.score(score), score) + "\n"
    }

    for step in StepID.allCases {
      let verdicts = report.items.filter { $0.step == step }
      guard !verdicts.isEmpty else { continue }
      out += "\n" + style.bold("Step \(step.number) · \(step.title)") + "\n"
      for verdict in verdicts.sorted(by: order) {
        guard let item = scenario.item(verdict.id) else { continue }
        out += line(for: verdict, item: item)
      }
    }

    if !report.redFlags.isEmpty {
      out += "\n" + style.bold(style.red("Red flags")) + "\n"
      for flag in report.redFlags {
        out += wrap(style.red("✗ ") + flag.text + style.dim(" (\(flag.costText))"), "  ", "    ")
        out += wrap("“\(flag.evidence)”", "    ", "     ")
        out += wrap(style.dim("why: ") + flag.why, "    ", "    ")
      }
    }

    out += "\n" + style.bold("Why this score") + "\n"
    for reason in explanation(report) { out += wrap("• " + reason, "  ", "    ") }

    if !report.advice.isEmpty {
      out += "\n" + style.bold("Work on next") + "\n"
      for (index, advice) in report.advice.enumerated() { out += wrap("\(index + 1). \(advice)", "  ", "     ") }
    }
    return out
  }

  /// Credited items first, then partial, contradicted and missed, heaviest first within each;
  /// items not expected (an alternative was chosen) last.
  private func order(_ a: ItemVerdict, _ b: ItemVerdict) -> Bool {
    if a.counts != b.counts { return a.counts }
    let rank: [ItemStatus: Int] = [.hit: 0, .partial: 1, .contradicted: 2, .missed: 3]
    if rank[a.status] != rank[b.status] { return rank[a.status, default: 0] < rank[b.status, default: 0] }
    return a.weight > b.weight
  }

  private func line(for verdict: ItemVerdict, item: RubricItem) -> String {
    let weight = style.dim(" (weight \(verdict.weight)\(verdict.hintUsed ? ", hint used" : ""))")
    switch verdict.status {
    case .hit:
      // A hit quoted from a sentence other than the one with its reason says where the reason is.
      return wrap(style.green("✓ ") + item.text + weight, "  ", "    ")
        + wrap(style.dim("“\(verdict.evidence ?? "")”"), "    ", "     ")
        + (verdict.note.map { wrap(style.dim($0), "    ", "     ") } ?? "")
    case .partial:
      return wrap(style.yellow("~ ") + item.text + weight + style.yellow(" — \(verdict.note ?? "partial")"), "  ", "    ")
        + wrap(style.dim("“\(verdict.evidence ?? "")”"), "    ", "     ")
    case .contradicted:
      return wrap(style.red("! ") + item.text + weight + style.red(" — you dismissed this"), "  ", "    ")
        + wrap(style.dim("“\(verdict.evidence ?? "")”"), "    ", "     ")
        + wrap(style.dim("why it matters: ") + item.reference, "    ", "    ")
    case .missed where !verdict.counts:
      // Its weight left the total: no hint, since the candidate chose another way on purpose.
      return wrap(style.dim("– ") + item.text + weight + style.dim(" — not expected: you chose an alternative"), "  ", "    ")
    case .missed:
      return wrap(style.dim("✗ ") + item.text + weight, "  ", "    ")
        + wrap(style.dim("hint: ") + item.hint, "    ", "    ")
    }
  }

  private func explanation(_ report: ScoreReport) -> [String] {
    var reasons: [String] = []
    let counted = report.items.filter(\.counts)
    let count = { (status: ItemStatus) in counted.filter { $0.status == status }.count }
    reasons.append("\(count(.hit)) of \(counted.count) rubric points made with a reason (full credit), "
      + "\(count(.partial)) only named (\(Int(Scorer.partialCredit * 100))% credit, "
      + "\(Int(Scorer.listedCredit * 100))% in a list or heading), "
      + "\(count(.contradicted)) dismissed and \(count(.missed)) missed (no credit).")
    if let coverage = report.coverage {
      reasons.append("They cover \(Format.score(coverage))% of the rubric's weight, which an interviewer grades "
        + "\(Format.score(report.overall + (report.penalty ?? 0)))/100 (see docs/scoring.md, calibration).")
    }
    let excluded = report.items.count - counted.count
    if excluded > 0 {
      reasons.append("\(excluded) point\(excluded == 1 ? " is" : "s are") not expected because you chose an alternative.")
    }
    let listed = report.items.filter { $0.rule == .listed || $0.rule == .heading }
    if listed.count >= 3 {
      reasons.append("\(listed.count) points appear only in keyword lists or headings. Interviewers reward the why: "
        + "a list of terms shows you know the words, not that you can choose between them.")
    }
    if report.bareListCapped == true {
      reasons.append("Most of the credit comes from points named without a reason, so the score is capped at "
        + "\(Format.score(Scorer.bareListCeiling)).")
    }
    if let offTopic = report.offTopic {
      reasons.append("This reads like an answer to \(offTopic.betterScenario) (it mentions "
        + "\(Int((offTopic.betterFit * 100).rounded()))% of that scenario's specific points and "
        + "\(Int((offTopic.fit * 100).rounded()))% of this one's), so the score is scaled by \(Format.score(offTopic.factor)).")
    }
    if report.genericFactor < 1 {
      reasons.append("The answer covers little that is specific to this scenario, so generic points (A/B tests, "
        + "monitoring latency, ...) count at \(Int((report.genericFactor * 100).rounded()))%.")
    }
    let hints = report.items.filter(\.hintUsed).count
    if hints > 0 { reasons.append("\(hints) point\(hints == 1 ? "" : "s") earned half credit because you used the hint.") }
    if let penalty = report.penalty, penalty > 0 {
      let share = Int((Scorer.penaltySharePerSeverity * 100).rounded())
      reasons.append("\(report.redFlags.count) red flag\(report.redFlags.count == 1 ? "" : "s") cost \(Format.score(penalty)) points"
        + " (each takes \(share)% of the grade per severity level).")
    }
    if report.wordCount < 60 {
      reasons.append("The answer has only \(report.wordCount) words: too little to judge a design.")
    }
    return reasons
  }

  /// A bar of `cells` cells filled in proportion to `score` (0–100).
  func bar(_ score: Double, cells: Int = 20) -> String {
    let filled = min(cells, max(0, Int(saturating: (score / 100 * Double(cells)).rounded())))
    return colored(String(repeating: "█", count: filled), score) + style.dim(String(repeating: "░", count: cells - filled))
  }

  /// "Overall: 27.9/100 · lean no hire", or the band on a line of its own where the window is
  /// too narrow for both (33 columns in a 30-column window).
  func overallLines(_ report: ScoreReport) -> [String] {
    let score = "\(Format.score(report.overall))/100"
    let band = report.band.rawValue
    if DisplayWidth.of("Overall: \(score) · \(band)") <= width {
      return ["Overall: " + colored("\(score) · \(band)", report.overall)]
    }
    return ["Overall: " + colored(score, report.overall), "  " + colored(band, report.overall)]
  }

  func colored(_ text: String, _ score: Double) -> String {
    score >= Band.hire.threshold ? style.green(text) : score >= Band.leanNoHire.threshold ? style.yellow(text) : style.red(text)
  }

  private func wrap(_ text: String, _ indent: String, _ hanging: String) -> String {
    TextLayout.wrap(text, width: width, indent: indent, hangingIndent: hanging) + "\n"
  }
}
