import Foundation
import HeltidChecker
import HeltidModel

/// `heltid check INSTANCE ROSTER`: verifies a roster independently of the solver.
enum CheckCommand {
    private struct Document: Encodable {
        var feasible: Bool
        var violations: [Violation]
        var penalty: PenaltyBreakdown
        var summary: UnitFigures
        var employees: [EmployeeFigures]
        var uncovered: [UncoveredDemand]
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        guard let parsed = try ParsedArguments.forCommand("check", arguments, valued: ["--format"], help: HelpText.check) else { return 0 }
        guard parsed.positionals.count == 2 else {
            throw UsageError(message: "check needs an INSTANCE file and a ROSTER file (see 'heltid help check')")
        }
        let format: OutputFormat = try parsed.choice("--format", default: .text)
        guard format == .text || format == .json else { throw UsageError(message: "--format: check writes text or json") }
        let instance = try InstanceLoader.load(path: parsed.positionals[0])
        let roster = try RosterFile.read(path: parsed.positionals[1], instance: instance)
        let report = RosterChecker(instance: instance).check(roster)
        if format == .json {
            let document = Document(feasible: report.isFeasible, violations: report.violations, penalty: report.penalty,
                                    summary: report.unit, employees: report.employees, uncovered: report.uncovered)
            try OutputWriter.write(try OutputWriter.json(document), to: nil)
        } else {
            let rota = RotaTextReport(instance: instance, roster: roster, report: report)
            try OutputWriter.write([rota.violations(), rota.figures()].joined(separator: "\n\n") + "\n", to: nil)
        }
        return report.isFeasible ? 0 : 1
    }
}
