import Foundation
import MLCoachCore

/// `mlcoach-bench questions [ID...] [--mistakes]`: how the interviewer answers the question
/// banks, per scenario, for the tuning and held-out splits. `--mistakes` lists the tuning
/// questions answered wrongly or not at all (held-out questions are only ever counted, so
/// nobody tunes on them). Scenarios are read from `Scenarios/`, so edited facts need no rebuild.
/// `MLCOACH_QUESTION_TUNING="minimumScore=2,minimumLead=1.3"` tries other thresholds, and
/// `MLCOACH_QUESTION_BANKS=DIR` reads the banks from another folder.
/// `--no-asked` answers without the facts' `asked` lists.
/// `--dump` prints a JSON line per tuning question (see below); `--write-asked` rewrites the
/// scenarios' `asked` lists from the banks' tuning parts instead (see `writeAskedLists`). A
/// tuning question is answered without its own bank's questions among those lists
/// (`QuestionBank.leavingOutOwnBank`).
func questionRun(arguments: [String]) {
  let folder = questionBankFolder()
  let requested = arguments.filter { !$0.hasPrefix("--") }
  let showMistakes = arguments.contains("--mistakes")
  let names = jsonFiles(in: folder)
  let ids = requested.isEmpty ? names.map { String($0.dropLast(5)) }.sorted() : requested
  if arguments.contains("--write-asked") { return writeAskedLists(ids: ids, banks: folder) }
  var tuning = QuestionMatcher.Tuning()
  for setting in (ProcessInfo.processInfo.environment["MLCOACH_QUESTION_TUNING"] ?? "").split(separator: ",") {
    let pair = setting.split(separator: "=")
    guard pair.count == 2, let value = Double(pair[1]) else { continue }
    switch pair[0] {
    case "minimumScore": tuning.minimumScore = value
    case "minimumShare": tuning.minimumShare = value
    case "minimumLead": tuning.minimumLead = value
    case "looseFactor": tuning.looseFactor = value
    case "topicFactor": tuning.topicFactor = value
    case "secondPartFactor": tuning.secondPartFactor = value
    case "unknownWeight": tuning.unknownWeight = value
    case "unknownIdeaWeight": tuning.unknownIdeaWeight = value
    case "phraseBonus": tuning.phraseBonus = value
    case "decisiveLead": tuning.decisiveLead = value
    case "decisiveShare": tuning.decisiveShare = value
    case "topicLead": tuning.topicLead = value
    case "unknownTermsScale": tuning.unknownTermsScale = value
    case "antecedentFactor": tuning.antecedentFactor = value
    case "unknownConceptWeight": tuning.unknownConceptWeight = value
    case "specificOverrideShare": tuning.specificOverrideShare = value
    case "coreLead": tuning.coreLead = value
    case "surePlacement": tuning.surePlacement = Int(value)
    case "agreedLikeness": tuning.agreedLikeness = value
    case "companionLikeness": tuning.companionLikeness = value
    case "unansweredLikeness": tuning.unansweredLikeness = value
    case "votedLikeness": tuning.votedLikeness = value
    default: print("unknown setting \(pair[0])")
    }
  }
  var totals: [QuestionBank.Split: QuestionBank.Tally] = [.tuning: .init(), .heldout: .init()]
  var choices: [QuestionBank.Split: (offered: Int, right: Int)] = [:]
  for id in ids {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("\(id).json").path),
          let bank = try? QuestionBank.decode(data) else {
      print("\(id): no question bank")
      continue
    }
    var scenario = loadScenario(id)
    // `--no-asked`: the matcher without questions asked before, to see what they add.
    if arguments.contains("--no-asked") {
      for index in scenario.facts.indices { scenario.facts[index].asked = [] }
    }
    let matcher = QuestionMatcher(scenario: scenario, tuning: tuning)
    let answerer = bank.leavingOutOwnBank(matcher)
    for split in [QuestionBank.Split.tuning, .heldout] where !arguments.contains("--tuning-only") || split == .tuning {
      let tally = bank.tally(matcher, split: split)
      print("\(id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(split.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(tally.summary)")
      for (outcome, count) in tally.counts { totals[split]?.counts[outcome, default: 0] += count }
      // Questions two facts fit equally are answered with the choice between them: count how
      // often a labelled fact is among the two offered.
      for question in bank.questions where question.split == split && !question.facts.isEmpty {
        let match = answerer(question).match(question.question)
        guard match.abstention == .ambiguous else { continue }
        choices[split, default: (0, 0)].offered += 1
        if !Set(match.alternatives).isDisjoint(with: question.facts) { choices[split, default: (0, 0)].right += 1 }
      }
    }
    // `--unknown`: how often each word no fact of the scenario mentions occurs in the tuning
    // questions, to find words that say nothing of a topic yet lower every fact's share.
    if arguments.contains("--unknown") {
      for question in bank.questions where question.split == .tuning {
        for term in matcher.terms(question.question).weights.keys where !matcher.knows(term) {
          print("unknown \(term)")
        }
      }
    }
    // `--dump`: one JSON line per tuning question with the matcher's decision, its parts, ranking, terms
    // and the `about` phrases it met, for analysis outside Swift (held-out questions never).
    if arguments.contains("--dump") {
      for question in bank.questions where question.split == .tuning {
        let matcher = answerer(question)
        let match = matcher.match(question.question)
        let row: [String: Any] = [
          "scenario": id, "question": question.question, "expected": question.facts, "given": match.factIDs, "unanswered": match.unansweredParts, "parts": QuestionParts.split(question.question),
          "split": question.split.rawValue,
          "abstention": match.abstention?.rawValue ?? "",
          "ranking": matcher.ranking(question.question).prefix(4).map { [$0.id, $0.score] as [Any] },
          "terms": matcher.terms(question.question).weights.mapValues { $0 },
          "weights": Dictionary(uniqueKeysWithValues: matcher.terms(question.question).weights.keys
            .map { ($0, matcher.weight(of: $0, among: matcher.terms(question.question))) }),
          "unknown": matcher.terms(question.question).weights.keys.filter { !matcher.knows($0) }.sorted(),
          "share": matcher.share(question.question).share,
          "phrases": Dictionary(uniqueKeysWithValues: matcher.scenario.facts
            .map { ($0.id, matcher.phrases(of: $0.id, in: question.question)) }.filter { !$0.1.isEmpty }),
        ]
        if let data = try? JSONSerialization.data(withJSONObject: row), let line = String(data: data, encoding: .utf8) {
          print(line)
        }
      }
    }
    if showMistakes {
      for result in bank.evaluate(matcher, split: .tuning) where result.outcome != .correct {
        let top = matcher.ranking(result.question.question).prefix(3)
          .map { "\($0.id) \(String(format: "%.2f", $0.score))" }.joined(separator: ", ")
        // The terms as the matcher weighs them; `?` marks a word no fact mentions.
        let terms = matcher.terms(result.question.question).weights.sorted { $0.key < $1.key }
          .map { "\($0.key)\(matcher.knows($0.key) ? "" : "?")=\(String(format: "%.2g", $0.value))" }
          .joined(separator: " ")
        let (share, unknown) = matcher.share(result.question.question)
        let why = answerer(result.question).match(result.question.question).abstention
          .map { String(format: " (%@, share %.2f, unknown %.1f)", $0.rawValue, share, unknown) } ?? ""
        print("  \(result.outcome.rawValue)\(why): \(result.question.question)\n    expected \(result.question.facts) "
          + "given \(result.given)  [\(top)]\n    \(terms)  parts \(QuestionParts.split(result.question.question).count)")
      }
    }
  }
  for split in [QuestionBank.Split.tuning, .heldout] where !arguments.contains("--tuning-only") || split == .tuning {
    print("\("all".padding(toLength: 22, withPad: " ", startingAt: 0)) \(split.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(totals[split]!.summary)")
  }
  for split in [QuestionBank.Split.tuning, .heldout] where !arguments.contains("--tuning-only") || split == .tuning {
    let choice = choices[split] ?? (0, 0)
    print("\(split.rawValue): \(choice.offered) answerable questions were met with a choice of two facts; "
      + "\(choice.right) of those choices hold a fact that answers")
  }
}

