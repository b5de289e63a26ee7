import Foundation
import HeltidModel

/// Column generation over whole schedules (Dantzig–Wolfe by employee): a lower bound far tighter than the
/// compact model's LP on rostering, and rosters made of generated schedules.
///
/// The master LP (``MasterLP``) is solved with GLPK's simplex and its row duals price each employee's
/// schedules (``SchedulePricing``). A round whose pricing is exact for everyone gives a valid bound, the
/// Lagrangian bound master value + Σ min(0, least reduced cost); when no schedule prices out, the master
/// value itself is the bound (the LP optimum over all schedules). Rounds priced by the beams find columns
/// and a weaker bound (``LabellingPricer/Result/lowerBound``); every ``exactRoundInterval``-th round is
/// priced exactly while that is affordable.
///
/// Rosters: cell dives (``dive(_:random:cutoff:guided:stranded:clock:deadline:stopsAt:pricesPicks:progress:)``:
/// decide the cells the LP is surest of, re-price within those decisions, repeat until every schedule is whole), then the
/// neighbourhood search on the master from the best roster
/// (``neighbourhoodSearch(_:from:value:seed:bound:closePatience:size:clock:deadline:progress:)``), then
/// branch-and-price where the bound is within ``tailingGap`` of the best roster
/// (``branchAndPrice(_:rootBound:cutoff:clock:deadline:progress:)``, which also proves); without an exact
/// round or without any roster, the restricted master as a MIP over every generated schedule
/// (price-and-branch) instead; the best roster is returned. A column generation whose bound is still not
/// above 0 at ``hopelessShare`` of its time (at ``farBelowZeroShare`` where it is far below 0), or whose rounds are
/// too slow for ``fewestRounds`` to fit, gives up
/// without dives: its master's neighbourhoods then take turns with the other searches (``SearchTurns``). On rotas
/// shorter than ``ReschedulingSearch/windowHorizonDays``, one whose exact bounds rise fast enough to pass 0 before its
/// deadline (``risesAboveZero(_:by:)``) goes on instead, into the integer phase's time if need be; converged, it dives
/// once, stopped at ``risingDiveShare`` of the time left, for the neighbourhoods' start roster.
struct ColumnGeneration {
    let instance: Instance
    let demand: DemandTable
    /// Each employee's pricing (and own costs).
    var pricing: SchedulePricing

    /// What the column generation reached.
    struct Outcome {
        /// The best valid lower bound found, if any round priced everyone.
        var bound: Double?
        /// No schedule of any employee has a negative reduced cost: the bound is the LP optimum.
        var converged: Bool
        /// Converged, or stopped tailing off with the bound within ``tailingGap``: the schedules suit the
        /// neighbourhood search (``neighbourhoodSearch(_:from:value:seed:bound:closePatience:size:clock:deadline:progress:)``).
        var settled = false
        /// The best roster made of generated schedules, when one was found; it keeps every hard rule.
        var roster: Roster?
        /// When `roster` was found (seconds on the clock).
        var secondsToRoster: Double?
        /// An exact pricing round finished: the neighbourhood search on the master (which prices exactly within
        /// its decisions) runs in the integer phase, even where the column generation did not settle.
        var pricedExactly = false
        /// The bound was not above 0 at ``hopelessShare`` of the time (or far below 0 at ``farBelowZeroShare``), or
        /// when the rounds showed that fewer than ``fewestRounds`` would fit: the integer phase (dives, the master's
        /// neighbourhoods alone) was left out.
        var gaveUp = false
        /// Past the point where it would have given up, the column generation went on because its exact bounds rose
        /// fast enough to pass 0 before its deadline (``risesAboveZero(_:by:)``): the whole dives are left out (one dive
        /// stopped at ``ColumnGeneration/risingDiveShare`` runs where it converged).
        var wentOnRising = false
        /// The size the neighbourhood search on the master reached in the integer phase (nil when it did not run),
        /// for the later ones to go on from.
        var neighbourhoodSize: NeighbourhoodSize?
        /// The master with every schedule generated, for later neighbourhood searches.
        let master: MasterLP
    }

