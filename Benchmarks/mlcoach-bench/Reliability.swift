import Foundation
import MLCoachCore

// Figures for issue 11 (README, "Performance"): the cost of saving a line early and late in an
// interview, history and next with 10,000 sessions, and the slowest scenario validate accepts.

/// A scratch folder for one benchmark, removed afterwards.
func withScratchFolder(_ body: (String) -> Void) {
  let folder = NSTemporaryDirectory() + "mlcoach-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  body(folder)
}

/// Saving one typed line: the engine's changes appended to the journal and flushed to disk,
/// measured around line 10 and around line 20,000 of one step; then 20,000 piped lines end to
/// end through the built `mlcoach practice`.
func saveCost() {
  withScratchFolder { folder in
    let scenario = loadScenario("ads-ctr")
    let store = SessionStore(dataDirectory: folder)
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let fresh = InterviewEngine.newSession(id: store.newID(scenarioID: scenario.id, at: start), scenario: scenario,
                                           options: Session.Options(totalMinutes: 45, followUps: false), now: start)
    guard let (session, lock) = try? store.create(fresh) else {
      print("save: cannot create a session in \(folder)")
      return
    }
    defer { lock.release() }
    var engine = InterviewEngine(scenario: scenario, session: session, now: start)
    _ = engine.begin(now: start)
    let journal = SessionJournal(path: store.journalPath(of: session.id), after: 0)
    let line = "We use a two-tower retrieval model because it scales to millions of ads, then rank with a DCN."
    var costs: [Double] = []
    for index in 1...20_010 {
      let now = start.addingTimeInterval(Double(index))
      let cost = seconds {
        _ = engine.enter(line, now: now)
        try? journal.append(engine.takeChanges(), at: now)
      }
      costs.append(cost)
    }
    let early = median(Array(costs[0..<20]))
    let late = median(Array(costs[19_990..<20_010]))
    print(String(format: "save: one typed line (journal append + fsync), median of 20 lines: %.2f ms around line 10, "
      + "%.2f ms around line 20,000 (ratio %.2f)", early * 1000, late * 1000, late / early))
    var plain: [Double] = []
    for index in 1...20 {
      let now = start.addingTimeInterval(Double(30_000 + index))
      plain.append(seconds {
        _ = engine.enter(line, now: now)
        try? journal.append(engine.takeChanges(), at: now, sync: false)
      })
    }
    print(String(format: "save: the same without the flush (what a piped line costs until its batch is flushed): %.3f ms",
                 median(plain) * 1000))
    let rewrite = seconds { try? store.save(engine.snapshot(now: start.addingTimeInterval(40_000))) }
    print(String(format: "save: for comparison, rewriting the whole 20,000-line session once (0.1 did this per line): %.0f ms",
                 rewrite * 1000))
  }
  guard let mlcoach = mlcoachBinary() else { return }
  withScratchFolder { folder in
    let input = folder + "/input.txt"
    let text = (1...20_000).map { "line \($0): we downsample negatives because clicks are rare, then recalibrate." }
      .joined(separator: "\n") + "\n"
    _ = FileManager.default.createFile(atPath: input, contents: Data(text.utf8))
    let (time, status) = spawnStatus("/bin/sh", ["-c", "\"$0\" practice ads-ctr --no-timer --no-followups < \"$1\"",
                                                 mlcoach, input], environment: ["MLCOACH_HOME": folder + "/home"])
    print(String(format: "save: 20,000 piped lines through mlcoach practice: %.2f s in all (%.3f ms a line), exit %d",
                 time, time / 20, status))
  }
}

/// `history` and `next` with 10,000 finished sessions: the first run builds the index, later
/// runs read it (medians of 5). With `--keep DIR` the sessions are prepared in DIR (created if
/// needed) and left there, for profiling: `MLCOACH_HOME=DIR perf record -g mlcoach history`; a
/// later run with the same DIR times the sessions already there instead of writing more.
func historyCost(arguments: [String] = []) {
  guard let mlcoach = mlcoachBinary() else { return }
  if let flag = arguments.firstIndex(of: "--keep") {
    guard flag + 1 < arguments.count else {
      print("history: --keep needs a folder")
      return
    }
    let folder = arguments[flag + 1]
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    historyCost(mlcoach: mlcoach, folder: folder)
    print("history: the sessions are kept in \(folder)")
  } else {
    withScratchFolder { historyCost(mlcoach: mlcoach, folder: $0) }
  }
}

