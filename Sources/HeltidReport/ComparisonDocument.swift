import Foundation
import HeltidChecker
import HeltidModel
import HeltidPlanning

/// `heltid compare --format json` (format `heltid-compare/1`): every scenario's figures under the names of
/// ``ComparisonMetric`` (null where a figure does not exist), its difference to the baseline, the binding
/// rule, the positions and the rota. Field names are English whatever `--lang` says.
public struct ComparisonDocument: Encodable {
    public static let format = "heltid-compare/1"

    let format = ComparisonDocument.format
    let title: String?
    let scenarioFile: String
    /// The base instance's file, when the scenario file names one.
    let baseInstance: String?
    /// The limit per scenario, and whether it counted work (deterministic: `"work"`) or wall-clock time
    /// (`"wallClock"`).
    let timeLimitSeconds: Double
    let limitMeasure: String
    let scenarios: [ScenarioEntry]

    public init(title: String?, scenarioFile: String, baseInstance: String?, timeLimitSeconds: Double, limitCountsWork: Bool = false,
                outcomes: [ScenarioOutcome]) {
        self.title = title
        self.scenarioFile = scenarioFile
        self.baseInstance = baseInstance
        self.timeLimitSeconds = timeLimitSeconds
        limitMeasure = limitCountsWork ? "work" : "wallClock"
        let baseline = outcomes.first
        scenarios = outcomes.map { ScenarioEntry(outcome: $0, baseline: baseline) }
    }

    /// One scenario's part of the document.
    struct ScenarioEntry: Encodable {
        let outcome: ScenarioOutcome
        let baseline: ScenarioOutcome?

        struct Position: Encodable {
            let id: String
            let name: String
            let desiredPercent: Double?
            let positionPercent: Double
            let plannedHours: Double
            let weekendsWorked: Int
            let nights: Int
            /// Shift type id per day, "" for a day off.
            let shifts: [String]
        }

        struct SolverFigures: Encodable {
            let status: String
            let objective: Double?
            let bound: Double?
            let gap: Double?
            let elapsedSeconds: Double
            let explanation: [String]
        }

        enum Key: String, CodingKey {
            case name, description, method, status, solver, feasible, violations, weekendsPerPerson, nightsPerPerson
            case weekendArithmetic, bindingRule, differenceToBaseline, positions, shiftTypes, startDate, days, failure
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(outcome.name, forKey: .name)
            try container.encodeIfPresent(outcome.description, forKey: .description)
            try container.encode(outcome.method.rawValue, forKey: .method)
            try container.encode(outcome.result?.status.rawValue ?? "failed", forKey: .status)
            try container.encodeIfPresent(outcome.failure, forKey: .failure)
            if let result = outcome.result {
                try container.encode(SolverFigures(status: result.status.rawValue, objective: result.objective, bound: result.bound,
                                                   gap: result.gap, elapsedSeconds: outcome.elapsedSeconds,
                                                   explanation: result.explanation), forKey: .solver)
            }
            try container.encode(outcome.report?.isFeasible ?? false, forKey: .feasible)
            try container.encode(outcome.report?.violations.map(\.message) ?? [], forKey: .violations)
            var figures = encoder.container(keyedBy: MetricKey.self)
            for metric in ComparisonMetric.allCases {
                try figures.encode(outcome.value(of: metric), forKey: MetricKey(metric.rawValue))
            }
            try container.encode(outcome.weekendsPerPerson, forKey: .weekendsPerPerson)
            try container.encode(outcome.nightsPerPerson, forKey: .nightsPerPerson)
            try container.encode(outcome.arithmetic, forKey: .weekendArithmetic)
            try container.encode(outcome.bindingRule, forKey: .bindingRule)
            var differences: [String: Double] = [:]
            if let baseline {
                for metric in ComparisonMetric.allCases {
                    if let value = outcome.value(of: metric), let base = baseline.value(of: metric) {
                        differences[metric.rawValue] = ((value - base) * 1e6).rounded() / 1e6
                    }
                }
            }
            try container.encode(differences, forKey: .differenceToBaseline)
            try container.encode(outcome.instance.horizon.startDate, forKey: .startDate)
            try container.encode(outcome.instance.dayCount, forKey: .days)
            try container.encode(outcome.instance.shiftTypes.map(\.id), forKey: .shiftTypes)
            try container.encode(positions(), forKey: .positions)
        }

        private func positions() -> [Position] {
            guard let report = outcome.report, let roster = outcome.roster else { return [] }
            let instance = outcome.instance
            return report.employees.enumerated().map { index, figures in
                Position(id: figures.id, name: figures.name, desiredPercent: figures.desiredPercent,
                         positionPercent: figures.positionPercent, plannedHours: figures.plannedHours,
                         weekendsWorked: figures.weekendsWorked, nights: figures.nights,
                         shifts: (0..<instance.dayCount).map { day in roster[index, day].map { instance.shiftTypes[$0].id } ?? "" })
            }
        }
    }

    /// A field named at run time (the figures' names).
    struct MetricKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