    /// After a column generation that went on rising (``Outcome/wentOnRising``) and converged, one dive, its picks
    /// pre-priced, stops at the first step after this share of the time left to the search deadline, everyone not yet
    /// whole taking their largest schedule; its roster is the master's neighbourhoods' start whatever its value, and
    /// they run until ``risingNeighbourhoodShare`` of the time left after it at least. Whole dives do not fit there: on
    /// Instance 13 (300 s, wall clock) the column generation converges at 120–150 s and a whole dive takes 150–180 s.
    /// Measured (2026-12-07, forty-sixth session, wall clock, 300 s, seeds 1–3): the dive ran from 132, 121 and 139 s
    /// to 181, 174 and 186 s (seeds 1 and 3: 31 and 32 of the 120 people whole), its rosters were 14,082, 13,793 and
    /// 12,973, and the neighbourhoods took them to 1350 at 214 s, 1352, and 1556 (a 14-day neighbourhood's pricing held
    /// seed 3's run from 211 to 257 s at 1954), where runs without it ended at 1419–1460 (the best known and 13's
    /// optimum: 1348); the benchmark's two runs (seed 1) ended at 1350 and 1351 with the bound 1348. With seeds 4 and 5
    /// the column generation gave up at 44 s (its bound far below 0 at a quarter of its time), so this dive did not run,
    /// and the runs ended at 1419 and 1466 as before; since the pace over three exact rounds counts too
    /// (``risesAboveZero(_:by:)``, forty-seventh session) they go on, dive, and end at 1452 and 1350.
    /// Cut short at 17 whole (without the pre-pricing) the neighbourhoods stalled at 1559. In a probe on a saved
    /// converged master (work-limited) the neighbourhoods took a whole dive's roster of 1559 to 1348 in 12 work s.
    static let risingDiveShare = 0.35

    /// The master's neighbourhoods after a dive stopped at its share (``risingDiveShare``) run until this share of the
    /// time then left to the search deadline at least (at the integer deadline otherwise).
    static let risingNeighbourhoodShare = 0.5

    /// Every this many rounds the pricing is exact for everyone (a bound); the rounds between use the beams.
    static let exactRoundInterval = 5

    /// The periodic exact rounds run while one costs no more than this many beam rounds. On Instance 13 (wall clock,
    /// 300 s, 2026-12-06) an exact round took 6.4 s against beam rounds of 1.2 s: with five as the limit (until the
    /// forty-third session) none ran from round 38 to round 84, the bound stayed at −7586 and the master crept from
    /// 1947 to 1479 (the exact round at 85 took it to 1418 at once); with every fifth round exact the bound rose
    /// steadily and met the master at 1348, 13's optimum, after 128 and 130 s (seeds 1 and 2), where it had taken
    /// 195 s. On Instance 19 an exact round costs about fifty beam rounds (35 s against 0.7 s), so its periodic exact
    /// rounds stay off: with them a 120 s run's master stood at 5396 after 10 rounds, without at 3804 after 48.
    static let exactRoundCost = 10.0

    /// Whether the bound, at its pace over the last two or three `exactBounds` (when each exact round ended, and the best
    /// bound by then), passes 0 by `time`: a column generation whose bound rises that fast is converging, however far
    /// below 0 it still is. On Instance 13 (above) the exact bounds went −30,514, −23,419, −7586, −1727, −750 and −77 at
    /// rounds 25–50 (34–80 s), and 551 at round 55 (90 s). The Lagrangian bound rises by leaps and stalls between them, so
    /// the pace over the last three counts too (forty-seventh session): with seeds 4 and 5 (wall clock, 300 s) the best
    /// bounds at rounds 15, 20 and 25 were −55,856, −31,710 and −30,421 at 29, 36 and 43 s, and −65,030, −21,276 and
    /// −21,276 at 27, 37 and 45 s; by the last two alone they passed 0 after the column generation's deadline (131 s),
    /// and it gave up.
    static func risesAboveZero(_ exactBounds: [(time: Double, bound: Double)], by time: Double) -> Bool {
        guard let last = exactBounds.last else { return false }
        if last.bound > 0 { return true }
        return exactBounds.dropLast().suffix(2).contains { earlier in
            guard last.bound > earlier.bound, last.time > earlier.time else { return false }
            let rate = (last.bound - earlier.bound) / (last.time - earlier.time)
            return last.time - last.bound / rate <= time
        }
    }

    /// Whether round number `count` (from 1) prices exactly: the one after a round whose beams found nothing
    /// (`lastAdded` 0; -1 before the first), to prove convergence, and, while exact rounds are `affordable`,
    /// every ``exactRoundInterval``-th one.
    static func isExactRound(_ count: Int, lastAdded: Int, affordable: Bool = true) -> Bool {
        (affordable && count % exactRoundInterval == 0) || lastAdded == 0
    }

    /// Column generation stops when the master improved by less than `tailingImprovement` (relative) over the
    /// last `tailingRounds` rounds...
    static let tailingRounds = 10
    static let tailingImprovement = 1e-4
    /// ... and the bound is within this share of the master's value.
    static let tailingGap = 0.01

