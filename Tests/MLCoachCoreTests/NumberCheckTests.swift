import Foundation
import Testing
@testable import MLCoachCore

/// A figure put to the interviewer gets a yes or no before the fact (trial 21: "Is it around
/// 10k orders a minute at peak?" got 160 orders a second, and the candidate did the sum).
@Suite("Number check")
struct NumberCheckTests {
  /// Text, the dimension read, and the value in base units.
  static let readings: [(String, Quantity.Dimension, Double)] = [
    ("10k orders a minute", Quantity.Dimension.rate, 166.666_666_666_666_66),
    ("about 4M orders/day", .rate, 46.296_296_296_296_29),
    ("a p99 of 200ms", .duration, 0.2),
    ("within 2 seconds", .duration, 2),
    ("kept for 90 days", .duration, 7_776_000.0),
    ("about 1–2% of impressions", .percent, 1.5),
    ("roughly ten billion videos", .count, 1e10),
    ("out of roughly a billion accounts", .count, 1e9),
    ("about 50k QPS", .rate, 50_000),
    ("around 50k peak search traffic", .rate, 50_000),
    ("100 petabytes of imagery", .bytes, 1e17),
    ("$2 per reserved GPU-hour", .money, 2),
    ("about 40 cents a decision", .money, 0.4),
    ("within 100 m of the door", .distance, 100),
    ("We keep two years of logs", .duration, 63_115_200.0),
    // A loose span after a bound or "the first" (a fresh helper's siblings, fifty-first session).
    ("within a few days of the cardholder calling", .duration, 259_200.0),
    ("within the first couple of hours", .duration, 7_200.0),
    // A span after a hedge is put forward (newcomer's trial, forty-first session).
    ("How much labelled history do we have, about a year?", .duration, 31_557_600.0),
    ("maybe an hour of delay?", .duration, 3_600),
    ("about a fifth of appeals are overturned", .percent, 20),
    ("roughly a third view two or more listings", .percent, 33),
    // A period after what is counted (a fresh helper's figure checks, forty-eighth session);
    // before it, a count of daily users.
    ("Roughly 220 million new posts daily, is that the right ballpark?", .rate, 220e6 / 86400),
    ("about 3.5 million deliveries daily across the three countries", .rate, 3.5e6 / 86400),
    ("200 million daily active users", .count, 2e8),
    // Fractions of a magnitude or a unit in words (a fresh helper's figure checks, forty-eighth
    // session: "half a million" was read as a million).
    ("Are there half a million couriers online?", .count, 5e5),
    ("about a quarter of a million users", .count, 2.5e5),
    ("one and a half million posts", .count, 1.5e6),
    ("Is the budget a tenth of a second?", .duration, 0.1),
    ("around half an hour from order to door", .duration, 1_800),
    ("an hour and a half of delay", .duration, 5_400),
    // Four words before the period (a newcomer's trial, fifty-fourth session), but no "per"
    // among them: a rate per user is no platform's rate.
    ("A few million new videos are uploaded every day.", .rate, 3e6 / 86400),
    ("about 15 ranking requests per user per day", .count, 15),
    // A singular people noun before another noun says whose: reports are counted.
    ("about 5 million user reports a day", .rate, 5e6 / 86400),
  ]

  @Test("figures are read in base units, whatever way they are written", arguments: readings)
  func reading(text: String, dimension: Quantity.Dimension, value: Double) {
    let figures = QuantityReader.quantities(in: text)
    #expect(figures.count == 1, "\(text)")
    #expect(figures.first?.dimension == dimension, "\(text)")
    #expect(abs((figures.first?.value ?? 0) - value) <= value * 1e-6, "\(text)")
  }

  @Test("a bare figure takes the unit, noun and clause of the figure before it")
  func elidedFigures() {
    let figures = QuantityReader.quantities(in:
      "That is roughly 6,000 homepage requests per second on average and about 20,000 at peak.")
    #expect(figures.map(\.dimension) == [.rate, .rate])
    #expect(figures.last?.value == 20_000)
    #expect(figures.last?.noun.contains("request") == true)
    // "and" is not "an" + "d(ay)": the counts stay counts.
    let users = QuantityReader.quantities(in: "About 60 million monthly active users and 10 million daily active users.")
    #expect(users.map(\.dimension) == [.count, .count])
    #expect(users.map(\.value) == [6e7, 1e7])
  }

  @Test("a fraction is a share only when it is a share of something or hedged")
  func fractions() {
    #expect(QuantityReader.quantities(in: "It is retrained once a quarter.").isEmpty)
    #expect(QuantityReader.quantities(in: "About a quarter of searches use a crop.").map(\.value) == [25])
  }

  @Test("names, versions, places and descriptions are no figures", arguments: [
    "p99 latency", "a GPT-4 model", "step up to 3-D Secure", "ResNet50 features", "Does position 1 get half the clicks?",
    "Do the top 1% of creators get most of the reach?", "a minimum gap between two consecutive ads",
    // A loose span with no bound or hedge before it is a description.
    "A couple of weeks ago I read about moderators",
  ])
  func notFigures(text: String) {
    #expect(QuantityReader.quantities(in: text).isEmpty, "\(text)")
  }

  @Test("a floor and a range read as such")
  func floorsAndRanges() {
    #expect(QuantityReader.quantities(in: "100B+ images").first?.isFloor == true)
    #expect(QuantityReader.quantities(in: "more than 50 languages").first?.isFloor == true)
    let range = QuantityReader.quantities(in: "plan for anything between 100 and 200 billion images").first
    #expect(range?.low == 1e11)
    #expect(range?.high == 2e11)
  }

  func reply(_ scenario: String, _ question: String) throws -> String {
    try Interviewer(scenario: Fixtures.flagship(scenario)).reply(to: question).text
  }

