import Foundation
import HeltidModel

/// MIP-based large neighbourhood search: repeatedly frees a few employees, or every employee on a
/// window of days, keeps the rest of the incumbent roster fixed, and re-optimises the freed part
/// exactly with GLPK on a model of just that part (``CompactFormulation`` with fixed cells).
/// An improvement replaces the incumbent. On large rotas (``CompactSolver/largeRotaCells``) a neighbourhood
/// frees a few people on a window of days instead (a rectangle), mostly around uncovered demand: there a few
/// people's whole schedules, or everyone on a week, are models GLPK cannot close in seconds. Rectangles are
/// solved two at a time, one per core, with no person and no day in common, so that their changes add up.
///
/// On long, large rotas it also sweeps shift types (``sweepShiftTypes(clock:deadline:)``): one day at a time, everyone
/// who works that day keeps working it and all their shift types are re-chosen at once. That finds exchanges no
/// rectangle and no one person's re-plan makes: on Instance 23's roster at 300 work s (seed 1, 31,398) 93 of the
/// 204 missing weekend shifts were on a day where another type was worked above its demand, but the people on that
/// type may not take the missing one (their maximum of it, a succession with the day before or after, the narrow
/// band of minutes), so a cover there takes a chain of type changes among several people. Probed outside Heltid
/// first (HiGHS on that roster): one pass over the days took it to 27,098, three to 25,704, eight to 25,069; windows
/// of a weekend and then of a week to 24,097 in 14 minutes, but GLPK found no solution within 3 s on windows of 2–7
/// days of Instance 23 or 24, while a day closes in about 0.06 work s. In the turns, at 300 work s (2026-12-07,
/// seeds 1 and 2): 23 at 26,068 and 26,295 (31,398 and 30,308 without), 21 at 23,217 (24,444), 22 at 44,599 and
/// 45,797 (45,811 and 43,917), 24 at 80,724 (81,637).
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
    /// Whether neighbourhoods are rectangles (a few people on a window of days).
    let freesRectangles: Bool
    /// For rectangles: whether each employee may work each cell at all (`[employee][day][shift]`).
    private let usableCells: [[[Bool]]]
    /// Focused neighbourhoods in a row that found nothing better.
    private var focusFailures = 0
    /// Focused neighbourhoods without an improvement after which the search stops focusing for a while.
    static let focusPatience = 12
    /// Time cap of one neighbourhood's branch-and-cut.
    static let secondsPerNeighbourhood = 3.0
    /// The people and days a rectangle frees at first.
    static let firstRectangle = (employees: 8, days: 14)

    /// Starts from `start`, a roster that keeps every hard rule except perhaps the minimums; the neighbourhoods
    /// are rectangles when `freesRectangles`.
    init(instance: Instance, verbose: Bool, seed: UInt64, start: Roster, freesRectangles: Bool = false) {
        self.instance = instance
        self.verbose = verbose
        demand = DemandTable(instance: instance)
        random = SplitMix64(seed: seed)
        self.freesRectangles = freesRectangles
        if freesRectangles {
            let demand = demand
            usableCells = instance.staff.indices.map { CompactFormulation.usableCells(of: $0, instance: instance, demand: demand) }
            (employeesFreed, daysFreed) = NeighbourhoodSearch.firstRectangle
        } else {
            usableCells = []
        }
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
            let neighbourhoods: [Neighbourhood]
            if freesRectangles {
                let ledger = CoverLedger(instance: instance, demand: demand, roster: incumbent)
                let first = chooseRectangle(iteration: iteration, cover: ledger) ?? chooseStaffOrDays(iteration: iteration)
                neighbourhoods = [first] + (chooseRectangle(iteration: iteration, cover: ledger, apartFrom: first).map { [$0] } ?? [])
            } else {
                neighbourhoods = [chooseStaffOrDays(iteration: iteration)]
            }
            let subDeadline = min(deadline, elapsed() + NeighbourhoodSearch.secondsPerNeighbourhood)
            let solved = try solve(neighbourhoods, clock: clock, deadline: subDeadline)
            // Apart neighbourhoods share no person and no day, so their changes add up.
            let before = incumbentObjective
            for (neighbourhood, outcome) in zip(neighbourhoods, solved) {
                let improved = outcome.objective.map { $0 < before - 1e-6 } ?? false
                if improved, let roster = outcome.roster, let objective = outcome.objective {
                    if neighbourhoods.count == 1 {
                        incumbent = roster
                    } else {
                        for employee in neighbourhood.employees {
                            for day in neighbourhood.days { incumbent[employee, day] = roster[employee, day] }
                        }
                    }
                    incumbentObjective += objective - before
                    focusFailures = 0
                    secondsToBest = elapsed()
                }
                if neighbourhood.isFocused && !improved { focusFailures += 1 }
                // Grow neighbourhoods GLPK closes quickly, shrink those it cannot close in time.
                let solvedQuickly = outcome.optimal && outcome.seconds < 0.5
                if neighbourhood.adaptsDays {
                    daysFreed = outcome.optimal ? (solvedQuickly ? min(days, daysFreed + 1) : daysFreed) : max(2, daysFreed - 1)
                } else {
                    employeesFreed = outcome.optimal ? (solvedQuickly ? min(staff, employeesFreed + 1) : employeesFreed) : max(2, employeesFreed - 1)
                }
            }
            if minimumsAreSoft && NeighbourhoodSearch.shortfallMinutes(of: incumbent, instance: instance) < 1e-6 {
                // Every minimum is met: from here on the incumbent keeps every hard rule.
                minimumsAreSoft = false
                incumbentObjective = NeighbourhoodSearch.objective(of: incumbent, instance: instance)
            }
            if let progress, elapsed() - lastReport >= 1 {
                lastReport = elapsed()
                let phase = minimumsAreSoft ? "neighbourhood search for a first roster, minimums still short by \(formatHours(NeighbourhoodSearch.shortfallMinutes(of: incumbent, instance: instance))) min"
                    : "neighbourhood search (\(employeesFreed) staff \(freesRectangles ? "×" : "/") \(daysFreed) days)"
                progress(SolverProgress(phase: phase, incumbent: minimumsAreSoft ? nil : incumbentObjective,
                                        bound: bound, elapsedSeconds: lastReport))
            }
        }
    }

    /// The next day the shift-type sweep re-chooses.
    private var sweepDay = 0
    /// Days whose shift types the sweep found nothing better for, in `sweptRoster`.
    private var settledDays: [Bool] = []
    /// The incumbent when the last sweep ended.
    private var sweptRoster: Roster?

    /// Re-chooses everyone's shift types one day at a time (who works which day kept), exactly with GLPK, from
    /// where the last sweep stopped, until `deadline` or until every day is settled: a day is tried again once a
    /// cell on it or next to it has changed since the sweep found nothing better for it.
    mutating func sweepShiftTypes(clock: SearchClock, deadline: Double) throws {
        let days = instance.dayCount
        if settledDays.isEmpty { settledDays = Array(repeating: false, count: days) }
        func unsettle(around day: Int) {
            for neighbour in max(0, day - 1)...min(days - 1, day + 1) { settledDays[neighbour] = false }
        }
        if let swept = sweptRoster {
            for day in 0..<days where instance.staff.indices.contains(where: { swept[$0, day] != incumbent[$0, day] }) {
                unsettle(around: day)
            }
        }
        var tried = 0
        while clock.elapsed < deadline && !Interruption.isRequested && tried < days {
            let day = sweepDay
            sweepDay = (sweepDay + 1) % days
            tried += 1
            guard !settledDays[day] else { continue }
            var neighbourhood = Neighbourhood(keepsDaysWorked: true)
            neighbourhood.days = [day]
            let before = incumbentObjective
            let outcome = try solve([neighbourhood], clock: clock,
                                    deadline: min(deadline, clock.elapsed + NeighbourhoodSearch.secondsPerNeighbourhood))[0]
            if let roster = outcome.roster, let objective = outcome.objective, objective < before - 1e-6 {
                incumbent = roster
                incumbentObjective = objective
                secondsToBest = clock.elapsed
                unsettle(around: day)
            }
            if outcome.optimal { settledDays[day] = true }
        }
        sweptRoster = incumbent
    }

    /// What GLPK found in one neighbourhood.
    private struct Solved: Sendable {
        /// The roster with the neighbourhood re-optimised (nil when GLPK found none in time).
        var roster: Roster?
        /// Its objective (the whole roster's).
        var objective: Double?
        var optimal = false
        /// Seconds on the clock the neighbourhood took.
        var seconds = 0.0
    }

    /// Re-optimises each of `neighbourhoods` (one, or two apart ones) from the incumbent until `deadline`: two
    /// at once on two threads, each on its own fork of the clock and its own GLPK problem.
    private func solve(_ neighbourhoods: [Neighbourhood], clock: SearchClock, deadline: Double) throws -> [Solved] {
        let (incumbent, instance, minimumsAreSoft, verbose) = (incumbent, instance, minimumsAreSoft, verbose)
        let usableCells = usableCells.isEmpty ? nil : usableCells
        let solving: @Sendable (Neighbourhood, SearchClock) -> Result<Solved, Error> = { neighbourhood, clock in
            Result {
                try NeighbourhoodSearch.solve(neighbourhood, of: incumbent, instance: instance, minimumsAreSoft: minimumsAreSoft,
                                              usableCells: usableCells, verbose: verbose, clock: clock, deadline: deadline)
            }
        }
        guard neighbourhoods.count == 2 else { return try neighbourhoods.map { try solving($0, clock).get() } }
        let (first, second) = (neighbourhoods[0], neighbourhoods[1])
        let (mine, helpers) = (clock.fork(), clock.fork())
        let (one, other) = onTwoThreads({ solving(first, mine) }, {
            defer { GLPKProblem.releaseThreadEnvironment() }
            return solving(second, helpers)
        })
        clock.join(mine, helpers)
        return [try one.get(), try other.get()]
    }

    /// Re-optimises `neighbourhood` of `roster` with GLPK's branch-and-cut until `deadline` (seconds on `clock`).
    private static func solve(_ neighbourhood: Neighbourhood, of roster: Roster, instance: Instance, minimumsAreSoft: Bool,
                              usableCells: [[[Bool]]]?, verbose: Bool, clock: SearchClock, deadline: Double) throws -> Solved {
        let began = clock.elapsed
        clock.chargeModelBuild(cells: instance.staff.count * instance.dayCount * instance.shiftTypes.count)
        let formulation = CompactFormulation(instance: instance, fixedTo: roster, minimumsAreSoft: minimumsAreSoft,
                                             keepsDaysWorked: neighbourhood.keepsDaysWorked, usableCells: usableCells,
                                             isFree: neighbourhood.frees)
        guard !formulation.model.variables.isEmpty else { return Solved() }
        let problem = GLPKProblem(verbose: verbose)
        try problem.load(formulation.model)
        let outcome = try BranchAndCut(problem: problem, variableCount: formulation.model.variables.count)
            .run(phase: "neighbourhood", clock: clock, deadline: deadline, progress: nil)
        return Solved(roster: outcome.values.map { values in formulation.roster { values[$0] } }, objective: outcome.objective,
                      optimal: outcome.optimal, seconds: clock.elapsed - began)
    }

    /// The cells a neighbourhood frees, and which of its sizes adapts to how GLPK fares with it.
    private struct Neighbourhood {
        var employees = Set<Int>()
        var days = Set<Int>()
        /// Whether a free cell is a freed employee's on a freed day (a rectangle), or any freed employee's or any
        /// cell of a freed day.
        var isRectangle = false
        /// Whether it was chosen around uncovered demand.
        var isFocused = false
        /// Whether `daysFreed` (else `employeesFreed`) grows or shrinks after it.
        var adaptsDays = false
        /// Whether only the shift types of the days worked are free (the days off stay off).
        var keepsDaysWorked = false

        func frees(_ employee: Int, _ day: Int) -> Bool {
            isRectangle ? employees.contains(employee) && days.contains(day) : employees.contains(employee) || days.contains(day)
        }
    }

    /// Every other neighbourhood frees a few people's whole schedules, the others everyone on a window of days.
    /// Half of them are centred on a day with uncovered demand, until that stops paying: after `focusPatience`
    /// focused neighbourhoods without a better roster (demand that no rota can cover, like a unit short of
    /// weekend staff) they are random again until some neighbourhood improves the roster.
    private mutating func chooseStaffOrDays(iteration: Int) -> Neighbourhood {
        let staff = instance.staff.count, days = instance.dayCount
        var neighbourhood = Neighbourhood(adaptsDays: iteration % 2 == 0)
        let focusing = iteration % 4 < 2 && focusFailures < NeighbourhoodSearch.focusPatience
        let uncoveredDays = focusing ? CoverLedger(instance: instance, demand: demand, roster: incumbent).uncoveredDays : []
        let focus = uncoveredDays.isEmpty ? nil : uncoveredDays[Int.random(in: 0..<uncoveredDays.count, using: &random)]
        neighbourhood.isFocused = focus != nil
        if neighbourhood.adaptsDays {
            let width = min(daysFreed, days)
            let start = focus.map { ($0 - Int.random(in: 0..<width, using: &random) + days) % days }
                ?? Int.random(in: 0..<days, using: &random)
            for offset in 0..<width { neighbourhood.days.insert((start + offset) % days) }
        } else {
            var pool = Array(0..<staff)
            pool.shuffle(using: &random)
            if let focus {
                // People off on the uncovered day first: they are the ones who could take the shift.
                let off = pool.filter { incumbent[$0, focus] == nil && !instance.staff[$0].daysOff.contains(focus + 1) }
                let first = Set(off.prefix(max(1, employeesFreed / 2)))
                pool = pool.filter(first.contains) + pool.filter { !first.contains($0) }
            }
            neighbourhood.employees = Set(pool.prefix(min(employeesFreed, staff)))
        }
        return neighbourhood
    }

    /// A few people on a window of days around a random uncovered cell: two thirds of them among those who could
    /// take its shift (allowed it, and off that day or on a shift worked above its demand), the rest at random.
    /// A random window and random people when nothing is uncovered, or after `focusPatience` focused
    /// rectangles in a row without a better roster. The two sizes adapt by turns.
    ///
    /// `ledger` is the incumbent's cover. With `apartFrom`, a second rectangle to solve at the same time, with
    /// none of its people and none of its days (so the two re-optimisations add up), or nil when the rota has no
    /// room for one.
    private mutating func chooseRectangle(iteration: Int, cover ledger: CoverLedger, apartFrom other: Neighbourhood? = nil) -> Neighbourhood? {
        let staff = instance.staff.count, days = instance.dayCount
        var neighbourhood = Neighbourhood(isRectangle: true, adaptsDays: iteration % 2 == 0)
        let width = min(daysFreed, days)
        var pool = Array(0..<staff).filter { !(other?.employees.contains($0) ?? false) }
        pool.shuffle(using: &random)
        // The window's start may lie in `starts`: before the other window, or after it.
        let taken = other.map { ($0.days.min()!, $0.days.max()! + 1) }
        let starts = (0...(days - width)).filter { start in taken.map { start + width <= $0.0 || start >= $0.1 } ?? true }
        guard !starts.isEmpty, !pool.isEmpty else { return nil }
        var start = starts[Int.random(in: 0..<starts.count, using: &random)]
        let uncovered = focusFailures < NeighbourhoodSearch.focusPatience
            ? ledger.uncoveredCells.filter { cell in starts.contains { $0 <= cell.day && cell.day < $0 + width } } : []
        if !uncovered.isEmpty {
            let (day, shift) = uncovered[Int.random(in: 0..<uncovered.count, using: &random)]
            let around = starts.filter { $0 <= day && day < $0 + width }
            start = around[Int.random(in: 0..<around.count, using: &random)]
            let candidates = pool.filter { usableCells[$0][day][shift] && ledger.couldTake(day: day, working: incumbent[$0, day]) }
            let first = Set(candidates.prefix(max(1, employeesFreed * 2 / 3)))
            pool = pool.filter(first.contains) + pool.filter { !first.contains($0) }
            neighbourhood.isFocused = true
        }
        neighbourhood.employees = Set(pool.prefix(min(employeesFreed, staff)))
        neighbourhood.days = Set(start..<(start + width))
        return neighbourhood
    }
}
