import Foundation
import HeltidModel
import HeltidSolver

/// The `heltid` command-line tool: dispatches to the subcommands and maps errors to exit codes
/// (0 ok, 1 no feasible roster, 2 bad input or usage).
public enum HeltidTool {
    /// Runs the tool with `arguments` (without the program name) and returns the exit code.
    public static func main(_ arguments: [String]) -> Int32 {
        do {
            guard let command = arguments.first else {
                print(HelpText.overview)
                return 2
            }
            let rest = Array(arguments.dropFirst())
            switch command {
            case "solve": return try SolveCommand.run(rest)
            case "check": return try CheckCommand.run(rest)
            case "dimension": return try DimensionCommand.run(rest)
            case "compare": return try CompareCommand.run(rest)
            case "help", "--help", "-h":
                switch rest.first {
                case nil: print(HelpText.overview)
                case "solve": print(HelpText.solve)
                case "check": print(HelpText.check)
                case "dimension": print(HelpText.dimension)
                case "compare": print(HelpText.compare)
                case let other?: throw UsageError(message: "no command '\(other)' (commands: solve, check, dimension, compare, help)")
                }
                return 0
            default:
                throw UsageError(message: "no command '\(command)' (commands: solve, check, dimension, compare, help; see 'heltid --help')")
            }
        } catch let error as InputError {
            OutputWriter.diagnostic("error: " + error.description.replacingOccurrences(of: "\n", with: "\nerror: "))
            return 2
        } catch let error as UsageError {
            OutputWriter.diagnostic("error: \(error.message)")
            return 2
        } catch let error as GLPKError {
            OutputWriter.diagnostic("error: \(error.description)")
            return 1
        } catch {
            OutputWriter.diagnostic("error: \(error)")
            return 1
        }
    }
}
