import Foundation
import HeltidChecker
import HeltidModel
@testable import HeltidSolver
import Testing

/// Branch-and-price against GLPK's branch-and-cut on the compact model: on random non-cyclic instances,
/// the search from the converged root, with no incumbent, either finishes with the compact model's optimum
/// (a roster the independent checker accepts, at that penalty, and a bound equal to it) or, where the
/// compact model has no roster, finishes without one.
@Suite struct BranchAndPriceTests {
    /// Seed 5 is left out: GLPK does not solve its compact model within a minute.
    @Test(arguments: (0..<40).filter { $0 != 5 })
    func branchAndPriceFindsTheCompactOptimum(seed: Int) throws {
        var generator = RandomInstance(seed: UInt64(seed) &+ 7000)
        var instance = generator.make()
        instance.horizon.cyclic = false
        defer { GLPKProblem.releaseThreadEnvironment() }
        let clock = SearchClock(measure: .wallClock)
        let formulation = CompactFormulation(instance: instance)
        let problem = GLPKProblem(verbose: false)
        try problem.load(formulation.model)
        let exact = try BranchAndCut(problem: problem, variableCount: formulation.model.variables.count)
            .run(phase: "compact", clock: clock, deadline: 60, progress: nil)
        try #require(exact.optimal || exact.provenInfeasible, "seed \(seed): the compact model was not solved")

        let generation = ColumnGeneration(instance: instance)
        let master = try MasterLP(instance: instance, demand: generation.demand, columns: [],
                                  artificialCost: MasterProblem.artificialCost(above: exact.objective ?? 0))
        var rootBound = -Double.infinity
        for _ in 0..<500 {
            let round = try #require(try generation.round(master, exact: true, clock: clock, deadline: 120))
            if let lagrangian = round.lagrangian { rootBound = max(rootBound, lagrangian) }
            if round.added == 0 { break }
        }
        let search = try generation.branchAndPrice(master, rootBound: rootBound, cutoff: .infinity,
                                                   clock: clock, deadline: 90, progress: nil)
        #expect(search.complete, "seed \(seed): the search did not finish")
        guard exact.optimal, let optimum = exact.objective else {
            #expect(search.roster == nil, "seed \(seed): a roster where the compact model has none")
            return
        }
        let found = try #require(search.roster, "seed \(seed): no roster, the compact optimum is \(optimum)")
        let foundAt = try #require(search.secondsToRoster, "seed \(seed): the roster is not dated")
        #expect(foundAt <= clock.elapsed, "seed \(seed): found at \(foundAt), after the search's end \(clock.elapsed)")
        #expect(abs(found.value - optimum) <= 1e-6 * max(1, abs(optimum)), "seed \(seed): branch-and-price \(found.value), compact \(optimum)")
        #expect(abs(search.bound - found.value) <= 1e-6 * max(1, abs(optimum)), "seed \(seed): bound \(search.bound)")
        let report = RosterChecker(instance: instance).check(found.roster)
        #expect(report.isFeasible, "seed \(seed): \(report.violations.prefix(3).map(\.message))")
        #expect(abs(report.penalty.total - found.value) <= 1e-6 * max(1, abs(found.value)))
    }
}
