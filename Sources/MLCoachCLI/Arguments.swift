import MLCoachCore

/// How a shell completes an argument or an option's value.
enum CompletionKind: Equatable, Sendable {
  case none
  case scenario
  case session
  case unfinishedSession
  case file
  case directory
  case command
  case choices([String])
}

/// One option: its names, its value (if it takes one) and its help. Help text, usage lines,
/// shell completions and the man page are all generated from these.
struct OptionSpec: Sendable {
  /// `--output`: the name commands look the option up by.
  var long: String
  /// `-o`
  var short: String?
  /// `FILE` when the option takes a value; nil for a flag.
  var value: String?
  var help: String
  var completion: CompletionKind = .none
  var repeatable = false

  init(_ long: String, short: String? = nil, value: String? = nil, help: String, completion: CompletionKind = .none,
       repeatable: Bool = false) {
    self.long = long
    self.short = short
    self.value = value
    self.help = help
    self.completion = completion
    self.repeatable = repeatable
  }

  var takesValue: Bool { value != nil }
  var names: [String] { [short, long].compactMap { $0 } }

  /// `-o FILE`, `--format markdown|json`, `--json`: the short name reads best in a usage line.
  var usage: String {
    guard let value else { return short ?? long }
    if case .choices(let choices) = completion { return "\(short ?? long) \(choices.joined(separator: "|"))" }
    return "\(short ?? long) \(value)"
  }

  /// `-o, --output FILE` for the options list of the help.
  var label: String { names.joined(separator: ", ") + (value.map { " \($0)" } ?? "") }
}

/// One positional argument.
struct ArgumentSpec: Sendable {
  /// `SCENARIO`
  var name: String
  var help: String
  var optional = false
  var repeating = false
  var completion: CompletionKind = .none

  var usage: String {
    let name = repeating ? "\(self.name) ..." : self.name
    return optional ? "[\(name)]" : name
  }
}

/// What a command accepts and how it is explained. The parser checks arguments against it;
/// the help, the usage line, the completions and the man page are generated from it.
struct CommandSpec: Sendable {
  var name: String
  /// One sentence, shown in the command list.
  var summary: String
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  /// Paragraphs of explanation. A paragraph whose lines start with two spaces is printed as it
  /// is (a small table); the others are wrapped to the terminal.
  var discussion: [String] = []
  var examples: [String] = []
  /// Options of another command that this one refuses for a reason worth saying, with that
  /// reason: `resume --no-timer` is not a typo but a wish the command cannot grant.
  var refused: [String: String] = [:]

  /// `mlcoach report [SESSION] [--format markdown|json] [-o FILE]`
  var usage: String {
    (["mlcoach", name] + arguments.map(\.usage) + options.map { "[\($0.usage)]" }).joined(separator: " ")
  }

  /// How many positional arguments the command takes.
  var positionals: ClosedRange<Int> {
    let required = arguments.filter { !$0.optional }.count
    return required...(arguments.contains { $0.repeating } ? Int.max : arguments.count)
  }

  /// The option called `name` (long or short), among the command's and the global ones.
  func option(named name: String) -> OptionSpec? {
    (options + Self.globalOptions).first { $0.long == name || $0.short == name }
  }

  /// Options every command takes, before or after the command name.
  static let globalOptions = [
    OptionSpec("--scenarios", value: "DIR", help: "also load scenarios from DIR (repeatable)", completion: .directory,
               repeatable: true),
    OptionSpec("--no-color", help: "no colour, whatever the terminal (as NO_COLOR=1 does)"),
    OptionSpec("--help", short: "-h", help: "show help; 'mlcoach --help CMD' shows a command's"),
    OptionSpec("--version", short: "-V", help: "show the version"),
  ]
}

