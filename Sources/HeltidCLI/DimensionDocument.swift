import Foundation
import HeltidChecker
import HeltidModel
import HeltidPlanning
import HeltidSolver

/// The JSON output of `heltid dimension --format json` (format `heltid-dimension/1`).
struct DimensionDocument: Encodable {
    static let currentFormat = "heltid-dimension/1"

    /// One position of the result.
    struct Position: Encodable {
        var id: String
        var name: String
        var open: Bool
        var positionPercent: Double
        var plannedHours: Double
        var weekendsWorked: Int
        var nights: Int
    }

    var format = DimensionDocument.currentFormat
    var instance: String
    var unitName: String
    var headcount: Int
    var namedStaff: Int
    var openPositions: Int
    /// Planned hours of the rota ÷ full-time hours.
    var fte: Double?
    var averagePositionPercent: Double?
    var medianPositionPercent: Double?
    var fullTimeCount: Int?
    var weekendCeilingPercent: Double?
    /// The least headcount by the weekend arithmetic and the hours.
    var minimumHeadcount: Int?
    var arithmetic: WeekendArithmetic
    var covered: Bool
    var uncoveredHours: Double?
    var headcountIsMinimal: Bool
    var minimality: String
    var bindingRule: String
    var obstacles: [ObstacleCount]
    var attempts: [DimensioningAttempt]
    var status: SolveStatus
    var elapsedSeconds: Double
    var feasible: Bool?
    var violations: [Violation]?
    var positions: [Position]
    var roster: [RosterRow]?

    init(instancePath: String, dimensioning: DimensioningResult, elapsedSeconds: Double) {
        let report = dimensioning.report
        instance = instancePath
        unitName = dimensioning.instance.unit.name
        headcount = dimensioning.headcount
        namedStaff = dimensioning.namedStaff
        openPositions = dimensioning.openPositions
        fte = report?.unit.fte
        averagePositionPercent = report?.unit.averagePositionPercent
        medianPositionPercent = report?.unit.medianPositionPercent
        fullTimeCount = report?.unit.fullTimeCount
        weekendCeilingPercent = dimensioning.arithmetic.weekendCeilingPercent.map { ($0 * 10).rounded() / 10 }
        minimumHeadcount = dimensioning.arithmetic.minimumHeadcount
        arithmetic = dimensioning.arithmetic
        covered = dimensioning.isCovered
        uncoveredHours = report.map { $0.unit.uncoveredHours + $0.unit.skillShortfallHours }
        headcountIsMinimal = dimensioning.headcountIsMinimal
        minimality = dimensioning.minimality
        bindingRule = dimensioning.bindingRule.text
        obstacles = dimensioning.obstacles
        attempts = dimensioning.attempts
        status = dimensioning.result.status
        self.elapsedSeconds = (elapsedSeconds * 1000).rounded() / 1000
        feasible = report?.isFeasible
        violations = report?.violations
        positions = (report?.employees ?? []).enumerated().map { index, figures in
            Position(id: figures.id, name: figures.name, open: index >= dimensioning.namedStaff, positionPercent: figures.positionPercent,
                     plannedHours: figures.plannedHours, weekendsWorked: figures.weekendsWorked, nights: figures.nights)
        }
        roster = dimensioning.result.roster.map { RosterFile.rows(of: $0, instance: dimensioning.instance) }
    }

    func json() throws -> String {
        try OutputWriter.json(self)
    }
}
