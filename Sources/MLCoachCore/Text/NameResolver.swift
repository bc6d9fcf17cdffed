import Foundation

/// Which item a name typed by a person means: the exact id, else a unique id prefix, else the
/// one item whose searchable text holds every word of the name (as a word, or the start of one
/// for a word of five letters or more), else nothing, with the ids
/// within a typo's distance as suggestions. One policy for scenarios, sessions and commands.
public struct NameResolver<Item> {
  public enum Outcome {
    case found(Item)
    /// Several ids match; the name needs more of the id.
    case ambiguous([String])
    /// Nothing matches; the closest ids, closest first (possibly none).
    case notFound(suggestions: [String])
  }

  public let items: [Item]
  public let id: (Item) -> String
  /// Text searched word by word (a scenario's title); nil to match ids only.
  public let searchableText: ((Item) -> String)?

  public init(_ items: [Item], id: @escaping (Item) -> String, searchableText: ((Item) -> String)? = nil) {
    self.items = items
    self.id = id
    self.searchableText = searchableText
  }

  /// Shortest typed word that may stand for a longer word of the searchable text
  /// ("deliv" for "delivery"). Shorter ones must be whole words: "foo" opened the
  /// food-delivery case study and "ads" matched "uploads" (trial 36).
  static var shortestWordPrefix: Int { 5 }

  /// Whether a typed `word` names `textWord`: the same word, or a long enough start of it.
  static func names(_ textWord: Substring, _ word: String) -> Bool {
    textWord == word || (word.count >= shortestWordPrefix && textWord.hasPrefix(word))
  }

  public func resolve(_ name: String) -> Outcome {
    let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
    if let exact = items.first(where: { id($0).lowercased() == wanted }) { return .found(exact) }
    let prefixed = items.filter { id($0).lowercased().hasPrefix(wanted) }
    if prefixed.count == 1 { return .found(prefixed[0]) }
    if prefixed.count > 1 { return .ambiguous(prefixed.map(id)) }
    let words = wanted.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    if let searchableText, !words.isEmpty {
      let matching = items.filter { item in
        let text = (searchableText(item) + " " + id(item)).lowercased().split { !$0.isLetter && !$0.isNumber }
        return words.allSatisfy { word in text.contains { Self.names($0, word) } }
      }
      if matching.count == 1 { return .found(matching[0]) }
      if matching.count > 1 { return .ambiguous(matching.map(id)) }
    }
    let ids = items.map(id)
    // "rec" starts "recommendation" but is too short to stand for it: the scenarios it starts a
    // word of are the ones meant, ahead of ids a few letters away (a newcomer's "show rec" got
    // "did you mean 'rag-assistant'?", fortieth session).
    if !wanted.isEmpty {
      let starting = items.filter { item in
        (id(item) + " " + (searchableText?(item) ?? "")).lowercased().split { !$0.isLetter && !$0.isNumber }
          .contains { $0.hasPrefix(wanted) }
      }
      if !starting.isEmpty { return .notFound(suggestions: Array(starting.prefix(3).map(id))) }
    }
    var suggestions = EditDistance.ranked(wanted, ids, limit: 3)
    // "frad" is a typo of "fraud", the first word of "fraud-detection": a name typed as a prefix
    // is compared with the ids' words too.
    if suggestions.isEmpty {
      let near = ids.compactMap { candidate -> (id: String, distance: Int)? in
        guard let word = EditDistance.closest(to: wanted, in: candidate.split(separator: "-").map(String.init)) else {
          return nil
        }
        return (candidate, EditDistance.between(wanted, word))
      }
      let best = near.map(\.distance).min()
      suggestions = near.filter { $0.distance == best }.prefix(3).map(\.id)
    }
    if suggestions.isEmpty && !words.isEmpty {
      suggestions = Array(ids.filter { candidate in words.contains { candidate.contains($0) } }.prefix(3))
    }
    return .notFound(suggestions: suggestions)
  }
}
