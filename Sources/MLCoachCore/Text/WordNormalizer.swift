/// Reduces a lowercase word to the form used for matching: American spelling and a small stem,
/// so "down-sampling", "downsampled" and "downsample" meet, and "normalise" meets "normalize".
/// Applied identically to answers and evidence phrases, so an over-eager rule costs nothing
/// as long as it does not merge two words a rubric tells apart.
public enum WordNormalizer {
  private static let spellings: [String: String] = [
    "centre": "center", "centres": "centers", "catalogue": "catalog", "catalogues": "catalogs",
    "analyse": "analyze", "analysed": "analyzed", "analysing": "analyzing", "grey": "gray",
    "programme": "program", "defence": "defense", "licence": "license", "practise": "practice",
    "judgement": "judgment", "ageing": "aging", "artefact": "artifact", "artefacts": "artifacts",
    "metre": "meter", "metres": "meters", "neighbour": "neighbor", "neighbours": "neighbors",
    "cancelled": "canceled", "travelled": "traveled", "towards": "toward", "whilst": "while",
    "amongst": "among", "learnt": "learned", "per cent": "percent",
  ]

  /// Stem of one lowercase ASCII-or-not word.
  public static func stem(_ word: String) -> String {
    if let american = spellings[word] { return stemAmerican(american) }
    return stemAmerican(americanize(word))
  }

  /// -ise → -ize and -our → -or endings (symmetrically applied, so "precise" → "precize" is harmless).
  static func americanize(_ word: String) -> String {
    var chars = Array(word.utf8)
    let n = chars.count
    guard n >= 5 else { return word }
    func ends(_ suffix: String) -> Bool {
      let s = Array(suffix.utf8)
      return chars.count >= s.count && Array(chars[(chars.count - s.count)...]) == s
    }
    for suffix in ["isation", "isations", "ise", "ised", "ises", "ising", "iser", "isers"] where ends(suffix) {
      let at = n - suffix.count + 1  // the 's'
      if n - suffix.count >= 3 { chars[at] = UInt8(ascii: "z") }
      return String(decoding: chars, as: UTF8.self)
    }
    if n >= 6 {
      for suffix in ["our", "ours", "oured", "ouring", "ourite", "ourites"] where ends(suffix) {
        let at = n - suffix.count + 1  // the 'u'
        chars.remove(at: at)
        return String(decoding: chars, as: UTF8.self)
      }
    }
    return word
  }

  private static func stemAmerican(_ word: String) -> String {
    var w = Array(word.utf8)
    guard w.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return word }
    // Three-letter plurals: "ads" → "ad", "ids" → "id" (but "bus", "gas"-like words are harmless).
    if w.count == 3, w[2] == UInt8(ascii: "s"), w[1] != UInt8(ascii: "s"), w[1] != UInt8(ascii: "u"),
       w[1] != UInt8(ascii: "i") {
      return String(decoding: w.dropLast(), as: UTF8.self)
    }
    guard w.count > 3 else { return word }
    func ends(_ suffix: String) -> Bool {
      let s = Array(suffix.utf8)
      return w.count >= s.count && Array(w[(w.count - s.count)...]) == s
    }
    func drop(_ count: Int) { w.removeLast(count) }
    let y = UInt8(ascii: "y")
    if ends("ies") && w.count > 4 {
      drop(3)
      w.append(y)
    } else if ends("sses") {
      drop(2)
    } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") && w.count > 3 {
      drop(1)
    }
    if ends("mentation") {
      drop(5)  // augmentation → augment, segmentation → segment
    } else if ends("ization") {
      drop(5)  // normalization → normaliz
    } else if ends("ation") && w.count >= 8 {
      drop(3)  // calibration → calibrat
    } else if ends("ing") && w.count - 3 >= 4 {
      drop(3)
    } else if ends("ed") && w.count - 2 >= 3 && !ends("eed") {
      drop(2)
    } else if ends("ly") && w.count - 2 >= 4 {
      drop(2)
    }
    if ends("e") && w.count >= 4 { drop(1) }
    if w.count >= 4, w[w.count - 1] == w[w.count - 2], !isVowel(w[w.count - 1]) { drop(1) }
    return String(decoding: w, as: UTF8.self)
  }

  private static func isVowel(_ c: UInt8) -> Bool {
    c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o")
      || c == UInt8(ascii: "u")
  }
}
