/// A usage mistake on the command line (exit code 2).
public struct UsageError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Command-line arguments split into positionals and `--option value` pairs.
struct ParsedArguments {
    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `arguments` for a command that takes the given valued options and flags.
    /// Accepts `--name value` and `--name=value`; `--` ends option parsing.
    private init(_ arguments: [String], valued: Set<String>, flags allowedFlags: Set<String>, command: String) throws {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" { name = "--help" }
            if allowedFlags.contains(name) {
                guard inlineValue == nil else { throw UsageError(message: "\(name) takes no value") }
                flags.insert(name)
            } else if valued.contains(name) {
                if let inlineValue {
                    options[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError(message: "\(name) needs a value") }
                    options[name] = arguments[index]
                    index += 1
                }
            } else {
                throw UsageError(message: "unknown option \(name) for '\(command)' (see 'heltid help \(command)')")
            }
        }
    }

    /// Parses a command's arguments (`--help` and `-h` are always accepted); nil after printing `help` when
    /// they ask for it, so that the command returns at once.
    static func forCommand(_ command: String, _ arguments: [String], valued: Set<String>, flags: Set<String> = [],
                           help: String) throws -> ParsedArguments? {
        let parsed = try ParsedArguments(arguments, valued: valued, flags: flags.union(["--help"]), command: command)
        guard !parsed.flags.contains("--help") else {
            print(help)
            return nil
        }
        return parsed
    }

    /// The command's one file operand; `noun` names it in the error ("INSTANCE file").
    func singleOperand(_ noun: String, command: String) throws -> String {
        guard positionals.count == 1 else {
            throw UsageError(message: "\(command) needs exactly one \(noun) (see 'heltid help \(command)')")
        }
        return positionals[0]
    }

    /// The value of an option parsed as a positive number of seconds.
    func seconds(_ name: String, default fallback: Double) throws -> Double {
        guard let text = options[name] else { return fallback }
        guard let value = Double(text), value.isFinite, value > 0 else {
            throw UsageError(message: "\(name): \"\(text)\" is not a positive number of seconds")
        }
        return value
    }

    /// The search's limit: `--time-limit S` (wall-clock seconds) or `--work-limit W` (deterministic work
    /// seconds), not both; without either, a work limit of `fallback`, so that the same input and options
    /// give the same rota on any machine and under any load.
    func searchLimit(default fallback: Double) throws -> (timeLimit: Double, workLimit: Double?) {
        if options["--time-limit"] != nil && options["--work-limit"] != nil {
            throw UsageError(message: "--time-limit and --work-limit: give one of them, not both")
        }
        if options["--time-limit"] != nil { return (try seconds("--time-limit", default: fallback), nil) }
        let work = try seconds("--work-limit", default: fallback)
        return (work, work)
    }

    /// `--seed N`: the neighbourhood search's seed (default 1).
    func seed() throws -> UInt64 {
        let text = options["--seed"] ?? "1"
        guard let seed = UInt64(text) else { throw UsageError(message: "--seed: \"\(text)\" is not a whole number ≥ 0") }
        return seed
    }

    /// The value of an option that must be one of `choices`.
    func choice<T: RawRepresentable>(_ name: String, default fallback: T) throws -> T where T.RawValue == String, T: CaseIterable {
        guard let text = options[name] else { return fallback }
        guard let value = T(rawValue: text) else {
            let known = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(message: "\(name): \"\(text)\" is not one of \(known)")
        }
        return value
    }
}