/// `mlcoach-bench ask ID "question"`: the terms the matcher reads and its ranking.
func askRun(arguments: [String]) {
  guard arguments.count >= 2 else { return print("usage: mlcoach-bench ask ID QUESTION") }
  // `--no-asked` (anywhere after the question): without the facts' `asked` lists, near how the
  // bank answers a tuning question (its own bank's questions left out).
  var scenario = loadScenario(arguments[0])
  if arguments.contains("--no-asked") {
    for index in scenario.facts.indices { scenario.facts[index].asked = [] }
  }
  let matcher = QuestionMatcher(scenario: scenario)
  let terms = QuestionMatcher(scenario: loadScenario(arguments[0])).terms(arguments[1])
  print(terms.weights.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
  print(terms.conceptWords.sorted { $0.key < $1.key }.map { "\($0.key)<\($0.value.sorted().joined(separator: "+"))>" }
    .joined(separator: " "))
  for fact in loadScenario(arguments[0]).facts {
    let about = fact.about.map { QuestionTerms.set($0, concepts: .bundled).sorted().joined(separator: "+") }
    if arguments.count > 2, fact.id == arguments[2] { print(fact.id, about) }
  }
  print("parts: \(QuestionParts.split(arguments[1])) words: \(WordTokenizer.words(arguments[1]).map(\.text))")
  print(matcher.ranking(arguments[1]).prefix(4).map { "\($0.id) \($0.score)" })
  for (name, plain) in [("without reason", QuestionParts.withoutReason(arguments[1])),
                        ("without guess", QuestionParts.withoutGuess(arguments[1])),
                        ("without aside", QuestionParts.withoutAside(arguments[1]))] {
    if let plain { print("\(name): \(plain) -> \(matcher.match(plain).factIDs)") }
  }
  print("whole share \(matcher.share(arguments[1]))")
  for core in QuestionCore.cores(of: arguments[1]) {
    print("core: \(core) -> \(matcher.ranking(core).prefix(3).map { "\($0.id) \($0.score)" }) share \(matcher.share(core).share)")
  }
  print(matcher.match(arguments[1]))
  let figures = matcher.scenario.facts.map { QuantityReader.quantities(in: $0.answer) }
  print("stated figures count: \(StatedFigures.countedThings(in: arguments[1])), set up another question: "
    + "\(StatedFigures.setUpAnotherQuestion(arguments[1]))")
  for thing in StatedFigures.countedThings(in: arguments[1]) {
    print("  how many \(thing)? -> \(matcher.match("how many \(thing)?").factIDs)")
  }
  print("guessed figure names: \(GuessedFigureQuestion.fact(for: arguments[1], answers: figures).map { matcher.scenario.facts[$0].id } ?? "none")")
  let counted = matcher.scenario.facts.filter { CountedOnlyQuestion.asksWhatOnlyIsCounted(arguments[1], answer: $0.answer) }
  print("asks to name what only these count: \(counted.map(\.id))")
  // The figures put forward, where each is placed among the given facts' figures, and the verdict.
  let given = matcher.match(arguments[1]).factIDs.compactMap { id in matcher.scenario.facts.first { $0.id == id }?.answer }
  for figure in NumberCheck.figuresPutForward(arguments[1]) {
    let known = NumberCheck.known(in: given, budget: matcher.scenario.facts.first { $0.id == "latency" }?.answer)
    for quantity in known where quantity.dimension == figure.dimension {
      print("  known \(quantity.value)\(quantity.isCeiling ? " ceiling" : "") noun \(quantity.noun.sorted()) "
        + "context \(quantity.context.sorted())")
    }
    print("figure \(figure.value) \(figure.noun.sorted()) \(figure.context.sorted()) placed: "
      + "\(NumberCheck.counterparts(of: figure, among: known).map { "\($0.value) \($0.noun.sorted())" })")
  }
  let names = matcher.countedNames(of: matcher.match(arguments[1]).factIDs)
  let budget = matcher.scenario.facts.first { $0.id == "latency" }?.answer
  let verdict = NumberCheck.verdict(question: arguments[1], facts: given, names: names, budget: budget)
  print("verdict: \(verdict.map { "\($0)" } ?? "none")")
  // ask ID QUESTION FACT: asked right after FACT was given (`RecentFactQuestion`).
  if arguments.count > 2, let index = matcher.scenario.facts.firstIndex(where: { $0.id == arguments[2] }) {
    print("said by \(arguments[2]): \(matcher.shareSaid(byFact: index, of: terms)); "
      + "after it: \(matcher.match(arguments[1], after: [arguments[2]]))")
    print(terms.orderedWeights.map { "\($0.key) \(matcher.weight(of: $0.key, among: terms))" })
  }
}

/// `mlcoach-bench fact-seeking`: step-1 follow-ups the interviewer never asks because they
/// would ask the candidate for one of the scenario's facts.
func factSeekingRun() {
  let folder = repository.appendingPathComponent("Scenarios")
  let names = jsonFiles(in: folder)
  for name in names.sorted() {
    let scenario = loadScenario(String(name.dropLast(5)))
    let matcher = QuestionMatcher(scenario: scenario)
    for item in scenario.rubric where item.step == .requirements && ProbeFit.seeksFact(item.followUp, matcher: matcher) {
      print("\(scenario.id) \(item.id): \(item.followUp)  -> \(matcher.match(item.followUp).factIDs)")
    }
  }
}

/// `mlcoach-bench agreement`: how often a second labeller, working blind to the banks' labels,
/// gave the same facts, scored as the matcher is (the bank's labels as the answer key). It
/// says how far the labels can be trusted and what a reader of meaning reaches: 26 questions
/// per scenario, 13 from each split, in `Fixtures/questions-second-labels/<id>.json`. The
/// matcher's figures on the same questions are printed beside it.
func agreementRun() {
  struct Label: Decodable { var question: String; var facts: [String] }
  let banks = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/questions")
  let seconds = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/questions-second-labels")
  let names = jsonFiles(in: seconds)
  var human: [QuestionBank.Split: QuestionBank.Tally] = [.tuning: .init(), .heldout: .init()]
  var machine = human
  for name in names.sorted() {
    guard let data = FileManager.default.contents(atPath: banks.appendingPathComponent(name).path),
          let bank = try? QuestionBank.decode(data),
          let labelData = FileManager.default.contents(atPath: seconds.appendingPathComponent(name).path),
          let labels = try? JSONDecoder().decode([Label].self, from: labelData) else {
      print("\(name): cannot read the bank or its second labels")
      continue
    }
    let answerer = bank.leavingOutOwnBank(QuestionMatcher(scenario: loadScenario(bank.scenarioID)))
    for label in labels {
      guard let question = bank.questions.first(where: { $0.question == label.question }) else {
        print("\(name): not in the bank: \(label.question)")
        continue
      }
      let byHuman = QuestionBank.outcome(expected: question.facts, given: label.facts)
      let byMatcher = QuestionBank.outcome(expected: question.facts,
                                           given: answerer(question).match(question.question).factIDs)
      human[question.split]?.counts[byHuman, default: 0] += 1
      machine[question.split]?.counts[byMatcher, default: 0] += 1
    }
  }
  for split in [QuestionBank.Split.tuning, .heldout] {
    print("second labeller  \(split.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(human[split]!.summary)")
    print("matcher          \(split.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(machine[split]!.summary)")
  }
}

/// `mlcoach-bench numbers`: the yes or no the interviewer puts before a fact (`NumberCheck`),
/// for every tuning question of the banks that gets one, with the question's figures and the
/// fact's, so each verdict can be read against its figures (`--replies` adds the reply;
/// `--silent` lists instead the questions with a figure that get a fact and no verdict). Held-out
/// questions are not shown.
func numbersRun() {
  var counts: [String: Int] = [:]
  // `--silent`: the questions that hold a figure and get a fact but no verdict, to read for
  // checks the interviewer leaves unanswered.
  let silent = CommandLine.arguments.contains("--silent")
  forEachTuningQuestion { id, interviewer, question in
    let reply = interviewer.reply(to: question.question)
    if silent {
      let judged = ["Yes. ", "Roughly. ", "No. "].contains { reply.text.hasPrefix($0) }
        || reply.text.hasPrefix(Interviewer.figureLead)
      if !reply.factIDs.isEmpty, !judged,
         !QuantityReader.quantities(in: question.question).filter({ !$0.isReference }).isEmpty {
        counts["silent", default: 0] += 1
        print("\(id) SILENT \(question.question)")
      }
      return
    }
    let facts = reply.factIDs.compactMap { id in interviewer.scenario.facts.first { $0.id == id }?.answer }
    let others = interviewer.scenario.facts.filter { !reply.factIDs.contains($0.id) }.map(\.answer)
    // `--clauses`: the verdicts found only in one clause of a longer question.
    let clauses = CommandLine.arguments.contains("--clauses")
    let names = interviewer.matcher.countedNames(of: reply.factIDs)
    let whole = NumberCheck.verdict(question: question.question, facts: facts, elsewhere: others, names: names)
    guard let verdict = clauses
      ? (whole == nil
        ? NumberCheck.verdictByClause(question: question.question, facts: facts, elsewhere: others, names: names) : nil)
      : whole else { return }
    counts[verdict.rawValue, default: 0] += 1
    let figures = QuantityReader.quantities(in: question.question).filter { !$0.isReference }
    let known = facts.flatMap { QuantityReader.quantities(in: $0) }
    let pairs = figures.map { figure in
      "\(figure.dimension.rawValue) \(figure.value) vs \(NumberCheck.counterparts(of: figure, among: known).map { "\($0.value)" })"
    }
    print("\(id) \(verdict.rawValue.uppercased()) [\(pairs.joined(separator: "; "))] \(question.question)")
    if CommandLine.arguments.contains("--replies") { print("    " + reply.text) }
  }
  print(counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
}

/// `mlcoach-bench repeats [--list]`: each tuning-bank question asked a second time, with the facts
/// of its first reply given already, as when a candidate asks again (`FactExcerpt`): how much of
/// the facts' text comes back, for replies with the right facts and for the others. `--list`
/// prints each question with the reply it gets the second time.
func repeatsRun() {
  var counts: [Bool: (asked: Int, cut: Int, kept: Int, whole: Int)] = [true: (0, 0, 0, 0), false: (0, 0, 0, 0)]
  forEachTuningQuestion { id, interviewer, question in
    let first = interviewer.reply(to: question.question)
    guard !first.factIDs.isEmpty else { return }
    let again = interviewer.reply(to: question.question, alreadyGiven: Set(first.factIDs))
    let right = Set(first.factIDs) == Set(question.facts)
    let whole = first.text.count
    let kept = again.text.count - Interviewer.repeatLead.count * first.factIDs.count
    counts[right]!.asked += 1
    counts[right]!.whole += whole
    counts[right]!.kept += kept
    if kept < whole { counts[right]!.cut += 1 }
    if CommandLine.arguments.contains("--list") {
      print("\(id) \(right ? "RIGHT" : "OTHER") \(question.question)\n    \(again.text)")
    }
  }
  for right in [true, false] {
    let c = counts[right]!
    let share = c.whole > 0 ? Double(c.kept) / Double(c.whole) : 0
    print("\(right ? "right facts" : "other facts"): \(c.asked) asked again, \(c.cut) cut to fewer sentences, "
      + "\(Int((share * 100).rounded()))% of the first reply's text given again")
  }
}

/// Calls `body` with each tuning-part question of each bank in `questionBankFolder()`, in file
/// order, with its scenario's id and an interviewer for it.
func forEachTuningQuestion(_ body: (_ id: String, _ interviewer: Interviewer, _ question: QuestionBank.Question) -> Void) {
  let folder = questionBankFolder()
  for name in jsonFiles(in: folder).sorted() {
    let id = String(name.dropLast(5))
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
          let bank = try? QuestionBank.decode(data) else { continue }
    let interviewer = Interviewer(scenario: loadScenario(id))
    for question in bank.questions where question.split == .tuning { body(id, interviewer, question) }
  }
}

/// The folder of question banks: the fixtures, or `MLCOACH_QUESTION_BANKS=DIR`, which reads other
/// banks of the same format (a new helper set, say).
func questionBankFolder() -> URL {
  ProcessInfo.processInfo.environment["MLCOACH_QUESTION_BANKS"].map { URL(fileURLWithPath: $0) }
    ?? repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/questions")
}

/// The names of the JSON files in `folder` (banks or scenarios, `ID.json`), none when it cannot
/// be read.
func jsonFiles(in folder: URL) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }
}