  @Test("a figure put to the interviewer is confirmed or corrected before the fact", arguments: [
    // Trial 21: 160 orders a second is 9,600 a minute.
    ("eta-prediction", "Is it around 10k orders a minute at peak?", "Yes. "),
    ("eta-prediction", "Can I assume 2 million orders a day?", "No. "),
    ("eta-prediction", "So at checkout we have 100ms p99, right?", "Yes. "),
    // The whole request under its budget is a guess at the budget, stage words or not; near it,
    // a stage's budget is roughly the whole one (`StageShare`).
    ("ads-ctr", "Can I assume the whole ad request, scoring included, has to finish in 50 ms?", "No. "),
    ("news-feed", "Can I assume a p99 of 200 ms for the ranking step?", "Roughly. "),
    ("event-recommendation", "Can I assume a 200 ms p99 budget for the home feed, with maybe 30 ms for the ranker?",
     "Yes. "),
    // A guess in words after the comma (a newcomer's trial, fifty-eighth session).
    ("fraud-detection", "How much labelled history do we keep, two years?", "Yes. "),
    ("fraud-detection", "How long is the authorisation history kept, five years?", "No. "),
    // The question: the fact says 1–2%.
    ("ads-ctr", "Is the click rate around 50%?", "No. "),
    ("ads-ctr", "is a ~1% CTR a fair ballpark for feed ads?", "Yes. "),
    ("harmful-content", "Can I assume about 500 million new posts a day?", "No. "),
    ("rag-assistant", "Can I assume about 5 million documents?", "Roughly. "),
    ("video-recommendation", "Roughly 20k requests per second at peak?", "Yes. "),
    ("video-recommendation", "Can I assume around 500 million daily active users?", "No. "),
    // A floor: 90 days of logs kept is enough for 30.
    ("news-feed", "can I assume 30 days of logs is enough history to train on?", "Yes. "),
    // A newcomer's trial: the fact's phrase "number of slots" names the thumbnails it counts.
    ("video-recommendation", "How many slots does the homepage show per load, maybe around 20?", "Yes. "),
    ("video-recommendation", "How many slots does the homepage show per load, maybe around 50?", "No. "),
    ("image-search", "corpus size - 100B+ images, right?", "Yes. "),
    // Tuning bank: "in the right range?" closes the guess like "right?" (forty-third session).
    ("news-feed", "I'm guessing each user has around 1,500-2,000 candidate posts since their last visit, is that in the right range?", "Yes. "),
    // Shares near 100% compare by what they miss: 0.1% against 0.5%.
    ("street-view-blurring", "can I assume the target is something like 99.9% recall on faces?", "No. "),
    // Trial 24: a tenfold guess passed without a "no"; a check of a figure just heard.
    ("people-you-may-know", "I'll assume about 10 million signups a day, fair?", "No. "),
    ("people-you-may-know", "I will assume about 10 million signups a day, fair?", "No. "),
    ("people-you-may-know", "ok, and the peak is 20k QPS — did I hear that right?", "Yes. "),
    // Trial 25: abbreviations meet the words of the fact; a latency named only as "the budget"
    // meets the one latency given; a budget 40% over is no "roughly".
    ("ads-ctr", "Is the CTR about 1.5%?", "Yes. "),
    ("news-feed", "About 300M DAU, correct?", "Yes. "),
    ("video-search", "Is the budget 300 ms at p99?", "Yes. "),
    ("news-feed", "Is the feed budget about 350 ms?", "No. "),
    // Trial 26: a rate named before its figure, a guess after a wh-question, people a day
    // against daily active users, and "end to end" counting no "end".
    ("ads-ctr", "Peak QPS is about 500k, correct?", "No. "),
    ("ads-ctr", "So the budget is 150 ms end to end, right?", "Yes. "),
    ("ads-ctr", "So there are roughly 200 million people using it every day?", "Yes. "),
    ("event-recommendation", "How many events are published each day, about 80k?", "Yes. "),
    ("event-recommendation", "So about 80,000 new events a day, right?", "Yes. "),
    // Trial 27: a figure the fact states as it stands, beside another of the same kind.
    ("fraud-detection", "The fraud rate is about 0.07%, right?", "Yes. "),
    ("eta-prediction", "How many orders a day, maybe 400k?", "No. "),
    // Trial 62: the guess put as a question of its own after the comma.
    ("video-search", "What's the peak query rate, is it around 50k QPS?", "No. "),
    ("event-recommendation", "How many events are published each day, is it about 80k?", "Yes. "),
    ("eta-prediction", "How many orders a day, would it be maybe 400k?", "No. "),
    // Trial 63: the figure after the comma read as a part nobody answered, which kept the "No."
    // from being said and added "If that doesn't cover …".
    ("harmful-content", "How many posts a day, is it around 1 billion?", "No. "),
    // Trial 63: "well under 1%" is a bound, no figure to say "Yes." to at the bound; a bound on
    // its side holds.
    ("harmful-content", "What fraction of posts are harmful, roughly 1%?", "No. "),
    ("news-feed", "Are users in over 100 countries?", "Yes. "),
    // Trial 63: the rate asked four words after what it counts.
    ("harmful-content", "How many reports do users file per day, around 5 million?", "No. "),
    ("harmful-content", "How many reports do users file per day, around 3 million?", "Yes. "),
    // A blind set (twenty-sixth session): a ceiling asked is met by a figure below it, failed
    // by a range at or above it.
    ("rag-assistant", "Is the corpus under 10 million documents?", "Yes. "),
    ("ads-ctr", "Is the average click rate on feed ads below 1%?", "No. "),
    // Twenty-seventh session's tmux interview: "about 18% of orders arrive after the end of the
    // window, and about 5% more than 15 minutes after it" left the guess unjudged.
    ("eta-prediction", "Are roughly 20% of orders late right now?", "Yes. "),
    ("eta-prediction", "Is it true that about 10% of orders are late?", "No. "),
    // Siblings (twenty-eighth session): "about a fifth of appeals are overturned" is 20%; the
    // 5% of removals appealed said "No." to it.
    ("harmful-content", "Do about 20% of appeals get overturned?", "Yes. "),
    // Blind figure set (twenty-seventh session): "acceptance" asks of requests "accepted".
    ("people-you-may-know", "Is the acceptance rate on sent connection requests around 40%?", "Yes. "),
    // Newcomer's trial (forty-first session): a span in words after a hedge is a guess too.
    ("fraud-detection", "How much labelled history do we have, about a year?", "No. "),
    // Its siblings: a phrase after the figure, "or so", a linking "so", and words of keeping
    // that place a duration ("retain" against "we keep about a year").
    ("video-search", "How fast should a new upload become findable, maybe an hour after publishing?", "No. "),
    ("fraud-detection", "So how long do we keep the authorisation history, roughly two years or so?", "Yes. "),
    ("video-recommendation", "How much interaction history do we retain, around six months?", "No. "),
    // Newcomer, forty-seventh session: "about right" read as what the figure counts.
    ("similar-listings", "Latency budget, is 100 ms p99 about right?", "Yes. "),
    ("similar-listings", "Is 100 ms at p99 about right?", "Yes. "),
    ("eta-prediction", "Is 100 ms p99 correct for checkout?", "Yes. "),
    // A fresh helper's siblings: the verdict word anywhere.
    ("eta-prediction", "Across the three countries, is roughly 2 million orders a day about right?", "No. "),
    ("news-feed", "Each feed open has around 1,500 eligible posts to rank — about right?", "Yes. "),
    ("video-recommendation", "For peak homepage loads I'm assuming about 300k QPS globally — ok?", "No. "),
    // Newcomer's trial, forty-eighth session, and a fresh helper's checks: each got no verdict.
    // A percentile names the latency meant; a count at one time is no weekly rate; a share
    // that narrows the median ("about 10% take more than 50 minutes") is not what is asked;
    // a need after the figure is the figure checked; fractions in words are figures.
    ("eta-prediction", "Is that around 100 ms at p99?", "Yes. "),
    ("eta-prediction", "Are there about 300k couriers online at the dinner peak?", "Yes. "),
    ("eta-prediction", "Is the median order around half an hour from placement to handoff?", "Yes. "),
    ("eta-prediction", "Does a checkout quote need to come back within one hundred milliseconds?", "Yes. "),
    ("eta-prediction", "Are there half a million couriers online at the dinner peak?", "No. "),
    // A bound before "a"/"an" and a unit puts the span forward; a guess may follow a dash;
    // "first" tells the first words from the whole answer; logs are data kept.
    ("rag-assistant", "How many documents are we talking about - is it about 5 million?", "Roughly. "),
    ("rag-assistant", "Is a 2 second time to first token acceptable?", "Yes. "),
    ("rag-assistant", "Is it around 10k queries a day?", "No. "),
    // A short phrase opening the question says which figure: the average, not the peak.
    ("people-you-may-know", "On average, is the PYMK unit serving about 8,000 queries a second?", "Yes. "),
    ("rag-assistant", "Do we keep about a year of search logs?", "No. "),
    ("rag-assistant", "does a deleted doc need to stop being used within an hour?", "No. "),
    // The median is the 50th percentile.
    ("eta-prediction", "Is the median handoff in apartment buildings about 3 minutes?", "Yes. "),
    // A bound in a requirement names the requirement, not a ceiling the fact keeps under.
    ("similar-listings", "does the carousel call need to come back under 400 ms at p99 server side?", "No. "),
    ("harmful-content", "Does the synchronous check have to finish under half a second at p99?", "No. "),
    // A closing "does that work?" or "does that match what you see?" asks for the check (tmux,
    // fifty-first session: the first got the figure and no "No.").
    ("news-feed", "I'll assume around 2 billion daily users — does that work?", "No. "),
    ("news-feed", "I'll assume 2 billion daily users. Does that match what you see?", "No. "),
    ("news-feed", "About 300M daily users — does that work for you?", "Yes. "),
    // The closing check's words name no topic ("hold" a payment for review; siblings).
    ("fraud-detection", "Let me assume we process about 100 million card payments a day. Does that hold?", "No. "),
    // "within a week" against "within a few days".
    ("fraud-detection", "Do the issuer fraud reports, the TC40s and so on, usually show up within a week of the "
      + "cardholder calling their bank?", "Yes. "),
    // A rate unit a word after the guess is its unit (a newcomer, fifty-first session).
    ("people-you-may-know", "What's the peak QPS for the Friends tab, is it around 50k?", "No. "),
    ("people-you-may-know", "What's the peak QPS, is it around 20k?", "Yes. "),
    // A peak of traffic with no unit is per second, as facts state peaks (siblings).
    ("image-search", "What's the peak search traffic, is it around 50k?", "No. "),
    ("image-search", "What's the peak search traffic, is it around 6k?", "Yes. "),
    // Magnitudes named loosely (tmux, fifty-second session): "billions of impressions a day".
    ("ads-ctr", "I'm guessing billions of ad impressions per day — is that the scale?", "Yes. "),
    ("ads-ctr", "Can I assume something on the order of 100 billion impressions a day available for training?",
     "No. "),
    ("ads-ctr", "Are there roughly a few million active ads at any one time?", "Yes. "),
    ("ads-ctr", "Is the ad inventory around 50 million active ads?", "No. "),
    ("ads-ctr", "Are we talking tens of thousands of ad requests per second at peak?", "Yes. "),
    ("ads-ctr", "Do we have millions of daily users?", "Yes. "),
    // Siblings: a loose guess after a comma or a dash, "in the hundreds of …", "… of … daily".
    ("fraud-detection", "How big is this thing, a few million card payments a day?", "No. "),
    ("harmful-content", "ok so new posts — hundreds of millions a day?", "Yes. "),
    ("harmful-content", "I'd guess post views are somewhere in the hundreds of millions per day. Does that match "
      + "what you see?", "No. "),
    ("news-feed", "We're logging tens of billions of impressions daily, correct?", "Yes. "),
    // A latency bound put to a latency budget proposes a budget (a newcomer, fifty-second session).
    ("eta-prediction", "Can I assume p99 under 200 ms for the checkout estimate?", "No. "),
    ("eta-prediction", "Can I assume the checkout quote has to come back within 100 ms at p99?", "Yes. "),
    // A bound with a hedge after it is a bound still ("within about 2 seconds"; siblings).
    ("rag-assistant", "Is it fine if the first words of the answer show up within 6 seconds of the question?", "No. "),
    // The latency fact states a budget with no bound word ("About 150 ms at p99 …"; siblings,
    // fifty-second session, heard "Yes.").
    ("people-you-may-know", "Can I assume p99 under 500 ms for the PYMK response?", "No. "),
    ("similar-listings", "Can the carousel call take up to 300 ms at p99?", "No. "),
    ("image-search", "Can I assume p95 under 200 ms?", "Yes. "),
    // A guess joined by "and" or put as a sentence of its own (a newcomer, fifty-third session).
    ("video-search", "What share of searches end with no click at all, and can I assume it's about 20%?", "Yes. "),
    ("video-search", "What share of searches end with no click at all? Can I assume it's about 20%?", "Yes. "),
    ("video-recommendation", "What's the latency requirement? I'm assuming roughly 200 ms.", "Yes. "),
    ("news-feed", "How many eligible posts does a typical user have at open? I'm guessing a couple thousand",
     "Yes. "),
    ("video-search", "Can I assume the full results page has to come back in under 500 ms?", "No. "),
    // Siblings of those (a fresh helper, fifty-third session): "at most" and "up to" are bounds,
    // a bound past every budget is too slow, a hedge may close a guess, "a million" is a figure.
    ("event-recommendation", "Can I assume the recommendation call just needs to be at most 800 ms server side, p99?",
     "No. "),
    ("image-search", "For the results page, with thumbnails and all, we just need to be below 1 second?", "No. "),
    ("ads-ctr", "Can I assume the full ad request gets up to half a second?", "No. "),
    ("harmful-content", "can I assume we need a decision within 500 ms before the post becomes visible?", "No. "),
    ("news-feed", "DAU for the feed? 300 million, maybe?", "Yes. "),
    ("rag-assistant", "How many documents are in the corpus in total — I'd guess a million?", "No. "),
    ("people-you-may-know", "What's average QPS on the PYMK unit, I am guessing near 7k per second?", "Yes. "),
    // A figure placed and wrong is a "No." whatever figure beside it could not be placed; the
    // guess after a question is read without the question's own figure (tmux, fifty-third
    // session: both got no verdict).
    ("event-recommendation", "Can I assume around 5M daily active users on the home screen, with a peak of maybe 3–4x "
      + "the average in the evening and on Friday afternoons?", "No. "),
    ("event-recommendation", "How many events are live at any one time — something like 500k worldwide, and a few "
      + "thousand per city?", "No. "),
    // A part unanswered keeps the verdict on the part answered, said of the figure.
    ("event-recommendation", "What share of events sell out before they start — 10%? And do we get live inventory, so "
      + "we can stop recommending something that has no tickets left?", "Your figure: yes. "),
    // A closing check held against someone's expectation (tuning bank, fifty-fifth session: the
    // first got no fact and no verdict).
    ("street-view-blurring", "I'd aim for 99.5% face recall — is that the bar the privacy team has in mind?", "Yes. "),
    ("eta-prediction", "I'd guess about 4 million orders a day — is that roughly your volume?", "Yes. "),
    ("fraud-detection", "Let me assume about 100 million card payments a day. Is that what you see?", "No. "),
    // A fact's figure in a later sentence counts what its own words say: "Orders peak around 160
    // a second" after "500 checkout quotes a second" counts no quotes (both got no verdict).
    ("eta-prediction", "About 500 checkout quotes a second at peak - is that close to what you see?", "Yes. "),
    ("eta-prediction", "Do orders peak around 150 a second?", "Yes. "),
    // Asked for the order of magnitude only, a guess within half an order is roughly right.
    ("harmful-content", "I'd guess something like 500M new posts a day — is that the right order of magnitude?",
     "Roughly. "),
    ("harmful-content", "I'd guess about 1 billion new posts a day — is that the right order of magnitude?", "No. "),
    ("eta-prediction", "I'd guess about 10% of orders land after the window today, is that in the right ballpark?",
     "Roughly. "),
    // A closing check as a sentence after the guess; a statement's "when" opens a clause, not
    // a question (a fresh helper's siblings, fifty-fifth session: both got no verdict).
    ("similar-listings", "How many new homes get listed each day - maybe 1,000? a ballpark is fine.", "No. "),
    ("news-feed", "When someone opens the feed I'd expect about 2,000 eligible posts waiting. Is that in line with "
      + "what you see?", "Yes. "),
    // A newcomer's trial, fifty-fifth session (all got "nothing specific" or no verdict): a count
    // joined to a figure whose period is said once for both ("roughly 21,000 payments and $2
    // million a day"); a guess the fact found by words cannot judge names the fact that states
    // it; "fit in" a span of time is a bound; "would X be in the right ballpark?" guesses X.
    ("fraud-detection", "Are there roughly 20,000 fraudulent payments a day?", "Yes. "),
    ("fraud-detection", "So with fraud at 0.07%, we're talking about 20,000 bad payments a day, am I in the right "
      + "ballpark?", "Yes. "),
    ("fraud-detection", "Can I assume the whole check has to fit in a tenth of a second?", "Yes. "),
    ("fraud-detection", "Does scoring need to fit within 300 ms?", "No. "),
    ("fraud-detection", "Does the whole check have to fit inside roughly a tenth of a second?", "Yes. "),
    // A fact that repeats its budget ("How you split the 250 ms …") states one figure (tuning
    // bank: no verdict before).
    ("news-feed", "I'm assuming roughly 200 ms end to end for ranking, is that fair?", "Roughly. "),
    ("fraud-detection", "How many analysts are there, would something like 50 be in the right ballpark?", "Yes. "),
    ("fraud-detection", "How many analysts review held payments - could 200 be about right?", "No. "),
    // The one figure of its kind, written in another unit, agrees when its value does: "a quarter
    // of a second" is "about 250 ms" (a newcomer's trial, fifty-fifth session: no verdict).
    ("news-feed", "Is the ranking latency budget about a quarter of a second?", "Yes. "),
    ("news-feed", "is it 0.25 s at p99?", "Yes. "),
    // A figure placed surely by its own clause ("the ~$15 chargeback fee") names its fact though
    // the question's other words pull to another (a newcomer's trial, fifty-fifth session).
    ("fraud-detection", "Is the chargeback fee about 15 dollars?", "Yes. A missed fraud"),
    // A newcomer's trial, fifty-sixth session (both heard "nothing specific"): slips of the
    // keyboard read as the facts spell the word, and a reply "back in" a time is due within it.
    ("news-feed", "Whats the avg number of freinds per user, like 300?", "Yes. "),
    ("news-feed", "Should the whole server side come back in a quarter of a second?", "Yes. "),
  ])
  func verdicts(scenario: String, question: String, lead: String) throws {
    let text = try reply(scenario, question)
    #expect(text.hasPrefix(lead), "\(question) -> \(text.prefix(60))")
  }

