import Foundation
import HeltidModel

/// The solver: the compact MIP (``CompactFormulation``) and the column-generation core on GLPK.
///
/// Phases: the LP relaxation of the compact model gives a first bound and GLPK's branch-and-cut on the whole
/// model runs for part of the time (it proves small units optimal). Where the labelling pricer serves (rotas
/// that do not wrap around), the rescheduling search (``ReschedulingSearch``) then builds a roster by giving
/// each person their best schedule against the others and improves it for a while; the better of its
/// roster and branch-and-cut's starts the column generation. Column generation
/// (``ColumnGeneration``) tightens the bound with the LP over whole schedules and builds rosters from generated
/// schedules (dives with re-pricing, neighbourhoods of the master, branch-and-price). The rest of the time
/// improves the best roster: the rescheduling search, the column generation's neighbourhood search (where its
/// LP settled or an exact round finished) and the MIP-based neighbourhood search on the compact model
/// (``NeighbourhoodSearch``; on rotas above ``largeRotaCells`` it frees a few people on a few weeks) and, on
/// those, whole schedules re-planned one at a time take slices of the time by turns, the
/// next slice to the one that improved fastest in its last (``SearchTurns``). The searches stop once the roster
/// meets the bound.
///
/// Above ``compactCellsWithLabelling`` employee × day × shift cells (with labelling) the compact model is not
/// built at all: its LP alone takes longer than the rescheduling search needs for a first roster; above
/// ``branchAndCutCellsWithLabelling`` it serves only the neighbourhood search. Without
/// labelling (cyclic rotas, or column generation switched off) models above ``maximumCells`` are declined at
/// once. Without minimums (position % or minutes) everyone-off is a valid start, so a roster is always
/// returned; with them, when no phase finds a roster, the neighbourhood search starts from everyone-off on
/// soft minimums until they are met, and the result says so when that does not happen in time.
public struct CompactSolver {
    public static let name = "compact-mip"

    public init() {}

    /// Solves the instance. Runs synchronously on the calling thread (GLPK is thread-confined).
    ///
    /// With a `start` roster (one that keeps every hard rule of `instance`, for example the result of an
    /// earlier stage), branch-and-cut is skipped: the LP bound is computed and the neighbourhood search
    /// improves the start.
    public func solve(_ instance: Instance, options: SolveOptions = SolveOptions(), start: Roster? = nil) throws -> SolveResult {
        defer { GLPKProblem.releaseThreadEnvironment() }
        var result = try search(instance, options: options, start: start)
        result.removeRoundingNoise()
        return result
    }

    /// The largest compact model this solver builds, in employee × day × shift cells. Measured on the
    /// benchmark's Instance 24 (1.75 million cells): 10 GB and four minutes before the first bound, so
    /// beyond this size the solver declines at once instead of exhausting memory and the time limit.
    public static let maximumCells = 250_000

    /// Where the labelling pricer serves, the largest compact model built: above it, the compact LP and
    /// branch-and-cut take long and bring nothing the column generation does not, so the solver starts with
    /// the rescheduling search instead.
    static let compactCellsWithLabelling = 50_000

    /// Above this many employee × day × shift cells, a rota is large: the MIP neighbourhoods
    /// (``NeighbourhoodSearch``) free rectangles (a few people on a few weeks), and whole schedules are re-planned
    /// in slices of their own (``ReschedulingSearch/replanWholeSchedules(clock:deadline:)``) instead of in a sweep
    /// at the start of each rescheduling slice. Measured at 300 work s, seed 1 (2026-12-03), before and after
    /// (with two rectangles at a time): Instance 21 (145,600 cells) 36,129 and 30,707; 22 (182,000) 62,685 and
    /// 54,419; 23 (582,400) 78,057 and 67,029; 24 (1.75 million) 303,275 and 231,397. On Instance 22 whole
    /// schedules and whole weeks as MIP neighbourhoods ran far past their slices (28 work s for 7.5) and made the
    /// run worse (68,714 against 62,697); a rectangle's model on Instance 23 takes about 50 ms to build and
    /// 0.1–3 s to solve. Below this size the sweeps are cheap: with the slices of their own, Instance 19 (16,800
    /// cells, seeds 1 and 2) ended at 4867 and 4885 against 4364 and 4768. Instance 13 (60,480 cells, 28 days)
    /// is just above the line and gains from it: 2319 and 2698 (seeds 1 and 2) against 2904 and 2832 with the
    /// line at 61,000. The rescheduling search draws its transfers on large rotas only
    /// (``ReschedulingSearch/drawsTransfers``).
    static let largeRotaCells = 60_000

