import CGLPK
import Foundation
import HeltidChecker
import HeltidModel
@testable import HeltidSolver
import Testing

/// GLPK memory is released: 1,000 solves of a small unit, every tenth replaced by a forced GLPK error,
/// leave no GLPK block allocated on the thread after each one, and the process does not grow.
@Suite struct GLPKMemoryTests {
    /// One 7.5 h day shift a day for two weeks, two people: branch-and-cut proves it at once.
    static let unit = Instance(
        unit: Unit(name: "Small", kind: .nursingHome),
        horizon: Horizon(startDate: CalendarDate("2027-01-04")!, weeks: 2),
        shiftTypes: [ShiftType(id: "D", name: "Day", start: ClockTime(minutes: 450), end: ClockTime(minutes: 930),
                               unpaidBreakMinutes: 30, category: .day)],
        demand: [DemandRule(shift: "D", minimum: 1)],
        staff: [Employee(id: "a", name: "A", currentPercent: 60), Employee(id: "b", name: "B", currentPercent: 60)])

    /// Blocks GLPK has allocated on this thread (0 once the environment is freed).
    func glpkBlocksInUse() -> Int32 {
        var count: Int32 = 0, countPeak: Int32 = 0
        var total: Int = 0, totalPeak: Int = 0
        glp_mem_usage(&count, &countPeak, &total, &totalPeak)
        GLPKProblem.releaseThreadEnvironment()
        return count
    }

    /// Resident memory of the process in bytes (Linux /proc).
    func residentBytes() -> Int {
        let fields = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
    }

    @Test func thousandSolvesAndErrorsReleaseEverything() throws {
        var residentAfterWarmUp = 0
        for iteration in 0..<1000 {
            if iteration % 10 == 0 {
                let problem = GLPKProblem(verbose: false)
                var model = LinearModel()
                _ = model.addVariable(upper: 1, kind: .binary)
                model.addConstraint([(0, 1)], upper: 1)
                try problem.load(model)
                #expect(throws: GLPKError.self) { try problem.loadRawMatrixForTesting(rows: [5], columns: [1], values: [1]) }
            } else {
                let result = try CompactSolver().solve(Self.unit, options: SolveOptions(timeLimit: 10))
                #expect(result.status == .optimal)
            }
            let blocks = glpkBlocksInUse()
            #expect(blocks == 0, "iteration \(iteration): \(blocks) GLPK blocks still allocated")
            if blocks != 0 { break }
            if iteration == 100 { residentAfterWarmUp = residentBytes() }
        }
        let growth = residentBytes() - residentAfterWarmUp
        // Other suites run in the same process at the same time, so the bound is generous; a leaked model
        // per solve (about 100 kB here) would add some 90 MB.
        #expect(growth < 48 << 20, "resident memory grew by \(growth >> 20) MB over 900 solves")
    }
}
