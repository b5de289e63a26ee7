import Foundation
import HeltidChecker
import HeltidModel
import HeltidPlanning
import HeltidSolver

/// `heltid dimension INSTANCE`: the smallest headcount and the positions that cover the demand.
enum DimensionCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        guard let parsed = try ParsedArguments.forCommand("dimension", arguments,
                                                          valued: ["--time-limit", "--work-limit", "--format", "--output", "--instance-output", "--seed", "--objective"],
                                                          flags: ["--quiet", "--verbose"], help: HelpText.dimension) else { return 0 }
        let path = try parsed.singleOperand("INSTANCE file", command: "dimension")
        let limit = try parsed.searchLimit(default: 120)
        let format: OutputFormat = try parsed.choice("--format", default: .text)
        guard format == .text || format == .json else { throw UsageError(message: "--format: dimension writes text or json") }
        let objective: ObjectiveChoice = try parsed.choice("--objective", default: .fair)
        let seed = try parsed.seed()
        let quiet = parsed.flags.contains("--quiet")
        let base = try InstanceLoader.load(path: path, requireStaff: false)

        InterruptHandler.install()
        let printProgress: @Sendable (SolverProgress) -> Void = { OutputWriter.diagnostic($0.line) }
        let options = SolveOptions(timeLimit: limit.timeLimit, workLimit: limit.workLimit, verbose: parsed.flags.contains("--verbose"), seed: seed,
                                   progress: quiet ? nil : printProgress)
        let started = ContinuousClock.now
        let dimensioning = try Dimensioner(fair: objective == .fair).run(base, options: options)
        let elapsed = started.duration(to: .now).seconds
        let text: String
        if format == .json {
            text = try DimensionDocument(instancePath: path, dimensioning: dimensioning, elapsedSeconds: elapsed).json()
        } else {
            text = DimensionTextReport(dimensioning: dimensioning, elapsedSeconds: elapsed).text()
        }
        try OutputWriter.write(text, to: parsed.options["--output"])
        if let instancePath = parsed.options["--instance-output"] {
            try OutputWriter.write(try OutputWriter.json(dimensioning.instance), to: instancePath)
        }
        if let report = dimensioning.report, !report.isFeasible {
            OutputWriter.diagnostic("internal error: the checker rejects the rota:\n" + report.violations.map(\.message).joined(separator: "\n"))
            return 1
        }
        return dimensioning.isCovered ? 0 : 1
    }
}
