import Foundation
import HeltidChecker
import HeltidModel
import HeltidSolver

/// `heltid solve INSTANCE`: builds a rota, re-checks it and prints it.
enum SolveCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        guard let parsed = try ParsedArguments.forCommand("solve", arguments, valued: ["--time-limit", "--work-limit", "--format", "--output", "--seed", "--objective"],
                                                          flags: ["--quiet", "--verbose"], help: HelpText.solve) else { return 0 }
        let path = try parsed.singleOperand("INSTANCE file", command: "solve")
        let limit = try parsed.searchLimit(default: 60)
        let format: OutputFormat = try parsed.choice("--format", default: .text)
        let quiet = parsed.flags.contains("--quiet")
        let seed = try parsed.seed()
        let loaded = try InstanceLoader.load(path: path)
        let instance = try parsed.options["--objective"] == nil ? loaded : parsed.choice("--objective", default: ObjectiveChoice.sum).applied(to: loaded)

        InterruptHandler.install()
        let printProgress: @Sendable (SolverProgress) -> Void = { OutputWriter.diagnostic($0.line) }
        let options = SolveOptions(timeLimit: limit.timeLimit, workLimit: limit.workLimit, verbose: parsed.flags.contains("--verbose"), seed: seed,
                                   progress: quiet ? nil : printProgress)
        let result = try CompactSolver().solve(instance, options: options)
        let report = result.roster.map { RosterChecker(instance: instance).check($0) }
        if !quiet { OutputWriter.diagnostic(statusLine(result)) }

        let text: String
        switch format {
        case .json:
            text = try ResultDocument(instancePath: path, instance: instance, result: result, report: report).json()
        case .csv:
            text = result.roster.map { RosterFile.csv(of: $0, instance: instance) } ?? ""
        case .curtois:
            text = result.roster.map { CurtoisFormat.solution(of: $0, instance: instance) } ?? ""
        case .text:
            text = textReport(path: path, instance: instance, result: result, report: report)
        }
        if (format == .csv || format == .curtois) && result.roster == nil {
            OutputWriter.diagnostic(textReport(path: path, instance: instance, result: result, report: nil))
        } else {
            try OutputWriter.write(text, to: parsed.options["--output"])
        }
        guard let report else { return 1 }
        if !report.isFeasible {
            OutputWriter.diagnostic("internal error: the checker rejects the solver's roster:\n" + report.violations.map { $0.message }.joined(separator: "\n"))
            return 1
        }
        return 0
    }

    static func statusLine(_ result: SolveResult) -> String {
        var elapsed = String(format: "%.1f s", result.elapsedSeconds)
        if let work = result.workSeconds { elapsed = String(format: "%.1f work s (%.1f s)", work, result.elapsedSeconds) }
        func value(_ number: Double?) -> String { number.map { String(format: "%.1f", $0) } ?? "-" }
        switch result.status {
        case .optimal:
            return "Status: optimal after \(elapsed) (objective \(value(result.objective)) = bound)"
        case .timeLimit, .interrupted:
            let limit = result.workSeconds == nil ? "time limit" : "work limit"
            let reason = result.status == .timeLimit ? "\(limit) reached" : "interrupted"
            let gap = result.gap.map { String(format: "%.2f %%", $0 * 100) } ?? "unknown"
            return "Status: \(reason) after \(elapsed): objective \(value(result.objective)), bound \(value(result.bound)), gap \(gap)"
        case .infeasible:
            return "Status: infeasible — no rota keeps every hard rule"
        case .noSolutionFound:
            return "Status: no rota found within \(elapsed) (bound \(value(result.bound)))"
        }
    }

    static func textReport(path: String, instance: Instance, result: SolveResult, report: CheckReport?) -> String {
        var sections: [String] = []
        let kind = instance.unit.kind == .nursingHome ? "nursing home" : "kindergarten"
        sections.append("""
        Heltid — \(instance.unit.name) (\(kind))
        Rota: \(instance.horizon.weeks) weeks from \(instance.horizon.startDate)\(instance.horizon.cyclic ? " (cyclic base rota)" : ""), \(instance.staff.count) staff
        Solver: \(result.solver). \(statusLine(result))
        """)
        if !result.explanation.isEmpty {
            sections.append("Why:\n" + result.explanation.map { "  - \($0)" }.joined(separator: "\n"))
        }
        if let roster = result.roster, let report {
            let rota = RotaTextReport(instance: instance, roster: roster, report: report)
            sections.append(rota.grid())
            sections.append(rota.figures())
            let reasons = rota.partTimeReasons()
            if !reasons.isEmpty { sections.append(reasons) }
            sections.append(rota.violations())
        }
        return sections.joined(separator: "\n\n") + "\n"
    }
}
