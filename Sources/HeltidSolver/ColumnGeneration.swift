import Foundation
import HeltidModel

/// Column generation over whole schedules (Dantzig–Wolfe by employee): a lower bound far tighter than the
/// compact model's LP on rostering, and rosters made of generated schedules.
///
/// The master LP (``MasterProblem``) is solved with GLPK's simplex and its row duals price each employee's
/// schedules (``SchedulePricing``). A round whose pricing is exact for everyone gives a valid bound, the
/// Lagrangian bound master value + Σ min(0, least reduced cost); when no schedule prices out, the master
/// value itself is the bound (the LP optimum over all schedules). Rounds priced by the beams only find
/// columns; every ``exactRoundInterval``-th round is priced exactly for the bound.
///
/// Rosters: diving (fix the schedules the LP already takes whole, else the one it takes most of, re-price
/// the others, repeat until everyone is fixed) and the restricted master as a MIP over every generated
/// schedule (price-and-branch); the better of the two is returned.
struct ColumnGeneration {
    let instance: Instance
    private let demand: DemandTable
    private let ownCosts: [ScheduleCost]

    /// What the column generation reached.
    struct Outcome {
        /// The best valid lower bound found, if any exact round completed.
        var bound: Double?
        /// No schedule of any employee has a negative reduced cost: the bound is the LP optimum.
        var converged: Bool
        /// The best roster made of generated schedules, when one was found; it keeps every hard rule.
        var roster: Roster?
    }

    /// Every this many rounds the pricing is exact for everyone (a bound); the rounds between use the beams.
    static let exactRoundInterval = 5

    /// Column generation stops when the master improved by less than `tailingImprovement` (relative) over the
    /// last `tailingRounds` rounds.
    static let tailingRounds = 10
    static let tailingImprovement = 1e-4

    /// The share of the integer phase's time the dive may take before the restricted-master MIP.
    static let divingShare = 0.6

    /// A diving step fixes every schedule the LP takes whole (at least this share) and the largest other one.
    static let divingFixShare = 1 - 1e-6

    /// Most master rounds (re-pricing) between diving steps.
    static let divingRounds = 3

    init(instance: Instance) {
        self.instance = instance
        demand = DemandTable(instance: instance)
        ownCosts = instance.staff.indices.map { ScheduleCost(employee: $0, instance: instance) }
    }

    /// Runs until converged, `deadline` (seconds after `started`) or an interruption, then looks for a roster
    /// (diving, then the restricted-master MIP) until `integerDeadline`. `start` must keep every hard rule
    /// except perhaps the minimums (position %, minutes): its rows are the first columns, and a row below its
    /// person's minimum is replaced by an artificial column.
    func lowerBound(start: Roster, started: ContinuousClock.Instant, deadline: Double, integerDeadline: Double,
                    progress: (@Sendable (SolverProgress) -> Void)?) throws -> Outcome {
        func elapsed() -> Double { started.duration(to: .now).seconds }
        // A start row below the person's minimum (everyone-off with minimums) is no schedule of theirs: such
        // a person starts with an artificial column instead, priced out as soon as a real schedule is found.
        var artificial = Set<Int>()
        var initial: [ScheduleColumn] = []
        for employee in instance.staff.indices {
            if let minimum = instance.minimumMinutes(of: instance.staff[employee]),
               instance.paidMinutes(of: start.assignments[employee]) < minimum - 1e-6 {
                artificial.insert(employee)
            } else {
                initial.append(column(employee, start.assignments[employee]))
            }
        }
        let master = try MasterLP(instance: instance, demand: demand, columns: initial, artificial: artificial)
        let pricing = SchedulePricing(instance: instance, demand: demand)
        var outcome = Outcome(bound: nil, converged: false, roster: nil)
        var rounds = 0
        var recent: [Double] = []
        var lastAdded = -1
        while elapsed() < deadline && !Interruption.isRequested {
            rounds += 1
            // Exact every few rounds, and after a round whose beams found nothing (to prove convergence).
            let exact = rounds % ColumnGeneration.exactRoundInterval == 0 || lastAdded == 0
            guard let round = try round(master, exact: exact, pricing: pricing, started: started, deadline: deadline) else { break }
            if let lagrangian = round.lagrangian { outcome.bound = max(outcome.bound ?? lagrangian, lagrangian) }
            progress?(SolverProgress(phase: "column generation (round \(rounds), \(master.columns.count) columns, master \(String(format: "%.1f", round.value)))",
                                     incumbent: nil, bound: outcome.bound, elapsedSeconds: elapsed()))
            // Converged: nothing prices out in an exact round, or the bound meets the master's value.
            if (round.added == 0 && exact) || round.lagrangian.map({ $0 >= round.value - 1e-6 * max(1, abs(round.value)) }) == true {
                outcome.converged = round.lagrangian != nil
                break
            }
            lastAdded = round.added
            // Tailing off: the master has hardly moved for a while; the bound so far stands.
            recent.append(round.value)
            if recent.count > ColumnGeneration.tailingRounds {
                let earlier = recent.removeFirst()
                if earlier - round.value <= ColumnGeneration.tailingImprovement * max(1, abs(round.value)) { break }
            }
        }
        let covered = Set(master.columns.map(\.employee))
        guard instance.staff.indices.allSatisfy(covered.contains), !Interruption.isRequested, integerDeadline - elapsed() > 0.5 else {
            return outcome
        }
        let diveDeadline = elapsed() + (integerDeadline - elapsed()) * ColumnGeneration.divingShare
        let dived = try dive(master, pricing: pricing, started: started, deadline: diveDeadline, progress: progress)
        let fromMIP = integerDeadline - elapsed() > 0.5
            ? try restrictedMaster(master.columns, started: started, deadline: integerDeadline, progress: progress) : nil
        outcome.roster = [dived, fromMIP].compactMap { $0 }
            .min { CompactFormulation.objective(of: $0, instance: instance) < CompactFormulation.objective(of: $1, instance: instance) }
        return outcome
    }