    /// Column generation gives up when this share of its time has gone without a bound above 0 (every objective
    /// term is a penalty, so such a bound says nothing, and its master is far from the LP optimum): the dives and
    /// the restricted-master MIP are left out, and the neighbourhood search on the master takes turns with the other
    /// searches (``SearchTurns``) from then on.
    /// Such dives find nothing: on Instances 13 and 19 (150 work s) the first dive ran 23 work s and stranded, and
    /// on 13 at 300 work s the bound was still -20,334 when the share ended (the master at 1915 against the
    /// optimum 1348), its dive ran 46 work s for nothing, and the neighbourhoods took the start roster from 6386
    /// to 4765 in 2 work s. On Instance 18 (84 days) the bound was above 0 after a fifth of the share, and the
    /// column generation converged at 60 work s. With the rule, 150 work s runs ended 19 at 5413 (6139 without)
    /// and 20 at 8325 (10702 without, wall clock). A share of 0.3 was tried (2026-12-02, fifth session): Instance
    /// 15's column generation then gave up at 300 s (4740, where it converges and reaches 3964–3974 with half),
    /// so the share stays at a half. Until the eighth session the master's neighbourhoods ran alone until the
    /// integer deadline first (and on rotas of 8 weeks or more, with a patience, and no turns after); by turns from
    /// the start, at 300 work s (2026-12-02, eighth session), Instance 13 ended at 2717 (2932 with them alone
    /// first), 19 at 4285 and 4449 (seeds 1, 2; 4390 and 4477).
    static let hopelessShare = 0.5

    /// Column generation gives up already at this share of its time when its bound is still below minus its
    /// master's value (``isFarBelowZero(bound:master:)``): far from any bound that says something, and not on its way
    /// there. The column generations that reach a bound above 0 reach it early (2026-12-05, twenty-ninth session:
    /// Instance 18 at 3 % of its time, 15 at 12 %, 12 in a 60 work-second run at 20 %, its bound at −858 against a
    /// master of 4359 one round before); those of 13, 19 and 20 never do, and at a quarter of their time their bounds
    /// stood ten times their masters' values below 0 (19: −52,186 against 5087), while an exact round of 19 ran from
    /// 19 to 61 work s. Measured at 300 work s against giving up at half the time: 19 ended at 3506, 3303 and 3472
    /// (seeds 1–3; 3499, 3333 and 3482), 13 at 1479 and 1429 (1463 and 1564), 20 at 5218 (5455).
    static let farBelowZeroShare = 0.25

    /// Whether a column generation's `bound` (nil: none yet) is far below 0: below minus the `master`'s value.
    static func isFarBelowZero(bound: Double?, master: Double) -> Bool {
        (bound ?? -.infinity) < -abs(master)
    }

    /// Column generation also gives up, before ``hopelessShare`` of its time, once its rounds so far say that
    /// fewer than this many fit in the whole time (with no bound above 0 yet): one that converges takes tens of
    /// rounds (Instance 18: 80), so the rest of the time is lost to the searches after it. Measured (2026-12-02,
    /// seventh session, 600 work s): on Instance 23 (364 days) a round took about 30 work s and the four that fit
    /// in half the time left the bound at -1,431,160; on Instance 24 the first round took 117 work s. Instance 13's
    /// rounds (about 6 work s) leave about 20 in a 300 s run, and its column generation keeps going to its
    /// first exact round (round 5), which its neighbourhood search needs. A round still running when the
    /// rounds so far (itself included) have taken a tenth of the time each is stopped there (it can only leave
    /// fewer): on Instance 24 at 300 work s the first round then ended at 64 work s instead of 153, which the
    /// rescheduling search had instead (2026-12-03).
    static let fewestRounds = 10

    /// When round number `rounds` (from 1) of a column generation that began at `began` and ends at `deadline`
    /// must stop. With a bound above 0, at the deadline. Without one, a round still running when the rounds so far
    /// (itself included) have taken a tenth of the time each cannot leave ``fewestRounds`` in it, and one still
    /// running at ``hopelessShare`` of the time is past the point where the column generation gives up; either
    /// stops there, and the column generation gives up. On Instance 13 (300 work s, seeds 1 and 2, 2026-12-03) the
    /// fifteenth round, priced exactly, ran from 59 to 130 work s, past the half at 73; stopped there, the runs
    /// ended at 2020 and 2232 instead of 2319 and 2698.
    static func roundDeadline(_ rounds: Int, began: Double, deadline: Double, boundAboveZero: Bool, farBelowZero: Bool = false) -> Double {
        guard !boundAboveZero else { return deadline }
        let pace = began + Double(rounds) * (deadline - began) / Double(fewestRounds)
        return min(deadline, hopelessPoint(began: began, deadline: deadline, farBelowZero: farBelowZero), pace)
    }

