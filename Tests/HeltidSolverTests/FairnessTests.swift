import HeltidChecker
import HeltidModel
@testable import HeltidSolver
import Testing

@Suite struct FairnessTests {
    /// Ten weekday day shifts over two weeks for two people who both want full time (71 h each).
    private func twoPeopleTenShifts() -> Instance {
        Instance(
            unit: Unit(name: "Fairness", kind: .kindergarten),
            horizon: Horizon(startDate: CalendarDate("2027-01-04")!, weeks: 2),
            shiftTypes: [ShiftType(id: "D", name: "Dag", start: ClockTime("07:30")!, end: ClockTime("15:30")!,
                                   unpaidBreakMinutes: 30, category: .day)],
            demand: [DemandRule(shift: "D", days: .weekdaysOnly, minimum: 1)],
            staff: [Employee(id: "a", name: "A", currentPercent: nil, desiredPercent: 100),
                    Employee(id: "b", name: "B", currentPercent: nil, desiredPercent: 100)])
    }

    @Test func theFairObjectiveSplitsTheHoursEvenly() throws {
        var instance = twoPeopleTenShifts()
        instance.weights.fairnessStep = 1
        let (result, report) = try solveAndCheck(instance, timeLimit: 30)
        #expect(result.status == .optimal)
        #expect(report.employees.map(\.shifts) == [5, 5])
        #expect(report.penalty.fairness > 0)
    }

    @Test func theFormulationPricesFairnessLikeTheChecker() throws {
        var instance = try sample("nursing-home")
        instance.weights.fairnessStep = 2
        var roster = Roster(employees: instance.staff.count, days: instance.dayCount)
        roster[0, 0] = 0
        roster[3, 8] = 1
        let formulation = CompactFormulation(instance: instance, fixedTo: roster, isFree: { _, _ in false })
        let penalty = RosterChecker(instance: instance).check(roster).penalty
        #expect(penalty.fairness > 0)
        #expect(abs(formulation.model.objectiveConstant - penalty.total) < 1e-6)
    }
}
