import Foundation
import Testing
@testable import MLCoachCLI

@Suite("mlcoach score")
struct ScoreCommandTests {
  let answers = CLITest.coreFixtures.appendingPathComponent("corpus")

  func write(_ bytes: [UInt8]) -> String {
    let path = CLITest.temporaryDirectory() + "/answer.md"
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    return path
  }

  @Test("scored from standard input, the footer says to pipe the answer again for the details")
  func stdinFooter() {
    let result = CLITest.run(["score", "ads-ctr", "-", "--no-color"], input: ["We predict pCTR with logistic regression."])
    #expect(result.out.contains("every verdict with its evidence: add --details (and pipe the answer again)"),
            "\(result.out)")
  }

  @Test("--details shows the score, band, categories, evidence, misses and advice")
  func report() {
    let result = CLITest.run(["score", "ads-ctr", answers.appendingPathComponent("ads-ctr/w2-good.md").path, "--details"])
    #expect(result.code == 0)
    for text in ["Overall: ", "Categories", "Trade-offs", "Step 1 · Clarifying requirements", "✓ ", "“", "hint: ",
                 "Why this score", "Work on next", "1. "] {
      #expect(result.out.contains(text), "\(text)")
    }
  }

  @Test("--json follows the documented contract")
  func jsonContract() throws {
    let result = CLITest.run(["score", "image-search", answers.appendingPathComponent("image-search/w2-medium.md").path,
                              "--json"])
    #expect(result.code == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["scenario"] as? String == "image-search")
    let overall = try #require(object["overall"] as? Double)
    #expect((0...100).contains(overall))
    #expect(["strong hire", "hire", "lean hire", "lean no hire", "no hire"].contains(object["band"] as? String ?? ""))
    let categories = try #require(object["categories"] as? [String: Double])
    #expect(Set(categories.keys) == ["requirements", "modeling", "data", "metrics", "serving", "monitoring", "tradeoffs"])
    let items = try #require(object["items"] as? [[String: Any]])
    #expect(items.count >= 40)
    for item in items {
      #expect(item["id"] is String && item["category"] is String)
      #expect(["hit", "partial", "missed", "contradicted"].contains(item["status"] as? String ?? ""))
      #expect(item.keys.contains("evidence"), "evidence is present, null when missed")
      if item["status"] as? String == "missed" { #expect(item["evidence"] is NSNull) }
    }
    #expect(object["redFlags"] is [[String: Any]])
  }

  @Test("reads standard input with '-'")
  func stdin() {
    let result = CLITest.run(["score", "ads-ctr", "-", "--json"],
                             input: ["We downsample negatives because clicks are rare, then recalibrate."])
    #expect(result.code == 0)
    #expect(result.out.contains("\"status\" : \"hit\""))
  }

  @Test("--details marks an item replaced by a chosen alternative as not expected, without a hint")
  func alternativeNotExpected() {
    let result = CLITest.run(["score", "rag-assistant", "-", "--details", "--no-color"], input: [
      "We re-rank the top 50 passages with a cross-encoder, because it reads the query and passage together.",
    ])
    #expect(result.code == 0)
    let text = result.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("— not expected: you chose an alternative"))
    #expect(result.out.contains("1 point is not expected because you chose an alternative."))
  }

  @Test("a red flag that costs almost nothing says why, not a bare '−0 points'")
  func smallPenaltyExplained() {
    let result = CLITest.run(["score", "fraud-detection", "-", "--details", "--no-color"],
                             input: ["We evaluate the model with accuracy on a random 80/20 split of the payments."])
    #expect(result.code == 0)
    #expect(!result.out.contains("(−0 points)"))
    // The line wraps: compare with the spaces folded.
    let text = result.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("a red flag takes a share of the grade, and this grade is low"))
  }

  @Test("bad input: missing file 66, binary and invalid UTF-8 65, empty answer scores 0")
  func badInput() {
    let missing = CLITest.run(["score", "ads-ctr", "/no/answer.md"])
    #expect(missing.code == 66)
    #expect(missing.err == "error: '/no/answer.md': no such file\n")
    // A session id where a file was expected (trial 2026-12-01: `score ID SESSION --details`).
    let session = CLITest.run(["score", "news-feed", "20261201-021812-news-feed", "--details"])
    #expect(session.code == 66)
    #expect(session.err == "error: '20261201-021812-news-feed': no such file; for a session's verdicts run "
      + "'mlcoach report 20261201-021812-news-feed'\n")
    let binary = CLITest.run(["score", "ads-ctr", write([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])])
    #expect(binary.code == 65)
    #expect(binary.err.contains("looks like a binary file"))
    let latin1 = CLITest.run(["score", "ads-ctr", write([0x63, 0x61, 0x66, 0xE9, 0x0A])])
    #expect(latin1.code == 65)
    #expect(latin1.err.contains("is not valid UTF-8 text"))
    let empty = CLITest.run(["score", "ads-ctr", write([])])
    #expect(empty.code == 0)
    #expect(empty.out.contains("Overall: 0/100 · no hire"))
    #expect(empty.err.contains("the answer is empty"))
    let unknown = CLITest.run(["score", "ads-crt", write(Array("x".utf8))])
    #expect(unknown.code == 64)
    #expect(unknown.err.contains("did you mean 'ads-ctr'?"))
  }

  /// Scoring a 10 MB answer is timed in `mlcoach-bench large`: it takes seconds in a debug
  /// build and asserts nothing a unit test should.
  @Test("an answer over 16 MB is refused, not scored")
  func largeAnswer() {
    let refused = CLITest.run(["score", "ads-ctr", write([UInt8](repeating: 0x61, count: 17 * 1_048_576))])
    #expect(refused.code == 65)
    #expect(refused.err.contains("are not scored"))
  }
}
