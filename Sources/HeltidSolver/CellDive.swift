import Foundation
import HeltidModel

/// Diving on cells: a roster from the master LP by deciding, step by step, the days of each person the LP is
/// surest of, and re-pricing within those decisions.
///
/// The LP's value of a cell (employee, day, and a shift or the day off) is the share of that person's
/// schedules in the LP solution that take it. A step holds everyone the LP takes one schedule of to it and
/// picks people by their fractional cell of highest value (the first pick whatever its value, further ones
/// from a cell of value at least ``divingBatchValue``, one pick per person and worked cell, at most
/// ``divingBatchShare`` of the people whose schedule is not yet whole); for each pick it decides that cell
/// and the person's other fractional cells of value at least ``divingBatchValue``. Then every employee is
/// re-priced within the decisions (``ScheduleRestriction``: the master rules out the columns that break
/// them, the pricers generate only schedules that keep them), at most ``divingRounds`` rounds; a step after which
/// the LP jumps is taken back but for its first pick (``divingJumpShare``). Deciding
/// cells leaves the rest of a schedule free, so the re-pricing can repair it, which fixing whole schedules
/// cannot. Measured on the benchmark (60 s runs, 2026-12-01): Instance 12's first dive reaches 4061–4275 (best
/// known 4040) where fixing whole schedules ran out of time at 10,908; on Instance 8 the dives reach
/// 1417–1633 (best known 1300; fixing whole schedules: 1411–1724) and the whole run ends at 1310–1412. Cells
/// all of a person's schedules agree on are left open (deciding them too ended Instance 8's runs near 1400
/// instead of 1307); deciding one cell per pick with rounds until nothing prices out gave Instance 8 a first
/// dive of 1309 but did not finish a dive on Instance 12 in time.
///
/// The dive's rounds purge the master (``MasterLP/activate(duals:value:purging:)``: schedules far from pricing
/// out leave GLPK's LP until their reduced cost is negative again), because the LP, not the pricing, is most of
/// a dive's time: on Instance 12 (2026-12-04, seventeenth session, 100 work s) the first step's three LPs over
/// about 9000 schedules took 2.7, 2.3 and 1.1 work s and the pricing 0.2 each. Purged, the first dive took
/// 10 work s instead of 18 (4169 against 4191), and with 78 work s (about a 60 s wall-clock run on the benchmark
/// machine) 12 ended at 4148, 4049 and 4145 (seeds 1–3) instead of 4680, 4665 and 4757, where the dive had been
/// cut off. The caller brings every schedule back after each dive (``MasterLP/reactivateAll()``).
extension ColumnGeneration {
    /// Most master rounds between diving steps (exact re-pricing: the beams lead dives astray).
    static let divingRounds = 3

    /// Besides the surest fractional cell, a step decides the cells of at least this value...
    static let divingBatchValue = 0.6

    /// ... and at most this share of the people whose schedule is not yet whole (at least one cell).
    static let divingBatchShare = 1.0 / 3

    /// An unguided dive takes back a step whose LP value then rose by more than this share of its value before it,
    /// all but the step's first pick (each other person picked gets their restriction from before the step again),
    /// and goes on from there: picks made together from one LP can leave a shift nobody can take any more (a jump of
    /// its whole weight), which one pick at a time lets the re-pricing avoid. Not where the LP then needs an
    /// artificial column (someone stranded: ``divingReopenings``), and not in
    /// guided dives. Measured (2026-12-06, thirty-eighth session, 60 work s, seeds 1–12): on Instance 9, whose LP
    /// optimum (405.7) is 8 % below its best known roster (439), the dives' rosters had their quartiles at 440, 446 and
    /// 548 (550, 644 and 664 without the rule), and the runs reached 439 with 11 seeds of 12 (9 of 12), at a median of
    /// 20.7 work s (27.2); 8 ended at 1302–1309 (seeds 1–6; 1301–1308), 12 at 4052 and 4045 (4052, 4057), and 7 was
    /// proven in 36.8 and 24.4 work s (40.6, 42.2). At 300 work s (seed 1) 14–18 ended at the same objectives (14, 16
    /// and 17 proven), where the dives' steps rarely rise by 5 %, and so did 19 (3399), whose dives are those of the
    /// master's neighbourhoods; 13 ended at 1447, 1440 and 1466 (seeds 1–3; 1507, 1450 and 1428). Taken back also
    /// where someone was stranded, Instance 15's first dive went on past its stranding until cut off (4304) and the run
    /// ended at 3955 (3848); in its guided dive too, that dive ended at 7394 instead of 5503 and the run at 4774.
    static let divingJumpShare = 0.05

