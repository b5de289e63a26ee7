import HeltidModel

/// Large neighbourhood search on the master: repeatedly frees part of the incumbent roster (in turn, every
/// employee on a window of days, every employee on the days around two weekends and, where the weekends are
/// scarce, every employee on a set of weekends: ``NeighbourhoodKind``),
/// holds the rest to the incumbent (``ScheduleRestriction``), generates schedules within those decisions
/// against the rest (a few exact pricing rounds), dives on the freed part's cells
/// (``neighbourhoodDive(_:cutoff:clock:deadline:)``) and, where the dive finds nothing better, solves the
/// restricted-master MIP of the freed part over every known schedule that keeps the decisions (GLPK's
/// branch-and-cut, with a row that asks for a better objective than the incumbent's). An improvement replaces
/// the incumbent.
///
/// The dive comes first because GLPK's branch-and-cut often cannot find in its 2 s what the LP of the freed part
/// already holds. Measured on Instance 12 (twenty-fourth session, 2026-12-04), on the five rosters at which runs
/// of 90 work s had stuck (4143–4253, best known 4040), with everyone freed on days 0–6: the LP of the window
/// reached 4044, 4145, 4141 and 4251 on four of them; GLPK found 4044 in 3.4 work s on the first (with pricing
/// until nothing priced out) and nothing in 10 work s on the others, and the dive reached the LP's value on all
/// four in 0.2–0.3 work s. With the dive, twenty runs of 90 work s (seeds 1–20) ended within 1 % in seventeen (fifteen
/// without; the mean 4061 against 4084), and runs of 300 work s (seeds 1 and 2) ended Instance 13 at 1465 and 1444
/// (1499 and 1470 without) and 19 at 3384 and 3392 (3465 and 3334). Pricing until nothing priced out (at most 15
/// rounds instead of 5) made the LP of the window the optimum over all schedules, but did not pay: 12 within 1 % in
/// eighteen of the twenty, 13 at 1483 and 1460, 19 at 3399 and 3395. Nor did a second dive with random bonuses
/// where the first found nothing better: the three seeds still stuck stayed at 4143–4145, and seed 4 ended at 4045
/// instead of 4043.
///
/// Each problem is small enough for GLPK to solve, or to prove that nothing better is there, in a second
/// or two, and the incumbent is always one of its solutions; a neighbourhood whose Lagrangian bound shows
/// that no better roster is in it is skipped without a MIP. The size adapts (days in the window, days around
/// each weekend): one more after a neighbourhood is searched to the end without an improvement, one fewer
/// after one runs out of time. The search ends when a window of the whole horizon has been searched to the
/// end.
///
/// Measured on Instance 8 (60 s runs, 2026-12-02, best known 1300): the restricted-master MIP over its
/// 10,000 schedules found no roster in 15 s; choosing among the known schedules alone (no pricing) took the
/// dives' 1416 to 1406 and stopped there; with pricing and a few people freed over the whole horizon, 1403; with
/// windows the runs ended at 1303–1308. The windows make most of the moves: they let everyone's schedule change
/// at once. Freeing a few people over the whole horizon, a third of the turns until the fourteenth session, never
/// improved a roster in 300 work-second runs of Instances 13 and 19 (also with the people chosen among those who
/// could take an uncovered shift) nor in 60 work-second runs of 8, 9, 12 and 15 (2026-12-03); with the windows and
/// the weekends in turn instead (at 300 work s, seeds 1 and 2), 13 ended at 1672 and 1864 (1828 and 2046 with
/// them), 19 at 3577 and 3728 (4358 and 4493), and at 60 work s (seed 1) 8 at 1304 (1311), 12 at 5449 (5276;
/// 4818 in a variant with other random draws: 12's spread at that limit).
///
/// The neighbourhoods come from a seeded generator: a run that ends by itself is reproducible.
extension ColumnGeneration {
    /// The size of the master's neighbourhoods (days in a window, days around each weekend, weekends in a set). It adapts as a search goes and is
    /// kept from one search to the next, so that the searches by turns (``SearchTurns``) go on at the size the
    /// last one reached instead of growing again from the smallest. Measured at 300 work s (2026-12-03, twelfth
    /// session): on Instance 18 the integer phase's windows had grown from 7 to 14 days when its time ended, and
    /// each later turn began again at 7.
    struct NeighbourhoodSize: Equatable {
        /// Days of a window on which everyone is freed.
        var windowDays: Int
        /// Days around each of two weekends on which everyone is freed (2: Saturday and Sunday; see
        /// ``WeekendNeighbourhood/days(weeks:blockDays:dayCount:)``).
        var weekendBlockDays: Int
        /// Weekends (Saturday and Sunday) on which everyone is freed at once (``NeighbourhoodKind/weekendSet``).
        var weekendSetCount: Int

