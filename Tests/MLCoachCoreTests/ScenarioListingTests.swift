import BundledScenarios
import Foundation
@testable import MLCoachCore
import Testing

/// `list` and `topics` read only the listing of each bundled scenario (`ScenarioListing.header`),
/// not the whole file: it must say exactly what a full decode says.
@Suite("scenario listings")
struct ScenarioListingTests {
  @Test("every bundled scenario's listing, read from its top-level fields, equals a full decode's")
  func bundledHeadersMatchFullDecodes() throws {
    #expect(!BundledScenarios.files.isEmpty)
    for file in BundledScenarios.files {
      let full = ScenarioListing(try ScenarioDecoder.decode(file.bytes, file: file.name))
      #expect(ScenarioListing.header(of: file.bytes) == full, "\(file.name)")
    }
  }

  static let minimal = #"""
    {"prompt": "a } and ] and \" and \\ in a string { [",
     "id": "x-y", "title": "T \"quoted\" \u00e9", "topics": ["a", "b"], "difficulty": "easy",
     "rubric": [{"evidence": ["}}}", "[[["], "nested": {"deep": [1, 2.5e3, true, null]}}],
     "summary": "S", "steps": [{"id": "requirements", "minutes": 4.5}, {"minutes": 3}]}
    """#

  @Test("the header reader steps over brackets and quotes inside skipped values")
  func skipsTrickyValues() {
    let listing = ScenarioListing.header(of: Array(Self.minimal.utf8))
    #expect(listing == ScenarioListing(id: "x-y", title: "T \"quoted\" é", topics: ["a", "b"], difficulty: .easy,
                                       summary: "S", totalMinutes: 7.5))
  }

  @Test("a file the header reader cannot read in full gives nil, never a wrong listing")
  func refusesWhatItCannotRead() {
    let cases = [
      Self.minimal.replacingOccurrences(of: #""summary": "S", "#, with: ""),  // a field missing
      Self.minimal.replacingOccurrences(of: #""summary": "S""#, with: #""summary": "S", "title": "U""#),  // repeated
      Self.minimal.replacingOccurrences(of: #""easy""#, with: #""trivial""#),  // not a difficulty
      Self.minimal.replacingOccurrences(of: #""minutes": 3"#, with: #""minutes": "3""#),  // not a number
      Self.minimal.replacingOccurrences(of: #""topics": ["a", "b"]"#, with: #""topics": "a""#),
      Self.minimal.replacingOccurrences(of: #""id": "x-y""#, with: #""i\u0064": "x-y""#),  // an escaped key
      String(Self.minimal.dropLast()),  // cut short
      Self.minimal + " {}",  // text after the object
      "[" + Self.minimal + "]",
      "",
    ]
    for text in cases {
      #expect(ScenarioListing.header(of: Array(text.utf8)) == nil, "\(text.prefix(80))")
    }
  }

  @Test("a catalogue of listings: user files still decoded and checked in full, replacing bundled ones")
  func listingCatalogue() {
    var catalogue = Catalogue()
    for file in BundledScenarios.files {
      catalogue.add(ScenarioSource(name: "<bundled>/\(file.name)", bytes: file.bytes), listingOnly: true)
    }
    #expect(catalogue.scenarios.isEmpty)
    #expect(catalogue.listings.count == BundledScenarios.files.count)
    let twin = Fixtures.text("scenarios/good/spam-filter.json").replacingOccurrences(of: "\"spam-filter\"",
                                                                                        with: "\"ads-ctr\"")
    catalogue.add(ScenarioSource(name: "mine/ads-ctr.json", bytes: Array(twin.utf8)), replacing: true)
    catalogue.add(ScenarioSource(name: "mine/missing-title.json",
                                 bytes: Fixtures.bytes("scenarios/bad/missing-title.json")), replacing: true)
    // A broken file offered for listing only is decoded in full, so its problem is reported.
    catalogue.add(ScenarioSource(name: "<bundled>/broken.json", bytes: Array("{".utf8)), listingOnly: true)
    catalogue.sortScenarios()
    #expect(catalogue.listings.count == BundledScenarios.files.count)
    #expect(catalogue.listings.first { $0.id == "ads-ctr" }?.title == catalogue.scenarios.first?.title)
    #expect(catalogue.scenarios.map(\.id) == ["ads-ctr"])
    #expect(catalogue.replacements.map(\.by) == ["mine/ads-ctr.json"])
    #expect(catalogue.problems.map(\.file) == ["mine/missing-title.json", "<bundled>/broken.json"])
    #expect(catalogue.listings.map(\.id) == catalogue.listings.map(\.id).sorted())
  }
}