/// A command line split into flags, option values and positional arguments.
struct ParsedArguments: Equatable, Sendable {
  var flags: Set<String> = []
  var options: [String: [String]] = [:]
  var positionals: [String] = []
  /// The long names the spec declares; a command asking for another (`has("--jsn")`) is a
  /// bug that would otherwise read as "not given", so debug builds stop on it.
  var known: Set<String> = []

  func has(_ flag: String) -> Bool {
    assert(known.isEmpty || known.contains(flag), "'\(flag)' is not in the command's spec")
    return flags.contains(flag)
  }

  func value(_ option: String) -> String? {
    assert(known.isEmpty || known.contains(option), "'\(option)' is not in the command's spec")
    return options[option]?.last
  }

  func values(_ option: String) -> [String] {
    assert(known.isEmpty || known.contains(option), "'\(option)' is not in the command's spec")
    return options[option] ?? []
  }

  /// Adds what `other` holds (global options given before the command).
  mutating func merge(_ other: ParsedArguments) {
    known.formUnion(other.known)
    flags.formUnion(other.flags)
    for (name, values) in other.options { options[name] = values + (options[name] ?? []) }
    positionals = other.positionals + positionals
  }
}

enum ArgumentParser {
  /// Parses `arguments` (after the command name) against `spec` and the global options.
  /// Errors name the option as the user typed it (`-o`, not `--output`).
  static func parse(_ arguments: [String], spec: CommandSpec) throws(CLIError) -> ParsedArguments {
    var parsed = ParsedArguments()
    parsed.known = Set((spec.options + CommandSpec.globalOptions).map(\.long))
    var index = 0
    var onlyPositionals = false
    func usageError(_ message: String) -> CLIError { CLIError(message, code: .usage, usage: spec.usage) }

    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      var typed = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
        typed = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard let option = spec.option(named: typed) else {
        if let why = spec.refused[typed] { throw usageError("\(typed) cannot be used here: \(why)") }
        let known = (spec.options + CommandSpec.globalOptions).flatMap(\.names)
        throw usageError("unknown option '\(UserText.excerpt(typed, limit: 60))'" + DidYouMean.suffix(for: typed, in: known))
      }
      if !option.takesValue {
        if inlineValue != nil { throw usageError("option '\(typed)' takes no value") }
        parsed.flags.insert(option.long)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < arguments.count, !looksLikeOption(arguments[index], in: spec) else {
          throw usageError("option '\(typed)' needs a value (\(option.value ?? "a value"))")
        }
        value = arguments[index]
        index += 1
      }
      parsed.options[option.long, default: []].append(value)
    }
    if parsed.has("--help") || parsed.has("--version") { return parsed }
    let count = parsed.positionals.count
    if count < spec.positionals.lowerBound {
      let missing = spec.arguments.filter { !$0.optional }.dropFirst(count).first?.name ?? "an argument"
      throw usageError("'\(spec.name)' needs \(missing)")
    }
    if count > spec.positionals.upperBound {
      let extra = parsed.positionals[spec.positionals.upperBound]
      throw usageError("unexpected argument '\(UserText.excerpt(extra))'")
    }
    return parsed
  }

  /// `report -o --format json` is a forgotten value, not a file called "--format".
  private static func looksLikeOption(_ argument: String, in spec: CommandSpec) -> Bool {
    guard argument.hasPrefix("-"), argument != "-" else { return false }
    let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
    return spec.option(named: name) != nil
  }
}

/// The one way mlcoach suggests a name: "did you mean 'a'?" or "did you mean 'a' or 'b'?".
enum DidYouMean {
  /// "did you mean 'a' or 'b'?", or nil without suggestions.
  static func text(_ suggestions: [String]) -> String? {
    guard !suggestions.isEmpty else { return nil }
    return "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
  }

  /// "; did you mean 'x'?" after an error about `word`, or "" when nothing is close.
  static func suffix(for word: String, in candidates: [String]) -> String {
    text(EditDistance.ranked(word, candidates, limit: 1)).map { "; " + $0 } ?? ""
  }
}
