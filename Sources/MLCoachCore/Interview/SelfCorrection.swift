/// A question the candidate breaks off and asks again in other words: "How many users —
/// actually, what I really need is the share who have bought a ticket before", "Are ads part of
/// — no, let me scope it: can I treat ads as out of scope?". Only what comes after the
/// correction is asked; the abandoned start named a topic of its own ("users", "resolution") and
/// drew that fact instead (a blind set of the thirty-first session: 4 of 13 such questions got a
/// wrong fact, 2 more only half their answer).
public enum SelfCorrection {
  /// Word sequences, as the tokenizer reads them, by which a candidate takes back what they
  /// began to ask.
  static let markers: [[String]] = [
    ["actually"], ["wait"], ["scratch", "that"], ["strike", "that"], ["forget", "that"], ["never", "mind"],
    ["nevermind"], ["let", "me", "rephrase"], ["let", "me", "ask"], ["let", "me", "put"], ["let", "me", "scope"],
    ["let", "me", "widen"], ["let", "me", "narrow"], ["let", "me", "reframe"], ["let", "me", "restate"],
    ["let", "me", "try"], ["or", "rather"], ["i", "mean"], ["to", "rephrase"], ["rephrasing"],
    ["more", "to", "the", "point"], ["better", "question"], ["hold", "on"], ["different", "question"],
    ["another", "question"], ["on", "second", "thought"], ["second", "thought"],
  ]

  /// Words that may come between the break and the marker ("— well, actually, …", "— no, let me …").
  static let fillers: Set<String> = ["well", "hmm", "um", "uh", "oh", "no", "sorry", "or", "ok", "okay", "so"]

  /// Words of a short lead-in after the marker that announces the new question before a colon
  /// or "is" ("actually, more useful: …", "let me ask it differently: …", "actually, what I
  /// really need is …").
  static let leadWords: Set<String> = ["more", "most", "useful", "relevant", "important", "importantly", "better",
    "the", "a", "question", "is", "to", "point", "it", "differently", "that", "scope", "widen", "narrow", "ask",
    "me", "let", "put", "another", "way", "this", "really", "here", "whats", "thing", "what", "i", "need", "matters",
    "matter", "counts", "know", "want", "care", "interested", "in", "to"]

  /// A lead-in has at most this many words.
  static let leadLength = 7
  /// What follows the correction must have at least this many words to be a question.
  static let leastRest = 3

  /// The question asked after the candidate's self-correction, or nil when there is none. The
  /// correction must follow a dash, an ellipsis or the end of a sentence (or a comma, for a
  /// marker of two or more words), after at least two words; a lead-in before a colon right
  /// after it ("more useful:") is dropped too.
  public static func revised(_ question: String) -> String? {
    let bytes = Array(question.utf8)
    let words = WordTokenizer.words(question)
    let texts = words.map(\.text)
    var index = 2
    while index < words.count {
      defer { index += 1 }
      let gap = bytes[words[index - 1].end..<words[index].start]
      let comma = gap.contains(UInt8(ascii: ","))
      guard breaks(gap) || comma else { continue }
      var start = index
      while start < words.count, fillers.contains(texts[start]), !startsMarker(texts, at: start) { start += 1 }
      // After a comma only a marker of two or more words takes back what came before ("…, or
      // rather, …"): "Is the data, actually, labelled?" still asks about the data.
      guard let marker = markers.first(where: { texts.hasPhrase($0, at: start) }),
            breaks(gap) || marker.count >= 2 else { continue }
      var rest = start + marker.count
      // "Actually, scratch that: …" takes it back twice.
      while let more = markers.first(where: { texts.hasPhrase($0, at: rest) }) { rest += more.count }
      // "actually, more useful: …", "actually, what matters more is …": the lead-in that
      // announces the new question goes too, up to a colon or its closing "is".
      var end = rest
      while end < words.count, end - rest < leadLength, leadWords.contains(texts[end]) {
        end += 1
        if end - rest >= 2, texts[end - 1] == "is" { break }
        if end < words.count, bytes[words[end - 1].end..<words[end].start].contains(UInt8(ascii: ":")) { break }
      }
      let colon = end < words.count && bytes[words[end - 1].end..<words[end].start].contains(UInt8(ascii: ":"))
      if end > rest, end < words.count, colon || end - rest >= 2 && texts[end - 1] == "is" {
        rest = end
      }
      guard words.count - rest >= leastRest else { return nil }
      return String(decoding: bytes[words[rest].start...], as: UTF8.self)
    }
    return nil
  }

  /// Whether a gap between two words breaks off what came before: a spaced dash, an ellipsis,
  /// or a question mark or full stop.
  static func breaks(_ gap: ArraySlice<UInt8>) -> Bool {
    QuestionTerms.isDash(gap) || gap.contains(UInt8(ascii: "?")) || gap.contains(UInt8(ascii: "."))
      || gap.contains(0xE2) && gap.contains(0xA6)
  }

  static func startsMarker(_ texts: [String], at start: Int) -> Bool {
    markers.contains { texts.hasPhrase($0, at: start) }
  }
}
