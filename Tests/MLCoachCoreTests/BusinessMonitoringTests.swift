import Foundation
import MLCoachCore
import Testing

/// Newcomer trial, fortieth session: "Watching: business metrics per day - feed registrations and
/// purchases per DAU, attendance rate, refunds" in step 7 left event recommendations' outcome
/// monitoring missed, and the advice asked what the candidate would put on the team's main
/// screen. The kind: business metrics watched with a period or a monitoring verb are the
/// outcomes monitored in production (lexicon `business-metrics-monitoring`).
@Suite("watching business metrics is outcome monitoring")
struct BusinessMonitoringTests {
  @Test("watched business metrics earn each scenario's outcome-monitoring item", arguments: [
    ("event-recommendation", "outcome-monitoring"), ("video-recommendation", "business-dashboards"),
    ("similar-listings", "online-dashboards"), ("people-you-may-know", "funnel-dashboards"),
    ("ads-ctr", "business-alerts"), ("video-search", "live-quality-by-slice"),
    ("eta-prediction", "live-promise-monitoring"), ("harmful-content", "enforcement-dashboards"),
  ])
  func watched(id: String, item: String) throws {
    let scorer = try Fixtures.catalogueScorer(id)
    for text in ["Watching: business metrics per day, with alerts when they drop.",
                 "After launch we track the business metrics every day on a dashboard and alert when they fall.",
                 "In production I'd monitor business metrics and the model's calibration on a dashboard."] {
      let verdict = try #require(scorer.score(text: text).items.first { $0.id == item })
      #expect(verdict.status != .missed, "\(id): \(text)")
    }
  }

  @Test("business metrics named as the objective are no monitoring")
  func objective() throws {
    let scorer = try Fixtures.catalogueScorer("event-recommendation")
    // The second is a fresh helper's sibling, which a form with "per day" had matched.
    for text in ["The business metric is completed registrations.",
                 "The business metric we optimise is ticket sales per day."] {
      let verdict = try #require(scorer.score(text: text).items.first { $0.id == "outcome-monitoring" })
      #expect(verdict.status == .missed, "\(text)")
    }
  }
}