    /// Whether `instance` is a large rota: above ``largeRotaCells`` employee × day × shift cells.
    static func isLarge(_ instance: Instance) -> Bool {
        instance.staff.count * instance.dayCount * instance.shiftTypes.count > largeRotaCells
    }

    /// Whether `instance` is a large rota (``isLarge(_:)``) of at least ``ReschedulingSearch/windowHorizonDays``
    /// days (the benchmark's 21–24).
    static func isLongAndLarge(_ instance: Instance) -> Bool {
        isLarge(instance) && instance.dayCount >= ReschedulingSearch.windowHorizonDays
    }

    /// Whether the solver skips the column generation on `instance`: a long, large rota (``isLongAndLarge(_:)``).
    /// There it never gave a bound above 0
    /// and its master's neighbourhoods never ran (no exact round finishes), and since the completion bound prices
    /// the minimum minutes (2026-12-04, twentieth session) its rounds are fast enough that it no longer gives up
    /// early: on Instance 23 at 600 s it ran to half its time (a fifth of the limit, 1.5 GB) and the run ended at
    /// 28,694, where at 150 s, with the column generation given up after one round, it was 30,043. Skipped
    /// before the minute price (an experiment, 300 work s, seed 1, nineteenth session), 21 ended at 26,084
    /// against 26,228 and 23 at 49,102 against 50,032. Tried in the twenty-ninth session and not kept: a master over
    /// the start roster's rows, without rounds, so that its neighbourhoods (windows, weekends, weekend sets) take
    /// turns here too. At 300 work s 22 ended at 45,897 and 44,577 (seeds 1 and 2; 45,905 and 45,042 without), its
    /// master's turns gaining 64 a work second against the rescheduling search's hundreds; on 23 and 24 (200 work s,
    /// seed 1) none of their turns of 5 work s found a better roster.
    static func skipsColumnGeneration(_ instance: Instance) -> Bool {
        isLongAndLarge(instance)
    }

    /// Where the labelling pricer serves, the largest model whose LP relaxation and branch-and-cut run first:
    /// they prove the smallest units optimal within seconds, but above this size they bring nothing the
    /// column generation does not (on the benchmark's Instance 12, 16,800 cells, the compact LP alone took
    /// 12.5 s of a 60 s run and its bound was below the column generation's).
    static let branchAndCutCellsWithLabelling = 1_000

    /// How the time limit is shared between the phases. Branch-and-cut on the compact model comes first (it
    /// proves small units optimal), then column generation takes its share of the time left (it stops
    /// earlier when converged), diving and the restricted-master MIP their share of the limit (at least 1 s,
    /// never past the limit), and the neighbourhood search the rest (it stops early once its roster meets the
    /// bound). Where the labelling pricer serves (rotas that do not wrap around), column generation is fast
    /// and gets the larger share; cyclic rotas price with GLPK's MIP and keep more time for branch-and-cut, as
    /// does a solve without column generation.
    struct TimeSplit {
        /// Branch-and-cut's deadline: this share of the limit, at most `branchAndCutSeconds`.
        var branchAndCutShare: Double
        var branchAndCutSeconds: Double
        /// Column generation's share of the time left after branch-and-cut.
        var columnGenerationShare: Double
        /// The integer phase after it (diving, restricted master): this share of the limit, at least 1 s.
        var integerShare: Double
        /// The first rescheduling search's share of the time left after branch-and-cut (labelling only).
        var reschedulingShare = 0.0
        /// After the integer phase, the improvement searches take slices of this share of the limit (at least
        /// ``SearchTurns/shortestSlice``) by turns.
        var sliceShare = 0.025
        /// Branch-and-price (where the column-generation bound is close) may go on until this share of the
        /// limit: the searches after it keep the rest.
        var branchAndPriceShare = 0.9

