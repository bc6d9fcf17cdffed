/// A word no fact uses that is one slip of the keyboard from one a fact does: "latncy budget at
/// upload time?" asks for the latency budget. Candidates type fast at a terminal; a misspelt
/// topic word used to count as a word no fact knows, which both hides the topic and reads as a
/// question about something else (the seventh bank's "latncy" went unanswered).
///
/// One slip is a letter left out, a letter added, or two neighbouring letters swapped. A letter
/// typed for another (a substitution) is not taken: most real words one substitution apart are
/// other words ("batch" and "match", "ranking" and "banking"), and taking the key beside it
/// ("privacu", "grapg") gained nothing on 32 blind slips. Both words have at least
/// `leastLength` letters, and the known word must be the only one within one slip, so a short or
/// ambiguous word is left as it is.
public struct TypoNeighbour: Sendable {
  /// Least letters in the typed stem and in the known one.
  public static let leastLength = 5

  /// Each known stem and each of its one-letter deletions → the known stems it comes from.
  private let byDeletion: [String: Set<String>]
  /// Least letters in a typed word and a known one (`leastLength` unless told).
  private let least: Int
  /// Whether a slip may touch the first letter.
  private let firstLetterSlips: Bool

  /// `known`: the stems the facts use; concepts ("#…") and particle verbs ("back+off") are left
  /// out, as are stems with other than lowercase ASCII letters. Whole words as typed need
  /// more care than stems, since inflection makes more real words one slip apart ("asking" and
  /// "masking", "naive" and "native"): `leastLength` 6 and `firstLetterSlips` false keep those
  /// apart (tuning banks: both were corrected otherwise).
  public init(known: some Sequence<String>, leastLength: Int = TypoNeighbour.leastLength, firstLetterSlips: Bool = true) {
    least = leastLength
    self.firstLetterSlips = firstLetterSlips
    var table: [String: Set<String>] = [:]
    for stem in known where Self.isPlainWord(stem) && stem.count >= min(leastLength, Self.swapLength) {
      for variant in Self.deletions(of: stem) + [stem] { table[variant, default: []].insert(stem) }
    }
    byDeletion = table
  }

  /// The one known stem one slip from `stem`, or nil when there is none or more than one.
  public func correction(of stem: String) -> String? {
    guard Self.isPlainWord(stem), stem.count >= min(least, Self.swapLength) else { return nil }
    var candidates = Set<String>()
    for variant in Self.deletions(of: stem) + [stem] { candidates.formUnion(byDeletion[variant] ?? []) }
    let near = candidates.filter { known in
      guard known != stem, Self.oneSlipApart(Array(known.utf8), Array(stem.utf8)),
            firstLetterSlips || known.first == stem.first else { return false }
      // A shorter word may only have two inner letters swapped ("ctiy" for "city").
      return (known.count >= least && stem.count >= least) || Self.innerSwap(Array(known.utf8), Array(stem.utf8))
    }
    return near.count == 1 ? near.first : nil
  }

  /// Length of the shortest words read as slips, and only as a swap of two letters after the
  /// first: "Events per ctiy?" (blind set, twenty-eighth session). A letter added or dropped in
  /// a four-letter word makes other words too often ("data" and "date", "rate" and "rat").
  public static let swapLength = 4

  /// Whether `a` and `b` are one swap of neighbouring letters apart, the first letter kept.
  static func innerSwap(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    a.count == b.count && a.first == b.first && oneSlipApart(a, b)
  }

  static func isPlainWord(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
  }

  /// `text` with each one letter left out, in turn.
  static func deletions(of text: String) -> [String] {
    let letters = Array(text)
    return letters.indices.map { index in
      var copy = letters
      copy.remove(at: index)
      return String(copy)
    }
  }

  /// Whether `a` and `b` differ by one inserted or deleted letter or one swap of neighbours.
  static func oneSlipApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    if a.count == b.count {
      guard let first = a.indices.first(where: { a[$0] != b[$0] }), first + 1 < a.count else { return false }
      return a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)...] == b[(first + 2)...]
    }
    let (long, short) = a.count > b.count ? (a, b) : (b, a)
    guard long.count == short.count + 1 else { return false }
    let first = short.indices.first(where: { short[$0] != long[$0] }) ?? short.count
    return short[first...] == long[(first + 1)...]
  }
}