    /// When a column generation that began at `began` and ends at `deadline` gives up without a bound above 0:
    /// at ``hopelessShare`` of its time, or at ``farBelowZeroShare`` where the bound is far below 0
    /// (``isFarBelowZero(bound:master:)``).
    static func hopelessPoint(began: Double, deadline: Double, farBelowZero: Bool = false) -> Double {
        began + (deadline - began) * (farBelowZero ? farBelowZeroShare : hopelessShare)
    }

    /// How many rounds fit in the column generation's time at the pace of the first `rounds`, which took `spent`
    /// seconds, with `left` seconds to go.
    static func roundsThatFit(_ rounds: Int, spent: Double, left: Double) -> Double {
        guard spent > 0 else { return .infinity }
        return Double(rounds) * (spent + left) / spent
    }

    /// The share of the integer phase's time the dives may take before the neighbourhood search (or the
    /// restricted-master MIP).
    static let divingShare = 0.6

    /// Once a dive has found a roster, the dives end after this many in a row without a better one (when an
    /// exact round has finished, so that the neighbourhood search can take over); two dives at once
    /// (``divePair(_:attempt:cutoff:guided:clock:deadline:progress:)``) count as one, so that they
    /// make twice as many dives (a pair took 1.35 times a single dive's work on Instance 9, where the LPs take most
    /// of a dive, and 1.7 times on 17, where the pricing does). Measured on Instance 8
    /// (60 s runs, 2026-12-02): with dives until their share was spent (15 dives, 20 s, best 1416) the run
    /// ended at 1305; with 1 or 3 dives in all the search started from 1513–1724 at 7 s and the runs ended
    /// at 1303–1306. But on Instance 17 (300 s) the sixth dive found the optimum 5746 after two that found
    /// nothing better, which three dives in all and the neighbourhoods did not reach; on Instance 6 the
    /// dives after the third repeated 1952–1966 for the whole share.
    static let divesBeforeNeighbourhoods = 3

    /// Once the best roster is within ``tailingGap`` of the bound, the neighbourhood search before branch-and-price
    /// stops after this share of the time then left without an improvement (on Instance 10 a dive's 4633 against
    /// the bound 4631 went to branch-and-price, which spent 40 s without finding 4631). Until the twenty-seventh
    /// session only a search that started that close had the patience: on Instance 7 (100 work s, seeds 2–4) the
    /// search started at 1058–1163, reached 1056–1058 at 20–44 work s and ran on to the integer deadline (70–72
    /// work s), leaving branch-and-price 18–20; checked whenever the best roster improves, it ran until 29, 19
    /// and 24 work s.
    static let closeSearchPatienceShare = 0.1

    /// Whether every roster's objective is a whole number (then a roster within 1 of the bound is optimal).
    let integralObjective: Bool

    /// The staff may not work as many weekends as the weekends ask for (``WeekendCoverBound`` is above 0): the
    /// master's neighbourhoods free sets of weekends too (``NeighbourhoodKind/weekendSet``).
    let weekendsAreScarce: Bool

    /// Dives take back a step whose LP value jumps, but for its first pick (``divingJumpShare``); off only to
    /// measure the rule.
    var takesBackJumps = true

    init(instance: Instance, integralObjective: Bool = false) {
        self.instance = instance
        self.integralObjective = integralObjective
        demand = DemandTable(instance: instance)
        pricing = SchedulePricing(instance: instance, demand: demand)
        weekendsAreScarce = WeekendCoverBound.value(instance: instance, demand: demand) > 0
    }