private func historyCost(mlcoach: String, folder: String) {
  let store = SessionStore(dataDirectory: folder)
  try? FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
  let existing = (try? FileManager.default.contentsOfDirectory(atPath: store.directory)) ?? []
  if !existing.contains(where: { $0.hasSuffix(".json") }) { writeSessions(store) }
  let environment = ["MLCOACH_HOME": folder]
  for command in ["history", "next"] {
    try? FileManager.default.removeItem(atPath: store.directory + "/.index")
    let cold = spawnStatus(mlcoach, [command], environment: environment)
    let warm = (0..<5).map { _ in spawnStatus(mlcoach, [command], environment: environment).0 }
    print(String(format: "%@: 10,000 sessions: %.2f s the first time (builds the index), %.3f s after "
      + "(median of 5; target <= 0.5 s); exit %d", command, cold.0, median(warm), cold.1))
  }
}

/// 10,000 finished sessions of three scenarios, each scored, one an hour.
private func writeSessions(_ store: SessionStore) {
  let scenarios = ["ads-ctr", "image-search", "video-recommendation"].map(loadScenario)
  let reports = scenarios.map { Scorer(scenario: $0).score(text: answer(words: 800)) }
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
  encoder.dateEncodingStrategy = .iso8601
  let start = Date(timeIntervalSince1970: 1_700_000_000)
  for index in 0..<10_000 {
    let scenario = scenarios[index % 3]
    let date = start.addingTimeInterval(Double(index) * 3_600)
    var session = InterviewEngine.newSession(id: store.newID(scenarioID: scenario.id, at: date), scenario: scenario,
                                             options: Session.Options(totalMinutes: 45), now: date)
    for step in session.steps.indices {
      session.steps[step].lines = ["A line of the answer for step \(step)."]
      session.steps[step].usedSeconds = session.steps[step].budgetSeconds
      session.steps[step].completed = true
    }
    session.currentStep = session.steps.count
    session.state = .finished
    session.finishedAt = date.addingTimeInterval(2_700)
    session.score = reports[index % 3]
    // Written directly (no fsync): this only prepares the folder.
    try? encoder.encode(session).write(to: URL(fileURLWithPath: store.path(of: session.id)))
  }
}