    /// Later dives rank the cells by their value plus a random bonus below this.
    static let divingSpread = 0.25

    /// A dive that leaves people without a schedule (the LP needs their artificial columns: the cells decided for
    /// them admit none that keeps their rules) lifts every restriction on those people and goes on, at most this many
    /// times a person; when everyone stranded has been lifted that often it ends there, as every stranded dive did
    /// before. In a dive within a neighbourhood of the master (``neighbourhoodSearch``) this lifts the neighbourhood's
    /// own restriction on them too, so that their whole schedule may change. Measured (2026-12-07, forty-fifth session,
    /// work-limited runs): Instance 15 at 300 work s, seeds 1–3, ended at 3856, 3854 and 3843 (best known 3828)
    /// instead of 3945, 4383 and 3866, its first dives the same and the master's neighbourhoods' dives going on where
    /// they had stranded; at 60 work s (seeds 1 and 2) 12 ended at 4045 and 4045 as before, 8 at 1307 and 1307
    /// (1307, 1306) and 9 at 440 and 439 (439, 439).
    static let divingReopenings = 2

    /// One dive; with `random`, later dives' bonuses. The roster and its objective, or nil when the decisions
    /// leave someone without a schedule whose restrictions were lifted ``divingReopenings`` times already (then
    /// `stranded` is set), or the LP bound under them shows no roster
    /// below `cutoff` can come of them. The restrictions stay on `master` for the caller to lift. At
    /// `deadline` everyone not yet whole takes the schedule the last LP took most of.
    ///
    /// With `guided`, the cells decided with a pick are only those of the person's largest schedule in the LP
    /// that takes the picked cell, so that one schedule keeping all of that person's rules still fits: sure
    /// cells of different schedules can together admit none. Measured on Instance 15 (300 s runs,
    /// 2026-12-01, LP converged): in one run all three dives left someone without a schedule and the run
    /// ended at 6053; with every dive guided they reached 4402 and 4623 and the run 4074 (best known 3828).
    /// On Instance 12 a guided first dive reached 4171 against 4061 unguided, so dives are guided only after
    /// one has stranded someone. Until the sixteenth session the cutoff was asked before whether the dive had
    /// stranded, and a stranded LP's bound (with its artificial column, 10⁹ then, ten times the start roster's
    /// objective now) is above any cutoff, so such a dive ended as cut off and no guided dive followed: Instance
    /// 15 (300 work s, 2026-12-03) ended at 4118 and 4289 with seeds 2 and 3, and at 3847 and 3853 once the
    /// guided dive ran (seed 1: 3862 either way).
    ///
    /// With `stopsAt`, the dive ends at the first step that begins after it, its LP priced within the decisions so far:
    /// everyone not yet whole takes their largest schedule there (``risingDiveShare``). With `pricesPicks`, the people
    /// picked in a step are priced by the beams within their new decisions, at the step's duals and whatever the
    /// reduced cost, before the next LP, so that it seldom needs their artificial columns (forty-fourth session: on
    /// Instance 13's converged master the first steps took 13.5 and 6 s instead of 26 and 20).
    func dive(_ master: MasterLP, random: inout SplitMix64?, cutoff: Double, guided: Bool, stranded: inout Bool,
              clock: SearchClock, deadline: Double, stopsAt: Double? = nil, pricesPicks: Bool = false,
              progress: (@Sendable (SolverProgress) -> Void)?) throws -> (roster: Roster, value: Double)? {
        let choices = instance.shiftTypes.count + 1
        // The last step's LP value before it and, for its picks after the first, each person's restriction before it
        // (``divingJumpShare``).
        var lastStep: (before: Double, undo: [(employee: Int, restriction: ScheduleRestriction)])?
        // How often each person's decisions were lifted because they left them without a schedule (``divingReopenings``).
        var reopenings = [Int](repeating: 0, count: instance.staff.count)
        while !Interruption.isRequested {
            if clock.elapsed >= deadline { return try complete(master, clock: clock) }
            var round: Round?
            for _ in 0..<ColumnGeneration.divingRounds {
                round = try self.round(master, exact: true, purging: true, clock: clock, deadline: deadline)
                if round == nil || round!.added == 0 { break }
            }
            guard let round else { return nil }
            let shares = LPShares(master: master, primal: round.primal, choices: choices)
            // The last step taken back but for its first pick where the LP jumped after it (not where it stranded).
            if let step = lastStep, !shares.usesArtificial,
               round.value - step.before > ColumnGeneration.divingJumpShare * max(1, abs(step.before)) {
                for (employee, restriction) in step.undo { master.restrict(employee, to: restriction) }
                lastStep = nil
                continue
            }
            lastStep = nil
            // Stranded is asked first: an LP that needs an artificial column has a bound above any cutoff.
            let reopened = shares.stranded.filter { reopenings[$0] < ColumnGeneration.divingReopenings }
            for employee in reopened {
                reopenings[employee] += 1
                master.restrict(employee, to: ScheduleRestriction(dayCount: instance.dayCount, shiftCount: choices - 1))
            }
            if !reopened.isEmpty { continue }
            guard !shares.usesArtificial else {
                stranded = true
                return nil
            }
            if let lagrangian = round.lagrangian, meets(cutoff, bound: lagrangian) { return nil }
            if shares.fractional.isEmpty {
                let roster = Roster(assignments: shares.largest.map { master.columns[$0.index].shifts })
                return (roster, RosterObjective.value(of: roster, instance: instance, demand: demand))
            }
            if let stopsAt, clock.elapsed >= stopsAt { return try complete(master, clock: clock) }
            for (employee, largest) in shares.largest.enumerated() where largest.share >= 1 - 1e-6 {
                if master.restrictions[employee].onlySchedule == nil {
                    master.restrict(employee, to: ScheduleRestriction(only: master.columns[largest.index].shifts, shiftCount: choices - 1))
                }
            }
            var candidates: [(score: Double, value: Double, employee: Int, cell: Int)] = []
            for employee in shares.fractional {
                for (cell, value) in shares.cellValues[employee].enumerated() where value > 1e-6 && value < 1 - 1e-6 {
                    var bonus = 0.0
                    if var generator = random {
                        bonus = Double(generator.next() % 1_000_000) / 1_000_000 * ColumnGeneration.divingSpread
                        random = generator
                    }
                    candidates.append((value + bonus, value, employee, cell))
                }
            }
            candidates.sort { ($1.score, $0.employee, $0.cell) < ($0.score, $1.employee, $1.cell) }
            let most = max(1, Int(Double(shares.fractional.count) * ColumnGeneration.divingBatchShare))
            var decided = Set<Int>()
            var workedCells = Set<Int>()
            var undo: [(employee: Int, restriction: ScheduleRestriction)] = []
            for candidate in candidates where decided.count < most {
                guard decided.isEmpty || candidate.value >= ColumnGeneration.divingBatchValue else { continue }
                let (day, shift) = LPShares.dayAndShift(of: candidate.cell, choices: choices)
                guard !decided.contains(candidate.employee), shift == nil || !workedCells.contains(candidate.cell) else { continue }
                decided.insert(candidate.employee)
                if shift != nil { workedCells.insert(candidate.cell) }
                // Guided: the person's largest schedule in the LP that takes the picked cell (the first among equals).
                var guide: [Int?]?
                if guided {
                    var largest = 0.0
                    for index in master.columns(of: candidate.employee) where master.columns[index].shifts[day] == shift {
                        let value = master.value(of: index, in: round.primal)
                        if guide == nil || value > largest { (guide, largest) = (master.columns[index].shifts, value) }
                    }
                }
                var restriction = master.restrictions[candidate.employee]
                if decided.count > 1 { undo.append((candidate.employee, restriction)) }
                for (cell, value) in shares.cellValues[candidate.employee].enumerated()
                where cell == candidate.cell || (value >= ColumnGeneration.divingBatchValue && value < 1 - 1e-6 && cell / choices != day) {
                    let decision = LPShares.dayAndShift(of: cell, choices: choices)
                    guard cell == candidate.cell || guide.map({ $0[decision.day] == decision.shift }) ?? true else { continue }
                    restriction.require(day: decision.day, shift: decision.shift)
                }
                master.restrict(candidate.employee, to: restriction)
            }
            if pricesPicks {
                let picked = decided.sorted()
                let priced = try pricing.price(picked, master: master.layout, duals: round.duals, exact: false,
                                               restrictions: master.restrictions, clock: clock, deadline: deadline)
                for employee in picked {
                    for (_, shifts) in priced[employee]?.schedules ?? [] { _ = master.add(column(employee, shifts)) }
                }
            }
            if takesBackJumps && !guided && !undo.isEmpty { lastStep = (round.value, undo) }
            let whole = instance.staff.count - shares.fractional.count
            progress?(SolverProgress(phase: "diving (\(whole) of \(instance.staff.count) whole, LP \(String(format: "%.1f", round.value)))",
                                     incumbent: nil, bound: nil, elapsedSeconds: clock.elapsed))
        }
        return nil
    }