/// `mlcoach-bench recent [--list]`: questions asked right after a fact was given
/// (`RecentFactQuestion`). For each tuning question the matcher abstains on, asked after each
/// fact in turn: how often the fact just given answers it when that fact is one the labeller
/// chose (right), and when it is not (wrong, out of every such pair). `--list` prints the wrong
/// ones and the right ones.
func recentRun() {
  var right = 0, rightOf = 0, wrong = 0, wrongOf = 0, wrongQuestions = 0
  let list = CommandLine.arguments.contains("--list")
  forEachTuningQuestion { id, interviewer, question in
    let matcher = interviewer.matcher
    let plain = matcher.match(question.question)
    guard plain.factIDs.isEmpty else { return }
    var wrongHere = false
    for fact in interviewer.scenario.facts {
      let after = matcher.match(question.question, after: [fact.id])
      if question.facts.contains(fact.id) {
        rightOf += 1
        if after.factIDs == [fact.id] {
          right += 1
          if list { print("\(id) RIGHT after \(fact.id): \(question.question)") }
        }
      } else {
        wrongOf += 1
        if after.factIDs == [fact.id] {
          wrong += 1
          wrongHere = true
          if list { print("\(id) WRONG after \(fact.id) (labelled \(question.facts)): \(question.question)") }
        }
      }
    }
    if wrongHere { wrongQuestions += 1 }
  }
  print("abstained questions asked after a fact that answers them: \(right) of \(rightOf) get it")
  print("asked after a fact that does not: \(wrong) of \(wrongOf) pairs get it (\(wrongQuestions) questions)")
}

