import Foundation
@testable import MLCoachCore
import Testing

/// Forty-seventh session: a monitoring step that watches the scenario's own outcomes in its own
/// words ("I'd keep a dashboard of requests sent and accepted per thousand impressions, split
/// by country") left the outcome-monitoring item missed, and the probe asked which numbers the
/// candidate would chart (tmux interview, people-you-may-know). Two fresh helpers' 24 such
/// sentences earned the item in 6 through its phrases; an item's `watches` (the evaluation
/// step's online metrics and guardrails) now lets a watching sentence of the monitoring step
/// make its point: 13 of 24, and no control is credited that was not before.
@Suite("watched outcomes are outcome monitoring")
struct WatchedOutcomesTests {
  @Test("watching words: tracking, charts, dashboards, alerts, alarms, pages to a person")
  func watchingWords() {
    for sentence in ["I'd track bookings per market.", "Chart the accept rate.", "Put it on a dashboard.",
                     "Alert when it drops.", "Fire an alarm.", "Page the on-call if it falls.",
                     "Page someone if it spikes.", "Wake up the on-call engineer."] {
      #expect(WatchedOutcomes.watches(sentence), "\(sentence)")
    }
    for sentence in ["Bookings from the listing page per market.", "Clicks on the home page by country.",
                     "The online test reads revenue per thousand impressions."] {
      #expect(!WatchedOutcomes.watches(sentence), "\(sentence)")
    }
  }

  @Test("a monitoring sentence watching the online metrics earns the outcome item", arguments: [
    ("event-recommendation", "outcome-monitoring",
     "I'd put daily ticket purchases and registrations per thousand home-screen impressions on a dashboard broken "
       + "out by city, and page the on-call if any metro drops more than 20% against the same weekday."),
    ("video-search", "live-quality-by-slice",
     "Query abandonment and reformulation rates get broken down by country and platform, with an alert whenever "
       + "one of them jumps well beyond its normal daily variation."),
    ("ads-ctr", "business-alerts",
     "Ad revenue per thousand feed impressions and realised click-through, broken out by advertiser vertical, go "
       + "on a real-time dashboard with alerts when either moves sharply off its forecast."),
    ("eta-prediction", "live-promise-monitoring",
     "I'd track checkout conversion and the median gap between quoted and actual delivery time sliced by country, "
       + "with an alarm if either drifts sharply day over day."),
  ])
  func watched(scenario: String, item: String, text: String) throws {
    let scorer = try Fixtures.catalogueScorer(scenario)
    let verdict = try #require(scorer.score(text: "## Monitoring\n\(text)\n").items.first { $0.id == item })
    #expect(verdict.status == .hit || verdict.status == .partial, "\(text)")
    #expect(verdict.evidence == text)
  }

  @Test("the same metrics outside monitoring, or unwatched, earn nothing", arguments: [
    // The online test's read-out in the evaluation step is evaluation.
    ("ads-ctr", "business-alerts", "## Evaluation\nThe online test would read out revenue per thousand "
       + "impressions and click-through against the control.\n"),
    // Named in the monitoring step without a watching word.
    ("event-recommendation", "outcome-monitoring", "## Monitoring\nRegistrations per thousand impressions "
       + "matter most for the business.\n"),
    // Alerts on the service, not the outcomes.
    ("event-recommendation", "outcome-monitoring", "## Monitoring\nI'd alert on p99 latency of the home-feed "
       + "ranking service and on its error rate.\n"),
  ])
  func notWatched(scenario: String, item: String, text: String) throws {
    let scorer = try Fixtures.catalogueScorer(scenario)
    let verdict = try #require(scorer.score(text: text).items.first { $0.id == item })
    #expect(verdict.status == .missed, "\(text)")
  }

  @Test("every outcome-monitoring item watches items of its rubric's evaluation step")
  func links() {
    for scenario in Fixtures.catalogue {
      for item in scenario.rubric where !item.watches.isEmpty {
        #expect(item.step == .monitoring, "\(scenario.id) \(item.id)")
        for id in item.watches {
          #expect(scenario.rubric.first { $0.id == id }?.step == .evaluation, "\(scenario.id) \(item.id) → \(id)")
        }
      }
    }
  }
}
