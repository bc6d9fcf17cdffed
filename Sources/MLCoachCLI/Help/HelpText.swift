/// The help screens, generated from the command specs so they never drift from what the
/// parser accepts.
struct HelpText {
  /// Terminal width; help text is wrapped to it, but never wider than 100 cells (long lines
  /// are hard to read).
  let width: Int

  private var lineWidth: Int { min(max(width, 40), 100) }

  /// `mlcoach --help`: what the program is, the commands and the global options.
  func overview() -> String {
    var text = "mlcoach \(CLI.version): practise machine-learning system design interviews, offline.\n\n"
    text += "usage: mlcoach [global options] <command> [options]\n\n"
    text += "commands:\n"
    let commands = CLI.commands.map { [$0.spec.name, $0.spec.summary] }
    text += table(commands)
    text += "\nglobal options (before or after the command):\n"
    text += table(CommandSpec.globalOptions.map { [$0.label, $0.help] })
    text += "\n" + wrap("Start with 'mlcoach list', then 'mlcoach practice ads-ctr'. 'mlcoach help CMD' explains a "
      + "command; 'mlcoach help --man' prints the manual page. Data: $MLCOACH_HOME, else $XDG_DATA_HOME/mlcoach, else ~/.local/share/mlcoach.") + "\n"
    return text
  }

  /// `mlcoach help CMD`: usage, summary, explanation, arguments, options and examples.
  func command(_ spec: CommandSpec) -> String {
    let usage = TextLayout.wrap("usage: \(spec.usage)", width: lineWidth, hangingIndent: "       ")
    var text = usage + "\n\n" + wrap(spec.summary) + "\n"
    for paragraph in spec.discussion {
      text += "\n" + (Self.isPreformatted(paragraph) ? paragraph : wrap(paragraph)) + "\n"
    }
    if !spec.arguments.isEmpty {
      text += "\narguments:\n" + table(spec.arguments.map { [$0.name, $0.help] })
    }
    if !spec.options.isEmpty {
      text += "\noptions:\n" + table(spec.options.map { [$0.label, $0.help] })
    }
    let globals = CommandSpec.globalOptions.map { $0.names.joined(separator: "/") + ($0.value.map { " \($0)" } ?? "") }
    text += "\n" + wrap("global options: " + globals.joined(separator: ", ") + " (see 'mlcoach --help')") + "\n"
    if !spec.examples.isEmpty {
      text += "\n" + (spec.examples.count == 1 ? "example:" : "examples:") + "\n"
      for example in spec.examples { text += "  \(example)\n" }
    }
    return text
  }

  /// A paragraph laid out by hand (every line indented) is printed as it is.
  static func isPreformatted(_ paragraph: String) -> Bool {
    paragraph.split(separator: "\n").allSatisfy { $0.hasPrefix("  ") }
  }

  private func wrap(_ text: String) -> String { TextLayout.wrap(text, width: lineWidth) }

  private func table(_ rows: [[String]]) -> String {
    Table(columns: [Table.Column("", flexible: false), Table.Column("")], rows: rows, indent: "  ", showHeader: false,
          overflow: .wrap, minimumColumnWidth: 20)
      .render(width: lineWidth, style: Style(enabled: false))
  }
}
