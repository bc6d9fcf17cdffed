import Foundation
import Testing
@testable import MLCoachCore

/// The sentence quoted for a credited item (`Scorer.pointSentence`): the cases of
/// `Fixtures/cases/quotes43.json` and of its siblings, each a sectioned answer, an item, the
/// words the quote must hold and, when the verdict rests on another sentence, words of that
/// sentence, which the note must quote.
@Suite("Quoted sentence of a credited item")
struct QuoteChoiceTests {
  struct Case: Sendable, CustomStringConvertible {
    var id: String
    var scenario: String
    var text: String
    var item: String
    var status: String
    var quote: String
    var reasonIn: String?
    var description: String { id }
  }

  static let files = ["cases/quotes43.json"]

  static let cases: [Case] = files.flatMap { file -> [Case] in
    guard let json = try? JSONSerialization.jsonObject(with: Data(Fixtures.bytes(file))) as? [String: Any],
          let list = json["cases"] as? [[String: Any]] else { return [] }
    return list.compactMap { entry in
      guard let id = entry["id"] as? String, let scenario = entry["scenario"] as? String,
            let text = entry["text"] as? String, let item = entry["item"] as? String,
            let status = entry["status"] as? String, let quote = entry["quote"] as? String else { return nil }
      return Case(id: id, scenario: scenario, text: text, item: item, status: status, quote: quote,
                  reasonIn: entry["reasonIn"] as? String)
    }
  }

  @Test("the case files read, with at least one case each")
  func filesRead() {
    #expect(Self.cases.count >= Self.files.count)
  }

  @Test("the quote is the sentence of the item's own step that makes the point", arguments: cases)
  func quote(_ sample: Case) throws {
    let report = Scorer(scenario: try Fixtures.flagship(sample.scenario)).score(text: sample.text)
    let verdict = try #require(report.verdict(sample.item))
    #expect(verdict.status.rawValue == sample.status, "\(verdict.status) “\(verdict.evidence ?? "")”")
    #expect(verdict.evidence?.contains(sample.quote) == true, "quoted “\(verdict.evidence ?? "")”")
    if let reason = sample.reasonIn {
      #expect(verdict.note?.contains(reason) == true, "note \(verdict.note ?? "-")")
    }
  }

  @Test("a quote of the same verdict as the deciding sentence keeps that verdict's own note")
  func sameVerdictKeepsNote() throws {
    // Both sentences name the baseline without a reason: the step-4 one is quoted, and the
    // note is the partial's, not a pointer to a reason that does not exist.
    let text = "## 3. Data preparation\n\nWe also log co-view counts per listing pair.\n\n"
      + "## 4. Model development\n\nShip first: keep the rule-based retrieval and the co-view counts.\n"
    let report = Scorer(scenario: try Fixtures.flagship("similar-listings")).score(text: text)
    let verdict = try #require(report.verdict("baseline"))
    #expect(verdict.status == .partial)
    #expect(verdict.evidence?.hasPrefix("Ship first") == true, "quoted “\(verdict.evidence ?? "")”")
    #expect(verdict.note?.hasPrefix("the reason is in") == false, "note \(verdict.note ?? "-")")
  }
}