        /// The most weekends a weekend set starts with. On Instance 19 (12 weeks, 40 people; 300 work s, seeds
        /// 1 and 2, 2026-12-05) every weekend at once finished in time in about four searches of five; on Instance
        /// 20 (26 weeks, 50 people; 600 work s, seed 1) none of 21 did.
        static let mostWeekendsAtFirst = 12

        /// The most days around a weekend (Friday to Monday): weekends of 7 days are two windows that take long to
        /// price. On Instance 8 (60 work s, 2026-12-03) one such neighbourhood ran 12 work s.
        static let longestWeekendBlock = 4

        /// The first size: a 7-day window (fewer where the rota is smaller), weekends of 3 days, a weekend set of
        /// every weekend (at most ``mostWeekendsAtFirst``).
        init(instance: Instance) {
            windowDays = min(instance.dayCount, 7)
            weekendBlockDays = 3
            weekendSetCount = min(instance.horizon.weeks, NeighbourhoodSize.mostWeekendsAtFirst)
        }

        /// One of the sizes after a search: one more (at most `most`) after a neighbourhood searched to the end, one
        /// fewer (at least 2) after one that ran out of time.
        static func stepped(_ value: Int, grows: Bool, most: Int) -> Int {
            grows ? min(most, value + 1) : max(2, value - 1)
        }

        /// The size a search starts at when it goes on from this one: windows of at least 2 days (where the rota
        /// has them) and at most half the horizon (or the first size, where that is larger), weekend sets of at
        /// least 2 weekends and at most every one. Grown to the whole
        /// horizon, a window is the whole restricted master: on Instance 7 (60 work s) a turn that began there ran 7.5
        /// work s past the limit in the root LP of GLPK's branch-and-cut over 10,000 schedules.
        func resumed(instance: Instance) -> NeighbourhoodSize {
            let first = NeighbourhoodSize(instance: instance), days = instance.dayCount
            var size = self
            size.windowDays = min(days, max(2, min(windowDays, max(first.windowDays, days / 2))))
            size.weekendBlockDays = min(NeighbourhoodSize.longestWeekendBlock, max(2, weekendBlockDays))
            size.weekendSetCount = min(instance.horizon.weeks, max(2, weekendSetCount))
            return size
        }
    }

    /// What one of the master's neighbourhoods frees.
    enum NeighbourhoodKind: Equatable {
        /// Everyone on a window of consecutive days.
        case window
        /// Everyone on the days around two weekends (``WeekendNeighbourhood``), so that people can trade the
        /// weekends they work.
        case weekends
        /// Everyone on the Saturday and Sunday of a set of weeks (every week, or as many as the neighbourhoods'
        /// size says, drawn at random), so that the weekends people work can move from any of them to any other:
        /// where everyone works the most weekends allowed, a weekend one person takes is one they give up
        /// elsewhere, and the two weekends' neighbourhood lets only two weekends trade. Only the Saturday and Sunday:
        /// with Friday to Monday in every set, 19 ended at 3451 and 3547 (300 work s, seeds 1 and 2, twenty-eighth
        /// session; 3499 and 3333), and with 2–4 days drawn for each set at 3758 and 3653 (twenty-ninth; 3506 and 3303).
        case weekendSet

