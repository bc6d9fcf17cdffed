/// Reduces a lowercase word to the form used for matching: American spelling and a small stem,
/// so "down-sampling", "downsampled" and "downsample" meet, and "normalise" meets "normalize".
/// Applied identically to answers and evidence phrases, so an over-eager rule costs nothing
/// as long as it does not merge two words a rubric tells apart. Works on bytes without
/// allocating per rule: it runs once for every distinct word of every answer.
public enum WordNormalizer {
  /// Irregular and British forms with their matching form (also read by the vocabulary's
  /// prefix screen, since some change a word's first letters: "using" → "use").
  static let spellings: [String: String] = [
    "centre": "center", "centres": "centers", "catalogue": "catalog", "catalogues": "catalogs",
    "analyse": "analyze", "analysed": "analyzed", "analysing": "analyzing", "grey": "gray",
    "programme": "program", "defence": "defense", "licence": "license", "practise": "practice",
    "judgement": "judgment", "ageing": "aging", "artefact": "artifact", "artefacts": "artifacts",
    "metre": "meter", "metres": "meters", "neighbour": "neighbor", "neighbours": "neighbors",
    "cancelled": "canceled", "travelled": "traveled", "towards": "toward", "whilst": "while",
    "amongst": "among", "learnt": "learned", "indices": "indexes", "matrices": "matrix", "vertices": "vertex",
    "analyses": "analysis", "tuning": "tune", "using": "use", "used": "use", "coding": "code", "biases": "bias",
    "biased": "bias", "modelling": "modeling", "modelled": "modeled", "labelled": "labeled", "labelling": "labeling",
    "queueing": "queuing",
  ].merging(notesAbbreviations) { spelled, _ in spelled }

  /// Abbreviations of terse notes with the word they stand for ("feats", "negs", "w/o"): notes
  /// are judged on content as prose is, and "LR on hashed feats" says "features" (trial 14's
  /// notes scored 20–45 points under the same answer in prose). Only abbreviations with one
  /// reading in ML design notes: "pos" (positive, position), "conv" (conversion, convolution)
  /// and "hr" (hour, HR) are left alone.
  static let notesAbbreviations: [String: String] = [
    "feat": "feature", "feats": "features", "neg": "negative", "negs": "negatives", "imps": "impressions",
    "impr": "impression", "imprs": "impressions", "clf": "classifier", "clfs": "classifiers", "ckpt": "checkpoint",
    "ckpts": "checkpoints", "recs": "recommendations", "perf": "performance", "prod": "production",
    "req": "request", "reqs": "requests", "cand": "candidate", "cands": "candidates", "img": "image",
    "imgs": "images", "vid": "video", "vids": "videos", "thresh": "threshold", "mem": "memory", "pred": "prediction",
    "preds": "predictions", "prob": "probability", "probs": "probabilities", "doc": "document", "docs": "documents",
    "msg": "message", "msgs": "messages", "notif": "notification", "notifs": "notifications", "ctx": "context",
    "freq": "frequency", "infra": "infrastructure", "usr": "user", "usrs": "users", "tok": "token", "toks": "tokens",
    "param": "parameter", "params": "parameters", "dim": "dimension", "dims": "dimensions", "env": "environment",
    "eval": "evaluation", "evals": "evaluations", "mins": "minutes", "hrs": "hours", "secs": "seconds",
    "txn": "transaction", "txns": "transactions", "acct": "account", "accts": "accounts", "addr": "address",
    "lang": "language", "langs": "languages", "pct": "percent", "num": "number", "avg": "average",
    "approx": "approximate", "w/o": "without", "w": "with",
  ]

  private static let iseSuffixes = ["isation", "isations", "ise", "ised", "ises", "ising", "iser", "isers"].map { Array($0.utf8) }
  private static let ourSuffixes = ["our", "ours", "oured", "ouring", "ourite", "ourites"].map { Array($0.utf8) }

  /// Stem of one lowercase word. A word that ends in "-ing" or "-ed" is stemmed twice, so every
  /// form of a word meets one stem ("embed", "embedded", "embedding", "embeddings" all give
  /// "emb"; one pass left "embedding" at "embed" and "embed" at "emb"). Other words get one
  /// pass: stemming "these" twice would make it "the".
  public static func stem(_ word: String) -> String {
    var w: [UInt8] = []
    var source = word
    source.withUTF8 { stem($0, into: &w) }
    // Many words are their own stem: returning the word saves building a String.
    return w.elementsEqual(word.utf8) ? word : String(decoding: w, as: UTF8.self)
  }