/// `mlcoach-bench followups [--list]`: trial 28's follow-up questions (`Fixtures/followups.json`),
/// each asked right after its opening question, as in an interview. For a follow-up the opener's
/// reply answers (labelled yes or partly): whether the reply quotes the labelled sentence, or
/// abstains (evasive), or says something else. For one it does not answer: whether the reply
/// abstains, gives an earlier fact again ("As I said:"), or gives another fact. Tuning and held-out
/// parts are printed apart; `--list` prints the tuning part's evasive replies and repeats.
func followUpsRun() {
  struct FollowUp: Decodable {
    var scenario, opener, question, answered, quote, split: String
    var openerFacts: [String]
  }
  struct File: Decodable { var followUps: [FollowUp] }
  let path = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures/followups.json").path
  guard let data = FileManager.default.contents(atPath: path),
        let file = try? JSONDecoder().decode(File.self, from: data) else { return print("cannot read \(path)") }
  var interviewers: [String: Interviewer] = [:]
  var counts: [String: [String: Int]] = [:]
  for followUp in file.followUps {
    let interviewer = interviewers[followUp.scenario] ?? Interviewer(scenario: loadScenario(followUp.scenario))
    interviewers[followUp.scenario] = interviewer
    // Asked after the facts the helpers read, whatever the opener gets today.
    let reply = interviewer.reply(to: followUp.question, alreadyGiven: Set(followUp.openerFacts),
                                  recent: followUp.openerFacts)
    let quoted = SentenceEnds.split(followUp.quote).contains { reply.text.contains($0.prefix(60)) }
    let outcome: String
    if followUp.answered == "no" {
      outcome = reply.factIDs.isEmpty ? "not said: abstained" : reply.text.hasPrefix(Interviewer.repeatLead)
        ? "not said: given again" : "not said: another fact"
    } else {
      outcome = quoted ? "said: quoted" : reply.factIDs.isEmpty ? "said: abstained" : "said: something else"
    }
    counts[followUp.split, default: [:]][outcome, default: 0] += 1
    if CommandLine.arguments.contains("--list"), followUp.split == "tuning",
       ["said: abstained", "not said: given again"].contains(outcome) {
      print("\(followUp.scenario) \(outcome.uppercased()): \(followUp.question)\n    \(reply.text)")
    }
  }
  for split in ["tuning", "heldout"] {
    let line = (counts[split] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
    print("\(split): " + line.joined(separator: ", "))
  }
}
