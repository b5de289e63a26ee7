import Foundation
import HeltidModel
@testable import HeltidSolver
import Testing

/// The run rules' lower bound (``RunCapacityBound``): worked by hand on a week's rota, the same as an independent
/// reading of the benchmark files, and never above a best lower bound.
@Suite struct RunCapacityBoundTests {
    /// One week, one shift, two people asked for every day at 100 a missing person; each may work at most
    /// `longestRun` days in a row with at least 2 days off between runs.
    static func week(longestRun: Int) throws -> Instance {
        try oneShiftRota(days: 7, staff: ["P0,D=7,3360,0,\(longestRun),1,2,1", "P1,D=7,3360,0,\(longestRun),1,2,1"],
                         file: "week.txt") { _ in (2, 100) }
    }

    @Test func runsOfThreeLeaveFourOfTheWeeksFourteenShiftsUncovered() throws {
        // Runs of at most 3 with 2 days off between: at most 5 of 7 days each (3 on, 2 off, 2 on), 10 of the 14
        // shifts asked for; the first five days alone: at most 3 each, 6 of 10. Both leave 4 persons missing.
        let three = try Self.week(longestRun: 3)
        #expect(RunCapacityBound.value(instance: three, demand: DemandTable(instance: three)) == 400)
        // Runs of 5: 5 on and 2 off covers 10 as well, but no stretch of 5 days or fewer is short.
        let five = try Self.week(longestRun: 5)
        #expect(RunCapacityBound.value(instance: five, demand: DemandTable(instance: five)) == 400)
        // Runs of 7: everyone can work every day.
        let seven = try Self.week(longestRun: 7)
        #expect(RunCapacityBound.value(instance: seven, demand: DemandTable(instance: seven)) == 0)
    }

    @Test func theSolverFindsTheBoundsRotaOptimal() throws {
        let three = try Self.week(longestRun: 3)
        var options = SolveOptions()
        options.workLimit = 10
        let result = try CompactSolver().solve(three, options: options)
        #expect(result.objective == 400)
    }

    /// The bound read from the benchmark files by a separate script (2026-12-07, stretches of up to 14 and 28 days
    /// alike): only Instance 24's last days ask for more than its staff can work.
    @Test(arguments: [(1, 0.0), (7, 0.0), (19, 0.0), (21, 0.0), (22, 2200.0), (23, 0.0), (24, 22_300.0)])
    func benchmarkBoundsAreTheScriptsOnes(number: Int, expected: Double) throws {
        let instance = try InstanceLoader.load(path: WeekendCoverBoundTests.benchmark.appendingPathComponent("Instance\(number).txt").path)
        #expect(RunCapacityBound.value(instance: instance, demand: DemandTable(instance: instance)) == expected)
    }

    @Test func noBenchmarkBoundIsAboveTheBestLowerBound() throws {
        try expectNoBenchmarkBoundAboveTheBestLowerBound(RunCapacityBound.value(instance:demand:))
    }
}
