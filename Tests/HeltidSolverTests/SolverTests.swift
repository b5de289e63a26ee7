import CGLPK
import Foundation
import GLPKGuard
import HeltidChecker
import HeltidModel
@testable import HeltidSolver
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func sample(_ name: String) throws -> Instance {
    try InstanceLoader.load(path: repositoryRoot.appendingPathComponent("Instances/\(name).json").path)
}

/// Solves and runs the result through the independent checker: the roster keeps every hard rule,
/// the checker's penalty equals the solver's objective, and the bound is not above it.
@discardableResult
func solveAndCheck(_ instance: Instance, timeLimit: Double) throws -> (SolveResult, CheckReport) {
    let result = try CompactSolver().solve(instance, options: SolveOptions(timeLimit: timeLimit))
    let roster = try #require(result.roster, "no roster: \(result.status) \(result.explanation)")
    let report = RosterChecker(instance: instance).check(roster)
    #expect(report.isFeasible, "checker rejects the solver's roster: \(report.violations.map(\.message))")
    let objective = try #require(result.objective)
    #expect(abs(report.penalty.total - objective) <= 1e-6 * max(1, abs(objective)),
            "solver objective \(objective) differs from the checker's \(report.penalty.total)")
    if let bound = result.bound { #expect(bound <= objective + 1e-6) }
    return (result, report)
}

@Suite(.serialized) struct SolverTests {
    @Test func kindergartenIsSolvedToOptimality() throws {
        let (result, report) = try solveAndCheck(try sample("kindergarten"), timeLimit: 60)
        #expect(result.status == .optimal)
        #expect(result.bound == result.objective)
        #expect(report.unit.uncoveredHours == 0)
    }

    @Test func nursingHomeGetsAValidRotaWithinTheTimeLimit() throws {
        let instance = try sample("nursing-home")
        let (result, report) = try solveAndCheck(instance, timeLimit: 20)
        #expect(result.status == .timeLimit || result.status == .optimal)
        #expect(result.elapsedSeconds < 20 * 1.1 + 2)
        // The weekend need (8 people per weekend day, 20 staff working every 3rd weekend) cannot be met:
        // the shortfall is reported, never hidden.
        #expect(report.unit.uncoveredHours > 0)
        #expect(report.uncovered.contains { instance.isWeekend(day: $0.day) })
    }

    @Test func moreDemandThanStaffReturnsARotaWithTheGapsListed() throws {
        var instance = try sample("kindergarten")
        instance.staff = Array(instance.staff.prefix(3))
        let (result, report) = try solveAndCheck(instance, timeLimit: 30)
        #expect(result.status == .optimal)
        #expect(report.unit.uncoveredShifts > 0)
        #expect(report.uncovered.allSatisfy { $0.planned < $0.required || !$0.missingSkills.isEmpty })
    }

    @Test func unreachableMinimumIsExplained() throws {
        var instance = try sample("kindergarten")
        instance.staff[8].minimumPercent = 60
        instance.staff[8].daysOff = Array(1...15)
        let result = try CompactSolver().solve(instance, options: SolveOptions(timeLimit: 30))
        #expect(result.status == .infeasible)
        #expect(result.roster == nil)
        let reason = try #require(result.explanation.first)
        #expect(reason.contains("Iver Næss (k09) must work at least 60 % (90 h)"))
        #expect(reason.contains("the rules allow at most 67.5 h")) // 9 weekdays left × 7.5 h
        #expect(reason.contains("15 fixed days off"))
    }

    @Test func sameInputGivesTheSameRoster() throws {
        let instance = try sample("kindergarten")
        let first = try CompactSolver().solve(instance, options: SolveOptions(timeLimit: 30))
        let second = try CompactSolver().solve(instance, options: SolveOptions(timeLimit: 30))
        #expect(first.roster == second.roster)
    }

    @Test func neighbourhoodSearchKeepsEveryRuleAndImproves() throws {
        let instance = try sample("nursing-home")
        let start = Roster(employees: instance.staff.count, days: instance.dayCount)
        var search = NeighbourhoodSearch(instance: instance, verbose: false, seed: 7, start: start)
        let startObjective = search.incumbentObjective
        #expect(startObjective == RosterChecker(instance: instance).check(start).penalty.total)
        try search.run(clock: SearchClock(measure: .wallClock), deadline: 8, bound: nil, progress: nil)
        #expect(search.incumbentObjective < startObjective)
        let report = RosterChecker(instance: instance).check(search.incumbent)
        #expect(report.isFeasible, "\(report.violations.map(\.message))")
        #expect(abs(report.penalty.total - search.incumbentObjective) < 1e-6 * search.incumbentObjective)
    }

