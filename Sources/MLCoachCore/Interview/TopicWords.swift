/// Words that name what a clarifying question is about (goal, scale, latency, labels, compute,
/// privacy, …). They weigh more than incidental words, so "How many GPUs do we have for
/// training?" is about compute even though "how many" usually asks about users.
public enum TopicWords {
  /// Stems, as `WordNormalizer.stem` gives them.
  public static let stems: Set<String> = Set([
    "goal", "objective", "kpi", "success", "optimize", "metric", "revenue", "retention",
    "scale", "traffic", "qps", "peak", "throughput", "latency", "millisecond", "ms", "fast", "slo", "sla",
    "label", "ground", "annotator", "annotation", "rater", "survey",
    "compute", "gpu", "cpu", "hardware", "infrastructure", "budget", "memory", "ram", "ssd",
    "privacy", "consent", "gdpr", "sensitive", "religion", "ethnicity", "gender", "legal", "regulation",
    "policy", "moderation", "safety",
    "cold", "fresh", "freshness", "stale", "new", "upload", "language", "region", "country", "device", "mobile",
    "log", "retain", "history", "duplicate", "crop", "personalize", "auction", "bid", "fraud", "bot",
    "conversion", "target", "placement", "format", "existing", "current",
  ].map(WordNormalizer.stem))

  public static func contains(_ term: String) -> Bool { stems.contains(term) }
}