    /// Two dives at once, one per core: dive number `attempt` on `master` on this thread and number `attempt + 1` on
    /// a twin master over the same schedules and artificial cost on the helper thread (made there: a GLPK problem belongs to the thread
    /// that made it; the twin, and the schedules its dive generates, go when that dive ends). Both dives have their
    /// random bonuses (seeded by their numbers), `cutoff` and `deadline`; each counts its work on a fork of `clock`,
    /// joined when both are done. Returns the two dives' rosters in their order (nil where a dive found none below
    /// `cutoff`) and whether either left someone without a schedule. The restrictions of the first dive stay on
    /// `master` for the caller to lift.
    ///
    /// While a dive solves its LPs (GLPK's simplex, on one core) the other core waits: on Instance 9 a 30
    /// work-second run used 1.0–1.1 cores while diving. Each dive of a pair prices on its own thread
    /// (``SchedulePricing/usesTwoThreads``), so that two threads run and the work clock counts what each does: on
    /// Instance 9 a pair took about 1.35 times a single dive's work. Measured at 60 work s (2026-12-06, thirty-seventh
    /// session): Instance 9 reached 439, the best known, with 19 seeds of 24 (13 of 24 with one dive at a time); 8
    /// ended at 1301–1308 (seeds 1–6; 1302–1308); 12 on the same rosters (seeds 1 and 2); 7 was proven in 40.6 and
    /// 42.2 work s (46.3 and 23.5). At 300 work s (seed 1) 17 was proven optimal at 271.5 work s instead of 117.8 (the
    /// ninth single dive had found the optimum; the pairs' 13 dives reached 5754, and the searches after them the
    /// optimum).
    func divePair(_ master: MasterLP, attempt: Int, cutoff: Double, guided: Bool, clock: SearchClock,
                  deadline: Double, progress: (@Sendable (SolverProgress) -> Void)?) throws
        -> (rosters: [(roster: Roster, value: Double)?], stranded: Bool) {
        typealias Dived = (roster: (roster: Roster, value: Double)?, stranded: Bool)
        let (mine, helpers) = (clock.fork(), clock.fork())
        let (columns, artificialCost) = (master.columns, master.artificialCost)
        let singleThreaded = {
            var generation = self
            generation.pricing.usesTwoThreads = false
            return generation
        }()
        // Dive number `number` on `lp`, counting on `fork`.
        let diving: @Sendable (MasterLP, Int, SearchClock, (@Sendable (SolverProgress) -> Void)?) throws -> Dived = { lp, number, fork, report in
            var random: SplitMix64? = SplitMix64(seed: UInt64(number))
            var stranded = false
            let roster = try singleThreaded.dive(lp, random: &random, cutoff: cutoff, guided: guided, stranded: &stranded,
                                                 clock: fork, deadline: deadline, progress: report)
            return (roster, stranded)
        }
        let (first, second) = onTwoThreads({ Result { try diving(master, attempt, mine, progress) } }, {
            defer { GLPKProblem.releaseThreadEnvironment() }
            return Result {
                try diving(try MasterLP(instance: instance, demand: demand, columns: columns, artificialCost: artificialCost),
                           attempt + 1, helpers, nil)
            }
        })
        clock.join(mine, helpers)
        let (one, other) = (try first.get(), try second.get())
        return ([one.roster, other.roster], one.stranded || other.stranded)
    }