    /// Rectangles (a few people on a few weeks) are solved two at a time, apart, and their changes added up:
    /// the incumbent keeps every rule and its objective is the checker's penalty.
    @Test func rectangleNeighbourhoodsKeepEveryRuleAndAddUp() throws {
        var instance = try sample("nursing-home")
        // The rescheduling search that builds the start roster prices rotas that do not wrap around.
        instance.horizon.cyclic = false
        let demand = DemandTable(instance: instance)
        defer { GLPKProblem.releaseThreadEnvironment() }
        var rescheduling = try #require(ReschedulingSearch(instance: instance, demand: demand, seed: 5))
        #expect(try rescheduling.construct(clock: SearchClock(measure: .work), deadline: 5))
        let start = rescheduling.roster
        var search = NeighbourhoodSearch(instance: instance, verbose: false, seed: 7, start: start, freesRectangles: true)
        #expect(abs(search.incumbentObjective - rescheduling.objective) < 1e-6 * rescheduling.objective)
        try search.run(clock: SearchClock(measure: .work), deadline: 6, bound: nil, progress: nil)
        #expect(search.incumbentObjective < rescheduling.objective)
        let report = RosterChecker(instance: instance).check(search.incumbent)
        #expect(report.isFeasible, "\(report.violations.map(\.message))")
        #expect(abs(report.penalty.total - search.incumbentObjective) < 1e-6 * search.incumbentObjective)
    }

    /// The shift-type sweep re-chooses everyone's shift types day by day and keeps who works which day: the
    /// incumbent keeps every rule, works the start's days, and its objective is the checker's penalty.
    /// The start rosters of these seeds have types to gain on.
    @Test(arguments: [5 as UInt64, 6])
    func shiftTypeSweepKeepsTheDaysWorkedAndEveryRule(seed: UInt64) throws {
        var instance = try sample("nursing-home")
        instance.horizon.cyclic = false
        let demand = DemandTable(instance: instance)
        defer { GLPKProblem.releaseThreadEnvironment() }
        var rescheduling = try #require(ReschedulingSearch(instance: instance, demand: demand, seed: seed))
        #expect(try rescheduling.construct(clock: SearchClock(measure: .work), deadline: 5))
        let start = rescheduling.roster
        var search = NeighbourhoodSearch(instance: instance, verbose: false, seed: 7, start: start, freesRectangles: true)
        try search.sweepShiftTypes(clock: SearchClock(measure: .work), deadline: 30)
        #expect(search.incumbentObjective < rescheduling.objective - 1)
        for employee in instance.staff.indices {
            for day in 0..<instance.dayCount {
                #expect((search.incumbent[employee, day] == nil) == (start[employee, day] == nil))
            }
        }
        let report = RosterChecker(instance: instance).check(search.incumbent)
        #expect(report.isFeasible, "\(report.violations.map(\.message))")
        #expect(abs(report.penalty.total - search.incumbentObjective) < 1e-6 * max(1, search.incumbentObjective))
    }
}

@Suite struct FormulationTests {
    @Test func restConflictsAreDerivedFromClockTimes() throws {
        var instance = try sample("nursing-home")
        let d = 0, a = 1, n = 2
        var conflicts = Set(instance.restConflicts().filter { $0.dayGap == 1 }.map { [$0.first, $0.second] })
        // Evening 22:30 → day 07:30 is 9 h; night 08:00 → day 07:30 overlaps; night → evening 15:00 is 7 h.
        #expect(conflicts == [[a, d], [n, d], [n, a]])
        instance.rules.minimumRestHours = 9
        conflicts = Set(instance.restConflicts().filter { $0.dayGap == 1 }.map { [$0.first, $0.second] })
        #expect(conflicts == [[n, d], [n, a]])
        #expect(instance.restConflicts().allSatisfy { $0.dayGap == 1 })
    }

    @Test func fixingEverythingGivesTheCheckersPenalty() throws {
        let instance = try sample("nursing-home")
        var roster = Roster(employees: instance.staff.count, days: instance.dayCount)
        roster[0, 0] = 0
        roster[16, 3] = 2
        let formulation = CompactFormulation(instance: instance, fixedTo: roster, isFree: { _, _ in false })
        #expect(formulation.model.variables.isEmpty)
        #expect(abs(formulation.model.objectiveConstant - RosterChecker(instance: instance).check(roster).penalty.total) < 1e-6)
    }
}

