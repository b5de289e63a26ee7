import HeltidChecker
import HeltidModel
@testable import HeltidSolver
import Testing

/// Property test over 200 random small instances (``RandomInstance``): whatever the solver returns keeps
/// every hard rule by the independent checker, its objective is the checker's penalty, its bound is never
/// above the penalty of a roster known to be feasible (nor are the bounds of the weekend allowance and of the run
/// rules on their own), a missing roster comes with an explanation, and the
/// same seed gives the same roster when the solve did not depend on the clock.
@Suite struct RandomInstanceTests {
    @Test(arguments: 0..<200)
    func solverResultsHoldUpAgainstTheChecker(seed: Int) throws {
        var generator = RandomInstance(seed: UInt64(seed))
        let instance = generator.make()
        #expect(InstanceValidator.problems(in: instance).isEmpty, "generator made an invalid instance: \(InstanceValidator.problems(in: instance))")
        let checker = RosterChecker(instance: instance)
        let options = SolveOptions(timeLimit: 1, seed: 7)
        let result = try CompactSolver().solve(instance, options: options)
        // Everyone off keeps every rule unless a minimum (position %, minutes) asks for work.
        let everyoneOff = checker.check(Roster(employees: instance.staff.count, days: instance.dayCount))
        guard let roster = result.roster else {
            #expect(result.status == .infeasible || result.status == .noSolutionFound)
            #expect(!result.explanation.isEmpty, "no roster and no explanation")
            #expect(!everyoneOff.isFeasible, "a feasible roster exists (everyone off) but none was returned")
            return
        }
        let report = checker.check(roster)
        #expect(report.isFeasible, "seed \(seed), \(result.status): \(report.violations.map(\.message))")
        let objective = try #require(result.objective)
        #expect(abs(report.penalty.total - objective) <= 1e-6 * max(1, abs(objective)), "seed \(seed): solver \(objective), checker \(report.penalty.total)")
        // A tenth of these instances have a run-capacity bound above 0 (20 of 200, 2026-12-07).
        let demand = DemandTable(instance: instance)
        for (name, value) in [("weekend", WeekendCoverBound.value(instance: instance, demand: demand)),
                              ("run capacity", RunCapacityBound.value(instance: instance, demand: demand))] {
            #expect(value <= objective + 1e-6, "seed \(seed): \(name) bound \(value)")
            if everyoneOff.isFeasible { #expect(value <= everyoneOff.penalty.total + 1e-6, "seed \(seed): \(name) bound \(value)") }
        }
        if let bound = result.bound {
            #expect(bound <= objective + 1e-6)
            if everyoneOff.isFeasible { #expect(bound <= everyoneOff.penalty.total + 1e-6) }
        }
        // Same seed, same roster, wherever the path does not depend on the clock: results proven by
        // branch-and-cut before its deadline (a tenth of the limit) in both runs. A proof reached later, by a
        // dive or the search meeting the column-generation bound, may land on another optimal roster, and so
        // may a second run that the load of the parallel tests pushed past branch-and-cut's deadline.
        let branchAndCutDeadline = options.timeLimit * 0.1 - 0.01
        if result.status == .optimal && result.elapsedSeconds < branchAndCutDeadline {
            let again = try CompactSolver().solve(instance, options: options)
            if again.status == .optimal && again.elapsedSeconds < branchAndCutDeadline {
                #expect(again.roster == roster, "seed \(seed): the same seed gave another roster")
            }
        }
    }
}
