import Foundation

/// The candidate's self-review of one session: the order the rubric is walked in, their
/// verdicts laid over the coach's, and the score recomputed by the scorer's own rule.
///
/// A value: the command reads a line, calls `apply`, saves `record` into the session, repeats.
public struct SelfReview: Equatable, Sendable {
  /// The coach's report the review starts from.
  public let coach: ScoreReport
  /// The rubric for item texts, hints and advice; nil when the scenario is no longer installed.
  public let scenario: Scenario?
  /// The coach's verdicts in review order.
  public let items: [ItemVerdict]
  /// The red flags the coach raised, walked after the items: the candidate may dismiss one
  /// that misread them.
  public let flags: [RedFlagHit]
  public private(set) var record: ReviewRecord

  public init(coach: ScoreReport, scenario: Scenario?, record: ReviewRecord?, now: Date) {
    self.coach = coach
    self.scenario = scenario
    items = Self.order(coach)
    flags = coach.redFlags
    var record = record ?? ReviewRecord(updatedAt: now)
    // The rubric may have shrunk since the last run; never point past the end.
    record.position = min(max(0, record.position), items.count + flags.count)
    self.record = record
  }

  /// Items by category (in `Category.allCases` order), then by step, then in rubric order, so
  /// the candidate judges one skill at a time and the order is the same on every run. An item
  /// the candidate's chosen alternative replaced is left out: it counts for nothing, and the
  /// report says "not expected" where the review had said "Coach: missed" (trial 60).
  public static func order(_ report: ScoreReport) -> [ItemVerdict] {
    let categoryRank = Dictionary(uniqueKeysWithValues: Category.allCases.enumerated().map { ($1, $0) })
    return report.items.filter(\.counts).enumerated().sorted { a, b in
      let left = (categoryRank[a.element.category] ?? 0, a.element.step.number, a.offset)
      let right = (categoryRank[b.element.category] ?? 0, b.element.step.number, b.offset)
      return left < right
    }.map(\.element)
  }

  public var position: Int { record.position }
  public var isComplete: Bool { record.completed }
  /// Items and red flags to walk.
  public var total: Int { items.count + flags.count }
  /// The item to judge next; nil once every item has been walked.
  public var current: ItemVerdict? { position < items.count ? items[position] : nil }
  /// The red flag to judge next, once the items are walked; nil before and after.
  public var currentFlag: RedFlagHit? {
    position >= items.count && position < total ? flags[position - items.count] : nil
  }
  /// Items and flags the candidate has given a verdict on.
  public var reviewedCount: Int {
    items.filter { record.verdicts[$0.id] != nil }.count + flags.filter { record.flagVerdicts?[$0.id] != nil }.count
  }

  /// The candidate's verdict on a red flag where they gave one: true when they agree it applies.
  public func ownFlag(_ id: String) -> Bool? { record.flagVerdicts?[id] }

  /// The red flags the candidate dismissed, in the coach's order.
  public var dismissedFlags: [RedFlagHit] { flags.filter { ownFlag($0.id) == false } }

  /// The candidate's verdict where they gave one.
  public func own(_ id: String) -> ItemStatus? { record.verdicts[id] }

  /// The verdict that counts: the candidate's where they gave one, else the coach's.
  public func status(_ id: String) -> ItemStatus {
    record.verdicts[id] ?? coach.verdict(id)?.status ?? .missed
  }

  /// What pressing Enter keeps: an earlier verdict of the candidate's, else the coach's.
  public func defaultStatus(_ item: ItemVerdict) -> ItemStatus { record.verdicts[item.id] ?? item.status }

  /// What happened after one line of input.
  public enum Outcome: Equatable, Sendable {
    /// A verdict was recorded and the review moved on; save now.
    case recorded
    /// Stepped back one item; save now so a resumed review starts there.
    case movedBack
    /// The last item was judged: the review is complete and `selfAssessed` is stored. Save now.
    case finished
    /// The candidate asked to stop (or input ended); save and exit.
    case stopped
    /// The line was not understood; ask again. Nothing changed.
    case invalid
  }

