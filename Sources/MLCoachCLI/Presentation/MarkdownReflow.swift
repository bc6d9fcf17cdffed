import Foundation

/// A Markdown document's prose wrapped to a terminal's width, for reading it there: a pager
/// folds a long line wherever the edge falls, mid-word ("the int / erviewer's answers", a
/// newcomer reading `mlcoach report`, forty-ninth session). Tables, headings, code blocks and
/// blank lines stay as they are; a list item's or a quote's later lines hang under its text.
/// Written to a file or a pipe, the report keeps its lines as rendered.
enum MarkdownReflow {
  /// `markdown` with each prose line wrapped to `width` cells (`TextLayout.wrap`).
  static func wrapped(_ markdown: String, width: Int) -> String {
    var inCode = false
    var out: [String] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      let fence = line.hasPrefix("```") || line.hasPrefix("~~~")
      if fence { inCode.toggle() }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if inCode || fence || trimmed.isEmpty || line.hasPrefix("#") || trimmed.hasPrefix("|") {
        out.append(line)
        continue
      }
      let (lead, hanging, body) = split(line)
      out.append(TextLayout.wrap(body, width: width, indent: lead, hangingIndent: hanging))
    }
    return out.joined(separator: "\n")
  }

  /// The line's leading marker ("- ", "1. ", "> ", spaces), the indent its later lines take,
  /// and its text.
  static func split(_ line: String) -> (lead: String, hanging: String, body: String) {
    let spaces = String(line.prefix { $0 == " " })
    let rest = line.dropFirst(spaces.count)
    if rest.hasPrefix("> ") { return (spaces + "> ", spaces + "> ", String(rest.dropFirst(2))) }
    if rest.hasPrefix("- ") || rest.hasPrefix("* ") || rest.hasPrefix("+ ") {
      return (spaces + rest.prefix(2), spaces + "  ", String(rest.dropFirst(2)))
    }
    let digits = rest.prefix { $0.isNumber }
    if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") {
      let marker = String(digits) + ". "
      return (spaces + marker, spaces + String(repeating: " ", count: marker.count), String(rest.dropFirst(marker.count)))
    }
    return (spaces, spaces, String(rest))
  }
}