    /// Runs until converged, `deadline` (seconds on `clock`) or an interruption, then looks for a roster
    /// (cell dives, then the neighbourhood search and branch-and-price where the bound is close, or the
    /// restricted-master MIP) until
    /// `integerDeadline`; branch-and-price may go on until `searchDeadline` (it proves what it finds). `start` must keep every hard rule
    /// except perhaps the minimums (position %, minutes): its rows are the first columns (a row below its
    /// person's minimum is left out; the person's artificial column stands in until pricing finds a schedule),
    /// and when it keeps the minimums too, its objective is the value a dive must beat.
    func run(start: Roster, clock: SearchClock, deadline: Double, integerDeadline: Double, searchDeadline: Double,
             progress: (@Sendable (SolverProgress) -> Void)?) throws -> Outcome {
        func elapsed() -> Double { clock.elapsed }
        var initial: [ScheduleColumn] = []
        var startKeepsMinimums = true
        for employee in instance.staff.indices {
            if let minimum = instance.minimumMinutes(of: instance.staff[employee]),
               instance.paidMinutes(of: start.assignments[employee]) < minimum - 1e-6 {
                startKeepsMinimums = false
            } else {
                initial.append(column(employee, start.assignments[employee]))
            }
        }
        let startObjective = RosterObjective.value(of: start, instance: instance, demand: demand)
        let master = try MasterLP(instance: instance, demand: demand, columns: initial,
                                  artificialCost: MasterProblem.artificialCost(above: startObjective))
        var outcome = Outcome(bound: nil, converged: false, master: master)
        var rounds = 0
        var recent: [Double] = []
        var lastAdded = -1
        // Periodic exact rounds only while one costs no more than `exactRoundCost` beam rounds.
        var exactSeconds: Double?
        var beamSeconds = 0.0
        var beamRounds = 0
        // When each exact round ended and the best bound by then, for ``risesAboveZero(_:by:)``.
        var exactBounds: [(time: Double, bound: Double)] = []
        // Only on rotas shorter than ``ReschedulingSearch/windowHorizonDays``: on Instance 20 (182 days, wall clock,
        // 600 s, 2026-12-06) the column generation then went on, its bound rose to 4008 (3300 from the weekends), and the
        // run ended at 5237 where it had ended at 5044: on long rotas the searches make the gains.
        let mayGoOnRising = instance.dayCount < ReschedulingSearch.windowHorizonDays
        func rising() -> Bool { mayGoOnRising && ColumnGeneration.risesAboveZero(exactBounds, by: deadline) }
        func giveUp(because reason: String) {
            outcome.gaveUp = true
            progress?(SolverProgress(phase: "column generation given up (\(reason))", incumbent: nil, bound: nil, elapsedSeconds: elapsed()))
        }
        let began = elapsed()
        var masterValue = startObjective
        /// Why a column generation without a bound above 0 gives up at `time`, where that is past its hopeless
        /// point (``hopelessPoint(began:deadline:farBelowZero:)``); nil before, and nil when its exact bounds rise
        /// fast enough to pass 0 before its deadline (it goes on: ``Outcome/wentOnRising``).
        func hopelessness(at time: Double) -> String? {
            var reason: String?
            if time >= ColumnGeneration.hopelessPoint(began: began, deadline: deadline) {
                reason = "no bound above 0 at half its time"
            } else if ColumnGeneration.isFarBelowZero(bound: outcome.bound, master: masterValue),
                      time >= ColumnGeneration.hopelessPoint(began: began, deadline: deadline, farBelowZero: true) {
                reason = "its bound far below 0 at a quarter of its time"
            }
            guard reason != nil, rising() else { return reason }
            outcome.wentOnRising = true
            return nil
        }
        // A column generation that goes on rising may take the integer phase's time too: it has no whole dives.
        func end() -> Double { outcome.wentOnRising ? max(deadline, integerDeadline) : deadline }
        while elapsed() < end() && !Interruption.isRequested {
            rounds += 1
            let meanBeamSeconds = beamSeconds / Double(max(1, beamRounds))
            let affordable = exactSeconds.map { $0 <= ColumnGeneration.exactRoundCost * meanBeamSeconds } ?? true
            let exact = ColumnGeneration.isExactRound(rounds, lastAdded: lastAdded, affordable: affordable)
            let roundBegan = elapsed()
            // A rising bound (``risesAboveZero(_:by:)``) counts as above 0 here: the round may run to the end, and it purges.
            let boundAboveZero = (outcome.bound ?? -.infinity) > 0 || rising()
            let farBelowZero = ColumnGeneration.isFarBelowZero(bound: outcome.bound, master: masterValue)
            let paceDeadline = ColumnGeneration.roundDeadline(rounds, began: began, deadline: end(), boundAboveZero: boundAboveZero,
                                                              farBelowZero: farBelowZero)
            // Once the bound is above 0 the LP is near its optimum and most of a round's time (on Instance 12 the
            // LP took 0.6–0.8 of a round's 0.9–1.1 work s): purged from then on, 12 (78 work s) converged at 27.1 work s
            // instead of 31.1 and ended at 4058 and 4054 (seeds 1, 2; 4148 and 4049 with the dives alone purged), 18
            // (300 work s) converged at 42.8 instead of 64.9 (2026-12-04). Purged from the first round, 13 and 19 (300 work s,
            // whose bound stays below 0) ended at 1597 and 3813 instead of 1499 and 3704. With a rising bound it purges too
            // (13 by the wall clock, forty-third session: the bound met the master, 1348, at 155 s).
            let finished = try round(master, exact: exact, purging: boundAboveZero, clock: clock, deadline: paceDeadline)
            let cutByPace = paceDeadline < deadline && elapsed() >= paceDeadline
            guard let round = finished else {
                if paceDeadline < deadline {
                    giveUp(because: hopelessness(at: paceDeadline) ?? "its first rounds too slow for \(ColumnGeneration.fewestRounds) to fit")
                }
                break
            }
            masterValue = round.value
            if exact {
                exactSeconds = elapsed() - roundBegan
                if round.lagrangian != nil { outcome.pricedExactly = true }
            } else {
                beamSeconds += elapsed() - roundBegan
                beamRounds += 1
            }
            if let lagrangian = round.lagrangian { outcome.bound = max(outcome.bound ?? lagrangian, lagrangian) }
            if exact, round.lagrangian != nil, let bound = outcome.bound { exactBounds.append((elapsed(), bound)) }
            progress?(SolverProgress(phase: "column generation (round \(rounds), \(master.columns.count) columns, master \(String(format: "%.1f", round.value)))",
                                     incumbent: nil, bound: outcome.bound, elapsedSeconds: elapsed()))
            if round.isConverged(exact: exact) && !cutByPace {
                outcome.converged = round.lagrangian != nil
                outcome.settled = outcome.converged
                break
            }
            lastAdded = round.added
            if !((outcome.bound ?? -.infinity) > 0) {
                let roundsThatFit = ColumnGeneration.roundsThatFit(rounds, spent: elapsed() - began, left: deadline - elapsed())
                let reason = hopelessness(at: elapsed())
                    ?? ((roundsThatFit < Double(ColumnGeneration.fewestRounds) || cutByPace) && !rising()
                        ? "only \(Int(roundsThatFit)) rounds fit in its time" : nil)
                if let reason {
                    giveUp(because: reason)
                    break
                }
            }
            // Tailing off: the master has hardly moved for a while and the bound is close; the bound so far
            // stands. (A master stalled far above the bound is degenerate, not converging: on Instance 4 it
            // sat at the start roster's value for ten rounds with the bound 3 % below.)
            recent.append(round.value)
            if recent.count > ColumnGeneration.tailingRounds {
                let earlier = recent.removeFirst()
                let scale = max(1, abs(round.value))
                if earlier - round.value <= ColumnGeneration.tailingImprovement * scale,
                   let bound = outcome.bound, ColumnGeneration.isClose(round.value, bound: bound) {
                    outcome.settled = true
                    break
                }
            }
        }
        // The dives, the neighbourhoods and the searches after start from every schedule.
        master.reactivateAll()
        guard !outcome.gaveUp, !Interruption.isRequested, integerDeadline - elapsed() > 0.5 else { return outcome }
        let diveDeadline = elapsed() + (integerDeadline - elapsed()) * ColumnGeneration.divingShare
        // Dated when it is taken; the neighbourhood search's and branch-and-price's rosters are re-dated to when
        // those searches found them.
        var best: (roster: Roster, value: Double)? {
            didSet { outcome.secondsToRoster = elapsed() }
        }
        let startValue = startKeepsMinimums ? startObjective : Double.infinity
        func cutoff() -> Double { min(best?.value ?? .infinity, startValue) }
        /// Whether a roster of `value` is within ``tailingGap`` of the bound.
        func isClose(_ value: Double) -> Bool {
            outcome.bound.map { ColumnGeneration.isClose(value, bound: $0) } ?? false
        }
        var attempt = 0
        var divesWithoutImprovement = 0
        var longest = 0.0
        // Dives are guided once one has left someone without a schedule (see `dive`).
        var strandedOnce = false
        // A column generation that went on rising has no time for whole dives: one dive stops at its share of the time
        // left, and its roster, made of schedules priced against the converged LP, is where the neighbourhoods start,
        // whatever its value (``risingDiveShare``).
        var neighbourhoodDeadline = integerDeadline
        if outcome.wentOnRising && outcome.converged && !Interruption.isRequested {
            let stopsAt = elapsed() + ColumnGeneration.risingDiveShare * (searchDeadline - elapsed())
            var random: SplitMix64?
            var stranded = false
            let found = try dive(master, random: &random, cutoff: .infinity, guided: false, stranded: &stranded, clock: clock,
                                 deadline: searchDeadline, stopsAt: stopsAt, pricesPicks: true, progress: progress)
            master.releaseRestrictions()
            master.reactivateAll()
            if let found { best = found }
            progress?(SolverProgress(phase: "dive stopped at its share: " + (found.map { "roster at \(String(format: "%.1f", $0.value))" } ?? "no roster"),
                                     incumbent: nil, bound: outcome.bound, elapsedSeconds: elapsed()))
            neighbourhoodDeadline = max(integerDeadline, elapsed() + ColumnGeneration.risingNeighbourhoodShare * (searchDeadline - elapsed()))
        }
        // Dives until the share is spent (or a roster meets the bound): the first ranks the cells by their LP
        // value, later ones add a random bonus (seeded by the attempt: deterministic). While no dive has a
        // roster and one has stranded someone, a guided dive may start whenever there is time before the
        // integer deadline, and run until it: on Instance 15 (300 s) the first dive stranded after 27 s, the
        // longest-dive rule left no time for a second, and the neighbourhoods started from the start roster
        // (6612), ending at 4854-5095 where runs with a dive's roster ended at 3867-4158. The first dive may
        // run until the integer deadline too: a dive cut off ends with each person's largest schedule in the
        // LP, far worse than any start roster (Instance 12, 60 work s: 11,116). With the purged dives
        // (2026-12-04) 12's first dive then finishes, and 60 work s runs ended at 4147, 4054 and 4073 (seeds
        // 1–3) instead of 4847, 4054 and 4191; without the purge it was cut off either way (5929). The dives
        // after the first run two at a time, one per core (``divePair``), except a guided dive while no dive has a roster.
        while !Interruption.isRequested && !outcome.wentOnRising {
            let rescue = best == nil && strandedOnce
            let deadline = rescue || attempt == 0 ? integerDeadline : diveDeadline
            guard elapsed() + (rescue ? 0.5 : longest) < deadline else { break }
            if let bound = outcome.bound, meets(cutoff(), bound: bound) { break }
            if best != nil, outcome.pricedExactly, divesWithoutImprovement >= ColumnGeneration.divesBeforeNeighbourhoods { break }
            let began = elapsed()
            var rosters: [(roster: Roster, value: Double)?]
            var stranded = false
            if attempt == 0 || rescue {
                var random = attempt == 0 ? nil : SplitMix64(seed: UInt64(attempt))
                rosters = [try dive(master, random: &random, cutoff: cutoff(), guided: strandedOnce, stranded: &stranded,
                                    clock: clock, deadline: deadline, progress: progress)]
            } else {
                (rosters, stranded) = try divePair(master, attempt: attempt, cutoff: cutoff(), guided: strandedOnce, clock: clock,
                                                   deadline: deadline, progress: progress)
            }
            master.releaseRestrictions()
            master.reactivateAll()
            strandedOnce = strandedOnce || stranded
            longest = max(longest, elapsed() - began)
            var improved = false
            for result in rosters {
                attempt += 1
                progress?(SolverProgress(phase: "dive \(attempt): " + (result.map { "roster at \(String(format: "%.1f", $0.value))" } ?? "no better roster"),
                                         incumbent: best?.value, bound: outcome.bound, elapsedSeconds: elapsed()))
                if let result, result.value < cutoff() - 1e-9 {
                    best = result
                    improved = true
                }
            }
            divesWithoutImprovement = improved ? 0 : divesWithoutImprovement + 1
        }
        // Branch-and-price where the bound is close to the incumbent (within `tailingGap`).
        func branchAndPriceIfClose() throws {
            guard let bound = outcome.bound, isClose(cutoff()),
                  !meets(cutoff(), bound: bound), max(integerDeadline, searchDeadline) - elapsed() > 0.5,
                  !Interruption.isRequested else { return }
            let search = try branchAndPrice(master, rootBound: bound, cutoff: cutoff(), clock: clock,
                                            deadline: max(integerDeadline, searchDeadline), progress: progress)
            outcome.bound = max(bound, search.bound)
            if let found = search.roster {
                best = found
                outcome.secondsToRoster = search.secondsToRoster
            }
            progress?(SolverProgress(phase: "branch-and-price: \(search.nodes) nodes" + (search.complete ? ", complete" : ", stopped"),
                                     incumbent: cutoff().isFinite ? cutoff() : nil, bound: outcome.bound, elapsedSeconds: elapsed()))
        }
        func reachedBound() -> Bool { outcome.bound.map { meets(cutoff(), bound: $0) } ?? false }
        // From a roster, small restricted masters around it (the whole one is too large for GLPK) until
        // `deadline`.
        func searchNeighbourhoods(until deadline: Double) throws {
            guard !reachedBound(), deadline - elapsed() > 0.5, !Interruption.isRequested,
                  let incumbent = best ?? (startKeepsMinimums ? (start, startValue) : nil) else { return }
            var size = NeighbourhoodSize(instance: instance)
            defer { outcome.neighbourhoodSize = size }
            if let found = try neighbourhoodSearch(master, from: incumbent.roster, value: incumbent.value, seed: 1, bound: outcome.bound,
                                                   closePatience: ColumnGeneration.closeSearchPatienceShare, size: &size,
                                                   clock: clock, deadline: deadline, progress: progress) {
                best = (found.roster, found.value)
                outcome.secondsToRoster = found.secondsToBest
            }
        }
        // The neighbourhoods price exactly, so they need an exact round to have finished in time: on Instance 22
        // (364 days), where none did, they took a 600 s run to 308445 where the restricted master and the
        // rescheduling search after it had reached 258037.
        if outcome.pricedExactly && (best != nil || startKeepsMinimums) {
            // The neighbourhoods until the integer deadline; then branch-and-price if they closed the gap enough.
            try searchNeighbourhoods(until: neighbourhoodDeadline)
            try branchAndPriceIfClose()
        } else if !reachedBound() && integerDeadline - elapsed() > 0.5,
           let roster = try restrictedMaster(master.columns, clock: clock, deadline: integerDeadline, progress: progress) {
            let value = RosterObjective.value(of: roster, instance: instance, demand: demand)
            if value < best?.value ?? .infinity { best = (roster, value) }
        }
        outcome.roster = best?.roster
        return outcome
    }