        init(labelling: Bool) {
            if labelling {
                (branchAndCutShare, branchAndCutSeconds, columnGenerationShare, integerShare) = (0.1, 6, 0.4, 0.25)
                reschedulingShare = 0.05
            } else {
                (branchAndCutShare, branchAndCutSeconds, columnGenerationShare, integerShare) = (0.25, 15, 0.25, 0.1)
            }
        }
    }

    private func search(_ instance: Instance, options requested: SolveOptions, start given: Roster?) throws -> SolveResult {
        let clock = SearchClock(for: requested)
        // Progress under a work limit reports work seconds.
        var options = requested
        if requested.workLimit != nil, let report = requested.progress {
            options.progress = { update in
                var update = update
                update.countsWork = true
                report(update)
            }
        }
        func elapsed() -> Double { clock.elapsed }
        let limit = options.workLimit ?? options.timeLimit
        let labelling = options.columnGeneration && !instance.horizon.cyclic
        let cells = instance.staff.count * instance.dayCount * instance.shiftTypes.count
        let large = CompactSolver.isLarge(instance)
        let buildsCompactModel = cells <= (labelling ? CompactSolver.compactCellsWithLabelling : CompactSolver.maximumCells)
        guard buildsCompactModel || labelling else {
            return SolveResult(status: .noSolutionFound, roster: nil, objective: nil, bound: nil,
                               explanation: ["the compact model would have \(cells) employee-day-shift cells, above this solver's limit of \(CompactSolver.maximumCells); an instance this size needs the column-generation core"],
                               elapsedSeconds: clock.wallSeconds, workSeconds: clock.workSeconds, secondsToBest: nil,
                               solver: CompactSolver.name)
        }
        let demand = DemandTable(instance: instance)
        let integral = RosterObjective.isIntegral(instance: instance, demand: demand)
        let split = TimeSplit(labelling: labelling)
        // The bounds of the weekend allowance (``WeekendCoverBound``) and of the run rules (``RunCapacityBound``),
        // where one is above 0.
        let coverBound = max(WeekendCoverBound.value(instance: instance, demand: demand),
                             RunCapacityBound.value(instance: instance, demand: demand))
        var bound: Double? = coverBound > 0 ? coverBound : nil
        var start = given
        var secondsToStart: Double?
        func value(_ roster: Roster) -> Double { RosterObjective.value(of: roster, instance: instance, demand: demand) }
        func startIsShort() -> Bool { start.map { NeighbourhoodSearch.shortfallMinutes(of: $0, instance: instance) > 1e-6 } ?? true }
        func result(_ status: SolveStatus, roster: Roster?, objective: Double?, secondsToBest: Double?,
                    explanation: [String] = []) -> SolveResult {
            SolveResult(status: status, roster: roster, objective: objective, bound: status == .optimal ? objective : bound,
                        explanation: explanation, elapsedSeconds: clock.wallSeconds, workSeconds: clock.workSeconds,
                        secondsToBest: secondsToBest, solver: CompactSolver.name)
        }
        if buildsCompactModel && (!labelling || cells <= CompactSolver.branchAndCutCellsWithLabelling) {
            let formulation = CompactFormulation(instance: instance)
            let problem = GLPKProblem(verbose: options.verbose)
            try problem.load(formulation.model)
            options.progress?(SolverProgress(phase: "LP relaxation", incumbent: nil, bound: nil, elapsedSeconds: elapsed()))
            if let relaxed = try problem.solveRelaxation(budget: SearchBudget(clock: clock, deadline: limit * 0.2)).value {
                bound = max(bound ?? relaxed, relaxed)
            }
            options.progress?(SolverProgress(phase: "LP relaxation", incumbent: nil, bound: bound, elapsedSeconds: elapsed()))
            let exact = given != nil ? BranchAndCut.Outcome() : try BranchAndCut(problem: problem, variableCount: formulation.model.variables.count)
                .run(phase: "branch-and-cut", clock: clock, deadline: min(limit * split.branchAndCutShare, split.branchAndCutSeconds),
                     progress: options.progress)
            if let exactBound = exact.bound { bound = max(bound ?? exactBound, exactBound) }
            let found = exact.values.map { values in formulation.roster { values[$0] } }
            if exact.optimal {
                return result(.optimal, roster: found, objective: exact.objective, secondsToBest: exact.secondsToBest)
            }
            if start == nil, let found {
                start = found
                secondsToStart = exact.secondsToBest
            }
            if start == nil && exact.provenInfeasible {
                let reasons = try InfeasibilityExplainer(instance: instance, options: options).reasons()
                return result(.infeasible, roster: nil, objective: nil, secondsToBest: nil, explanation: reasons)
            }
        }
        // Re-planning whole schedules: a first roster, or a better one than branch-and-cut's.
        var rescheduling = labelling ? ReschedulingSearch(instance: instance, demand: demand, seed: options.seed) : nil
        if var search = rescheduling, !Interruption.isRequested {
            if try search.construct(clock: clock, deadline: limit) {
                options.progress?(SolverProgress(phase: "rescheduling search: first roster", incumbent: search.objective, bound: bound,
                                                 elapsedSeconds: elapsed()))
                let found = search.improve(clock: clock, deadline: elapsed() + (limit - elapsed()) * split.reschedulingShare,
                                           sweepingFirst: !large,
                                           bound: bound, progress: options.progress)
                if startIsShort() || found.objective < value(start!) - 1e-9 {
                    start = found.roster
                    secondsToStart = found.secondsToBest
                }
            }
            rescheduling = search
        }
        if start == nil {
            // Everyone off: valid without minimums; with them, the search starts on soft minimums.
            start = Roster(employees: instance.staff.count, days: instance.dayCount)
        }
        // The column-generation bound, from the start roster (its rows are the first columns).
        var searchableGeneration: (generation: ColumnGeneration, master: MasterLP)?
        // The size of the master's neighbourhoods, kept from the integer phase and from turn to turn.
        var masterNeighbourhoodSize = ColumnGeneration.NeighbourhoodSize(instance: instance)
        // On long, large rotas the column generation is skipped (``skipsColumnGeneration(_:)``).
        if options.columnGeneration, !CompactSolver.skipsColumnGeneration(instance), !Interruption.isRequested {
            let share = elapsed() + (limit - elapsed()) * split.columnGenerationShare
            let integerDeadline = min(limit, share + max(1, limit * split.integerShare))
            let generation = ColumnGeneration(instance: instance, integralObjective: integral)
            let columns = try generation.run(start: start!, clock: clock, deadline: share, integerDeadline: integerDeadline,
                                             searchDeadline: limit * split.branchAndPriceShare, progress: options.progress)
            // Its master's neighbourhoods take turns with the other searches whatever the column generation
            // reached: they price exactly within their decisions, which is fast where most days are held, also where
            // no exact round of the whole column generation finished. Until the twenty-eighth session they needed one
            // (or a settled LP): on Instance 19 (300 work s, seed 3, 2026-12-05) the first exact round was still
            // running when the column generation gave up at 72 work s, and the run ended at 4121 (3482 with them and
            // the weekend sets); seeds 1 and 2 ran theirs in 40 work s. Until the twelfth session a column generation
            // that ran to its deadline without settling left them out, although its windows had made the integer
            // phase's largest gains: on Instance 15 (300 work s, seeds 1 and 2, 2026-12-03) they took the dive's 4435
            // to 4097 in 35 work s; with them in the turns, 15 ended at 3988 and 3875 (4094 and 3881 without).
            searchableGeneration = (generation, columns.master)
            if let reached = columns.neighbourhoodSize { masterNeighbourhoodSize = reached }
            if let tighter = columns.bound { bound = max(bound ?? tighter, tighter) }
            // Every term of the objective is a penalty, so no roster costs less than 0 (an early Lagrangian
            // bound, with artificial columns still in the master, can be far below).
            bound = bound.map { max($0, 0) }
            if let roster = columns.roster, startIsShort() || value(roster) < value(start!) - 1e-9 {
                start = roster
                secondsToStart = columns.secondsToRoster ?? elapsed()
            }
        }
        if let fractional = bound, integral {
            // Every roster's objective is a whole number here, so the bound rounds up.
            bound = (fractional - 1e-6).rounded(.up)
        }
        // The searches that improve a roster take slices of the time left by turns (``SearchTurns``): the
        // rescheduling search, the column generation's neighbourhood search where its LP settled or an exact round
        // finished, the MIP neighbourhood search, and on large rotas whole schedules re-planned one at a
        // time. They find different moves (on Instance 15 the rescheduling search took a roster the master's
        // neighbourhoods had left at 4070 to 3971 in 2 s; on Instance 13 the master's windows make the largest
        // gains; on Instance 19 the compact neighbourhoods do, once the rescheduling search slows down; on
        // Instance 22, 300 work s, seed 1, 2026-12-03, the ruins alone ended at 62,685, with whole schedules
        // re-planned by turns at 55,248, and with the rectangles too at 53,806).
        if var rescheduled = rescheduling, !startIsShort() {
            var compactSearch = NeighbourhoodSearch(instance: instance, verbose: options.verbose, seed: options.seed, start: start!,
                                                    freesRectangles: large)
            // The rescheduling search goes on from its own roster unless the best one is better in its guided
            // objective (``ReschedulingSearch/adopt(_:value:)``): a weekend exchange can take more than one turn.
            let searches: [ImprovementSearch] = [.rescheduling] + (large ? [.wholeSchedules] : [])
                + (searchableGeneration == nil ? [] : [.masterNeighbourhoods]) + [.compactNeighbourhoods]
                + (CompactSolver.isLongAndLarge(instance) ? [.shiftTypes, .slidingWindows] : [])
            var turns = SearchTurns(count: searches.count)
            let slice = max(SearchTurns.shortestSlice, limit * split.sliceShare)
            var masterTurn: UInt64 = 0
            func meetsBound() -> Bool { bound.map { value(start!) - $0 < 1e-6 } ?? false }
            while elapsed() < limit - 0.5 && !Interruption.isRequested && !meetsBound() {
                let (which, exploring) = turns.next()
                let (began, before) = (elapsed(), value(start!))
                let sliceEnd = min(limit, began + (exploring ? SearchTurns.probeLength(of: slice) : slice))
                switch searches[which] {
                case .rescheduling:
                    rescheduled.adopt(start!, value: before)
                    let found = rescheduled.improve(clock: clock, deadline: sliceEnd, sweepingFirst: !large, bound: bound,
                                                    progress: options.progress)
                    if found.objective < before - 1e-9 {
                        start = found.roster
                        secondsToStart = found.secondsToBest
                    }
                case .wholeSchedules, .slidingWindows:
                    rescheduled.adopt(start!, value: before)
                    let whole = searches[which] == .wholeSchedules
                    let found = whole ? rescheduled.replanWholeSchedules(clock: clock, deadline: sliceEnd)
                        : rescheduled.replanInSlidingWindows(clock: clock, deadline: sliceEnd)
                    if found.objective < before - 1e-9 {
                        start = found.roster
                        secondsToStart = elapsed()
                    }
                    options.progress?(SolverProgress(phase: whole ? "whole schedules re-planned" : "sliding windows re-planned",
                                                     incumbent: value(start!), bound: bound, elapsedSeconds: elapsed()))
                case .masterNeighbourhoods:
                    masterTurn += 1
                    if let (generation, master) = searchableGeneration,
                       let better = try generation.neighbourhoodSearch(master, from: start!, value: before, seed: masterTurn, bound: bound,
                                                                       closePatience: nil, size: &masterNeighbourhoodSize, clock: clock,
                                                                       deadline: sliceEnd, progress: options.progress) {
                        start = better.roster
                        secondsToStart = better.secondsToBest
                    }
                case .shiftTypes:
                    if abs(compactSearch.incumbentObjective - before) > 1e-9 { compactSearch.adopt(start!) }
                    try compactSearch.sweepShiftTypes(clock: clock, deadline: sliceEnd)
                    if value(compactSearch.incumbent) < before - 1e-9 {
                        secondsToStart = compactSearch.secondsToBest
                        start = compactSearch.incumbent
                    }
                case .compactNeighbourhoods:
                    if abs(compactSearch.incumbentObjective - before) > 1e-9 { compactSearch.adopt(start!) }
                    try compactSearch.run(clock: clock, deadline: sliceEnd, bound: bound, progress: options.progress)
                    if compactSearch.incumbentObjective < before - 1e-9 {
                        // Its objective adds up GLPK's: a roster of the same value can come back a hair lower. It
                        // is taken (a move along a plateau), but the time to best stays where the value was reached.
                        if value(compactSearch.incumbent) < before - 1e-9 { secondsToStart = compactSearch.secondsToBest }
                        start = compactSearch.incumbent
                    }
                }
                turns.record(which, gain: before - value(start!), seconds: elapsed() - began)
            }
            return finished(roster: start!, objective: value(start!), bound: bound, secondsToBest: secondsToStart, clock: clock)
        }
        if !buildsCompactModel {
            // The MIP neighbourhood search works on the compact model; without it there is nothing more to try.
            guard !startIsShort() else {
                return result(Interruption.isRequested ? .interrupted : .noSolutionFound, roster: nil, objective: nil, secondsToBest: nil,
                              explanation: ["no rota was found in the time given: placing \(instance.staff.count) people one by one on schedules that keep their own rules did not finish, and column generation found none"])
            }
            return finished(roster: start!, objective: value(start!), bound: bound, secondsToBest: secondsToStart, clock: clock)
        }
        // Without the rescheduling search (cyclic rotas, or column generation switched off), or from a start that
        // misses some minimums: the MIP neighbourhood search alone, on soft minimums until they are met.
        var search = NeighbourhoodSearch(instance: instance, verbose: options.verbose, seed: options.seed, start: start!)
        try search.run(clock: clock, deadline: limit, bound: bound, progress: options.progress)
        if search.minimumsAreSoft {
            let short = NeighbourhoodSearch.shortfallMinutes(of: search.incumbent, instance: instance)
            return result(Interruption.isRequested ? .interrupted : .noSolutionFound, roster: nil, objective: nil, secondsToBest: nil,
                          explanation: ["no rota meeting every minimum (position % or minutes) was found in the time given; the best attempt was still \(formatHours(short)) minutes short"])
        }
        return finished(roster: search.incumbent, objective: search.incumbentObjective, bound: bound,
                        secondsToBest: search.secondsToBest ?? secondsToStart, clock: clock)
    }

