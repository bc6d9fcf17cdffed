/// The scenario files of `Scenarios/`, compiled into the binary so that an installed `mlcoach`
/// works with no data folder and no SwiftPM resource bundle (whose accessor would crash).
public enum BundledScenarios {
  public static let files: [(name: String, bytes: [UInt8])] = [
    ("ads-ctr.json", PackageResources.ads_ctr_json),
    ("image-search.json", PackageResources.image_search_json),
    ("video-recommendation.json", PackageResources.video_recommendation_json),
  ]

  /// The lexicon files of `Scenarios/lexicon/`.
  public static let lexiconFiles: [(name: String, bytes: [UInt8])] = [
    ("glossary.json", PackageResources.glossary_json),
  ]
}
