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
    ("requirements.json", PackageResources.requirements_json),
    ("framing.json", PackageResources.framing_json),
    ("data.json", PackageResources.data_json),
    ("model.json", PackageResources.model_json),
    ("evaluation.json", PackageResources.evaluation_json),
    ("serving.json", PackageResources.serving_json),
    ("monitoring.json", PackageResources.monitoring_json),
    ("general.json", PackageResources.general_json),
  ]
}
