import Foundation
import HeltidModel
@testable import HeltidSolver
import Testing

/// The weekend allowance's lower bound (``WeekendCoverBound``): worked by hand on a small rota, the same as
/// an independent reading of the benchmark files, never above a proven optimum or a best lower bound, and
/// each person's allowance read as the compact model reads the weekend rules.
@Suite struct WeekendCoverBoundTests {
    static let benchmark = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/benchmarks/curtois")

    /// Two weeks, one shift; weekend 1 asks for 2 on Saturday and 1 on Sunday at 100 a missing person, weekend 2
    /// for 1 and 1 at 50. With `allowances` weekends for each person.
    static func smallRota(allowances: [Int]) throws -> Instance {
        try oneShiftRota(days: 14, staff: allowances.enumerated().map { "P\($0.offset),D=14,4800,0,7,1,1,\($0.element)" },
                         file: "small.txt") { day in [5: (2, 100), 6: (1, 100), 12: (1, 50), 13: (1, 50)][day] ?? (0, 100) }
    }

    @Test func twoWeekendsBetweenTwoPeopleLeaveTheCheapestShiftUncovered() throws {
        // The first person on weekend 1 covers 200 and a second 100 more; one person on weekend 2 covers 100.
        // Two weekends cover at most 300 of the 400 asked for, so 100 stays uncovered.
        let two = try Self.smallRota(allowances: [1, 1])
        #expect(WeekendCoverBound.value(instance: two, demand: DemandTable(instance: two)) == 100)
        // A third weekend covers everything; no weekends at all leave everything uncovered.
        let three = try Self.smallRota(allowances: [1, 1, 1])
        #expect(WeekendCoverBound.value(instance: three, demand: DemandTable(instance: three)) == 0)
        let none = try Self.smallRota(allowances: [0, 0])
        #expect(WeekendCoverBound.value(instance: none, demand: DemandTable(instance: none)) == 400)
    }

    /// The bound read straight from the benchmark files by a separate script (2026-12-04): for each weekend, the
    /// k-th person covers the k-th dearest missing person of Saturday and of Sunday, and the staff's
    /// MaxWeekends go to the largest of these gains.
    @Test(arguments: [(1, 400.0), (3, 1000.0), (13, 100.0), (19, 2600.0), (21, 10_500.0), (22, 22_800.0), (23, 0.0), (24, 5200.0)])
    func benchmarkBoundsAreTheHandComputedOnes(number: Int, expected: Double) throws {
        let instance = try InstanceLoader.load(path: Self.benchmark.appendingPathComponent("Instance\(number).txt").path)
        #expect(WeekendCoverBound.value(instance: instance, demand: DemandTable(instance: instance)) == expected)
    }

    @Test func noBenchmarkBoundIsAboveTheBestLowerBound() throws {
        try expectNoBenchmarkBoundAboveTheBestLowerBound(WeekendCoverBound.value(instance:demand:))
    }

    @Test func allowancesFollowTheWeekendRuleAsTheModelReadsIt() throws {
        // The nursing-home sample: 6 weeks, wrapping around, every 3rd weekend by pattern.
        var instance = try InstanceLoader.load(path: repositoryRoot.appendingPathComponent("Instances/nursing-home.json").path)
        let person = instance.staff[0]
        #expect(instance.horizon.weeks == 6 && instance.horizon.cyclic && person.weekendFrequency == nil)
        #expect(instance.weekendAllowance(of: person) == 2)
        instance.rules.weekend.frequency = 4
        #expect(instance.weekendAllowance(of: person) == 1) // 6 ÷ 4 around the wrap
        instance.horizon.cyclic = false
        #expect(instance.weekendAllowance(of: person) == 2) // weeks 1 and 5
        instance.rules.weekend.reading = .average
        #expect(instance.weekendAllowance(of: person) == 1)
        instance.rules.weekend.frequency = 8
        #expect(instance.weekendAllowance(of: person) == 0)
        instance.rules.weekend.reading = .pattern
        #expect(instance.weekendAllowance(of: person) == 1) // one in any 8 weeks
        instance.rules.weekend.frequency = 1
        #expect(instance.weekendAllowance(of: person) == 6)
        var capped = person
        capped.limits.maximumWeekends = 3
        #expect(instance.weekendAllowance(of: capped) == 3)
    }
}
