import Foundation
import MLCoachCore
import Testing
@testable import MLCoachCLI

/// The practice command in-process, with scripted input and a fixed clock.
@Suite("practice options")
struct PracticeCommandTests {
  @Test("without a scenario it follows 'next'; an unfinished session is not practice, and is offered")
  func withoutAScenario() throws {
    let home = CLITest.temporaryDirectory()
    let first = CLITest.run(["practice", "--no-followups"], input: ["/quit"], environment: ["MLCOACH_HOME": home])
    #expect(first.code == 0)
    #expect(first.out.contains("No scenario named: practising what 'mlcoach next' recommends, ads-ctr — "))
    let next = CLITest.run(["next", "--json"], environment: ["MLCOACH_HOME": home])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(next.out.utf8)) as? [String: Any])
    #expect(object["scenario"] as? String == "ads-ctr")
    // The abandoned interview does not count as practice: the same scenario again, and from a
    // script a note (on stderr) says how to resume the other one.
    let second = CLITest.run(["practice", "--no-followups"], input: ["/quit"], environment: ["MLCOACH_HOME": home])
    #expect(second.out.contains("recommends, ads-ctr"))
    #expect(second.err.contains("note: ads-ctr has an unfinished interview from today at 08:00 (step 1/7); starting a "
      + "new one. Resume the other with 'mlcoach resume "))
    #expect(SessionStore(dataDirectory: home).all().sessions.count == 2)
  }

  @Test("empty piped input saves no session: there is nothing in it to resume; /quit alone still saves")
  func emptyInput() throws {
    let home = CLITest.temporaryDirectory()
    let empty = CLITest.run(["practice", "ads-ctr"], input: [], environment: ["MLCOACH_HOME": home])
    #expect(empty.code == 66)
    #expect(empty.err.hasSuffix("error: standard input ended before any answer; no session was saved\n"))
    #expect(CLITest.files(in: home + "/sessions").isEmpty)
    let blank = CLITest.run(["practice", "ads-ctr"], input: ["", "   "], environment: ["MLCOACH_HOME": home])
    #expect(blank.code == 66)
    #expect(CLITest.files(in: home + "/sessions").isEmpty)
    let quit = CLITest.run(["practice", "ads-ctr"], input: ["/quit"], environment: ["MLCOACH_HOME": home])
    #expect(quit.code == 0)
    #expect(SessionStore(dataDirectory: home).all().sessions.count == 1)
  }

  @Test("report without an id reports the latest finished session, as review does, and names a newer unfinished one")
  func reportPrefersFinished() throws {
    let home = CLITest.temporaryDirectory()
    let finished = ["Hello."] + Array(repeating: "/next", count: 7)
    _ = CLITest.run(["practice", "news-feed", "--no-followups"], input: finished, environment: ["MLCOACH_HOME": home])
    _ = CLITest.run(["practice", "news-feed", "--no-followups", "--new"], input: ["Scratch.", "/quit"],
                    environment: ["MLCOACH_HOME": home])
    let sessions = SessionStore(dataDirectory: home).all().sessions.sorted { $0.id < $1.id }
    let done = try #require(sessions.first { $0.state == .finished })
    let open = try #require(sessions.first { $0.state == .inProgress })
    for arguments in [["report"], ["report", "news-feed"], ["report", "news"]] {
      let result = CLITest.run(arguments, environment: ["MLCOACH_HOME": home])
      #expect(result.code == 0)
      #expect(result.out.contains("`\(done.id)`"), "\(arguments)")
      #expect(result.err == "note: reporting \(done.id), the latest finished session; a newer one, \(open.id), is "
        + "unfinished\n", "\(arguments)")
    }
    let named = CLITest.run(["report", open.id], environment: ["MLCOACH_HOME": home])
    #expect(named.out.contains("`\(open.id)`") && named.err.isEmpty)
    let review = CLITest.run(["review", "news-feed", "--print"], environment: ["MLCOACH_HOME": home])
    #expect(review.out.contains(done.id))
    #expect(review.err == "note: reviewing \(done.id), the latest finished session; a newer one, \(open.id), is "
      + "unfinished\n")
  }

  // Trial 10: after finishing an older interview with resume, report and review took another.
  @Test("the latest finished session is the one finished last, not the one started last")
  func latestFinishedIsFinishedLast() throws {
    let home = CLITest.temporaryDirectory()
    let environment = ["MLCOACH_HOME": home]
    let clock = FixedClock()
    _ = CLITest.run(["practice", "news-feed", "--no-followups"], input: ["Older.", "/quit"], environment: environment,
                    clock: clock)
    clock.advance(by: 60)
    _ = CLITest.run(["practice", "news-feed", "--no-followups", "--new"],
                    input: ["Newer."] + Array(repeating: "/next", count: 7), environment: environment, clock: clock)
    let older = try #require(SessionStore(dataDirectory: home).all().sessions.first { $0.state == .inProgress })
    clock.advance(by: 60)
    let resumed = CLITest.run(["resume", older.id], input: Array(repeating: "/next", count: 7),
                              environment: environment, clock: clock)
    #expect(resumed.code == 0)
    for arguments in [["report"], ["report", "news"], ["review", "--print"]] {
      let result = CLITest.run(arguments, environment: environment, clock: clock)
      #expect(result.out.contains(older.id), "\(arguments)")
    }
  }

  @Test("on a terminal, practice offers to resume an unfinished session of the scenario")
  func offersToResume() throws {
    let home = CLITest.temporaryDirectory()
    _ = CLITest.run(["practice", "image-search", "--no-followups", "--no-timer"], input: ["Hello there", "/quit"],
                    environment: ["MLCOACH_HOME": home])
    let resumed = CLITest.run(["practice", "image", "--no-timer"], input: ["", "/quit"],
                              environment: ["MLCOACH_HOME": home], terminal: true)
    #expect(resumed.out.contains("You have an unfinished image-search interview from today at 08:00 (step 1/7)."))
    #expect(resumed.out.contains("Resume it? [Y = resume, n = start a new one, q = quit]"))
    #expect(resumed.out.contains("Resuming "))
    #expect(SessionStore(dataDirectory: home).all().sessions.count == 1)
    let fresh = CLITest.run(["practice", "image", "--no-timer"], input: ["n", "/quit"],
                            environment: ["MLCOACH_HOME": home], terminal: true)
    #expect(!fresh.out.contains("Resuming "))
    #expect(SessionStore(dataDirectory: home).all().sessions.count == 2)
    let quit = CLITest.run(["practice", "image"], input: ["q"], environment: ["MLCOACH_HOME": home], terminal: true)
    #expect(quit.code == 0)
    #expect(SessionStore(dataDirectory: home).all().sessions.count == 2)
    let forced = CLITest.run(["practice", "image", "--new", "--no-timer"], input: ["/quit"],
                             environment: ["MLCOACH_HOME": home], terminal: true)
    #expect(!forced.out.contains("Resume it?"))
    #expect(SessionStore(dataDirectory: home).all().sessions.count == 3)
  }

  @Test("bad --minutes and --focus values are usage errors")
  func badOptions() {
    let minutes = CLITest.run(["practice", "ads-ctr", "--minutes", "soon"])
    #expect(minutes.code == 64)
    #expect(minutes.err.hasPrefix("error: --minutes needs a number of minutes from 1 to 600 (got 'soon')\nusage: "))
    let focus = CLITest.run(["practice", "ads-ctr", "--focus", "vibes"])
    #expect(focus.code == 64)
    #expect(focus.err.contains("unknown category 'vibes'; use one of: requirements, modeling"))
  }

  @Test("--minutes scales the budgets shown and saved")
  func minutesAndTimeTable() throws {
    let home = CLITest.temporaryDirectory()
    let clock = FixedClock()
    let result = CLITest.run(["practice", "image-search", "--minutes", "9", "--no-followups"],
                             input: ["/quit"], environment: ["MLCOACH_HOME": home], clock: clock)
    #expect(result.out.contains("Step 1/7 · Clarifying requirements — 1:00"))
    let session = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    #expect(session.steps.reduce(0) { $0 + $1.budgetSeconds } == 540)
  }

  @Test("resume refuses a finished session and explains how to see it")
  func resumeFinished() throws {
    let home = CLITest.temporaryDirectory()
    let input = Array(repeating: "/next", count: 7)
    _ = CLITest.run(["practice", "ads-ctr", "--no-followups"], input: input, environment: ["MLCOACH_HOME": home])
    let id = try #require(SessionStore(dataDirectory: home).all().sessions.first?.id)
    let result = CLITest.run(["resume", id], environment: ["MLCOACH_HOME": home])
    #expect(result.code == 64)
    #expect(result.err.contains("is finished; see it with 'mlcoach review \(id)'"))
    let none = CLITest.run(["resume"], environment: ["MLCOACH_HOME": home])
    #expect(none.code == 66)
    #expect(none.err.contains("no unfinished interview to resume"))
  }

  /// Root reads any folder, so the check runs as `nobody` through setpriv when the tests run as root.
  static let canDropPrivileges = geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

  // Trial 13: in a sessions folder that can be written but not listed (mode 333), practice
  // saved and said "continue with: mlcoach resume ID", and that resume then failed.
  @Test("in a sessions folder that cannot be listed, the id practice suggests resumes and reports",
        .enabled(if: canDropPrivileges))
  func unlistableSessionsFolder() throws {
    let script = """
      set -e
      chmod 755 "$PWD"; mkdir -p home/sessions; chmod 777 home; chmod 333 home/sessions
      run() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups "$MLCOACH" "$@"
              else "$MLCOACH" "$@"; fi; }
      printf 'We rank by pCTR.\\n/quit\\n' | run practice ads-ctr --no-timer > practice.out 2>&1
      id=$(sed -n 's/.*Continue with: mlcoach resume //p' practice.out)
      printf 'Calibrated, because the auction multiplies it by the bid.\\n/quit\\n' | run resume "$id"
      run report "$id" -f json > report.json
      grep -q 'Calibrated, because the auction' report.json && echo "reported"
      """
    let result = try CLITest.shell(script, environment: ["MLCOACH_HOME": "home"])
    #expect(result.code == 0, "\(result.out)\n\(result.err)")
    #expect(result.out.contains("Resuming "), "\(result.out)")
    #expect(result.out.hasSuffix("reported\n"), "the resumed line is in the report: \(result.out)")
  }

  // Trial 13: discarding in a read-only sessions folder said "cannot save to '…/ID.lock'".
  @Test("a read-only sessions folder is named as what cannot be written, by discard and by resume",
        .enabled(if: canDropPrivileges))
  func readOnlySessionsFolder() throws {
    let script = """
      set -e
      chmod 755 "$PWD"; mkdir -p home; chmod 777 home
      run() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups "$MLCOACH" "$@"
              else "$MLCOACH" "$@"; fi; }
      printf 'We rank by pCTR.\\n/quit\\n' | run practice ads-ctr --no-timer > practice.out 2>&1
      id=$(sed -n 's/.*Continue with: mlcoach resume //p' practice.out)
      chmod 555 home/sessions
      set +e
      run sessions discard "$id" -y; echo "discard exit $?"
      printf 'more\\n/quit\\n' | run resume "$id" > /dev/null; echo "resume exit $?"
      ls home/sessions
      """
    let result = try CLITest.shell(script, environment: ["MLCOACH_HOME": "home"])
    #expect(result.out.contains("discard exit 73"), "\(result.out)\n\(result.err)")
    #expect(result.err.contains("cannot discard '"), "\(result.err)")
    #expect(result.err.contains("home/sessions': the folder cannot be written: permission denied; nothing was deleted"))
    #expect(result.err.contains("warning: cannot save to '") && !result.err.contains(".lock'"), "\(result.err)")
    #expect(result.out.contains(".json"), "the session is still there: \(result.out)")
  }

  // Trial 14: "practice ads --resume --new" silently resumed, ignoring --new.
  @Test("--resume with an option of a new interview is a usage error naming it", arguments: [
    (["--new"], "--new cannot be used with it (--new starts another interview)"),
    (["--minutes", "20"], "--minutes cannot be used with it"),
    (["--strict"], "--strict cannot be used with it"),
  ])
  func resumeWithNewOptions(extra: [String], message: String) {
    let home = CLITest.temporaryDirectory()
    let result = CLITest.run(["practice", "ads-ctr", "--resume"] + extra, environment: ["MLCOACH_HOME": home])
    #expect(result.code == 64)
    #expect(result.err.contains(message), "\(result.err)")
    #expect(SessionStore(dataDirectory: home).all().sessions.isEmpty, "nothing started")
  }

  // Trial 16: "resume ID --no-timer" said only "unknown option", as if it were a typo.
  @Test("resume with an option of a new interview says why it cannot have it")
  func resumeCommandWithNewOptions() {
    let home = CLITest.temporaryDirectory()
    for option in ["--no-timer", "--minutes"] {
      let result = CLITest.run(["resume", option], environment: ["MLCOACH_HOME": home])
      #expect(result.code == 64)
      #expect(result.err.hasPrefix("error: \(option) cannot be used here: an interview resumes with the options it was "
        + "started with; 'mlcoach practice SCENARIO --new' starts another with new ones\n"), "\(result.err)")
    }
    #expect(CLITest.run(["resume", "--no-timr"], environment: ["MLCOACH_HOME": home]).err.contains("unknown option"))
  }

  // A newcomer's focus session (thirty-fifth session) was told "After step 1, ask …" in a
  // session whose only step was Evaluation.
  @Test("in a focus session without step 1, a '?' line is told to use /ask, with no word of step 1")
  func questionInFocusSession() {
    let input = ["What is the current ETA error?", "MAE on a later month.", "/quit"]
    let result = CLITest.run(["practice", "eta-prediction", "--focus", "metrics", "--no-followups", "--no-timer"],
                             input: input)
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("To ask the interviewer, use /ask QUESTION."), "\(result.out)")
    #expect(!result.out.contains("After step 1"), "\(result.out)")
  }

  // Trial 14: a question typed in step 2 was saved as answer text without a word.
  @Test("a line ending in '?' after step 1 is kept as answer text, and how to ask is said once")
  func questionAfterStepOne() throws {
    let home = CLITest.temporaryDirectory()
    let input = ["We optimise revenue.", "/next", "Can I assume the auction ranks by bid times pCTR?",
                 "Is a click within 30 minutes the label?", "/quit"]
    let result = CLITest.run(["practice", "ads-ctr", "--no-followups", "--no-timer"], input: input,
                             environment: ["MLCOACH_HOME": home])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.components(separatedBy: "ask the interviewer with /ask").count == 2, "\(result.out)")
    let session = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    #expect(session.steps[1].lines == ["Can I assume the auction ranks by bid times pCTR?",
                                       "Is a click within 30 minutes the label?"])
  }

  // Trial 24: "what's the peak qps" in step 1 went into the answer without a word.
  @Test("a step-1 line worded as a question without '?' is kept as answer text, and how to ask is said once")
  func unmarkedQuestionInStepOne() throws {
    let home = CLITest.temporaryDirectory()
    let input = ["what's the peak qps", "do we log clicks", "What matters most is revenue.", "/quit"]
    let result = CLITest.run(["practice", "ads-ctr", "--no-followups", "--no-timer"], input: input,
                             environment: ["MLCOACH_HOME": home])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.components(separatedBy: "To ask the interviewer, end the line").count == 2, "\(result.out)")
    let session = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    #expect(session.steps[0].lines == input.dropLast().map { $0 })
    #expect(InterviewEngine.readsAsQuestion("Is there a feature store") && !InterviewEngine.readsAsQuestion("Is this it."))
    #expect(!InterviewEngine.readsAsQuestion("Latency matters most"))
  }

  // Trial 24: a piped session printed the replies but not the questions they answer.
  @Test("from a pipe, each question is printed before its reply; answers and commands are not")
  func pipedQuestionsEchoed() throws {
    let home = CLITest.temporaryDirectory()
    let input = ["Latency?", "We optimise revenue.", "/ask What is the baseline CTR", "/quit"]
    let result = CLITest.run(["practice", "ads-ctr", "--no-followups", "--no-timer"], input: input,
                             environment: ["MLCOACH_HOME": home])
    #expect(result.code == 0, "\(result.err)")
    let lines = result.out.components(separatedBy: "\n")
    let latency = try #require(lines.firstIndex(of: "› Latency?"), "\(result.out)")
    #expect(lines[latency + 1].hasPrefix("Interviewer: "))
    #expect(lines.contains("› /ask What is the baseline CTR"))
    #expect(!lines.contains("› We optimise revenue."))
    #expect(!lines.contains("› /quit"))
  }
}