        /// The fewest weeks for which a weekend set is a neighbourhood of its own (on shorter rotas it is no more
        /// than the two weekends' neighbourhood).
        static let fewestWeeksForWeekendSets = 3

        /// The kind of search number `number` (from 1) on a rota of `weeks` weeks whose windows are `windowDays`
        /// long: window and weekends in turn, but a window instead of the weekends on a rota of one week, or
        /// where the windows have grown to two weeks or more and already span two weekends. On Instance 8 (60
        /// work s, 2026-12-03) the windows grow to 13–23 days, and with weekends of up to 7 days each in a third
        /// of the turns the run ended at 1313 (1304 without). With `weekendSets` (where the weekends are scarce:
        /// ``ColumnGeneration/weekendsAreScarce``) on a rota of at least ``fewestWeeksForWeekendSets`` weeks,
        /// window, weekends and a weekend set in turn. Measured at 300 work s (2026-12-05, twenty-eighth session,
        /// seeds 1–3 unless said): Instance 13 ended at 1463 with them, seed 1 (2009 without; 1429 and 1469 on
        /// seeds 2 and 3), 19 at 3499, 3333 and 3482 (3596, 3324 and 4121 without), and at 600 work s, seed 1,
        /// 20 at 5144 (5117); every weekend at once in every set, also on 20's 26 weeks, ended 20 at 5412. Where
        /// the weekends are not scarce they cost a little: Instance 9 (60 work s, seeds 1–4) ended at 443, 439,
        /// 440 and 439 with them and 440, 439, 439 and 439 without.
        init(ofSearch number: Int, weeks: Int, windowDays: Int, weekendSets: Bool) {
            let weekends = weeks >= 2 && windowDays < 14
            guard weekendSets && weeks >= NeighbourhoodKind.fewestWeeksForWeekendSets else {
                self = number % 2 == 0 && weekends ? .weekends : .window
                return
            }
            switch number % 3 {
            case 0: self = .weekendSet
            case 2 where weekends: self = .weekends
            default: self = .window
            }
        }
    }

    /// Time cap of one neighbourhood's branch-and-cut.
    static let secondsPerNeighbourhood = 2.0

    /// Most exact pricing rounds in one neighbourhood.
    static let neighbourhoodRounds = 5

