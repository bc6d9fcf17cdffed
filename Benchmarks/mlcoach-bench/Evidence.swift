import Foundation
import MLCoachCore

/// `mlcoach-bench evidence [--rows tuning|held-out]`: today's verdicts on the 39 audited answers
/// (Tests/MLCoachCoreTests/Fixtures/audit) against the readers' labels, per split: how often the
/// quoted sentence was judged not to make the point, items credited whose point was not made,
/// and items missed whose point was made. `--rows SPLIT` lists the offending labels of SPLIT.
func evidenceRun(arguments: [String]) {
  let fixtures = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures")
  let labels: [EvidenceAudit.Label]
  do {
    labels = try EvidenceAudit.labels(Data(contentsOf: fixtures.appendingPathComponent("audit/labels.jsonl")))
  } catch {
    print("evidence: \(error)")
    return
  }
  let reports = EvidenceAudit.reports(Set(labels.map(\.answer)), fixtures: fixtures) { loadScenario($0) }
  for split in ["tuning", "held-out"] {
    let tally = EvidenceAudit.tally(labels, reports: reports, split: split)
    print(String(format: "%@: credited %d, quotes judged %d: wrong %d (%.1f%%), in part %d; credited though not made %d (%.1f%%); not credited %d, though made %d (%.1f%%)",
                 split as NSString, tally.credited, tally.judgedQuotes, tally.wrongQuotes, tally.wrongQuoteShare * 100,
                 tally.partlyQuotes, tally.creditedNotMade, tally.creditedNotMadeShare * 100, tally.notCredited,
                 tally.missedButMade, tally.missedButMadeShare * 100))
  }
  if let index = arguments.firstIndex(of: "--better"), index + 1 < arguments.count {
    betterSentences(labels.filter { $0.split == arguments[index + 1] }, fixtures: fixtures)
  }
  guard let index = arguments.firstIndex(of: "--rows"), index + 1 < arguments.count else { return }
  for label in labels where label.split == arguments[index + 1] {
    guard let verdict = reports[label.answer]?.verdict(label.item) else { continue }
    let credited = verdict.status == .hit || verdict.status == .partial
    let quoteWrong = credited && label.listed == .credited && label.label == .no
      && EvidenceAudit.normalisedEquals(label.quote ?? "", verdict.evidence ?? "")
    if quoteWrong || (credited && label.point == .no) || (!credited && label.point == .yes) {
      print("\(label.answer) \(label.item) now \(verdict.status.rawValue) label \(label.listed.rawValue)/\(label.label.rawValue)")
      print("   quoted: \(verdict.evidence ?? "-")")
      if let better = label.better ?? label.madeIn { print("   reader: \(better)") }
    }
  }
}


/// For each credited label of the list whose quote a reader judged short of the point and who
/// named a better sentence: that sentence's verdict today beside the quote's.
func betterSentences(_ labels: [EvidenceAudit.Label], fixtures: URL) {
  var verdicts: [String: [(sentence: String, reason: MatchReason, phrase: String)]] = [:]
  for label in labels where label.listed == .credited && label.label != .yes {
    guard let better = label.better else { continue }
    guard let (scenarioID, answer) = EvidenceAudit.answer(at: fixtures.appendingPathComponent(label.answer).path)
    else { continue }
    let key = label.answer + " " + label.item
    if verdicts[key] == nil { verdicts[key] = Scorer(scenario: loadScenario(scenarioID)).sentenceVerdicts(itemID: label.item, answer: answer) }
    let all = verdicts[key]!
    let quoted = all.first { EvidenceAudit.normalisedEquals($0.sentence, label.quote ?? "") }
    let target = EvidenceAudit.normalised(better)
    let found = all.first { let s = EvidenceAudit.normalised($0.sentence); return s.contains(target) || target.contains(s) }
    print("BETTER \(label.label.rawValue) \(label.item) quote \(quoted?.reason.rawValue ?? "?") better \(found?.reason.rawValue ?? "none")")
    print("   Q: \(label.quote ?? "")")
    print("   B: \(better)")
  }
}
