import Foundation
import MLCoachCore

/// The review's text, styled for the terminal and wrapped to its width.
struct ReviewPrinter {
  let context: Context
  let session: Session
  let scenario: Scenario

  private var style: Style { context.style }
  private var width: Int { context.console.width }

  func introduction(_ review: SelfReview) -> String {
    let coach = review.coach
    var text = style.bold("Self-review: \(session.scenarioTitle)") + "\n"
    text += style.dim("Session \(session.id), \(Format.dateTime(session.startedAt, calendar: context.calendar))") + "\n"
    let flags = review.flags.count
    text += "Coach: \(Format.score(coach.overall))/100 (\(coach.band.rawValue)). "
      + "\(review.items.count) items, grouped by category"
      + (flags == 0 ? ".\n" : ", then \(flags) red flag\(flags == 1 ? "" : "s") the coach raised.\n")
    if review.position > 0 {
      text += "Resuming at item \(review.position + 1) of \(review.total).\n"
    }
    text += wrap("For each item, press Enter to agree with the coach, or type y (covered), n (not covered), "
      + "p (partial); b goes back, q saves and stops.") + "\n"
    return text
  }

  func categoryHeading(_ category: Category, review: SelfReview) -> String {
    "\n" + style.bold("── \(HumanName.category(category)) ") + style.dim("(coach \(Format.score(review.coach.score(category)))/100)")
      + "\n"
  }

  /// One item as the candidate sees it before deciding.
  func item(_ item: ItemVerdict, review: SelfReview) -> String {
    let number = "[\(index(of: item, in: review) + 1)/\(review.total)] "
    let indent = String(repeating: " ", count: number.count + 2)
    var text = "\n" + wrap(style.bold(number) + (scenario.item(item.id)?.text ?? item.id), indent: "  ", hanging: indent)
    text += "\n" + indent + style.dim("\(weightName(item.weight)) · step \(item.step.number), \(item.step.title)")
    text += "\n" + details(item, review: review, indent: indent, showAdvice: item.status != .hit)
    // Back on an item already answered: say what was chosen, since Enter now keeps it.
    if let own = review.own(item.id), own != item.status {
      text += indent + "You chose earlier: " + status(own) + "\n"
    }
    return text
  }

  /// The heading before the red flags, once the items are walked.
  func flagsHeading(_ review: SelfReview) -> String {
    "\n" + style.bold("── Red flags ") + style.dim("(the coach took \(Format.score(review.flags.reduce(0) { $0 + $1.penalty })) points off)") + "\n"
      + wrap(style.dim("Did you do what the flag names? Enter or y: yes, it stands; n: no, the coach misread you "
        + "(it then costs nothing in your score)."), indent: "  ", hanging: "  ") + "\n"
  }

  /// One red flag as the candidate sees it before deciding.
  func flag(_ flag: RedFlagHit, review: SelfReview) -> String {
    let number = "[\(review.items.count + (review.flags.firstIndex { $0.id == flag.id } ?? 0) + 1)/\(review.total)] "
    let indent = String(repeating: " ", count: number.count + 2)
    var text = "\n" + wrap(style.bold(number) + style.red(flag.text), indent: "  ", hanging: indent)
    text += "\n" + indent + style.dim(flag.costText)
    text += "\n" + wrap("Coach: raised — “\(flag.evidence)”", indent: indent, hanging: indent + "  ")
    text += "\n" + wrap(style.cyan("Why it matters: ") + flag.why, indent: indent, hanging: indent + "  ") + "\n"
    if review.ownFlag(flag.id) == false { text += indent + "You chose earlier: " + style.green("dismissed") + "\n" }
    return text
  }

  func flagPrompt(_ flag: RedFlagHit, review: SelfReview) -> String {
    let keep = review.ownFlag(flag.id) == false ? "keep it dismissed" : "it stands"
    return "  Did you do this? [Enter = \(keep), y / n, b, q]: "
  }

  func prompt(_ item: ItemVerdict, review: SelfReview) -> String {
    let keep = review.own(item.id).map { "keep your \($0.rawValue)" } ?? "agree: \(item.status.rawValue)"
    return "  Your verdict [Enter = \(keep), y / n / p, b, q]: "
  }

  /// The walk in one go, for `--print`.
  func walk(_ review: SelfReview) -> String {
    var text = style.bold("Self-review: \(session.scenarioTitle)") + "\n"
    text += style.dim("Session \(session.id), \(Format.dateTime(session.startedAt, calendar: context.calendar))") + "\n"
    var previous: Category?
    for item in review.items {
      if item.category != previous { text += categoryHeading(item.category, review: review) }
      previous = item.category
      let own = review.own(item.id)
      let mark = own.map { $0 == item.status ? "you agreed" : "you: \($0.rawValue)" } ?? "not yet reviewed"
      text += "\n" + wrap("[" + status(item.status) + "] " + (scenario.item(item.id)?.text ?? item.id), indent: "  ",
                          hanging: "    ")
      text += "\n    " + style.dim("\(weightName(item.weight)) · step \(item.step.number) · \(mark)") + "\n"
      text += details(item, review: review, indent: "    ", showAdvice: item.status != .hit || (own ?? .hit) != .hit)
    }
    if !review.flags.isEmpty { text += "\n" + style.bold("── Red flags") + "\n" }
    for flag in review.flags {
      let mark = review.ownFlag(flag.id).map { $0 ? "you agreed" : "you dismissed it" } ?? "not yet reviewed"
      text += "\n" + wrap("[" + style.red("raised") + "] " + flag.text, indent: "  ", hanging: "    ")
      text += "\n    " + style.dim("\(flag.costText) · \(mark)") + "\n"
      text += wrap("Coach: “\(flag.evidence)”", indent: "    ", hanging: "      ") + "\n"
    }
    return text
  }

