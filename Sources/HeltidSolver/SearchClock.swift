import CGLPK
import Foundation

/// The solver's sense of time: every phase share, deadline, patience and "time to best" is read from one
/// clock, which measures either wall-clock seconds or deterministic work.
///
/// Under a work limit (``SolveOptions/workLimit``) the clock advances only by the work the search reports:
/// labels created, dominance checks and completion-bound entries of the pricer, simplex iterations (times
/// the LP's size) in GLPK, marginal cover costs read by the rescheduling search. The same input, options and seed then give the same search, stopped at the same point,
/// on any machine and under any load: the rota is reproducible. Work is counted in *work seconds*,
/// ``workPerSecond`` units each, calibrated so that a work second takes about a wall-clock second on the
/// reference machine (2-core AMD EPYC, release build; see the README). Only Ctrl-C stops a run at a
/// point that depends on the moment.
///
/// Work done on two threads at once is counted on a ``fork()`` of the clock per thread, which starts from
/// the parent's reading and counts only its own thread's work (so each thread's cancellation point depends
/// on its own work alone); ``join(_:)`` then advances the parent by the largest fork's work, as the wall
/// clock advances by the longer thread's time.
///
/// A clock is used by one thread at a time (a fork by its own thread; the parent only after the join).
final class SearchClock: @unchecked Sendable {
    /// What a clock measures.
    enum Measure: Sendable {
        /// Wall-clock seconds since the start.
        case wallClock
        /// Work reported by the search, in work seconds.
        case work
    }

    /// Work units per work second. The weights below make a unit about a nanosecond of the reference
    /// machine's time on one thread: they were fitted (non-negative least squares) to 53 intervals of
    /// single-threaded 20 s runs of Instances 3, 5, 8, 12, 13, 15, 19, 21 and the nursing-home sample on
    /// 2026-12-02, and predict most intervals' wall-clock time within 20 %. Two threads at once run slower
    /// each (1.1–1.7 × on the reference machine's two cores), hence 0.7 units of a nanosecond per
    /// work second: a 20 work-second run of those instances took 13–25 wall-clock seconds there.
    static let workPerSecond = 0.7e9
    /// Units per label the pricer creates (the successor state, its completion bound, the insertion), per
    /// dominance check between two labels of the same state, per completion-bound table entry, per simplex
    /// iteration and entry of the LP (its non-zeros and rows: 74 per iteration and column of a master LP,
    /// whose schedules have about 20 non-zeros each, as fitted), and per cell whose marginal cover cost the
    /// rescheduling search reads when it re-plans someone.
    static let workPerLabel = 277.0
    static let workPerDominanceCheck = 5.7
    static let workPerCompletionEntry = 10.3
    static let workPerIterationAndEntry = 3.7
    /// Units per simplex iteration and entry in GLPK's branch-and-cut, and per call of its callback and entry
    /// (the cuts, heuristics and branching around the simplex), fitted to 46 branch-and-cut runs of the
    /// samples and Instance 5 on 2026-12-02.
    static let workPerBranchAndCutIterationAndEntry = 12.2
    static let workPerBranchAndCutCallAndEntry = 17.7
    static let workPerLedgerCell = 190.0
    /// Units per employee × day × shift cell of the rota when a neighbourhood's compact model is built (it walks
    /// every cell, fixed or free): Instance 23's 582,400 cells took about 50 ms (2026-12-03).
    static let workPerModelCell = 60.0

    let measure: Measure
    private let started: ContinuousClock.Instant
    /// Work seconds at the start (a fork starts from its parent's reading).
    private let base: Double
    /// Work units counted since then, by this clock's thread.
    private var work = 0.0

    /// A clock that starts now.
    init(measure: Measure) {
        self.measure = measure
        started = .now
        base = 0
    }