    /// Whether `value` (a master's or a roster's) is within ``tailingGap`` of `bound`, relative to the value.
    static func isClose(_ value: Double, bound: Double) -> Bool {
        value - bound <= tailingGap * max(1, abs(value))
    }

    /// Whether a roster of `value` meets `bound` (within rounding, relative to the value: a Lagrangian bound
    /// carries the pricing's tolerance of 1e-6 per employee; within 1 when every objective is whole).
    func meets(_ value: Double, bound: Double) -> Bool {
        guard value.isFinite else { return false }
        return value <= bound + 1e-6 * max(1, abs(value)) || (integralObjective && value < (bound - 1e-6).rounded(.up) + 1 - 1e-6)
    }

    /// A schedule as a column, with its own cost.
    func column(_ employee: Int, _ shifts: [Int?]) -> ScheduleColumn {
        ScheduleColumn(employee: employee, shifts: shifts, cost: pricing.ownCosts[employee].value(of: shifts, instance: instance))
    }

    /// One round's master LP and what its pricing brought.
    struct Round {
        var value: Double
        /// The LP's value of each variable.
        var primal: [Double]
        /// The Lagrangian bound (of the restricted master: every restriction kept), when every employee was
        /// priced (exactly, or by beams with their weaker bounds).
        var lagrangian: Double?
        /// New columns.
        var added: Int
        /// The LP's dual value of each row.
        var duals: [Double]