    /// A schedule as a column, with its own cost.
    private func column(_ employee: Int, _ shifts: [Int?]) -> ScheduleColumn {
        ScheduleColumn(employee: employee, shifts: shifts, cost: ownCosts[employee].value(of: shifts, instance: instance))
    }

    /// One round's master LP and what its pricing brought.
    private struct Round {
        var value: Double
        /// The LP's value of each variable.
        var primal: [Double]
        /// The Lagrangian bound, when every employee was priced exactly and nobody is fixed.
        var lagrangian: Double?
        /// New columns.
        var added: Int
    }

    /// Solves the master LP (fixed employees held to their column), prices the others and adds the
    /// schedules that price out. Nil when the LP has no solution (a dive fixed too much).
    private func round(_ master: MasterLP, exact: Bool, pricing: SchedulePricing, started: ContinuousClock.Instant,
                       deadline: Double) throws -> Round? {
        let remaining = deadline - started.duration(to: .now).seconds
        guard let solution = try master.solve(timeLimit: max(1, remaining)) else { return nil }
        let free = instance.staff.indices.filter { master.fixed[$0] == nil }
        let priced = try pricing.price(free, master: master.layout, duals: solution.duals, exact: exact, started: started, deadline: deadline)
        var lagrangian: Double? = master.fixed.isEmpty ? solution.value : nil
        var added = 0
        for employee in free {
            let convexityDual = master.layout.convexityDual(of: employee, duals: solution.duals)
            if let least = priced[employee]?.lowerBound {
                lagrangian = lagrangian.map { $0 + min(0, least - convexityDual) }
            } else {
                lagrangian = nil
            }
            for (value, shifts) in priced[employee]?.schedules ?? [] where value - convexityDual < -1e-6 {
                if try master.add(column(employee, shifts)) { added += 1 }
            }
        }
        return Round(value: solution.value, primal: solution.primal, lagrangian: lagrangian, added: added)
    }

    /// Diving with re-pricing: each step fixes every employee whose LP schedule is whole and the schedule the
    /// LP takes most of among the others, then re-prices the rest; nil when the fixed schedules leave the LP
    /// without a solution, someone has no schedule yet, or time runs out.
    private func dive(_ master: MasterLP, pricing: SchedulePricing, started: ContinuousClock.Instant, deadline: Double,
                      progress: (@Sendable (SolverProgress) -> Void)?) throws -> Roster? {
        while started.duration(to: .now).seconds < deadline && !Interruption.isRequested {
            // Re-price after the last fixes until nothing prices out (at most a few rounds).
            var round: Round?
            for _ in 0..<ColumnGeneration.divingRounds {
                round = try self.round(master, exact: false, pricing: pricing, started: started, deadline: deadline)
                if round == nil || round!.added == 0 { break }
            }
            guard let round else { return nil }
            if master.fixed.count == instance.staff.count {
                var roster = Roster(employees: instance.staff.count, days: instance.dayCount)
                for (employee, index) in master.fixed { roster.assignments[employee] = master.columns[index].shifts }
                return roster
            }
            // The LP values belong to the columns known when it was solved last (the variables before the
            // ones pricing added since).
            var largest: [Int: (share: Double, index: Int)] = [:]
            for index in master.columns.indices {
                let employee = master.columns[index].employee
                guard master.fixed[employee] == nil, let variable = master.variableOf[index], variable < round.primal.count else { continue }
                let share = round.primal[variable]
                if share > (largest[employee]?.share ?? 1e-6) { largest[employee] = (share, index) }
            }
            // Whole schedules, and the largest fractional one.
            let ranked = largest.sorted { ($1.value.share, $0.value.index) < ($0.value.share, $1.value.index) }
            guard !ranked.isEmpty else { return nil }
            for (rank, choice) in ranked.enumerated() where choice.value.share >= ColumnGeneration.divingFixShare || rank == 0 {
                try master.fix(choice.key, to: choice.value.index)
            }
            progress?(SolverProgress(phase: "diving (\(master.fixed.count) of \(instance.staff.count) fixed, LP \(String(format: "%.1f", round.value)))",
                                     incumbent: nil, bound: nil, elapsedSeconds: started.duration(to: .now).seconds))
        }
        return nil
    }

    /// The restricted master as a MIP (one generated schedule per employee; price-and-branch): a roster of
    /// generated schedules, each keeping its person's rules, with the cover maximums as hard rows.
    private func restrictedMaster(_ columns: [ScheduleColumn], started: ContinuousClock.Instant, deadline: Double,
                                  progress: (@Sendable (SolverProgress) -> Void)?) throws -> Roster? {
        let master = MasterProblem(instance: instance, demand: demand, columns: columns, artificial: [], integer: true)
        let problem = GLPKProblem(verbose: false)
        try problem.load(master.model)
        let outcome = try BranchAndCut(problem: problem, variableCount: master.model.variables.count)
            .run(phase: "restricted master (\(columns.count) columns)", started: started, deadline: deadline, progress: progress)
        guard let values = outcome.values else { return nil }
        var roster = Roster(employees: instance.staff.count, days: instance.dayCount)
        for (index, column) in columns.enumerated() where values[master.variableOf[index]!] > 0.5 {
            roster.assignments[column.employee] = column.shifts
        }
        return roster
    }
}