    /// Ends a dive cut short by time: everyone takes the schedule the last LP took most of, without
    /// re-pricing; nil when those schedules together break a hard cover maximum (the LP then needs an
    /// artificial column).
    private func complete(_ master: MasterLP, clock: SearchClock) throws -> (roster: Roster, value: Double)? {
        let budget = SearchBudget(clock: clock, deadline: clock.elapsed + 1)
        guard let solution = try master.solve(budget: budget) else { return nil }
        let shiftCount = instance.shiftTypes.count
        let shares = LPShares(master: master, primal: solution.primal, choices: shiftCount + 1)
        guard !shares.usesArtificial, shares.largest.allSatisfy({ $0.index >= 0 }) else { return nil }
        for (employee, largest) in shares.largest.enumerated() {
            master.restrict(employee, to: ScheduleRestriction(only: master.columns[largest.index].shifts, shiftCount: shiftCount))
        }
        guard let check = try master.solve(budget: budget),
              !LPShares(master: master, primal: check.primal, choices: shiftCount + 1).usesArtificial else { return nil }
        let roster = Roster(assignments: shares.largest.map { master.columns[$0.index].shifts })
        return (roster, RosterObjective.value(of: roster, instance: instance, demand: demand))
    }
}

/// The master LP solution seen per person: each person's largest schedule share, the people whose schedule
/// is not whole, and for those the value of each cell (the share of their schedules that take it).
struct LPShares {
    /// Per employee, the largest share of one of their columns and its index (-1 when the LP takes none).
    var largest: [(share: Double, index: Int)]
    /// The employees without a schedule the LP takes whole, in order.
    var fractional: [Int] = []
    /// `cellValues[employee][day * choices + choice]` for the fractional employees (empty for the others),
    /// choice 0 the day off and `shift + 1` a shift type.
    var cellValues: [[Double]]
    /// The employees whose artificial column the LP takes: no known schedule of theirs fits.
    var stranded: [Int] = []
    /// Whether the LP takes an artificial column: someone has no known schedule that fits.
    var usesArtificial: Bool { !stranded.isEmpty }