        /// Converged: nothing priced out in an `exact` round, or the bound meets the master's value.
        func isConverged(exact: Bool) -> Bool {
            (added == 0 && exact) || lagrangian.map { $0 >= value - 1e-6 * max(1, abs(value)) } == true
        }
    }

    /// Solves the master LP under the restrictions, prices every employee within theirs and adds the
    /// schedules that price out (and brings back known ones; with `purging` the LP lets go of schedules far
    /// from pricing out, ``MasterLP/activate(duals:value:purging:)``). Nil when the LP has no solution.
    func round(_ master: MasterLP, exact: Bool, purging: Bool = false, clock: SearchClock,
               deadline: Double) throws -> Round? {
        guard let solution = try master.solve(budget: SearchBudget(clock: clock, deadline: deadline)) else { return nil }
        let everyone = Array(instance.staff.indices)
        let priced = try pricing.price(everyone, master: master.layout, duals: solution.duals, exact: exact,
                                       restrictions: master.restrictions, clock: clock, deadline: deadline)
        var lagrangian: Double? = solution.value
        var added = master.activate(duals: solution.duals, value: solution.value, purging: purging)
        for employee in everyone {
            let convexityDual = master.layout.convexityDual(of: employee, duals: solution.duals)
            if let least = priced[employee]?.lowerBound {
                lagrangian = lagrangian.map { $0 + min(0, least - convexityDual) }
            } else {
                lagrangian = nil
            }
            for (value, shifts) in priced[employee]?.schedules ?? [] where value - convexityDual < -1e-6 {
                if master.add(column(employee, shifts)) { added += 1 }
            }
        }
        return Round(value: solution.value, primal: solution.primal, lagrangian: lagrangian, added: added, duals: solution.duals)
    }

    /// The restricted master as a MIP (one generated schedule per employee; price-and-branch): a roster of
    /// generated schedules, each keeping its person's rules, with the cover maximums as hard rows.
    private func restrictedMaster(_ columns: [ScheduleColumn], clock: SearchClock, deadline: Double,
                                  progress: (@Sendable (SolverProgress) -> Void)?) throws -> Roster? {
        let master = MasterProblem(instance: instance, demand: demand, columns: columns, artificialCost: nil, integer: true)
        let problem = GLPKProblem(verbose: false)
        try problem.load(master.model)
        let outcome = try BranchAndCut(problem: problem, variableCount: master.model.variables.count)
            .run(phase: "restricted master (\(columns.count) columns)", clock: clock, deadline: deadline, progress: progress)
        guard let values = outcome.values else { return nil }
        var roster = Roster(employees: instance.staff.count, days: instance.dayCount)
        for (index, column) in columns.enumerated() where values[master.variableOf[index]] > 0.5 {
            roster.assignments[column.employee] = column.shifts
        }
        return roster
    }
}
