import HeltidChecker
import HeltidModel
import HeltidSolver

/// One scenario solved: the rota, the checker's report on it and the figures the comparison shows.
/// Every figure comes from the checker's report, not from the solver.
public struct ScenarioOutcome: Sendable {
    public var name: String
    public var description: String?
    /// `rota` (the scenario's staff) or `dimension` (no named staff: the smallest headcount was searched).
    public var method: Method
    /// The scenario's instance as solved (with open positions added when dimensioned).
    public var instance: Instance
    /// The solver's result; nil when the solver failed (see `failure`).
    public var result: SolveResult?
    public var roster: Roster? { result?.roster }
    public var report: CheckReport?
    public var arithmetic: WeekendArithmetic
    public var bindingRule: BindingRule
    /// When the scenario could not be solved at all (an error inside the solver), what happened.
    public var failure: String?
    public var elapsedSeconds: Double

    /// How a scenario is solved.
    public enum Method: String, Sendable, Codable {
        /// A rota for the scenario's staff.
        case rota
        /// The smallest headcount of open positions that covers the demand (``Dimensioner``).
        case dimension
    }

    /// Planned position percentages, one per person, in staff order.
    public var positions: [Double] { report?.employees.map(\.positionPercent) ?? [] }

    /// Weekends worked per person.
    public var weekendsPerPerson: Spread { Spread(report?.employees.map { Double($0.weekendsWorked) } ?? []) }

    /// Night shifts per person.
    public var nightsPerPerson: Spread { Spread(report?.employees.map { Double($0.nights) } ?? []) }

    /// The value of one compared figure; nil when it does not exist for this scenario (no rota, no wishes,
    /// no weekend demand).
    public func value(of metric: ComparisonMetric) -> Double? {
        if metric == .weekendCeilingPercent { return arithmetic.weekendCeilingPercent }
        guard let report else { return nil }
        let unit = report.unit
        switch metric {
        case .headcount: return Double(unit.headcount)
        case .fte: return unit.fte
        case .averagePositionPercent: return unit.averagePositionPercent
        case .medianPositionPercent: return unit.medianPositionPercent
        case .fullTimeCount: return Double(unit.fullTimeCount)
        case .fullTimeSharePercent: return unit.headcount == 0 ? nil : Double(unit.fullTimeCount) / Double(unit.headcount) * 100
        case .positionsBelow50Percent: return Double(positions.filter { $0 < 50 }.count)
        case .positionsBelow40Percent: return Double(positions.filter { $0 < 40 }.count)
        case .weekendCeilingPercent: return arithmetic.weekendCeilingPercent
        case .uncoveredHours: return unit.uncoveredHours
        case .skillShortfallHours: return unit.skillShortfallHours
        case .wishesGrantedPercent: return unit.wishes == 0 ? nil : Double(unit.wishesGranted) / Double(unit.wishes) * 100
        case .weekendsMinimum: return weekendsPerPerson.minimum
        case .weekendsAverage: return weekendsPerPerson.average
        case .weekendsMaximum: return weekendsPerPerson.maximum
        case .nightsMinimum: return nightsPerPerson.minimum
        case .nightsAverage: return nightsPerPerson.average
        case .nightsMaximum: return nightsPerPerson.maximum
        case .quickReturns: return Double(unit.quickReturns)
        case .unwantedPartTimeHours: return unit.unwantedPartTimeHours
        }
    }
}
