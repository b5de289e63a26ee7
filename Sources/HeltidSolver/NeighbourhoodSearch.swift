import Foundation
import HeltidModel

/// MIP-based large neighbourhood search: repeatedly frees a few employees, or every employee on a
/// window of days, keeps the rest of the incumbent roster fixed, and re-optimises the freed part
/// exactly with GLPK on a model of just that part (``CompactFormulation`` with fixed cells).
/// An improvement replaces the incumbent.
///
/// When the start misses some minimums (everyone-off where staff must work a minimum), the search first
/// runs on the model with soft minimums until the shortfall is zero, then goes on with every rule hard.
///
/// Neighbourhoods come from a seeded generator and each neighbourhood's GLPK search stops on the search
/// clock, so a run under a work limit is reproducible (``SearchClock``); a wall-clock deadline cuts it at a
/// machine-dependent point.
struct NeighbourhoodSearch {
    let instance: Instance
    let verbose: Bool
    private let demand: DemandTable
    private var random: SplitMix64
    private(set) var incumbent: Roster
    private(set) var incumbentObjective: Double
    private(set) var secondsToBest: Double?
    /// True while the incumbent still misses a minimum (the search runs on soft minimums).
    private(set) var minimumsAreSoft: Bool
    private var employeesFreed = 4
    private var daysFreed = 7
    /// Focused neighbourhoods in a row that found nothing better.
    private var focusFailures = 0
    /// Focused neighbourhoods without an improvement after which the search stops focusing for a while.
    static let focusPatience = 12
    /// Time cap of one neighbourhood's branch-and-cut.
    static let secondsPerNeighbourhood = 3.0

    /// Starts from `start`, a roster that keeps every hard rule except perhaps the minimums.
    init(instance: Instance, verbose: Bool, seed: UInt64, start: Roster) {
        self.instance = instance
        self.verbose = verbose
        demand = DemandTable(instance: instance)
        random = SplitMix64(seed: seed)
        incumbent = start
        minimumsAreSoft = NeighbourhoodSearch.shortfallMinutes(of: start, instance: instance) > 0
        incumbentObjective = NeighbourhoodSearch.objective(of: start, instance: instance, minimumsAreSoft: minimumsAreSoft)
    }

    /// The compact model's objective of `roster` (every cell fixed), with the shortfall penalty where
    /// `minimumsAreSoft`.
    private static func objective(of roster: Roster, instance: Instance, minimumsAreSoft: Bool = false) -> Double {
        CompactFormulation(instance: instance, fixedTo: roster, minimumsAreSoft: minimumsAreSoft, isFree: { _, _ in false })
            .model.objectiveConstant
    }

    /// Goes on from `roster` (one that keeps every hard rule), found by another search, keeping the sizes the
    /// neighbourhoods have grown or shrunk to.
    mutating func adopt(_ roster: Roster) {
        incumbent = roster
        minimumsAreSoft = false
        incumbentObjective = NeighbourhoodSearch.objective(of: roster, instance: instance)
    }

    /// Minutes missing from everyone's minimum work in `roster`.
    static func shortfallMinutes(of roster: Roster, instance: Instance) -> Double {
        instance.staff.indices.reduce(0) { total, employee in
            guard let minimum = instance.minimumMinutes(of: instance.staff[employee]) else { return total }
            return total + max(0, minimum - instance.paidMinutes(of: roster.assignments[employee]))
        }
    }

    /// Days (0-based, ascending) on which `roster` leaves a demand minimum or a skill minimum unmet.
    func uncoveredDays(of roster: Roster) -> [Int] {
        var ledger = CoverLedger(instance: instance, demand: demand)
        for employee in instance.staff.indices { ledger.add(employee, roster.assignments[employee]) }
        return ledger.uncoveredDays
    }