    /// The searches that improve a roster after the column generation, by turns (``SearchTurns``).
    private enum ImprovementSearch {
        /// Ruin and recreate by re-planning whole schedules (``ReschedulingSearch``).
        case rescheduling
        /// Re-planning whole schedules one person at a time, on large rotas
        /// (``ReschedulingSearch/replanWholeSchedules(clock:deadline:)``).
        case wholeSchedules
        /// The column generation's neighbourhoods on its master (priced exactly).
        case masterNeighbourhoods
        /// The MIP neighbourhoods on the compact model (``NeighbourhoodSearch``).
        case compactNeighbourhoods
        /// Everyone's shift types re-chosen day by day (``NeighbourhoodSearch/sweepShiftTypes(clock:deadline:)``), on
        /// long, large rotas (``isLongAndLarge(_:)``). On Instance 13 (28 days, 300 work s, seed 1, 2026-12-07) its
        /// turns took time from the others: 1535 against 1475, where a day's types could gain 3 on that roster.
        case shiftTypes
        /// One person at a time re-planned in windows sliding over the horizon
        /// (``ReschedulingSearch/replanInSlidingWindows(clock:deadline:)``), on long, large rotas (``isLongAndLarge(_:)``).
        case slidingWindows
    }

    /// The result for a roster that keeps every hard rule: optimal when it meets the bound, else stopped by the
    /// time limit or an interruption.
    private func finished(roster: Roster, objective: Double, bound: Double?, secondsToBest: Double?,
                          clock: SearchClock) -> SolveResult {
        let proven = bound.map { objective - $0 < 1e-6 } ?? false
        let status: SolveStatus = proven ? .optimal : (Interruption.isRequested ? .interrupted : .timeLimit)
        return SolveResult(status: status, roster: roster, objective: objective, bound: proven ? objective : bound, explanation: [],
                           elapsedSeconds: clock.wallSeconds, workSeconds: clock.workSeconds, secondsToBest: secondsToBest,
                           solver: CompactSolver.name)
    }
}
