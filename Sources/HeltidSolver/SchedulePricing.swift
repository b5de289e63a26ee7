import Foundation
import HeltidModel

/// Pricing for the column generation: each employee's cheapest schedules under the master's duals, on two
/// threads. Rotas that do not wrap around are priced by labelling (``LabellingPricer``: beams that rank their labels
/// by their weekend shortfall too, ``LabellingPricer/ranksBeamsByWeekends``, or the exact labelling when the round
/// must be exact); cyclic rotas by GLPK's branch-and-cut on the person's own
/// model (``CompactFormulation/init(schedulesOf:instance:cellCosts:fixedTo:)``).
struct SchedulePricing {
    /// One employee's pricing result: schedules found, cheapest first, each with its value (own cost plus cell
    /// costs), and a proven lower bound on the value of every schedule of theirs (nil when none was proven).
    typealias Priced = LabellingPricer.Result

    /// The most schedules the labelling pricer returns per employee and round.
    static let schedulesPerRound = 5

    /// Labels per day of the first heuristic pricing pass.
    static let beamWidth = 64
    /// Labels per day of the wide pass tried when the first finds nothing (also the rescheduling search's wide
    /// beam for a person its usual one cannot place).
    static let wideBeamWidth = 1024

    /// Labels per day of the heuristic pricing passes, tried in turn (rounds that are not exact).
    static let beamWidths: [Int?] = [beamWidth, wideBeamWidth]

    /// The passes of an exact round: a beam, then the exact labelling below the best schedule the beam found
    /// (``LabellingPricer/price(cellCosts:threshold:limit:beamWidths:relaxingBeams:restriction:budget:)``).
    static let exactPasses: [Int?] = [beamWidth, nil]

    let instance: Instance
    /// The labelling pricer of each employee (nil: priced with GLPK).
    private let pricers: [LabellingPricer?]
    /// Each employee's own cost (position and wish terms) of a schedule.
    let ownCosts: [ScheduleCost]
    /// Whether ``price(_:master:duals:exact:restrictions:clock:deadline:)`` runs on two threads: not where its caller
    /// already runs on one of two (``ColumnGeneration/divePair(_:attempt:cutoff:guided:clock:deadline:progress:)``),
    /// so that no more threads run than the machine has cores and the work clock counts what each thread does.
    var usesTwoThreads = true

    init(instance: Instance, demand: DemandTable) {
        self.instance = instance
        pricers = instance.staff.indices.map { employee in
            var pricer = LabellingPricer(employee: employee, instance: instance, demand: demand)
            pricer?.ranksBeamsByWeekends = true
            return pricer
        }
        ownCosts = instance.staff.indices.map { ScheduleCost(employee: $0, instance: instance) }
    }

    /// Prices `employees` under the master's duals, every other one on a second thread where it ``usesTwoThreads``
    /// (each thread has its own GLPK environment; the second frees its own at the end). With `exact`, the
    /// labelling is exact, so that every lower bound is the optimum or the threshold; otherwise only the beams run
    /// (their bounds can be weaker). Only the schedules each employee's restriction admits are priced. Nil for an
    /// employee not priced (the clock reached `deadline`, interrupted, or no LP solution). Each thread counts its work on a
    /// fork of `clock` (so where it stops depends on its own work only), joined when both are done.
    func price(_ employees: [Int], master: MasterProblem, duals: [Double], exact: Bool, restrictions: [ScheduleRestriction],
               clock: SearchClock, deadline: Double) throws -> [Int: Priced] {
        let work: @Sendable ([Int], SearchClock) -> Result<[Int: Priced], Error> = { employees, clock in
            var results: [Int: Priced] = [:]
            let budget = SearchBudget(clock: clock, deadline: deadline)
            for employee in employees {
                guard !budget.isSpent else { break }
                let costs = master.cellCosts(of: employee, duals: duals)
                let threshold = master.convexityDual(of: employee, duals: duals) - 1e-6
                do {
                    guard let priced = try self.price(employee, cellCosts: costs, threshold: threshold, exact: exact,
                                                      restriction: restrictions[employee], budget: budget) else { break }
                    results[employee] = priced
                } catch {
                    return .failure(error)
                }
            }
            return .success(results)
        }
        guard usesTwoThreads else { return try work(employees, clock).get() }
        let (mine, helpers) = (clock.fork(), clock.fork())
        let (first, second) = onTwoThreads({ work(employees.indices.filter { $0 % 2 == 0 }.map { employees[$0] }, mine) }, {
            defer { GLPKProblem.releaseThreadEnvironment() }
            return work(employees.indices.filter { $0 % 2 == 1 }.map { employees[$0] }, helpers)
        })
        clock.join(mine, helpers)
        return try first.get().merging(second.get()) { mine, _ in mine }
    }

    private func price(_ employee: Int, cellCosts: [[Double]], threshold: Double, exact: Bool, restriction: ScheduleRestriction,
                       budget: SearchBudget) throws -> Priced? {
        if let schedule = restriction.onlySchedule {
            // One known schedule is left: its value is the whole pricing.
            var value = ownCosts[employee].value(of: schedule, instance: instance)
            for (day, shift) in schedule.enumerated() { if let shift { value += cellCosts[day][shift] } }
            return Priced(schedules: [(value, schedule)], lowerBound: value)
        }
        guard let pricer = pricers[employee] else {
            return try SchedulePricing.priceWithGLPK(employee, instance: instance, cellCosts: cellCosts, restriction: restriction,
                                                     budget: budget)
        }
        return pricer.price(cellCosts: cellCosts, threshold: threshold, limit: SchedulePricing.schedulesPerRound,
                            beamWidths: exact ? SchedulePricing.exactPasses : SchedulePricing.beamWidths, relaxingBeams: !exact,
                            restriction: restriction, budget: budget)
    }

    /// The best schedule of one employee under `cellCosts` (among those `restriction` admits) by GLPK's
    /// branch-and-cut on the person's own model (at most 5 s of it on the budget's clock); nil when GLPK could
    /// not solve the LP.
    static func priceWithGLPK(_ employee: Int, instance: Instance, cellCosts: [[Double]], restriction: ScheduleRestriction? = nil,
                              budget: SearchBudget) throws -> Priced? {
        let formulation = CompactFormulation(schedulesOf: employee, instance: instance, cellCosts: cellCosts, restriction: restriction)
        let variableCount = formulation.model.variables.count
        if variableCount == 0 {
            // Rows without variables are kept only when they fail: then the person has no schedule at all.
            guard formulation.model.constraints.isEmpty else { return Priced(schedules: [], lowerBound: .infinity) }
            let constant = formulation.model.objectiveConstant
            return Priced(schedules: [(constant, formulation.roster { _ in 0 }.assignments[employee])], lowerBound: constant)
        }
        let problem = GLPKProblem(verbose: false)
        try problem.load(formulation.model)
        guard let relaxation = try problem.solveRelaxation(budget: budget).value else { return nil }
        let exact = try BranchAndCut(problem: problem, variableCount: variableCount)
            .run(phase: "pricing", clock: budget.clock, deadline: min(budget.deadline, budget.clock.elapsed + 5), progress: nil)
        guard let values = exact.values, let value = exact.objective else { return Priced(schedules: [], lowerBound: relaxation) }
        let least = exact.optimal ? value : max(relaxation, exact.bound ?? relaxation)
        return Priced(schedules: [(value, formulation.roster { values[$0] }.assignments[employee])], lowerBound: least)
    }
}