@Suite struct GLPKFailureTests {
    @Test func anInternalGLPKErrorBecomesASwiftError() throws {
        let problem = GLPKProblem(verbose: false)
        var model = LinearModel()
        _ = model.addVariable(upper: 1, kind: .binary)
        model.addConstraint([(0, 1)], upper: 1)
        try problem.load(model)
        // Row index 5 does not exist: GLPK would abort the process without the guard.
        #expect {
            try problem.loadRawMatrixForTesting(rows: [5], columns: [1], values: [1])
        } throws: { error in
            guard let error = error as? GLPKError else { return false }
            return error.operation == "glp_load_matrix" && error.message.contains("out of range")
        }
        #expect(!problem.isAlive)
        // GLPK works again afterwards on this thread.
        let (result, _) = try solveAndCheck(try sample("kindergarten"), timeLimit: 30)
        #expect(result.status == .optimal)
    }

    @Test func theRelaxationTellsAnInfeasibleLPFromASolvedOne() throws {
        // Minimise x + 2y with x + y ≥ 1.5, x ≤ 1: x = 1, y = 0.5; then also x + y ≤ 1: no solution.
        var model = LinearModel()
        let x = model.addVariable(upper: 1, cost: 1, kind: .continuous)
        let y = model.addVariable(upper: 10, cost: 2, kind: .continuous)
        model.addConstraint([(x, 1), (y, 1)], lower: 1.5)
        let budget = SearchBudget(clock: SearchClock(measure: .work), deadline: 10)
        let solvable = GLPKProblem(verbose: false)
        try solvable.load(model)
        let outcome = try solvable.solveRelaxation(budget: budget)
        #expect(abs((outcome.value ?? .nan) - 2) < 1e-9, "\(outcome)")
        model.addConstraint([(x, 1), (y, 1)], upper: 1)
        let infeasible = GLPKProblem(verbose: false)
        try infeasible.load(model)
        #expect(try infeasible.solveRelaxation(budget: budget) == .infeasible)
        #expect(try infeasible.solveRelaxation(budget: budget, warmStart: true) == .infeasible, "without the presolver too")
    }

    @Test func theWatchdogAbandonsARunThatOutlivesIt() throws {
        // A watchdog that has already expired stops glp_intopt at its first message.
        let formulation = CompactFormulation(instance: try sample("kindergarten"))
        let problem = GLPKProblem(verbose: false)
        try problem.load(formulation.model)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_ON
        parameters.presolve = GLP_ON
        #expect(try problem.solveMIP(&parameters, watchdogSeconds: 1e-9) == HG_GLPK_STALLED)
        #expect(!problem.isAlive)
        let (result, _) = try solveAndCheck(try sample("kindergarten"), timeLimit: 30)
        #expect(result.status == .optimal)
    }
}

@Suite struct CurtoisSolverTests {
    func benchmark(_ number: Int) throws -> Instance {
        try InstanceLoader.load(path: repositoryRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/benchmarks/curtois/Instance\(number).txt").path)
    }

    @Test func instanceTwoGetsAValidRosterNearTheOptimum() throws {
        // Forbidden successions (L before E), two shift types, minimum runs with the border rule.
        let (result, report) = try solveAndCheck(try benchmark(2), timeLimit: 20)
        #expect(report.penalty.total >= 828) // the proven optimum
        #expect(result.bound.map { $0 <= 828 } ?? true)
    }

    @Test func theSearchFindsAFirstRosterFromEveryoneOffWhenMinimumsExist() throws {
        let instance = try benchmark(2)
        let start = Roster(employees: instance.staff.count, days: instance.dayCount)
        var search = NeighbourhoodSearch(instance: instance, verbose: false, seed: 3, start: start)
        #expect(search.minimumsAreSoft)
        try search.run(clock: SearchClock(measure: .wallClock), deadline: 20, bound: nil, progress: nil)
        #expect(!search.minimumsAreSoft)
        let report = RosterChecker(instance: instance).check(search.incumbent)
        #expect(report.isFeasible, "\(report.violations.map(\.message))")
        #expect(abs(report.penalty.total - search.incumbentObjective) < 1e-6 * search.incumbentObjective)
    }

    @Test func instanceOneIsSolvedAndProvenAt607() throws {
        let instance = try benchmark(1)
        let (result, report) = try solveAndCheck(instance, timeLimit: 60)
        #expect(result.status == .optimal)
        #expect(report.penalty.total == 607)
        #expect(result.bound == 607)
    }
}