  /// Applies one typed line at the current item.
  public mutating func apply(_ action: ReviewAction, now: Date) -> Outcome {
    switch action {
    case .quit:
      record.updatedAt = now
      return .stopped
    case .invalid:
      return .invalid
    case .back:
      guard record.position > 0 else { return .invalid }
      record.position -= 1
      record.completed = false
      record.updatedAt = now
      return .movedBack
    case .keep, .set:
      if let item = current {
        if case .set(let status) = action {
          record.verdicts[item.id] = status
        } else {
          record.verdicts[item.id] = defaultStatus(item)
        }
      } else if let flag = currentFlag {
        // y: "yes, I did this"; n: "I did not": dismissed. "Partial" means nothing for a flag.
        let stands: Bool
        switch action {
        case .set(.hit): stands = true
        case .set(.missed), .set(.contradicted): stands = false
        case .set: return .invalid
        default: stands = ownFlag(flag.id) ?? true
        }
        record.flagVerdicts = (record.flagVerdicts ?? [:]).merging([flag.id: stands]) { $1 }
      } else {
        return .invalid
      }
      record.position += 1
      record.updatedAt = now
      if record.position == total {
        record.completed = true
        record.selfAssessed = selfAssessed
        return .finished
      }
      return .recorded
    }
  }

  /// Marks a review whose position is already past the last item as complete: this happens
  /// when the rubric shrank between two runs. Returns whether it did.
  public mutating func completeIfWalked(now: Date) -> Bool {
    guard !record.completed, record.position >= total else { return false }
    record.completed = true
    record.selfAssessed = selfAssessed
    record.updatedAt = now
    return true
  }

  /// Starts the walk again from the first item, keeping earlier verdicts as the defaults.
  public mutating func restart(now: Date) {
    record.position = 0
    record.completed = false
    record.updatedAt = now
  }

  /// The report recomputed with the candidate's verdicts (the coach's for items not yet judged).
  public var selfAssessed: ScoreReport {
    Self.recompute(coach: coach, verdicts: record.verdicts, dismissing: Set(dismissedFlags.map(\.id)),
                   scenario: scenario)
  }

  /// Copies the coach's verdicts, sets the candidate's statuses and lets `Scorer.assemble` redo
  /// the arithmetic, so the self-assessed score follows exactly the same rule as the coach's.
  /// Red flags in `dismissing` are left out, so they cost nothing.
  public static func recompute(coach: ScoreReport, verdicts: [String: ItemStatus], dismissing: Set<String> = [],
                               scenario: Scenario?) -> ScoreReport {
    let items = coach.items.map { item -> ItemVerdict in
      guard let own = verdicts[item.id], own != item.status else { return item }
      var changed = item
      changed.status = own
      // The coach's note ("listed without a reason") and rule explain its own verdict, not this one.
      changed.note = nil
      changed.rule = nil
      return changed
    }
    let rubric = scenario ?? Scenario.placeholder(id: coach.scenario)
    let flags = coach.redFlags.filter { !dismissing.contains($0.id) }
    return Scorer.assemble(scenario: rubric, verdicts: items, redFlags: flags, wordCount: coach.wordCount,
                           scale: coach.scale ?? .interviewer)
  }

  /// Items where the candidate's verdict differs from the coach's, in review order.
  public var disagreements: [Disagreement] {
    items.compactMap { item in
      guard let own = record.verdicts[item.id], own != item.status else { return nil }
      return Disagreement(item: item, own: own)
    }
  }
}

/// An item the candidate judged differently from the coach.
public struct Disagreement: Equatable, Sendable {
  public var item: ItemVerdict
  public var own: ItemStatus

  public var coach: ItemStatus { item.status }
  /// True when the candidate gave themselves more credit than the coach did.
  public var generous: Bool { own.credit > item.status.credit }
}

/// One line typed during review.
public enum ReviewAction: Equatable, Sendable {
  /// Enter: agree with the coach (or keep an earlier verdict).
  case keep
  case set(ItemStatus)
  case back
  case quit
  case invalid

  /// `""` keep, `y` covered, `n` not covered, `p` partial, `b` back, `q` quit; nil (end of
  /// input) quits too, so a piped or interrupted review is saved rather than lost.
  public static func parse(_ line: String?) -> ReviewAction {
    guard let line else { return .quit }
    switch line.trimmingCharacters(in: .whitespaces).lowercased() {
    case "": return .keep
    case "y", "yes", "hit", "covered": return .set(.hit)
    case "n", "no", "missed": return .set(.missed)
    case "p", "partial": return .set(.partial)
    case "b", "back": return .back
    case "q", "quit", "exit": return .quit
    default: return .invalid
    }
  }
}

extension Scenario {
  /// A rubric-less stand-in for a scenario that is no longer installed: scoring arithmetic
  /// needs only the verdicts, so a removed scenario's sessions can still be self-assessed.
  static func placeholder(id: String, title: String = "") -> Scenario {
    Scenario(id: id, title: title, topics: [], difficulty: .medium, summary: "", prompt: "", facts: [], steps: [],
             rubric: [], redFlags: [], reference: [:])
  }
}