    /// A clock that starts now and measures what `options` limit: work under a work limit, else the wall
    /// clock.
    convenience init(for options: SolveOptions) {
        self.init(measure: options.workLimit == nil ? .wallClock : .work)
    }

    private init(measure: Measure, started: ContinuousClock.Instant, base: Double) {
        self.measure = measure
        self.started = started
        self.base = base
    }

    /// Seconds since the start: wall-clock, or work seconds.
    var elapsed: Double {
        switch measure {
        case .wallClock: started.duration(to: .now).seconds
        case .work: base + work / SearchClock.workPerSecond
        }
    }

    /// Wall-clock seconds since the start, whatever the clock measures.
    var wallSeconds: Double { started.duration(to: .now).seconds }

    /// Work seconds since the start on a work clock; nil on a wall clock.
    var workSeconds: Double? { measure == .work ? elapsed : nil }

    /// Counts `units` of work (nothing on a wall clock).
    func charge(_ units: Double) {
        if measure == .work { work += units }
    }

    /// Counts the work of `iterations` simplex iterations on an LP of `entries` (non-zeros plus rows).
    func chargeSimplex(iterations: Int, entries: Int) {
        charge(Double(iterations) * Double(entries) * SearchClock.workPerIterationAndEntry)
    }

    /// Counts the work of GLPK's branch-and-cut between two calls of its callback: `iterations` simplex
    /// iterations and the call itself, on a problem of `entries` (non-zeros plus rows).
    func chargeBranchAndCut(iterations: Int, entries: Int) {
        charge((Double(iterations) * SearchClock.workPerBranchAndCutIterationAndEntry + SearchClock.workPerBranchAndCutCallAndEntry)
               * Double(entries))
    }

    /// The size of a GLPK problem for ``chargeSimplex(iterations:entries:)`` and
    /// ``chargeBranchAndCut(iterations:entries:)``: its non-zeros plus its rows.
    static func simplexEntries(of problem: OpaquePointer) -> Int {
        Int(glp_get_num_nz(problem)) + Int(glp_get_num_rows(problem))
    }

    /// Counts the work of labelling: `labels` created, `checks` of dominance.
    func chargeLabelling(labels: Int, checks: Int) {
        charge(Double(labels) * SearchClock.workPerLabel + Double(checks) * SearchClock.workPerDominanceCheck)
    }

    /// Counts the work of a completion-bound table of `entries`.
    func chargeCompletionBound(entries: Int) {
        charge(Double(entries) * SearchClock.workPerCompletionEntry)
    }

    /// Counts the work of reading `cells` marginal cover costs.
    func chargeLedger(cells: Int) {
        charge(Double(cells) * SearchClock.workPerLedgerCell)
    }

    /// Counts the work of building a neighbourhood's compact model on a rota of `cells` employee × day × shift cells.
    func chargeModelBuild(cells: Int) {
        charge(Double(cells) * SearchClock.workPerModelCell)
    }

    /// A clock for work done on another thread at the same time: it reads as this one does now and counts
    /// only its own work.
    func fork() -> SearchClock {
        SearchClock(measure: measure, started: started, base: elapsed)
    }

    /// Advances by the largest work the forks counted, once their threads are done (they ran at the same
    /// time).
    func join(_ forks: SearchClock...) {
        work += forks.map(\.work).max() ?? 0
    }

    /// Whether `deadline` (seconds on this clock) has passed or Ctrl-C asked to stop.
    func isPast(_ deadline: Double) -> Bool {
        elapsed >= deadline || Interruption.isRequested
    }
}

/// A deadline on a search clock: how long one piece of the search may run.
struct SearchBudget: Sendable {
    let clock: SearchClock
    /// Seconds on `clock`.
    let deadline: Double

    /// Whether the deadline has passed or Ctrl-C asked to stop.
    var isSpent: Bool { clock.isPast(deadline) }

    /// Seconds left on the clock (at least 0).
    var remaining: Double { max(0, deadline - clock.elapsed) }
}
