import HeltidChecker
import HeltidModel
@testable import HeltidPlanning
import HeltidSolver
import Testing

/// A night-only unit: one 10-hour night every night, no weekend rule, and a local cap of 20 hours in any
/// one week. The hours alone need 2 positions (70 h a week ÷ 35.5), but the weekly cap allows each person
/// two nights a week, so seven nights need 4 people: the search must get there and name the cap.
func nightUnit() -> Instance {
    var rules = Rules()
    rules.maximumShiftHours = 10
    rules.maximumWeeklyHours = 20
    rules.weekend = WeekendRule(frequency: 1)
    return Instance(
        unit: Unit(name: "Nattenhet", kind: .nursingHome),
        horizon: Horizon(startDate: CalendarDate("2027-01-04")!, weeks: 2),
        rules: rules,
        shiftTypes: [ShiftType(id: "N", name: "Natt", start: ClockTime("22:00")!, end: ClockTime("08:00")!, category: .night)],
        demand: [DemandRule(shift: "N", minimum: 1)],
        staff: [])
}

@Suite struct DimensionerTests {
    @Test func openPositionsAreAddedAndStaggered() throws {
        var instance = nightUnit()
        instance.horizon.weeks = 6
        instance.rules.weekend = WeekendRule(frequency: 3)
        instance.staff = [Employee(id: "open-1", name: "Named", currentPercent: 50)]
        let dimensioner = Dimensioner()
        let staffed = OpenPosition(desiredPercent: 80).adding(4, to: instance)
        #expect(staffed.staff.map(\.id) == ["open-1", "open-2", "open-3", "open-4", "open-5"], "an id in use is skipped")
        #expect(staffed.staff[1].desiredPercent == 80 && staffed.staff[1].acceptsLongShifts)
        let staggered = dimensioner.staggered(staffed, from: 1)
        #expect(staggered.staff[0].daysOff.isEmpty, "named staff keep their weekends")
        // Position 0 of the open ones works weekends 1 and 4; Saturdays and Sundays of the others are off.
        #expect(staggered.staff[1].daysOff == [13, 14, 20, 21, 34, 35, 41, 42])
        #expect(staggered.staff[4].daysOff == staggered.staff[1].daysOff)
    }

    @Test func theSearchAddsAPositionAndNamesTheRule() throws {
        let result = try Dimensioner(fair: false).run(nightUnit(), options: SolveOptions(timeLimit: 40))
        #expect(result.arithmetic.minimumHeadcount == 2)
        #expect(result.attempts.first?.headcount == 2)
        #expect((result.attempts.first?.uncoveredHours ?? 0) > 0)
        #expect(result.headcount == 4 && result.isCovered)
        #expect(!result.headcountIsMinimal || result.minimality.contains("proved"))
        #expect(result.bindingRule.text.contains("maximum hours in one week"), "\(result.bindingRule.text)")
        let report = try #require(result.report)
        #expect(report.isFeasible)
        #expect(report.unit.uncoveredHours == 0)
    }

    @Test func theInstancesOwnFairnessStepEvensThePositions() throws {
        var instance = nightUnit()
        instance.rules.maximumWeeklyHours = 50
        instance.weights.fairnessStep = 3
        let result = try Dimensioner(fair: true).run(instance, options: SolveOptions(timeLimit: 20))
        #expect(result.isCovered)
        #expect(result.instance.weights.fairnessStep == 3, "stage 3 prices with the instance's step, not 1")
        let report = try #require(result.report)
        #expect(report.isFeasible)
    }
}
