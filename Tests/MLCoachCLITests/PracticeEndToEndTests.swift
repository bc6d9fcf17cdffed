import Foundation
import MLCoachCore
import Testing

/// Drives the built `mlcoach` binary with piped input, as a script or a person would.
@Suite("practice end to end", .serialized)
struct PracticeEndToEndTests {
  func sessions(in home: String) -> [Session] {
    SessionStore(dataDirectory: home).all().sessions
  }

  func stubEditor(appending line: String) -> String {
    let path = CLITest.temporaryDirectory() + "/editor.sh"
    let script = "#!/bin/sh\necho '\(line)' >> \"$1\"\n"
    #expect(FileManager.default.createFile(atPath: path, contents: Data(script.utf8),
                                           attributes: [.posixPermissions: 0o755]))
    return path
  }

  @Test("all 7 steps piped: question, hint, follow-up, /edit, saved session and report")
  func fullInterview() throws {
    let home = CLITest.temporaryDirectory()
    let editor = stubEditor(appending: "Edited: we recalibrate because downsampling inflates pCTR.")
    var input = [
      "What is the latency budget?",
      "Revenue is the goal because advertisers pay per click.",
      "/hint", "/next",
      "We need p95 under 150 ms because the feed waits on the ads.", "/next",
      "Pointwise binary classification of a click because the auction multiplies bid by pCTR.",
      "/edit", "/next", "/next",
    ]
    for step in 3...7 { input += ["Step \(step): a time-based split because data is time ordered.", "/next", "/next"] }
    let result = try CLITest.spawn(["practice", "ads-ctr", "--no-timer"], stdin: input.joined(separator: "\n") + "\n",
                                   environment: ["MLCOACH_HOME": home, "EDITOR": editor, "VISUAL": ""])
    #expect(result.code == 0, "\(result.err)")
    for text in ["Interviewer: The whole ad request", "» Hint: ", "Step 7/7 · Monitoring", "Interview over.",
                 "Overall: ", "Time: ", " used of 45:00", "full report: mlcoach report ", "mlcoach review "] {
        #expect(result.out.contains(text), "\(text)")
    }
    let session = try #require(sessions(in: home).first)
    #expect(session.state == .finished)
    #expect(session.score != nil)
    #expect(session.steps[0].questions.first?.answer.contains("150 ms") == true)
    #expect(session.steps[0].hintsUsed.count == 1)
    #expect(session.steps[0].followUp?.lines == ["We need p95 under 150 ms because the feed waits on the ads."])
    #expect(session.steps[1].lines.last == "Edited: we recalibrate because downsampling inflates pCTR.")
    #expect(session.steps[1].lines.first?.hasPrefix("Pointwise") == true)
    #expect(session.steps.filter { !$0.completed }.isEmpty)
  }

  @Test("end of piped input saves; resume restores every line")
  func pipedEndResumes() throws {
    let home = CLITest.temporaryDirectory()
    let first = try CLITest.spawn(["practice", "image-search", "--no-followups"], stdin: "crops are supported\n",
                                  environment: ["MLCOACH_HOME": home])
    #expect(first.code == 0)
    #expect(first.out.contains("Saved. Continue with: mlcoach resume "))
    let second = try CLITest.spawn(["resume"], stdin: "no personalisation\n", environment: ["MLCOACH_HOME": home])
    #expect(second.code == 0)
    #expect(second.out.contains("│ crops are supported"))
    #expect(sessions(in: home).first?.steps[0].lines == ["crops are supported", "no personalisation"])
    let none = try CLITest.spawn(["resume", "nope"], environment: ["MLCOACH_HOME": home])
    #expect(none.code == 66)
  }

  /// Starts practice with an open pipe, types lines, waits until they are on disk, then signals.
  func interrupted(signal number: Int32, home: String) throws -> (Process, Pipe) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLITest.binary)
    process.arguments = ["practice", "ads-ctr", "--no-followups"]
    var env = ProcessInfo.processInfo.environment
    env["MLCOACH_HOME"] = home
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data("line one\nline two\n".utf8))
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline, sessions(in: home).first?.steps[0].lines.count != 2 { usleep(50_000) }
    kill(process.processIdentifier, number)
    process.waitUntilExit()
    return (process, output)
  }

  @Test("kill -9 mid-step loses no line entered; resume continues the step")
  func killAndResume() throws {
    let home = CLITest.temporaryDirectory()
    let (process, _) = try interrupted(signal: SIGKILL, home: home)
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(sessions(in: home).first?.steps[0].lines == ["line one", "line two"])
    let resumed = try CLITest.spawn(["practice", "--resume"], stdin: "line three\n", environment: ["MLCOACH_HOME": home])
    #expect(resumed.code == 0)
    let session = try #require(sessions(in: home).first)
    #expect(session.steps[0].lines == ["line one", "line two", "line three"])
    #expect(session.currentStep == 0)
  }

  @Test("Ctrl-C saves and exits 130 with how to resume")
  func controlC() throws {
    let home = CLITest.temporaryDirectory()
    let (process, output) = try interrupted(signal: SIGINT, home: home)
    #expect(process.terminationStatus == 130)
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(printed.contains("Interrupted. Your answers are saved; continue with: mlcoach resume"))
    #expect(sessions(in: home).first?.steps[0].lines == ["line one", "line two"])
  }

  @Test("practice runs started together get one session each and keep every line (D1)")
  func simultaneousPractice() throws {
    let home = CLITest.temporaryDirectory()
    var env = ProcessInfo.processInfo.environment
    env["MLCOACH_HOME"] = home
    let runs: [(Process, Pipe)] = try (0..<4).map { index in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: CLITest.binary)
      process.arguments = ["practice", "ads-ctr", "--no-followups", "--no-timer"]
      process.environment = env
      let input = Pipe()
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      input.fileHandleForWriting.write(Data("answer of run \(index)\n".utf8))
      return (process, input)
    }
    for (process, input) in runs {
      try input.fileHandleForWriting.close()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let all = sessions(in: home)
    #expect(all.count == 4)
    #expect(Set(all.map(\.id)).count == 4)
    #expect(Set(all.flatMap { $0.steps[0].lines }) == Set((0..<4).map { "answer of run \($0)" }))
  }

  @Test("a second resume of an open session names the process that has it; once that dies, resume takes over (D2)")
  func concurrentResume() throws {
    let home = CLITest.temporaryDirectory()
    let running = try CLITest.startPractice(home: home)
    defer { withExtendedLifetime(running) {} }  // its open stdin keeps the practice waiting
    let process = running.process
    let id = try #require(sessions(in: home).first?.id)

    let second = try CLITest.spawn(["resume", id], stdin: "from another terminal\n", environment: ["MLCOACH_HOME": home])
    #expect(second.code == 75)
    #expect(second.err.contains("error: session '\(id)' is open in another mlcoach (process \(process.processIdentifier))"))

    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let third = try CLITest.spawn(["resume", id], stdin: "line two\n", environment: ["MLCOACH_HOME": home])
    #expect(third.code == 0, "\(third.err)")
    #expect(third.err.contains("note: process \(process.processIdentifier) had this session open and is no longer running"))
    #expect(sessions(in: home).first?.steps[0].lines == ["line one", "line two"])
    #expect(CLITest.files(in: home + "/sessions") == ["\(id).json"])
  }

  @Test("an unwritable data directory is reported at the start and the transcript printed at the end")
  func unwritableDataDirectory() throws {
    let file = CLITest.temporaryDirectory() + "/not-a-folder"
    _ = FileManager.default.createFile(atPath: file, contents: Data())
    let result = try CLITest.spawn(["practice", "ads-ctr", "--no-followups"], stdin: "my precious answer\n",
                                   environment: ["MLCOACH_HOME": file + "/home"])
    #expect(result.code == 73, "nothing was saved: the docs' 'cannot create' (W3)")
    #expect(result.err.contains("warning: cannot save to"))
    #expect(!result.out.contains("Every line is saved") && result.out.contains("Nothing can be saved"))
    #expect(result.out.contains("Your transcript"))
    #expect(result.out.contains("my precious answer"))
  }

  @Test("a copied binary lists the bundled scenarios with no source tree or build folder nearby")
  func copiedBinary() throws {
    let folder = CLITest.temporaryDirectory()
    let copy = folder + "/mlcoach"
    try FileManager.default.copyItem(atPath: CLITest.binary, toPath: copy)
    let result = try CLITest.spawn(["list"], environment: ["MLCOACH_HOME": folder], currentDirectory: "/", executable: copy)
    #expect(result.code == 0)
    #expect(result.out.contains("ads-ctr") && result.out.contains("image-search") && result.out.contains("video-recommendation"))
  }

  // Trial 10: `practice < folder` said "standard input ended", and bytes that are not UTF-8
  // were saved as U+FFFD without a word.
  // Trial 13: NUL and ESC bytes in piped lines were left out without a word.
  @Test("control characters in piped lines are left out with one warning naming the first line that had them")
  func controlCharactersInPipedInput() throws {
    let home = CLITest.temporaryDirectory()
    let bytes = Array("We rank by pCTR.\n".utf8) + Array("Calibrated".utf8) + [0x00, 0x1B]
      + Array("[31m because bids multiply it.\nMore\u{7F} text.\n/quit\n".utf8)
    let result = try CLITest.spawn(["practice", "ads-ctr", "--no-timer"], stdinBytes: bytes,
                                   environment: ["MLCOACH_HOME": home])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.err.contains("warning: line 2 of standard input has control characters (NUL, ESC); they were left "
      + "out of the answer"), "\(result.err)")
    #expect(result.err.components(separatedBy: "control characters").count == 2, "one warning: \(result.err)")
    let session = try #require(sessions(in: home).first)
    #expect(session.steps[0].lines == ["We rank by pCTR.", "Calibrated[31m because bids multiply it.", "More text."])
  }

  @Test("a piped line over 1 MiB is saved in pieces, with one warning saying so")
  func overLongPipedLine() throws {
    let home = CLITest.temporaryDirectory()
    let bytes = Array("Short first line.\n".utf8) + [UInt8](repeating: 0x61, count: 1_048_576 + 5)
      + Array("\n/quit\n".utf8)
    let result = try CLITest.spawn(["practice", "ads-ctr", "--no-timer"], stdinBytes: bytes,
                                   environment: ["MLCOACH_HOME": home])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.err.contains("warning: line 2 of standard input is longer than 1 MiB; it is saved in pieces"),
            "\(result.err)")
    let session = try #require(sessions(in: home).first)
    #expect(session.steps[0].lines.map(\.count) == [17, 1_048_576, 5], "nothing typed is dropped")
  }

  @Test("a folder as standard input is named; lines that are not UTF-8 are saved with one warning")
  func unusualStandardInput() throws {
    let home = CLITest.temporaryDirectory()
    let folder = try CLITest.spawn(["practice", "ads-ctr", "--no-timer"], stdinFile: home,
                                   environment: ["MLCOACH_HOME": home])
    #expect(folder.code == 66)
    #expect(folder.err.hasSuffix("error: standard input is a folder, not a file; no session was saved\n"), "\(folder.err)")
    // Trial 14: the introduction and the first step were printed before the error.
    #expect(folder.out.isEmpty, "\(folder.out)")
    #expect(sessions(in: home).isEmpty)

    let latin1 = Array("We keep a feature store because caf".utf8) + [0xE9] + Array(" profiles change.\n".utf8)
      + Array("Na".utf8) + [0xEF] + Array("ve pCTR is miscalibrated.\n/quit\n".utf8)
    let result = try CLITest.spawn(["practice", "ads-ctr", "--no-timer"], stdinBytes: latin1,
                                   environment: ["MLCOACH_HOME": home])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.err.components(separatedBy: "is not all UTF-8 text").count == 2, "one warning: \(result.err)")
    let session = try #require(sessions(in: home).first)
    #expect(session.steps[0].lines.joined(separator: "\n").contains("caf\u{FFFD} profiles"), "nothing typed is dropped")
    #expect(session.steps[0].lines.joined(separator: "\n").contains("Na\u{FFFD}ve pCTR"))
    // Trial 13: resume with a folder as standard input ended the interview and exited 0.
    let resumed = try CLITest.spawn(["resume", session.id], stdinFile: home, environment: ["MLCOACH_HOME": home])
    #expect(resumed.code == 66)
    #expect(resumed.err.contains("error: standard input is a folder, not a file; nothing was entered"))
    #expect(resumed.out.isEmpty, "\(resumed.out)")
    #expect(sessions(in: home).first?.finishedAt == nil, "the interview is left as it was")
  }

  // Trial 13: with standard input closed, the session's lock file took descriptor 0 and its
  // pid was saved as a typed line; a byte-order mark hid a first "/skip".
  @Test("a closed standard input reads as empty; a byte-order mark before the first line is not typed text")
  func closedInputAndByteOrderMark() throws {
    let home = CLITest.temporaryDirectory()
    let closed = try CLITest.spawn(["-c", "exec \"$0\" practice ads-ctr --no-timer <&-", CLITest.binary],
                                   environment: ["MLCOACH_HOME": home], executable: "/bin/sh")
    #expect(closed.code == 66, "\(closed.err)")
    #expect(sessions(in: home).isEmpty, "nothing was typed, so nothing is saved")

    let bom = [UInt8]([0xEF, 0xBB, 0xBF]) + Array("/skip\nFraming answer.\n/quit\n".utf8)
    let result = try CLITest.spawn(["practice", "ads-ctr", "--no-timer"], stdinBytes: bom,
                                   environment: ["MLCOACH_HOME": home])
    #expect(result.code == 0, "\(result.err)")
    let session = try #require(sessions(in: home).first)
    #expect(session.steps[0].skipped, "the first line is the /skip command")
    #expect(session.steps[1].lines == ["Framing answer."])
  }
}

