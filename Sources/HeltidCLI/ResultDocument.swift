import Foundation
import HeltidChecker
import HeltidModel
import HeltidSolver

/// The JSON output of `heltid solve --format json`: solver status, the checker's findings and
/// key figures, and the roster (which `heltid check` reads back).
struct ResultDocument: Encodable {
    static let currentFormat = "heltid-result/1"

    var format = ResultDocument.currentFormat
    var instance: String
    var unitName: String
    var solver: String
    var status: SolveStatus
    var objective: Double?
    var bound: Double?
    var gap: Double?
    var elapsedSeconds: Double
    var secondsToBest: Double?
    var explanation: [String]
    var feasible: Bool?
    var violations: [Violation]?
    var penalty: PenaltyBreakdown?
    var summary: UnitFigures?
    var employees: [EmployeeFigures]?
    var uncovered: [UncoveredDemand]?
    /// Skill minimums nobody on the staff can meet (no rota can cover them).
    var unreachableSkills: [UnreachableSkill]?
    /// Everyone with unwanted part-time, and what keeps them there.
    var partTime: [PartTimeReason]?
    var roster: [RosterRow]?

    init(instancePath: String, instance: Instance, result: SolveResult, report: CheckReport?) {
        self.instance = instancePath
        unitName = instance.unit.name
        solver = result.solver
        status = result.status
        objective = result.objective
        bound = result.bound
        gap = result.gap
        elapsedSeconds = (result.elapsedSeconds * 1000).rounded() / 1000
        secondsToBest = result.secondsToBest.map { ($0 * 1000).rounded() / 1000 }
        explanation = result.explanation
        feasible = report?.isFeasible
        violations = report?.violations
        penalty = report?.penalty
        summary = report?.unit
        employees = report?.employees
        uncovered = report?.uncovered
        unreachableSkills = report.map { UnreachableSkill.all(in: $0, instance: instance) }
        if let report, let roster = result.roster {
            partTime = OpenShiftAnalysis(instance: instance, roster: roster, report: report).partTimeReasons(report: report)
        }
        roster = result.roster.map { RosterFile.rows(of: $0, instance: instance) }
    }

    func json() throws -> String {
        try OutputWriter.json(self)
    }
}
