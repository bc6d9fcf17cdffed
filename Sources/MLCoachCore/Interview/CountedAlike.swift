/// A figure that counts, under another name, the one thing a fact's figures count: "Are there
/// roughly a billion uploads a day?" against "Roughly 300 million new images a day", or "Does
/// the first page show about 20 results?" against "The first page shows about 50 images" (a
/// newcomer's trial, fiftieth session: neither got its "No.", as uploads and results are not
/// images). The fact's own phrases say the names are one thing ("how many uploads", "how many
/// results"), so the figure is read as counting what the fact's figures count.
///
/// Only when the figure's name meets no figure of the facts given, and the facts' figures of
/// its dimension that the phrases name (or, where they name none, all of them) count one
/// thing: a fact of orders, restaurants and cities ("how many orders", "how many restaurants")
/// leaves "about 100k markets?" alone.
enum CountedAlike {
  /// `figure` with its noun read as the noun of the one named thing `known` counts, when
  /// `names` (stems of what the given facts' phrases count: "how many uploads" → upload) hold
  /// a word of each ("moderation workforce … 20,000 moderators" against "5,000 trained
  /// reviewers"); `figure` as it was otherwise.
  static func renamed(_ figure: Quantity, among known: [Quantity], names: Set<String>) -> Quantity {
    let nouns = NumberCheck.roots(figure.noun)
    let names = NumberCheck.roots(names)
    guard !nouns.isDisjoint(with: names) else { return figure }
    let sameDimension = known.filter { $0.dimension == figure.dimension }.map { NumberCheck.roots($0.noun) }
    guard sameDimension.allSatisfy({ nouns.isDisjoint(with: $0) }) else { return figure }
    // The figures the phrases name must all count one thing: "30 million card payments a day"
    // and "350 payments per second" count payments (a fresh helper's siblings, fiftieth
    // session: "transactions" met two names there, card and payment).
    // Where the phrases name none of the facts' figures ("uploads per day" beside "300 million
    // new images a day"), the figures themselves must count one thing.
    let named = sameDimension.filter { !$0.isDisjoint(with: names) }
    let counted = named.isEmpty ? sameDimension : named
    guard let first = counted.first else { return figure }
    var common = counted.dropFirst().reduce(first) { $0.intersection($1) }
    if !named.isEmpty { common.formIntersection(names) }
    guard common.count == 1, let noun = common.first else { return figure }
    var renamed = figure
    renamed.noun = [noun]
    renamed.context = NumberCheck.roots(figure.context).subtracting(nouns).union([noun])
    return renamed
  }
}