    /// Improves the incumbent until the deadline, an interruption, or the incumbent meets `bound`.
    mutating func run(clock: SearchClock, deadline: Double, bound: Double?,
                      progress: (@Sendable (SolverProgress) -> Void)?) throws {
        let staff = instance.staff.count, days = instance.dayCount
        var iteration = 0
        var lastReport = -1.0
        func elapsed() -> Double { clock.elapsed }
        while elapsed() < deadline && !Interruption.isRequested {
            if !minimumsAreSoft, let bound, incumbentObjective - bound < 1e-6 { break }
            iteration += 1
            let byDays = iteration % 2 == 0
            var freeEmployees = Set<Int>(), freeDays = Set<Int>()
            // Half the neighbourhoods are centred on a day with uncovered demand, until that stops paying: after
            // `focusPatience` focused neighbourhoods without a better roster (demand that no rota can cover, like
            // a unit short of weekend staff) they are random again until some neighbourhood improves the roster.
            let focusing = iteration % 4 < 2 && focusFailures < NeighbourhoodSearch.focusPatience
            let uncoveredDays = focusing ? uncoveredDays(of: incumbent) : []
            let focus = uncoveredDays.isEmpty ? nil : uncoveredDays[Int.random(in: 0..<uncoveredDays.count, using: &random)]
            if byDays {
                let width = min(daysFreed, days)
                let start = focus.map { ($0 - Int.random(in: 0..<width, using: &random) + days) % days }
                    ?? Int.random(in: 0..<days, using: &random)
                for offset in 0..<width { freeDays.insert((start + offset) % days) }
            } else {
                var pool = Array(0..<staff)
                pool.shuffle(using: &random)
                if let focus {
                    // People off on the uncovered day first: they are the ones who could take the shift.
                    let off = pool.filter { incumbent[$0, focus] == nil && !instance.staff[$0].daysOff.contains(focus + 1) }
                    let first = Set(off.prefix(max(1, employeesFreed / 2)))
                    pool = pool.filter(first.contains) + pool.filter { !first.contains($0) }
                }
                freeEmployees = Set(pool.prefix(min(employeesFreed, staff)))
            }
            let formulation = CompactFormulation(instance: instance, fixedTo: incumbent, minimumsAreSoft: minimumsAreSoft) { employee, day in
                freeEmployees.contains(employee) || freeDays.contains(day)
            }
            guard !formulation.model.variables.isEmpty else { continue }
            let problem = GLPKProblem(verbose: verbose)
            try problem.load(formulation.model)
            let subStarted = elapsed()
            let subDeadline = min(deadline, subStarted + NeighbourhoodSearch.secondsPerNeighbourhood)
            let outcome = try BranchAndCut(problem: problem, variableCount: formulation.model.variables.count)
                .run(phase: "neighbourhood", clock: clock, deadline: subDeadline, progress: nil)
            let improved = outcome.objective.map { $0 < incumbentObjective - 1e-6 } ?? false
            if improved, let values = outcome.values, let objective = outcome.objective {
                incumbent = formulation.roster { values[$0] }
                focusFailures = 0
                incumbentObjective = objective
                secondsToBest = elapsed()
                if minimumsAreSoft && NeighbourhoodSearch.shortfallMinutes(of: incumbent, instance: instance) < 1e-6 {
                    // Every minimum is met: from here on the incumbent keeps every hard rule.
                    minimumsAreSoft = false
                    incumbentObjective = NeighbourhoodSearch.objective(of: incumbent, instance: instance)
                }
            }
            if focus != nil && !improved { focusFailures += 1 }
            // Grow neighbourhoods GLPK closes quickly, shrink those it cannot close in time.
            let solvedQuickly = outcome.optimal && elapsed() - subStarted < 0.5
            if byDays {
                daysFreed = outcome.optimal ? (solvedQuickly ? min(days, daysFreed + 1) : daysFreed) : max(2, daysFreed - 1)
            } else {
                employeesFreed = outcome.optimal ? (solvedQuickly ? min(staff, employeesFreed + 1) : employeesFreed) : max(2, employeesFreed - 1)
            }
            if let progress, elapsed() - lastReport >= 1 {
                lastReport = elapsed()
                let phase = minimumsAreSoft ? "neighbourhood search for a first roster, minimums still short by \(formatHours(NeighbourhoodSearch.shortfallMinutes(of: incumbent, instance: instance))) min"
                    : "neighbourhood search (\(employeesFreed) staff / \(daysFreed) days)"
                progress(SolverProgress(phase: phase, incumbent: minimumsAreSoft ? nil : incumbentObjective,
                                        bound: bound, elapsedSeconds: lastReport))
            }
        }
    }
}