  /// `stem(_:)` of a lowercase word given as bytes, written into `w`, which the caller reuses:
  /// scoring stems every distinct word of an answer, and an array per word showed.
  static func stem(_ word: UnsafeBufferPointer<UInt8>, into w: inout [UInt8]) {
    w.removeAll(keepingCapacity: true)
    if let first = word.first, let last = word.last, spellingEnds[Int(first) << 8 | Int(last)],
       let spelled = spellings[String(decoding: word, as: UTF8.self)] {
      w.append(contentsOf: spelled.utf8)
    } else {
      w.append(contentsOf: word)
    }
    guard w.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
      w.removeAll(keepingCapacity: true)
      w.append(contentsOf: word)
      return
    }
    americanize(&w)
    let inflected = ends(w, "ing") || ends(w, "ings") || ends(w, "ed")
    stemAmerican(&w)
    if inflected && w.count > 3 { stemAmerican(&w) }
    // "note", "notes" and "noted" lose their ending to "not", the negation: "Note that completion
    // biases toward short videos" dismissed the very point it made (forty-seventh session).
    if word.count > 3, w.count == 3, w[0] == UInt8(ascii: "n"), w[1] == UInt8(ascii: "o"), w[2] == UInt8(ascii: "t") {
      w.append(UInt8(ascii: "e"))
    }
  }

  /// Pairs of first and last byte of the words in `spellings`: a word outside them needs no
  /// dictionary look-up (hashing a String cost more than the stemming).
  private static let spellingEnds: [Bool] = {
    var table = [Bool](repeating: false, count: 65_536)
    for key in spellings.keys { table[Int(key.utf8.first!) << 8 | Int(key.utf8.last!)] = true }
    return table
  }()

  /// The matching form of a word as written: acronyms (two or more capitals, "ScaNN", "DCN",
  /// "mAP") are never stemmed, only lowercased, and lose a plural "s" ("GPUs", "IDs"); every
  /// other word is stemmed.
  public static func form(ofWritten written: Substring) -> String {
    let capitals = written.utf8.reduce(0) { $0 + ($1 >= 0x41 && $1 <= 0x5A ? 1 : 0) }
    guard capitals >= 2 else { return stem(written.lowercased()) }
    var word = written[...]
    if word.count > 2, word.last == "s" { word = word.dropLast() }
    return word.lowercased()
  }

  @inline(__always)
  private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard w.count >= count else { return false }
    let start = suffix.utf8Start
    let offset = w.count - count
    for i in 0..<count where w[offset + i] != start[i] { return false }
    return true
  }

  private static func ends(_ w: [UInt8], _ suffix: [UInt8]) -> Bool {
    w.count >= suffix.count && w[(w.count - suffix.count)...].elementsEqual(suffix)
  }

  /// -ise → -ize and -our → -or endings (applied to both sides, so "precise" → "precize" is harmless).
  static func americanize(_ w: inout [UInt8]) {
    let n = w.count
    guard n >= 5 else { return }
    for suffix in iseSuffixes where ends(w, suffix) {
      if n - suffix.count >= 3 { w[n - suffix.count + 1] = UInt8(ascii: "z") }
      return
    }
    guard n >= 6 else { return }
    for suffix in ourSuffixes where ends(w, suffix) {
      w.remove(at: n - suffix.count + 1)
      return
    }
  }

  private static func stemAmerican(_ w: inout [UInt8]) {
    // Three-letter plurals: "ads" → "ad", "ids" → "id".
    if w.count == 3, w[2] == UInt8(ascii: "s"), w[1] != UInt8(ascii: "s"), w[1] != UInt8(ascii: "u"),
       w[1] != UInt8(ascii: "i") {
      w.removeLast()
      return
    }
    guard w.count > 3 else { return }
    if ends(w, "ies") && w.count > 4 {
      w.removeLast(3)
      w.append(UInt8(ascii: "y"))
    } else if ends(w, "sses") {
      w.removeLast(2)
    } else if ends(w, "s") && !ends(w, "ss") && !ends(w, "us") && !ends(w, "is") {
      w.removeLast()
    }
    if ends(w, "mentation") {
      w.removeLast(5)  // augmentation → augment, segmentation → segment
    } else if ends(w, "ization") {
      w.removeLast(5)  // normalization → normaliz
    } else if ends(w, "ation") && w.count >= 8 {
      w.removeLast(3)  // calibration → calibrat
    } else if ends(w, "ing") && w.count - 3 >= 4 {
      w.removeLast(3)
    } else if ends(w, "ed") && w.count - 2 >= 3 && !ends(w, "eed") {
      w.removeLast(2)
    } else if ends(w, "ly") && w.count - 2 >= 4 {
      w.removeLast(2)
    }
    if ends(w, "e") && w.count >= 4 { w.removeLast() }
    if w.count >= 4, w[w.count - 1] == w[w.count - 2], !isVowel(w[w.count - 1]) { w.removeLast() }
  }

  private static func isVowel(_ c: UInt8) -> Bool {
    c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o")
      || c == UInt8(ascii: "u")
  }
}
