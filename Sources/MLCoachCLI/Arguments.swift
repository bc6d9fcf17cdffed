/// What a command accepts; the parser checks arguments against it and the help prints it.
struct CommandSpec: Sendable {
  var name: String
  var usage: String
  var summary: String
  /// Extra help text: options, examples.
  var details: String
  var flags: [String] = []
  var options: [String] = []
  var aliases: [String: String] = [:]
  var positionals: ClosedRange<Int> = 0...0

  /// Options every command takes.
  static let globalOptions = ["--scenarios"]
  static let globalFlags = ["--help"]
}

/// A command line split into flags, option values and positional arguments.
struct ParsedArguments: Equatable, Sendable {
  var flags: Set<String> = []
  var options: [String: [String]] = [:]
  var positionals: [String] = []

  func has(_ flag: String) -> Bool { flags.contains(flag) }
  func value(_ option: String) -> String? { options[option]?.last }
  func values(_ option: String) -> [String] { options[option] ?? [] }
}

enum ArgumentParser {
  /// Parses `arguments` (after the command name) against `spec`.
  static func parse(_ arguments: [String], spec: CommandSpec) throws(CLIError) -> ParsedArguments {
    var parsed = ParsedArguments()
    let flags = spec.flags + CommandSpec.globalFlags
    let options = spec.options + CommandSpec.globalOptions
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
      var name = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      if name == "-h" { name = "--help" }
      if let long = spec.aliases[name] { name = long }
      if flags.contains(name) {
        if inlineValue != nil { throw usageError("option '\(name)' takes no value") }
        parsed.flags.insert(name)
      } else if options.contains(name) {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard index < arguments.count else { throw usageError("option '\(name)' needs a value") }
          value = arguments[index]
          index += 1
        }
        parsed.options[name, default: []].append(value)
      } else {
        let known = flags + options + Array(spec.aliases.keys)
        let guess = EditDistanceHint.suggestion(for: name, in: known)
        throw usageError("unknown option '\(UserText.excerpt(name, limit: 60))'\(guess)")
      }
    }
    if parsed.has("--help") { return parsed }
    let count = parsed.positionals.count
    if count < spec.positionals.lowerBound {
      throw usageError("missing argument for '\(spec.name)'")
    }
    if count > spec.positionals.upperBound {
      let extra = parsed.positionals[spec.positionals.upperBound]
      throw usageError("unexpected argument '\(UserText.excerpt(extra))'")
    }
    return parsed
  }
}

import MLCoachCore

enum EditDistanceHint {
  static func suggestion(for word: String, in candidates: [String]) -> String {
    EditDistance.closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }
}