/// The largest scenarios `validate` accepts, built to be slow, each compiled and scoring an
/// 800-word answer (the slowest of three answers: a typical one, one made of the scenario's
/// own phrases, one of glossary terms). Each is checked by the validator first.
func slowestScenario() {
  let path = repository.appendingPathComponent("Scenarios/ads-ctr.json").path
  guard let data = FileManager.default.contents(atPath: path),
        let base = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let rubric = base["rubric"] as? [[String: Any]], let facts = base["facts"] as? [[String: Any]] else {
    print("slowest: cannot read \(path)")
    return
  }
  let aboutCount = facts.reduce(0) { $0 + (($1["about"] as? [String])?.count ?? 0) }
  let glossaryTerms = ["ctr", "ann", "ab test", "ndcg", "gbdt", "dcn", "knn", "mf", "ne", "hnsw", "ivf", "pq", "qps",
                       "p95", "lr", "fm", "auc", "roc", "mrr", "map"]
  func word(_ index: Int, length: Int) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    var value = index &* 2_654_435_761
    var text = ""
    for position in 0..<length {
      text.append(letters[abs(value) % 26])
      value = value / 26 &+ 7 &* position &+ index
    }
    return text
  }
  let shapes: [(name: String, phrase: (Int) -> String)] = [
    ("8 distinct 10-letter words", { index in (0..<8).map { word(index * 8 + $0, length: 10) }.joined(separator: " ") }),
    ("3 words of 32 letters", { index in (0..<3).map { word(index * 3 + $0, length: 32) }.joined(separator: " ") }),
    ("4 words of 24 letters", { index in (0..<4).map { word(index * 4 + $0, length: 24) }.joined(separator: " ") }),
    ("2 words of 12 letters", { index in (0..<2).map { word(index * 2 + $0, length: 12) }.joined(separator: " ") }),
    ("4 glossary terms and a word", { index in
      (0..<4).map { glossaryTerms[(index + $0 * 7) % glossaryTerms.count] }.joined(separator: " ") + " " + word(index, length: 6)
    }),
  ]
  var slowest = (name: "", milliseconds: 0.0)
  for shape in shapes {
    // 300 items and 4,000 phrases in all, about phrases included, and at most 100,000
    // characters in those phrases: every count at its limit (long phrases reach the
    // character limit first).
    let flagPhrases = (base["redFlags"] as? [[String: Any]] ?? []).flatMap {
      (($0["evidence"] as? [String]) ?? []) + (($0["unlessMentioned"] as? [String]) ?? [])
    }
    let aboutPhrases = facts.flatMap { ($0["about"] as? [String]) ?? [] }
    let usedCharacters = (flagPhrases + aboutPhrases).reduce(0) { $0 + $1.count }
    let phraseLength = (0..<100).map { shape.phrase($0).count }.max() ?? 1
    let phraseCount = min(ScenarioLimits.phrases - aboutCount - flagPhrases.count,
                          (ScenarioLimits.phraseCharactersInAll - usedCharacters) / phraseLength)
    var items: [[String: Any]] = []
    var next = 0
    for index in 0..<ScenarioLimits.rubricItems {
      var item = rubric[index % rubric.count]
      item["id"] = "item-\(index)"
      item.removeValue(forKey: "alternatives")
      item.removeValue(forKey: "requires")
      let count = phraseCount / ScenarioLimits.rubricItems + (index < phraseCount % ScenarioLimits.rubricItems ? 1 : 0)
      item["evidence"] = (0..<count).map { _ in
        defer { next += 1 }
        return shape.phrase(next)
      }
      items.append(item)
    }
    var document = base
    document["rubric"] = items
    guard let json = try? JSONSerialization.data(withJSONObject: document) else { continue }
    let scenario: Scenario
    do {
      scenario = try ScenarioDecoder.decode([UInt8](json), file: "ads-ctr.json")
    } catch {
      print("slowest: \(shape.name): rejected: \(error.issues.prefix(3).map(\.description))")
      continue
    }
    let own = scenario.rubric.flatMap(\.evidence).joined(separator: " because ").split(separator: " ").prefix(800)
      .joined(separator: " ")
    let glossary = (0..<800).map { glossaryTerms[$0 % glossaryTerms.count] }.joined(separator: " ")
    var worst = 0.0
    var compile = 0.0
    for text in [answer(words: 800), own, glossary] {
      var rounds: [Double] = []
      var compiles: [Double] = []
      for _ in 0..<5 {
        var scorer: Scorer?
        let compiled = seconds { scorer = Scorer(scenario: scenario) }
        let scored = seconds { _ = scorer?.score(text: text) }
        compiles.append(compiled)
        rounds.append(compiled + scored)
      }
      worst = max(worst, median(rounds))
      compile = median(compiles)
    }
    let phrases = scenario.rubric.reduce(0) { $0 + $1.evidence.count }
    print(String(format: "slowest: %d items, %d evidence phrases of %@ (%d KB): compile + score an 800-word answer "
      + "%.1f ms (compile %.1f ms; target <= 50 ms)", scenario.rubric.count, phrases, shape.name, json.count / 1024,
                 worst * 1000, compile * 1000))
    if worst * 1000 > slowest.milliseconds { slowest = (shape.name, worst * 1000) }
  }
  print(String(format: "slowest: the slowest scenario validate accepts (%@) scores an 800-word answer in %.1f ms",
               slowest.name, slowest.milliseconds))
}