    init(master: MasterLP, primal: [Double], choices: Int) {
        let staff = master.instance.staff.count
        let days = master.instance.dayCount
        largest = Array(repeating: (0, -1), count: staff)
        cellValues = Array(repeating: [], count: staff)
        func share(_ variable: Int) -> Double { variable < primal.count ? primal[variable] : 0 }
        for employee in 0..<staff {
            if let artificial = master.layout.artificialOf[employee], share(artificial) > 1e-6 { stranded.append(employee) }
            for index in master.columns(of: employee) {
                let value = master.value(of: index, in: primal)
                if value > largest[employee].share { largest[employee] = (value, index) }
            }
            guard largest[employee].share < 1 - 1e-6 else { continue }
            fractional.append(employee)
            var values = [Double](repeating: 0, count: days * choices)
            for index in master.columns(of: employee) {
                let value = master.value(of: index, in: primal)
                guard value > 1e-9 else { continue }
                for (day, shift) in master.columns[index].shifts.enumerated() { values[day * choices + (shift.map { $0 + 1 } ?? 0)] += value }
            }
            cellValues[employee] = values
        }
    }

    /// The day and the shift (nil: the day off) of an index into ``cellValues``.
    static func dayAndShift(of cell: Int, choices: Int) -> (day: Int, shift: Int?) {
        (cell / choices, cell % choices == 0 ? nil : cell % choices - 1)
    }
}
