import Foundation
import HeltidModel

/// Column generation over whole schedules (Dantzig–Wolfe by employee): a lower bound far tighter than the
/// compact model's LP on rostering, and rosters made of generated schedules.
///
/// The master LP (``MasterLP``) is solved with GLPK's simplex and its row duals price each employee's
/// schedules (``SchedulePricing``). A round whose pricing is exact for everyone gives a valid bound, the
/// Lagrangian bound master value + Σ min(0, least reduced cost); when no schedule prices out, the master
/// value itself is the bound (the LP optimum over all schedules). Rounds priced by the beams only find
/// columns; every ``exactRoundInterval``-th round is priced exactly for the bound.
///
/// Rosters: dives (fix the schedules the LP already takes whole and the one it takes most of among the
/// others, re-price the rest, repeat until everyone is fixed) and the restricted master as a MIP over every
/// generated schedule (price-and-branch); the better roster is returned.
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

    /// Most master rounds (re-pricing, exact: the beams lead dives astray) between diving steps.
    static let divingRounds = 3

    /// Later dives choose among the schedules the LP takes within this share of the most.
    static let divingSpread = 0.25

    /// Whether every roster's objective is a whole number (then a dive within 1 of the bound is optimal).
    private let integralObjective: Bool

    init(instance: Instance, integralObjective: Bool = false) {
        self.instance = instance
        self.integralObjective = integralObjective
        demand = DemandTable(instance: instance)
        ownCosts = instance.staff.indices.map { ScheduleCost(employee: $0, instance: instance) }
    }

    /// Runs until converged, `deadline` (seconds after `started`) or an interruption, then looks for a roster
    /// (diving, then the restricted-master MIP) until `integerDeadline`. `start` must keep every hard rule
    /// except perhaps the minimums (position %, minutes): its rows are the first columns, and a row below its
    /// person's minimum is replaced by an artificial column.
    func run(start: Roster, started: ContinuousClock.Instant, deadline: Double, integerDeadline: Double,
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
        var dived: (roster: Roster, value: Double)?
        var divedToBound = false
        var attempt = 0
        var longest = 0.0
        // Dives until the share is spent (or one meets the bound): the first takes the largest schedules,
        // the later ones choose at random among nearly largest ones (seeded by the attempt: deterministic).
        while elapsed() + longest < diveDeadline && !Interruption.isRequested {
            let began = elapsed()
            var random = attempt == 0 ? nil : SplitMix64(seed: UInt64(attempt))
            let result = try dive(master, pricing: pricing, random: &random, started: started, deadline: diveDeadline, progress: progress)
            try master.releaseFixings()
            longest = max(longest, elapsed() - began)
            attempt += 1
            guard let result else { continue }
            progress?(SolverProgress(phase: "dive \(attempt): roster at \(String(format: "%.1f", result.value))", incumbent: nil,
                                     bound: outcome.bound, elapsedSeconds: elapsed()))
            if result.value < (dived?.value ?? .infinity) - 1e-9 { dived = result }
            if let bound = outcome.bound, result.value <= bound + 1e-6 || (integralObjective && result.value < bound.rounded(.up) + 1 - 1e-6) {
                divedToBound = true
                break
            }
        }
        let fromMIP = !divedToBound && integerDeadline - elapsed() > 0.5
            ? try restrictedMaster(master.columns, started: started, deadline: integerDeadline, progress: progress) : nil
        outcome.roster = [dived?.roster, fromMIP].compactMap { $0 }
            .min { RosterObjective.value(of: $0, instance: instance, demand: demand) < RosterObjective.value(of: $1, instance: instance, demand: demand) }
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

    /// One dive with re-pricing: each step fixes every employee whose LP schedule is whole and, among the
    /// others, the schedule the LP takes most of (with `random`, one drawn among those within
    /// ``divingSpread`` of the most), then re-prices the rest; at the deadline the rest take their largest
    /// schedules at once. The roster and its objective (the LP value with everyone fixed), or nil when the
    /// fixed schedules leave the LP without a solution or someone has no schedule yet. The fixings stay on
    /// `master` for the caller to release.
    private func dive(_ master: MasterLP, pricing: SchedulePricing, random: inout SplitMix64?, started: ContinuousClock.Instant,
                      deadline: Double, progress: (@Sendable (SolverProgress) -> Void)?) throws -> (roster: Roster, value: Double)? {
        while !Interruption.isRequested {
            if started.duration(to: .now).seconds >= deadline { return try complete(master) }
            // Re-price after the last fixes until nothing prices out (at most a few rounds).
            var round: Round?
            for _ in 0..<ColumnGeneration.divingRounds {
                round = try self.round(master, exact: true, pricing: pricing, started: started, deadline: deadline)
                if round == nil || round!.added == 0 { break }
            }
            guard let round else { return nil }
            if master.fixed.count == instance.staff.count { return (master.fixedRoster(), round.value) }
            let ranked = largestShares(in: master, primal: round.primal).filter { $0.value.share > 1e-6 }.sorted { ($1.value.share, $0.value.index) < ($0.value.share, $1.value.index) }
            guard let most = ranked.first else { return nil }
            for choice in ranked where choice.value.share >= ColumnGeneration.divingFixShare {
                try master.fix(choice.key, to: choice.value.index)
            }
            if most.value.share < ColumnGeneration.divingFixShare {
                let near = ranked.prefix { $0.value.share >= most.value.share - ColumnGeneration.divingSpread }
                var choice = most
                if var generator = random {
                    choice = near[Int(generator.next() % UInt64(near.count))]
                    random = generator
                }
                try master.fix(choice.key, to: choice.value.index)
            }
            progress?(SolverProgress(phase: "diving (\(master.fixed.count) of \(instance.staff.count) fixed, LP \(String(format: "%.1f", round.value)))",
                                     incumbent: nil, bound: nil, elapsedSeconds: started.duration(to: .now).seconds))
        }
        return nil
    }

    /// Ends a dive cut short by time: every employee still free takes the schedule the last LP took most of
    /// (or their first one), without re-pricing; nil when the LP with everyone fixed has no solution.
    private func complete(_ master: MasterLP) throws -> (roster: Roster, value: Double)? {
        guard let solution = try master.solve(timeLimit: 1) else { return nil }
        for (employee, chosen) in largestShares(in: master, primal: solution.primal).sorted(by: { $0.key < $1.key }) {
            try master.fix(employee, to: chosen.index)
        }
        guard master.fixed.count == instance.staff.count, let value = try master.solve(timeLimit: 1)?.value else { return nil }
        return (master.fixedRoster(), value)
    }

    /// For each employee not fixed, the column the LP takes most of (the first on a tie; share 0 when the LP
    /// takes none). The LP values belong to the columns known when it was solved (the variables before the
    /// ones pricing added since count as 0).
    private func largestShares(in master: MasterLP, primal: [Double]) -> [Int: (share: Double, index: Int)] {
        var largest: [Int: (share: Double, index: Int)] = [:]
        for (index, column) in master.columns.enumerated() where master.fixed[column.employee] == nil {
            let share = master.variableOf[index].map { $0 < primal.count ? primal[$0] : 0 } ?? 0
            if share > largest[column.employee]?.share ?? -1 { largest[column.employee] = (share, index) }
        }
        return largest
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