    /// The best roster found from `incumbent` (of `value`) by freeing employees, until `deadline` (seconds
    /// on `clock`), an interruption, a roster that meets `bound`, or (with `closePatience`) once the best roster is
    /// within ``tailingGap`` of `bound`, that share of the time then left without an improvement, with the time on
    /// `clock` it was found at. Nil when nothing better was found. The neighbourhoods start at `size` and leave it at
    /// the size reached. Every restriction on `master` is lifted on return.
    func neighbourhoodSearch(_ master: MasterLP, from incumbent: Roster, value: Double, seed: UInt64, bound: Double?,
                             closePatience: Double?,
                             size: inout NeighbourhoodSize, clock: SearchClock, deadline: Double,
                             progress: (@Sendable (SolverProgress) -> Void)?) throws -> (roster: Roster, value: Double, secondsToBest: Double)? {
        func elapsed() -> Double { clock.elapsed }
        let staff = instance.staff.count
        let shiftCount = instance.shiftTypes.count
        var best = incumbent
        var bestValue = value
        for employee in instance.staff.indices { _ = master.add(column(employee, incumbent.assignments[employee])) }
        var improved = false
        var random = SplitMix64(seed: seed)
        let days = instance.dayCount
        size = size.resumed(instance: instance)
        var searched = 0
        var usableCells: [Int: [[Bool]]] = [:]
        /// `employee`'s usable cells (``CompactFormulation/usableCells(of:instance:demand:)``), worked out once.
        func usable(_ employee: Int) -> [[Bool]] {
            if let cells = usableCells[employee] { return cells }
            let cells = CompactFormulation.usableCells(of: employee, instance: instance, demand: demand)
            usableCells[employee] = cells
            return cells
        }
        var lastImprovement = elapsed()
        var patience: Double?
        /// Takes `roster` (of `value`) as the incumbent when it is better, and reports it under `phase`.
        func accepts(_ roster: Roster, value: Double, phase: String) -> Bool {
            guard value < bestValue - 1e-9 else { return false }
            (best, bestValue, improved) = (roster, value, true)
            lastImprovement = elapsed()
            progress?(SolverProgress(phase: phase, incumbent: bestValue, bound: bound, elapsedSeconds: elapsed()))
            return true
        }
        defer { master.releaseRestrictions() }
        searching: while !Interruption.isRequested && deadline - elapsed() > 0.2 {
            if let bound, meets(bestValue, bound: bound) { break }
            if patience == nil, let closePatience, let bound, ColumnGeneration.isClose(bestValue, bound: bound) {
                // Close from here on (the last improvement, or the start, made it so).
                patience = closePatience * (deadline - elapsed())
            }
            if let patience, elapsed() - lastImprovement > patience { break }
            searched += 1
            let kind = NeighbourhoodKind(ofSearch: searched, weeks: instance.horizon.weeks, windowDays: size.windowDays,
                                         weekendSets: weekendsAreScarce)
            func phase() -> String {
                switch kind {
                case .window: "priced neighbourhood search (\(size.windowDays) days)"
                case .weekends: "priced neighbourhood search (2 weekends × \(size.weekendBlockDays) days)"
                case .weekendSet: "priced neighbourhood search (\(size.weekendSetCount) weekends)"
                }
            }
            let freeDays: Set<Int>
            switch kind {
            case .window:
                let windowStart = Int(random.next() % UInt64(days - size.windowDays + 1))
                freeDays = Set(windowStart..<windowStart + size.windowDays)
            case .weekends:
                let ledger = CoverLedger(instance: instance, demand: demand, roster: best)
                let weeks = WeekendNeighbourhood.weeks(uncovered: ledger, roster: best, usable: usable,
                                                       weekCount: instance.horizon.weeks, random: &random)
                freeDays = WeekendNeighbourhood.days(weeks: weeks, blockDays: size.weekendBlockDays, dayCount: days)
            case .weekendSet:
                let weeks = Array(0..<instance.horizon.weeks).shuffled(using: &random).prefix(size.weekendSetCount)
                freeDays = WeekendNeighbourhood.days(weeks: Array(weeks), blockDays: 2, dayCount: days)
            }
            master.releaseRestrictions()
            for employee in 0..<staff {
                let schedule = best.assignments[employee]
                var restriction = ScheduleRestriction(dayCount: days, shiftCount: shiftCount)
                for day in 0..<days where !freeDays.contains(day) {
                    restriction.require(day: day, shift: schedule[day])
                }
                master.restrict(employee, to: restriction)
            }
            var hopeless = false
            for _ in 0..<ColumnGeneration.neighbourhoodRounds where elapsed() < deadline {
                guard let round = try round(master, exact: true, clock: clock, deadline: deadline) else { break }
                if let lagrangian = round.lagrangian, meets(bestValue, bound: lagrangian) {
                    hopeless = true
                    break
                }
                if round.added == 0 { break }
            }
            var outcome = BranchAndCut.Outcome()
            if !hopeless && deadline - elapsed() > 0.2,
               let dived = try neighbourhoodDive(master, cutoff: bestValue, clock: clock,
                                                 deadline: min(deadline, elapsed() + ColumnGeneration.secondsPerNeighbourhood)),
               accepts(dived.roster, value: dived.value, phase: phase() + ", dive") {
                continue
            }
            if !hopeless && deadline - elapsed() > 0.2 {
                var chosen: [ScheduleColumn] = []
                for employee in 0..<staff {
                    let restriction = master.restrictions[employee]
                    chosen += master.columns(of: employee).map { master.columns[$0] }.filter { restriction.admits($0.shifts) }
                }
                let step = integralObjective ? 1 - 1e-6 : 1e-6 * max(1, abs(bestValue))
                var problemModel = MasterProblem(instance: instance, demand: demand, columns: chosen, artificialCost: nil, integer: true)
                problemModel.requireObjective(atMost: bestValue - step)
                let problem = GLPKProblem(verbose: false)
                try problem.load(problemModel.model)
                let neighbourhoodDeadline = min(deadline, elapsed() + ColumnGeneration.secondsPerNeighbourhood)
                // The LP first, as a probe within the neighbourhood's time: glp_intopt solves it again after its
                // presolver, and nothing limits that solve (under a work limit, 28-day neighbourhoods of Instance 7 ran
                // 24–30 work s against their 2). Starting glp_intopt from the probe's basis, without the presolver,
                // cost the presolver's reductions: Instance 9 ended 60 s runs at 449–452 instead of 442–443.
                switch try problem.solveRelaxation(budget: SearchBudget(clock: clock, deadline: neighbourhoodDeadline)) {
                case .optimal:
                    outcome = try BranchAndCut(problem: problem, variableCount: problemModel.model.variables.count)
                        .run(phase: "neighbourhood", clock: clock, deadline: neighbourhoodDeadline, progress: nil)
                case .infeasible:
                    outcome.provenInfeasible = true
                case .unfinished:
                    break
                }
                if let values = outcome.values {
                    var roster = best
                    for (index, column) in chosen.enumerated() where values[problemModel.variableOf[index]] > 0.5 {
                        roster.assignments[column.employee] = column.shifts
                    }
                    let found = RosterObjective.value(of: roster, instance: instance, demand: demand)
                    if accepts(roster, value: found, phase: phase()) { continue }
                }
            }
            let complete = hopeless || outcome.optimal || outcome.provenInfeasible
            switch kind {
            case .window:
                // A neighbourhood of the whole roster searched to the end: nothing is left to free.
                if complete && size.windowDays == days { break searching }
                size.windowDays = NeighbourhoodSize.stepped(size.windowDays, grows: complete, most: days)
            case .weekends:
                size.weekendBlockDays = NeighbourhoodSize.stepped(size.weekendBlockDays, grows: complete,
                                                                  most: NeighbourhoodSize.longestWeekendBlock)
            case .weekendSet:
                size.weekendSetCount = NeighbourhoodSize.stepped(size.weekendSetCount, grows: complete, most: instance.horizon.weeks)
            }
            if searched % 10 == 0 {
                progress?(SolverProgress(phase: phase(), incumbent: bestValue, bound: bound, elapsedSeconds: elapsed()))
            }
        }
        return improved ? (best, bestValue, lastImprovement) : nil
    }

    /// A cell dive (``dive(_:random:cutoff:guided:stranded:clock:deadline:stopsAt:pricesPicks:progress:)``, unguided,
    /// without random bonuses) within the neighbourhood's decisions on `master`: its roster, or nil when it stranded or its bound
    /// showed nothing below `cutoff` (a dive cut short by `deadline` may return a roster that is not below it). The
    /// master is left as it was found: the neighbourhood's restrictions back, every schedule active.
    private func neighbourhoodDive(_ master: MasterLP, cutoff: Double, clock: SearchClock,
                                   deadline: Double) throws -> (roster: Roster, value: Double)? {
        let decisions = master.restrictions
        var random: SplitMix64?
        var stranded = false
        let found = try dive(master, random: &random, cutoff: cutoff, guided: false, stranded: &stranded, clock: clock,
                             deadline: deadline, progress: nil)
        master.reactivateAll()
        for (employee, restriction) in decisions.enumerated() { master.restrict(employee, to: restriction) }
        return found
    }
}
