import Foundation
import HeltidChecker
import HeltidModel
import HeltidPlanning
import HeltidSolver
import Testing

/// `heltid compare`'s engine: scenarios solved in parallel, a rota for staffed scenarios and dimensioning for
/// scenarios without staff, every figure from the checker.
@Suite struct ScenarioComparisonTests {
    /// One 7.5 h day shift every day for 2 weeks, every 2nd weekend, two people who want full time; the
    /// second scenario removes them, so it is dimensioned.
    static let scenarioFile = #"""
    {"format": "heltid-scenarios/1", "title": "Tiny", "base": {
        "format": "heltid-instance/1",
        "unit": {"name": "Tiny", "kind": "nursingHome"},
        "horizon": {"startDate": "2027-01-04", "weeks": 2},
        "rules": {"weekend": {"frequency": 2}},
        "shiftTypes": [{"id": "D", "start": "07:30", "end": "15:30", "unpaidBreakMinutes": 30, "category": "day"}],
        "demand": [{"shift": "D", "minimum": 1}],
        "staff": [{"id": "a", "currentPercent": 100}, {"id": "b", "currentPercent": 100}]
      },
      "scenarios": [
        {"name": "Two people"},
        {"name": "Dimensioned", "changes": {"removeStaff": ["a", "b"]}}
      ]}
    """#

    @Test func scenariosAreSolvedAndMeasuredByTheChecker() throws {
        let set = try ScenarioLoader.decode(Data(Self.scenarioFile.utf8), file: "tiny.json", folder: URL(fileURLWithPath: "/"))
        let events = EventLog()
        let outcomes = ScenarioComparison(workers: 2).run(set, options: SolveOptions(timeLimit: 10), events: { events.add($0) })
        #expect(outcomes.map(\.name) == ["Two people", "Dimensioned"])
        #expect(outcomes.map(\.method) == [.rota, .dimension])
        #expect(events.finished == [0, 1])
        for outcome in outcomes {
            let roster = try #require(outcome.roster)
            let report = RosterChecker(instance: outcome.instance).check(roster)
            #expect(report.isFeasible)
            #expect(report == outcome.report)
            #expect(outcome.value(of: .headcount) == Double(outcome.instance.staff.count))
            #expect(outcome.value(of: .uncoveredHours) == 0)
            #expect(outcome.value(of: .positionsBelow50Percent) == Double(report.employees.filter { $0.positionPercent < 50 }.count))
            #expect(outcome.value(of: .weekendsMaximum) == 1, "every 2nd weekend over 2 weeks")
            #expect(outcome.value(of: .wishesGrantedPercent) == nil, "no wishes: no share")
            // 7 × 7.5 h a week over 35.5 h full time, two people per weekend cycle.
            #expect(outcome.value(of: .weekendCeilingPercent).map { ($0 * 10).rounded() / 10 } == 73.9)
        }
        #expect(outcomes[1].value(of: .headcount) == 2, "the weekend rule needs k · H = 2 heads")
        #expect(outcomes[1].bindingRule.key == RuleKind.weekendFrequency.rawValue)
        #expect(outcomes[0].bindingRule.key == BindingRule.demandKey, "both are below full time only because demand is covered")
    }
}

/// Collects the comparison's events from the worker threads.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var finishedIndexes: [Int] = []

    func add(_ event: ComparisonEvent) {
        guard case .finished(let index, _) = event else { return }
        lock.lock()
        finishedIndexes.append(index)
        lock.unlock()
    }

    var finished: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return finishedIndexes.sorted()
    }
}