  private func details(_ item: ItemVerdict, review: SelfReview, indent: String, showAdvice: Bool) -> String {
    var lines: [String] = []
    let evidence = item.evidence.map { " — “\($0)”" } ?? (item.status == .missed ? " — not found in your answer" : "")
    lines.append(wrap("Coach: " + status(item.status) + evidence, indent: indent, hanging: indent + "  "))
    if let note = item.note { lines.append(wrap("Note: \(note)", indent: indent, hanging: indent + "  ")) }
    if item.hintUsed { lines.append(indent + "You asked for its hint during the interview (reduced credit).") }
    if showAdvice, let rubric = scenario.item(item.id) {
      lines.append(wrap(style.cyan("Hint: ") + rubric.hint, indent: indent, hanging: indent + "  "))
      lines.append(wrap(style.cyan("Reference: ") + rubric.reference, indent: indent, hanging: indent + "  "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Both scores side by side, the disagreements, and the reference for the weakest steps.
  func summary(_ review: SelfReview) -> String {
    let summary = ReviewSummary(review: review)
    var text = style.bold("Your score beside the coach's") + "\n"
    if summary.reviewed < summary.total {
      text += wrap(style.dim("You have reviewed \(summary.reviewed) of \(summary.total) items; the rest count "
        + "with the coach's verdict.")) + "\n"
    }
    var rows = summary.rows.map { line in
      [HumanName.category(line.category), Format.score(line.coach), Format.score(line.own),
       difference(line.own - line.coach)]
    }
    rows.append([style.bold("Overall"), style.bold(Format.score(summary.coachOverall)),
                 style.bold(Format.score(summary.ownOverall)),
                 style.bold(difference(summary.ownOverall - summary.coachOverall))])
    rows.append(["Band", summary.coachBand.rawValue, summary.ownBand.rawValue, ""])
    let table = Table(columns: [Table.Column("CATEGORY"), Table.Column("COACH", alignment: .right),
                                Table.Column("YOU", alignment: .right), Table.Column("DIFF", alignment: .right)],
                      rows: rows, indent: "  ")
    text += "\n" + table.render(width: width, style: style) + "\n"
    if !summary.disagreements.isEmpty {
      // Without this, a category where every verdict was agreed but whose score moved reads
      // as a bug (a newcomer trial).
      let share = Int((100 * Scorer.wholeAnswerShareOfCategory).rounded())
      text += wrap(style.dim("Each category's score takes \(share)% from the whole answer, so a change in one "
        + "category moves the others a little.")) + "\n"
    }

    if !summary.dismissedFlags.isEmpty {
      let count = summary.dismissedFlags.count
      text += style.bold("You dismissed \(count) red flag\(count == 1 ? "" : "s") the coach raised:") + "\n"
      for flag in summary.dismissedFlags {
        text += wrap(style.green("+") + " \(flag.text) (\(flag.costText))", indent: "  ", hanging: "    ") + "\n"
      }
    }
    if summary.reviewed == 0 {
      // Nothing reviewed is no agreement (a trial read "you agreed on every item" after
      // reviewing none).
      text += wrap("You have not reviewed any item yet: 'mlcoach review \(session.id)' walks the rubric.") + "\n"
    } else if summary.disagreements.isEmpty {
      text += "You agreed with the coach on every item you reviewed.\n"
    } else {
      let count = summary.disagreements.count
      text += style.bold("You disagreed with the coach on \(count) item\(count == 1 ? "" : "s"):") + "\n"
      for disagreement in summary.disagreements {
        let sign = disagreement.generous ? style.green("+") : style.red("−")
        let name = scenario.item(disagreement.item.id)?.text ?? disagreement.item.id
        text += wrap("\(sign) you: \(disagreement.own.rawValue), coach: \(disagreement.coach.rawValue) — \(name)",
                     indent: "  ", hanging: "    ") + "\n"
      }
    }
    if !summary.weakestSteps.isEmpty {
      text += "\n" + wrap(style.bold("Compare your design with the reference, noting what you missed.")) + "\n"
      // A trial saw "step score 45/100" beside a Modeling category of 91 and could not tell why.
      text += wrap(style.dim("Your lowest steps: a step's score counts only the items of that step, so it can "
        + "differ from the category of a similar name above.")) + "\n"
      for step in summary.weakestSteps {
        // Labelled as the step's score: a category of the same name has its own score above.
        text += "\n  \(step.step.number). \(step.step.title) " + style.dim("(step score \(Format.score(step.score))/100)")
          + "\n"
        for bullet in step.bullets { text += wrap("- " + bullet, indent: "    ", hanging: "      ") + "\n" }
      }
    }
    return text
  }

  private func index(of item: ItemVerdict, in review: SelfReview) -> Int {
    review.items.firstIndex { $0.id == item.id } ?? 0
  }

  private func status(_ status: ItemStatus) -> String {
    switch status {
    case .hit: return style.green(status.rawValue)
    case .partial: return style.yellow(status.rawValue)
    case .missed, .contradicted: return style.red(status.rawValue)
    }
  }

  private func weightName(_ weight: Int) -> String {
    switch weight {
    case 3...: return "essential"
    case 2: return "expected"
    default: return "nice to have"
    }
  }

  private func difference(_ value: Double) -> String { value == 0 ? "0" : Format.change(value) }

  func wrap(_ text: String, indent: String = "", hanging: String? = nil) -> String {
    TextLayout.wrap(text, width: width, indent: indent, hangingIndent: hanging)
  }
}
