import Foundation
import HeltidModel
import Testing

/// The worked example of the weekend arithmetic (weekdays 5/4/2, weekends 4/4/2, 7.5 h and 10 h shifts,
/// six weeks): the three sample files and their ceilings.
@Suite struct WeekendArithmeticTests {
    private func load(_ name: String) throws -> Instance {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try InstanceLoader.load(path: root.appendingPathComponent("Instances/\(name).json").path, requireStaff: false)
    }

    private func arithmetic(_ name: String) throws -> WeekendArithmetic {
        WeekendArithmetic(instance: try load(name))
    }

    @Test(arguments: [("weekend-arithmetic-k3", 3, 10, 30, 56.1), ("weekend-arithmetic-k2", 2, 10, 20, 84.2),
                      ("weekend-arithmetic-long", 3, 8, 24, 70.1)])
    func theWorkedExampleGivesTheCeilings(name: String, k: Int, people: Int, heads: Int, ceiling: Double) throws {
        let figures = try arithmetic(name)
        #expect(figures.staffedHoursPerWeek == 597.5)
        #expect(abs(figures.fte - 16.83) < 0.005)
        #expect(figures.weekendFrequency == k)
        #expect(figures.peoplePerWeekend == Array(repeating: people, count: 6))
        #expect(figures.weekendHeadcount == heads)
        #expect(figures.hoursHeadcount == 17)
        #expect(figures.minimumHeadcount == heads)
        #expect(((figures.weekendCeilingPercent ?? 0) * 10).rounded() / 10 == ceiling)
    }

    @Test func fridayNightsCountOnlyInTheCalendarWindow() throws {
        // A Friday night overlaps Saturday 00:00–08:00 (calendar window) but not the AML window (from 18:00).
        var instance = try load("weekend-arithmetic-k3")
        instance.demand = [DemandRule(shift: "N", days: DaySelector([.friday]), minimum: 3)]
        #expect(WeekendArithmetic(instance: instance).peopleOnTheBusiestWeekend == 3)
        instance.rules.weekend.window = .aml
        #expect(WeekendArithmetic(instance: instance).peopleOnTheBusiestWeekend == 0)
        #expect(WeekendArithmetic(instance: instance).weekendCeilingPercent == nil)
    }

    @Test func theAverageReadingAndShortRotas() throws {
        var instance = try load("weekend-arithmetic-k3")
        instance.horizon.weeks = 2
        instance.rules.weekend.reading = .average
        // Two weeks ÷ every 3rd weekend allows nobody a weekend under the average reading.
        #expect(WeekendArithmetic(instance: instance).weekendHeadcount == nil)
        instance.rules.weekend.reading = .pattern
        // The pattern reading allows one weekend in any three, so each person covers one of the two.
        #expect(WeekendArithmetic(instance: instance).weekendHeadcount == 20)
    }
}