  /// A newcomer's trial, fifty-sixth session: "No." before a first sentence about posts
  /// scrolled read as said of it; the retention the verdict is about came third.
  @Test("the sentence a verdict is about comes first, and a sentence leaning on another stays with it")
  func judgedSentenceFirst() throws {
    let kept = try reply("news-feed", "How much history do we keep in the logs for training, about a year?")
    #expect(kept.hasPrefix("No. Raw impression logs are kept for 90 days"), "\(kept.prefix(80))")
    #expect(kept.contains("Users scroll past about 100 posts a day"))
    let eligible = try reply("news-feed", "How many posts are eligible for a typical user when they open the app, a "
      + "couple of thousand candidates?")
    #expect(eligible.hasPrefix("Yes. When a user opens the app"), "\(eligible.prefix(80))")
    // Already first: unchanged.
    #expect(Interviewer.judgedSentenceFirst("About 300 million daily active users. Most are on phones.",
                                            question: "About 1 billion daily active users?", verdict: .no)
      == "About 300 million daily active users. Most are on phones.")
    // A first sentence that says "it" of the question's subject stays first.
    #expect(Interviewer.judgedSentenceFirst("It varies enormously. A busy street can have 50 or more faces.",
                                            question: "Around 5 faces per panorama?", verdict: .no)
      == "It varies enormously. A busy street can have 50 or more faces.")
    // A sentence that says "it" of the one before does not move.
    #expect(Interviewer.judgedSentenceFirst("We keep a log of every click. It is kept for 90 days.",
                                            question: "Do we keep it about a year?", verdict: .no)
      == "We keep a log of every click. It is kept for 90 days.")
  }

  /// A newcomer's trial, fifty-sixth session: "share" in "what share of impressions" met "0.2%
  /// … a share" among four rates per impression, and the guess of 5% (4% + 0.5% + 0.2%) heard
  /// "No.".
  @Test("a word of proportion before 'of' is no word of the figure's")
  func proportionWord() throws {
    let text = try reply("news-feed", "What share of impressions get any engagement - roughly 5%?")
    #expect(!text.hasPrefix("No."), "\(text.prefix(60))")
    #expect(QuantityReader.quantities(in: "roughly 5% share of impressions get any engagement").first?.noun
      == ["impression"])
  }

  @Test("a hedge after a guess is dropped, and only at the end")
  func trailingHedge() {
    #expect(NumberCheck.withoutTrailingHedge("300 million, maybe?") == "300 million?")
    #expect(NumberCheck.withoutTrailingHedge("like 10 analysts i guess?") == "like 10 analysts?")
    #expect(NumberCheck.withoutTrailingHedge("maybe 300 million?") == "maybe 300 million?")
  }

  @Test("only the latency fact's latencies are a budget")
  func budgetFigures() throws {
    let budget = "About 150 ms at p99 on the server side for the whole PYMK response."
    let measured = "We run a low-latency key-value store with about 5 ms p99 reads."
    let known = NumberCheck.known(in: [budget, measured], budget: budget)
    #expect(known.map(\.isCeiling) == [true, false])
    // Only durations under a minute: a budget fact's other figures keep their reading.
    let mixed = "It must return within 2 seconds, and 40 stores are shown per page."
    #expect(NumberCheck.known(in: [mixed], budget: "other").map(\.isCeiling) == [true, false])
    #expect(NumberCheck.known(in: ["About 3 seconds for 40 stores."], budget: "About 3 seconds for 40 stores.")
      .map(\.isCeiling) == [true, false])
  }

  /// "roughly 21,000 payments and $2 million a day": the period said once is both figures'
  /// (a newcomer's trial, fifty-fifth session); a figure of a later sentence with words of its
  /// own counts them, not the noun of the sentence before.
  @Test("a period said once for two figures joined by and; a later sentence's own words")
  func sharedPeriod() throws {
    let figures = QuantityReader.quantities(in: "roughly 21,000 payments and $2 million a day")
    #expect(figures.first?.dimension == .rate)
    #expect(QuantityReader.quantities(in: "About 21,000 payments and a few analysts.").first?.dimension == .count)
    let traffic = QuantityReader.quantities(in: "Plus about 500 checkout quotes a second. Orders peak around 160 a second.")
    let orders = try #require(traffic.last)
    #expect(orders.value == 160 && !orders.noun.contains("quot"))
  }

  /// Closing checks held against an expectation ask only for the check; "would that fit?" and
  /// "is that logged?" ask something else.
  @Test("a closing check held against someone's expectation", arguments: [
    ("is that the bar the privacy team has in mind?", true),
    ("Is that the kind of SLA the business has in mind?", true),
    ("is that what leadership has in mind?", true),
    ("is that close to what you see?", true),
    ("Does that line up with what the team expects?", true),
    ("does that fit what you see?", true),
    ("is that roughly your capacity?", true),
    ("Is that the right order of magnitude?", true),
    ("am I close?", true),
    // A fresh helper's siblings: a clause after the noun says whose figure it is; any short
    // "what" clause after a word of comparison is what the figure is held against.
    ("is that the number leadership signed off on?", true),
    ("Is that the figure the graph team would give me?", true),
    ("Is that in line with what infra is planning for?", true),
    ("Does that square with what you've got in the catalogue?", true),
    ("Am I in the right ballpark there?", true),
    ("Does that match your data?", true),
    ("would that fit?", false),
    ("is that logged?", false),
    ("is that what you would build?", false),
  ])
  func heldAgainst(text: String, confirms: Bool) {
    #expect(NumberCheck.isConfirmation(text) == confirms, "\(text)")
  }

  /// Text and the range read, in base units (tmux, fifty-second session: "billions of
  /// impressions a day" and "a few million active ads" were no figures).
  static let looseMagnitudes: [(String, Double, Double)] = [
    ("A few million active ads", 2e6, 4e6),
    ("from a few hundred thousand advertisers", 2e5, 4e5),
    ("several thousand new listings", 3e3, 9e3),
    ("a couple hundred candidates", 200, 200),
    ("tens of thousands of candidates", 1e4, 9.9e4),
    ("a few tens of thousands of candidates", 2e4, 4e4),
    ("hundreds of millions of users", 1e8, 9.99e8),
    ("tens to hundreds of thousands of friends-of-friends", 1e4, 9.99e5),
    ("well-connected users have millions", 2e6, 9e6),
    // Once a description (no figure), now a range: a fact's loose figure is what a guess meets.
    ("a few hundred thousand answers", 2e5, 4e5),
  ]

  @Test("a magnitude named loosely is a range", arguments: looseMagnitudes)
  func looseMagnitude(text: String, low: Double, high: Double) throws {
    let figure = try #require(QuantityReader.quantities(in: text).first, "\(text)")
    #expect(figure.low == low && figure.high == high, "\(text): \(figure.low)–\(figure.high)")
  }

  @Test("a bare plural magnitude is a few of them in a fact and a floor in a question")
  func barePlural() throws {
    let fact = try #require(QuantityReader.quantities(in: "billions of impressions a day").first)
    #expect(fact.dimension == .rate && !fact.isFloor)
    #expect(abs(fact.low * 86400 - 2e9) < 1 && abs(fact.high * 86400 - 9e9) < 1)
    let asked = try #require(QuantityReader.quantities(in: "Do we have millions of users?", asked: true).first)
    #expect(asked.value == 1e6 && asked.isFloor)
    // After a figure or an order word, no bare plural: "2 millions", "tens of millions".
    #expect(QuantityReader.withLooseMagnitudesAsFigures("tens of millions", asked: false) == "10-99 million")
    #expect(QuantityReader.withLooseMagnitudesAsFigures("2 millions", asked: false) == "2 millions")
  }

  @Test("a far bound says no to a guess at or past it, and nothing to one inside it")
  func farBounds() throws {
    let bound = try #require(QuantityReader.quantities(in: "violating posts are well under 1% of all posts").first)
    #expect(bound.farBound == .below)
    #expect(QuantityReader.quantities(in: "users in well over 100 countries").first?.farBound == .above)
    #expect(QuantityReader.quantities(in: "under 1% of posts").first?.farBound == nil)
    #expect(QuantityReader.quantities(in: "under 1% of posts").first?.isCeiling == true)
    func verdict(_ asked: String) -> NumberCheck.Verdict? {
      NumberCheck.verdictOnGiven(question: asked, facts: ["Violating posts are well under 1% of all posts."])
    }
    #expect(verdict("Are about 1% of posts violating?") == .no)
    #expect(verdict("Are about 3% of posts violating?") == .no)
    #expect(verdict("Are about 0.5% of posts violating?") == nil)
    #expect(verdict("Are under 1% of posts violating?") == .yes)
  }

  // Forty-eighth session: "Is the latency budget around 100 ms for scoring?" against "must
  // return within 100 ms at p99" got the fact and no verdict: the question named no word of the
  // fact's clause, so the only duration of the facts given was not placed.
  @Test("the one figure of its kind agreeing, or every figure it may mean agreeing, is a verdict")
  func agreementWithoutPlacement() {
    let budget = ["The whole fraud check, feature look-ups included, must return within 100 ms at p99."]
    #expect(NumberCheck.verdictOnGiven(question: "Is the latency budget around 100 ms for scoring?", facts: budget)
      == .yes)
    // Far from the only figure, it may be of something else: no "No.".
    #expect(NumberCheck.verdictOnGiven(question: "Is the latency budget around 20 ms for scoring?", facts: budget)
      == nil)
    // Two figures may be meant, and both agree at least roughly.
    let rates = ["About 0.07% of payments by count and 0.12% by value turn out to be fraud."]
    #expect(NumberCheck.verdictOnGiven(question: "Is fraud around 0.1% of payments?", facts: rates) == .roughly)
    #expect(NumberCheck.verdictOnGiven(question: "Is fraud around 0.3% of payments?", facts: rates) == .no)
    // "daily" after what is counted makes a daily rate; after "at the", it names the peak.
    let peak = QuantityReader.quantities(in: "about 12,000 searches a second on average and about 25,000 at the daily peak")
    #expect(peak.last?.dimension == .rate && peak.last?.value == 25_000)
    // A figure a hundred times off beside one that is near is not what is meant.
    let pool = ["About a billion new posts are created each day. Each user has about 2,000 eligible posts."]
    #expect(NumberCheck.verdictOnGiven(question: "Can I assume about 2,200 eligible candidate posts?", facts: pool)
      == .yes)
  }

  @Test("a figure put after the comma is no part left unanswered")
  func figureAfterCommaIsNoPart() throws {
    let text = try reply("harmful-content", "How many posts a day, is it around 1 billion?")
    #expect(!text.contains("If that doesn't cover"), "\(text)")
    #expect(NumberCheck.onlyChecksFigure("is it around 1 billion?"))
    #expect(NumberCheck.onlyChecksFigure("maybe 400k?"))
    #expect(!NumberCheck.onlyChecksFigure("is it around 1 billion, or do we count comments too?"))
    #expect(!NumberCheck.onlyChecksFigure("is there a peak of 50k QPS on the browse page at dinner time?"))
  }

  @Test("no verdict where the figure meant cannot be told, or the question is about something else", arguments: [
    // "fit" without a span of time asks whether something fits.
    ("fraud-detection", "Would 1 billion payments fit in one table?"),
    // Magnitudes in words offered as a choice (fifty-second session).
    ("news-feed", "How many eligible candidate posts per user per request, typically — hundreds, thousands?"),
    ("ads-ctr", "How many new ads get created per day — thousands, millions?"),
    // The fact's 150 ms is the whole request, not the model.
    ("ads-ctr", "can I assume around 20 ms p99 for the model itself?"),
    // A stage's share below the whole request's budget is the candidate's to choose
    // (`StageShare`; numbers bench and a fresh helper's question, fifty-seventh session).
    ("ads-ctr", "I'd assume we have maybe 10–20 ms to score a few hundred candidate ads per request — does that "
      + "sound right?"),
    ("ads-ctr", "What latency budget does the click model get to score all the candidate ads for a slot, under 50 ms?"),
    ("event-recommendation", "Can I assume 30 ms p99 for retrieval from the ANN index?"),
    // Half arrive within 30 days, 85% within 60: "2 months" is neither right nor wrong.
    ("fraud-detection", "Do chargebacks take about 2 months to arrive?"),
    // The figure sets up another question.
    ("video-search",
     "queries and videos span 50+ languages — do we need cross-lingual matching, like an english query returning a spanish video?"),
    // A choice, and a figure already given.
    ("ads-ctr", "Is the click rate 1% or 0.1%?"),
    ("fraud-detection", "How long until chargebacks come in - 30, 60, 90 days?"),
    ("ads-ctr", "Is the click rate on impressions 1%, 2%, 5%?"),
    ("rag-assistant", "Is the inference budget $20k, $40k, $60k a month?"),
    ("similar-listings", "At 15k requests a second at peak, would you precompute the carousel offline?"),
    // A need after the figure asks about something else.
    ("eta-prediction", "Would 300k couriers online need a sharded dispatch service?"),
    ("video-recommendation", "Is the 200 ms the whole request?"),
    // A price is no count of GPU-seconds.
    ("street-view-blurring", "is there a compute cap per panorama — can I assume ~1 GPU-second each?"),
    // Trial 24: the question is the first sentence; "Yes." would say a declined request is a
    // fine negative.
    ("similar-listings",
     "Is it OK to treat a host-declined request as a negative? I'd guess it's around 15% of requests."),
    // "all 40 stores" names the set the fact gave; the question asks about calling routing.
    ("eta-prediction", "Can I call routing for all 40 stores on every list request?"),
    // Trial 25: the figure is the premise of another question.
    ("ads-ctr", "If peak were 100k QPS, would we need to shard the model?"),
    ("ads-ctr", "And about 500k QPS at peak would be too much?"),
    ("fraud-detection", "Do we need to handle 3,500 payments per second on Black Friday with the same fleet?"),
    ("video-recommendation", "Would 1 billion eligible videos fit in one ANN index?"),
    ("video-recommendation", "Will 20k requests per second at peak need more than one data centre?"),
    ("video-search", "Is it a problem that we keep only 13 months of logs?"),
    ("similar-listings", "Is 15k requests per second at peak a reason to precompute the carousels?"),
    // An amount in words it does not read ("half") is part of the claim.
    ("people-you-may-know", "can I assume about 1B MAU with roughly half of them active daily?"),
    // A wh-question whose last piece offers a choice, or is no guess of a figure.
    ("ads-ctr", "How many advertisers are there, 300k or 3M?"),
    ("ads-ctr", "How many requests per second at peak, given 200 million daily users?"),
    // Trial 27: the reply gives the Black Friday peak (3,500), but another fact gives the daily
    // peak of 900: no "No." while a fact not given says yes.
    ("fraud-detection", "Payments peak at about 900 per second, right?"),
    // A change to a figure is not the figure (tuning bank; with "a third of all clicks" read as
    // 33% it heard "No.").
    ("video-search", "is a 0.5% CTR improvement considered a big win here?"),
    // Sentences of magnitudes offer a choice; "so maybe …" works a figure out from the one before.
    ("ads-ctr", "how many ads are eligible per request before ranking — hundreds? tens of thousands?"),
    ("fraud-detection", "How much time do we have inside the authorisation path for the fraud score — is it like "
      + "100ms total with the card network round trip, so maybe 20-30ms for us?"),
    // A latency past the budget with no bound word may be of something around it: the card
    // network's timeout is not the fraud check's budget.
    ("fraud-detection", "can I assume the card network gives us a hard timeout of about a second for the whole "
      + "authorisation round trip?"),
    // "1 in 5" is a share not read as one; a figure of nothing the facts count checks nothing.
    ("street-view-blurring", "guessing ~1 in 5 panos actually has a face in it, reasonable?"),
    ("ads-ctr", "How many features does the current production model use, is it like 1,847?"),
    ("fraud-detection", "For peak volume, are we talking Black Friday spikes of something like 10x normal, and does the "
      + "latency budget stay the same during those spikes?"),
  ])
  func noVerdict(scenario: String, question: String) throws {
    let text = try reply(scenario, question)
    for lead in ["Yes. ", "No. ", "Roughly. "] { #expect(!text.hasPrefix(lead), "\(question) -> \(text.prefix(60))") }
  }

  @Test("a count at one moment after a rate counts what the rate counts, in no unit of time")
  func countAtOneTime() {
    let couriers = QuantityReader.quantities(in:
      "About 900,000 couriers are active each week, and up to about 300,000 are online at once at the dinner peak.")
    #expect(couriers.map(\.dimension) == [.rate, .count])
    #expect(couriers.last?.noun.contains("courier") == true)
    // Without a word of one moment, the bare figure keeps the rate's unit.
    let requests = QuantityReader.quantities(in: "About 6,000 requests per second on average and 20,000 at peak.")
    #expect(requests.map(\.dimension) == [.rate, .rate])
  }

  @Test("a percentile places a latency only in its own clause")
  func percentileClause() {
    let budgets = QuantityReader.quantities(in: "A checkout quote must come back within 100 ms at p99, because it "
      + "blocks the page. For the browse list, the service gets 50 ms for the whole list.")
    let guess = QuantityReader.quantities(in: "Is that around 100 ms at p99?")[0]
    #expect(NumberCheck.counterparts(of: guess, among: budgets).map(\.value) == [0.1])
    let browse = QuantityReader.quantities(in: "Is the browse list budget 100 ms at p99?")[0]
    #expect(NumberCheck.counterparts(of: browse, among: budgets).map(\.value) == [0.05])
  }

  @Test("a share that only narrows the one before it is not meant by a guess that names no narrowing")
  func narrowedShare() {
    let late = QuantityReader.quantities(in:
      "Today about 18% of orders arrive after the end of the window, and about 5% more than 15 minutes after it.")
    #expect(late.map(\.isElided) == [false, true, false])
    let guess = QuantityReader.quantities(in: "Are roughly 20% of orders late right now?")[0]
    #expect(NumberCheck.counterparts(of: guess, among: late).map(\.value) == [18])
    // A share with words of its own is chosen by the words, whatever qualifies it.
    let rates = QuantityReader.quantities(in:
      "About 3% of feed impressions get a click and about 0.1% lead to a registration within seven days.")
    let registration = QuantityReader.quantities(in: "Is the registration rate on recommended events around 2%?")[0]
    #expect(NumberCheck.counterparts(of: registration, among: rates).map(\.value) == [0.1])
  }

  @Test("a noun made of a verb places a figure as the verb does")
  func nounRoots() {
    #expect(NumberCheck.roots(["acceptanc", "ment", "deploy"]) == ["accept", "ment", "deploy"])
    // Words for one request to the system are one word.
    #expect(NumberCheck.roots(["request", "query", "search"]) == [NumberCheck.requestMark])
    #expect(NumberCheck.roots(["refinement", "persistenc"]) == ["refine", "persist"])
  }

  /// A tmux trial (fiftieth session): a guess after a statement that names what it counts, with no
  /// figure of its own, got no verdict ("We're talking millions of new panoramas a day,
  /// something like 5M?").
  @Test("a guess after a statement is checked as the statement's count", arguments: [
    ("street-view-blurring", "We're talking millions of new panoramas a day, something like 5M?", "Yes. "),
    ("street-view-blurring", "We get lots of new panoramas every day, maybe 50 million?", "No. "),
    ("image-search", "Users upload a lot of new images every day, something like 300 million?", "Yes. "),
    // A fresh helper's siblings: the rate anywhere in the statement, "daily", "I'd guess".
    ("event-recommendation", "There's a steady stream of newly published events each day, maybe 10k or so?", "No. "),
    ("harmful-content", "So a lot of new posts get created daily — roughly 180M?", "Yes. "),
    ("fraud-detection", "We're procesing a huge number of card payments every day, I'd guess around 32 million?",
     "Yes. "),
  ])
  func guessAfterStatement(scenario: String, question: String, lead: String) throws {
    let reply = Interviewer(scenario: try Fixtures.flagship(scenario)).reply(to: question)
    #expect(reply.text.hasPrefix(lead), "\(reply.text)")
  }

  /// Interviewer log, fifty-sixth session: "a user" kept its "a" beside the guess, which put
  /// five words between the figure and "per day"; the daily rate was read as a count and checked
  /// against the eligible posts. The training-data fact says about 100 posts a day.
  @Test("an article in the question is no rate word: the guess keeps the question's period")
  func articleBeforeSubject() throws {
    let question = "How many posts does a user scroll past per day, roughly 100?"
    #expect(NumberCheck.figuresPutForward(question).first?.dimension == .rate)
    let reply = Interviewer(scenario: try Fixtures.flagship("news-feed")).reply(to: question)
    #expect(reply.text.hasPrefix("Yes. Users scroll past about 100 posts a day"), "\(reply.text)")
  }

  @Test("a count after a span counts what the span holds")
  func countAfterSpan() {
    let figures = QuantityReader.quantities(in: "Two years of reviewer decisions, about 600 million, each with the post.")
    #expect(figures.count == 2)
    #expect(figures.last?.dimension == .count && figures.last?.value == 600_000_000)
    #expect(figures.last?.noun.contains("decision") == true)
    // A figure in units after a span keeps its own unit.
    #expect(QuantityReader.quantities(in: "Two years of logs, about 30 days of which are hot.").last?.dimension
      == .duration)
  }

  @Test("a statement with a figure of its own is no head for the guess")
  func statementWithFigure() {
    #expect(NumberCheck.guessedAnswer("We have 5 regions, about 10M users?") == nil)
    #expect(NumberCheck.guessedAnswer("We're talking millions of new panoramas a day, something like 5M?") != nil)
  }

  /// A newcomer's trials (fifty-third and fifty-fourth sessions): figures that got the wrong
  /// verdict or none.
  @Test("a figure is judged against what it counts, over its period, and the fact's lead figure", arguments: [
    // "user reports" counts reports, not daily users (it got "No." from 500 million DAU).
    ("harmful-content", "Do we get about 3 million user reports a day?", "Yes. "),
    // Two counts of languages: the one the fact leads with is the answer.
    ("harmful-content", "Languages? I'm guessing around 100.", "Yes. "),
    // "should" of a requirement, and "or so", ask for the check.
    ("video-recommendation",
     "How fresh do recommendations need to be? Should a new upload be recommendable within an hour or so?",
     "Your figure: yes. "),
    ("video-recommendation", "How many new videos get uploaded each day? I'd guess something like 3 million.",
     "Yes. "),
    ("similar-listings", "I'm assuming around 7M listings worldwide — is that about right?", "Yes. "),
    // A fresh helper's siblings: "-ish", a preface, a closing check after a comma, "on the order
    // of", "or more" before the noun, "should" of a requirement, a guess naming its own noun.
    ("event-recommendation", "How many new events get published daily? I'm guessing 80k-ish, right?", "Yes. "),
    ("similar-listings", "roughly how many listings are in the catalogue, 7M-ish?", "Yes. "),
    ("news-feed", "For scale, how many member posts get created each day? I'm assuming on the order of a billion?",
     "Yes. "),
    ("rag-assistant", "How many documents are we indexing? I'm thinking around 1.5 million, is that about right?",
     "No. "),
    ("harmful-content", "How many languages are we dealing with on the platform — 100 or more?", "Yes. "),
    ("video-recommendation", "should followed-channel uploads be showing up on the homepage within a day or so?",
     "No. "),
    ("video-recommendation", "how many new videos get uploaded per day? 2-3 million i assume?", "Yes. "),
    // A newcomer's trial (image-search): a bound put up for acceptance is judged against the
    // requirement's bound, and "a quarter-ish" is a guess.
    ("image-search", "How fresh do new uploads need to be in the index - is within an hour ok?", "Your figure: yes. "),
    ("image-search", "Is it fine if new uploads become searchable within a day?", "No. "),
    ("image-search", "Roughly what share of queries are crops versus full images, a quarter-ish?", "Yes. "),
    // A fresh helper's siblings: a latency put up for acceptance is a bound; a fact's own "ones";
    // four words before "daily". "enough" still asks for a floor.
    ("similar-listings", "is it ok if the carousel call comes back in 80 ms at p99 on the server?", "Yes. "),
    ("fraud-detection", "is it acceptable if the whole fraud check, lookups included, takes 300 ms at p99?", "No. "),
    ("event-recommendation",
     "so roughly 2M upcoming events at any time, with something like 80k fresh ones getting published daily?", "Yes. "),
    ("news-feed", "can I assume 30 days of logs is enough history to train on?", "Yes. "),
    // A newcomer's trial: the fact's phrase "number of slots" names the thumbnails it counts.
    ("video-recommendation", "How many slots does the homepage show per load, maybe around 20?", "Yes. "),
    ("video-recommendation", "How many slots does the homepage show per load, maybe around 50?", "No. "),
    // Both facts given: "a billion users" is the billion monthly users the fact leads with, not
    // its 300 million daily ones (it was in the set with no verdict while only the friends fact
    // was given).
    ("people-you-may-know", "Is it around a billion users with maybe 300 friends each on average?", "Yes. "),
    // A newcomer's trial (fifty-seventh session): a floor put as the guess got no "Yes." beside
    // "more than 100 languages"; an adjective in "-ent" met no fact in "-ence"; "Two years of
    // reviewer decisions, about 600 million" read as 600 million years, so a guess of the
    // decisions met no fact at all.
    ("harmful-content", "how many languages do posts actually come in, more than 100?", "Yes. "),
    ("harmful-content", "Roughly how prevalent is harmful content: is it around 1% of posts?", "No. "),
    ("harmful-content", "Do we have about 600 million labelled reviewer decisions?", "Yes. "),
  ])
  func judgedFigure(scenario: String, question: String, lead: String) throws {
    let text = try reply(scenario, question)
    #expect(text.hasPrefix(lead), "\(text)")
  }

  @Test("a monthly count is no daily one, and a model's name is no noun")
  func periodsAndModelNames() throws {
    let reply = Interviewer(scenario: try Fixtures.flagship("video-recommendation"))
      .reply(to: "How many monthly users do we have in total, something like a billion?")
    #expect(!reply.text.hasPrefix("No."), "\(reply.text)")
    let guessed = Interviewer(scenario: try Fixtures.flagship("video-recommendation"))
      .reply(to: "do we know the monthly user count? I'd guess 250 million monthly users or so?")
    #expect(!guessed.text.hasPrefix("No."), "\(guessed.text)")
    #expect(QuantityReader.quantities(in: "up to about 200 A100-class GPUs").first?.noun.contains("gpus") == true)
    #expect(NumberCheck.isHedgingOr(after: "so") && !NumberCheck.isHedgingOr(after: "daily"))
  }

  /// A tmux trial (fiftieth session): "8K by 4K pixels" against "16,000 by 8,000 pixels" got no
  /// verdict, read as counts that each met two figures.
  @Test("a width by a height is checked side against side", arguments: [
    ("Let's say each stitched panorama is roughly 8K by 4K pixels; is that about right?", "No. "),
    ("Is each panorama about 16K by 8K pixels?", "Yes. "),
    ("Let's say each stitched panorama is around 12,000 x 6,000 pixels; is that about right?", "Roughly. "),
  ])
  func dimensionPair(question: String, lead: String) throws {
    let reply = Interviewer(scenario: try Fixtures.flagship("street-view-blurring")).reply(to: question)
    #expect(reply.text.hasPrefix(lead), "\(reply.text)")
    #expect(DimensionPair.value("16,000") == 16_000 && DimensionPair.value("8K") == 8_000)
  }
}
