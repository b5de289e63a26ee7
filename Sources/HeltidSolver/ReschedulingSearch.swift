import Foundation
import HeltidModel

/// Local search by re-planning whole schedules: with everybody else's schedule fixed, one person's best
/// schedule is a pricing problem (the labelling pricer on the cover's marginal costs, ``CoverLedger``), so
/// each step replaces a whole schedule by the best one against the rest, every hard rule of that person
/// kept by construction.
///
/// A roster is built by placing the staff one by one in a seeded random order, each on their best schedule
/// against those already placed, and improved by sweeps (re-plan each person in turn until no one improves).
/// Then ruin and recreate until the deadline: take a few people out (chosen at random, or among those who
/// could take an uncovered shift), put them back one by one on their best schedules, sweep them, and keep the
/// result unless it is worse (equal rosters are kept, so the search moves along plateaus); two such attempts
/// run at a time, one per core. The number of people taken out grows while nothing improves and falls back
/// after an improvement. On long rotas (``windowHorizonDays`` days or more) the attempts take people out of
/// a window of a few weeks only (``windowWeeks``), the rest of their schedules kept: whole schedules
/// re-planned one after another rarely improve a half-year rota, where the gains are exchanges of a weekend
/// or a few shifts between people. On large rotas re-planning whole schedules (which moves a person's minutes
/// from one month to another) is a search of its own (``replanWholeSchedules(clock:deadline:)``) that takes turns
/// with the ruins, instead of a sweep at the start of each call of
/// ``improve(clock:deadline:sweepingFirst:patience:bound:progress:)``, which on Instance 22 took the whole of
/// each turn. A person re-planned against the same marginal costs as at their last
/// re-planning that found nothing better is skipped.
///
/// On large rotas three in four window ruins are *transfers* instead (``drawTransfer()``): a block around an uncovered
/// shift and one around a day, often months away, on which someone who could take it works a shift above its
/// demand, so that a weekend or a shift of a capped type moves from where it is not needed to where it is. Where
/// the one to take an uncovered weekend shift works as many weekends as they may, half of those transfers are
/// *chains* (``chainChoices(day:shift:)``): a helper takes over their shift on a weekend they give up.
///
/// Where weekends are scarce, the search lowers a ``guidedObjective`` that also charges every
/// half weekend (``halfWeekendCharge(instance:demand:pricers:)``), and returns the best roster by the objective.
///
/// Keeping slightly worse results too (record-to-record travel, within 0.3–2 % of the best) did not pay: at
/// 300 work s, seed 1 (2026-12-03, fifteenth session), Instance 13 ended at 1499 either way, since a worse
/// result there is at least one uncovered shift (100); at 150 work s Instance 23 ended at 79,509 and 81,097
/// within 0.5 % (seeds 1 and 2), 78,127 and 81,097 within 2 %, and 80,547 and 74,699 without; 21 at 30,761
/// within 0.5 % against 30,411 (seed 1).
///
/// Pricing here runs with a beam (``beamWidth`` labels a day): fast, and a step that misses a better
/// schedule only loses that step. Only rotas that do not wrap around have a labelling pricer; for cyclic
/// ones the initializer returns nil.
struct ReschedulingSearch {
    let instance: Instance
    private let pricers: [LabellingPricer]
    private let ownCosts: [ScheduleCost]
    private var ledger: CoverLedger
    /// Each employee's schedule (nil: not placed yet, or taken out).
    private var schedules: [[Int?]?]
    /// For each employee taken out of a window only, the days kept (nil in the window); the ledger counts them.
    private var pinned: [[Int?]?]
    /// For each placed employee, the marginal costs and window of their last re-planning that found nothing
    /// better: with the same again, the beams would find the same (the last pass of every sweep re-plans
    /// everyone to no effect).
    private var unimproved: [(costs: [[Double]], window: RuinWindow?)?]
    /// Each placed employee's own cost (wishes, position terms).
    private var ownValues: [Double]
    /// Each placed employee's half weekends (one day of a weekend worked), charged ``halfWeekendCharge`` each in
    /// the ``guidedObjective``.
    private var halfWeekends: [Int]
    /// What the search charges a half weekend on top of the objective (0: nothing; see
    /// ``halfWeekendCharge(instance:demand:pricers:)``).
    let halfWeekendCharge: Double
    private var random: SplitMix64
    /// The people still to re-plan in the current round of ``replanWholeSchedules(clock:deadline:)`` (last first).
    private var wholeScheduleOrder: [Int] = []
    /// The people still to re-plan in the current round of ``replanInSlidingWindows(clock:deadline:)`` (last first).
    private var slidingWindowOrder: [Int] = []
    /// Rotas of at least this many days ruin windows (``windowHorizonDays`` unless a test sets it).
    var windowHorizonDays = ReschedulingSearch.windowHorizonDays
    /// Whether window ruins may be transfers (``drawTransfer()``): on large rotas (above
    /// ``CompactSolver/largeRotaCells`` employee × day × shift cells) unless a test sets it.
    var drawsTransfers: Bool
    /// Whether ``construct(clock:deadline:)`` places each person within a ``placementPlan(for:costs:)`` first: on long
    /// (``windowHorizonDays``), large rotas (above ``CompactSolver/largeRotaCells`` cells) unless a test sets it.
    /// Measured at 300 work s (2026-12-04, twentieth session), against the search without the plans (and without
    /// the completion bound's minute price, which changes nothing on 21 and 22): Instance 23 ended at 31,353
    /// (34,990), 24 at 95,725 (117,191), 21 at 23,933 and 23,702 (23,642 and 23,647; seeds 1 and 2), 22 at 44,623
    /// (44,278). Smaller and shorter rotas place as before (not measured with the plans).
    var plansPlacements: Bool
    /// Labels per day of the pricing beam: wider than the column generation's first pass
    /// (``SchedulePricing/beamWidth``), since a re-planning that misses the better schedule is a wasted step.
    /// Measured at 300 work s (2026-12-03, seeds 1 and 2 unless said): with 128 instead of 64, Instance 23
    /// ended at 78,057 and 73,583 (79,525 and 80,959), 20 at 6566 (seed 1; 6758), 19 at 4364 (seed 1; 4437);
    /// 32 took 23 to 85,268 (seed 1). The first roster of 24 takes 46 work s instead of 40.
    static let beamWidth = 128
    /// The reward per shift of ``placeWorkingMost(_:scaled:withCover:beamWidths:budget:)``: above any wish's weight.
    static let shiftReward = 1000.0
    /// Most people taken out at once, as a share of the staff (at least 2).
    static let largestRuinShare = 0.25
    /// The length of a window ruin (``attempt(size:window:budget:)``), in weeks, drawn at random. Measured on
    /// Instance 20 (182 days, rescheduling search alone, 150 work s, 2026-12-02): windows of 1, 2, 4, 8 and
    /// 13 weeks ended at 9647, 9507, 9293, 8744 and 9465 (seed 1; 4 weeks with seed 2: 8281, so about ±500
    /// is noise); 2–8 weeks at random ended at 9399 and 7920 (seeds 1 and 2); whole schedules alone at
    /// 11325, every other attempt a 2-week window at 9843.
    static let windowWeeks = 2...8
    /// Rotas of at least this many days ruin windows only (``windowWeeks``); shorter ones whole schedules.
    static let windowHorizonDays = 56

    /// The search over `instance`'s non-cyclic rota, seeded; `halfWeekendCharge` replaces the charge
    /// ``halfWeekendCharge(instance:demand:pricers:)`` would set (for tests). Nil for a cyclic rota.
    init?(instance: Instance, demand: DemandTable, seed: UInt64, halfWeekendCharge: Double? = nil) {
        var pricers: [LabellingPricer] = []
        for employee in instance.staff.indices {
            guard let pricer = LabellingPricer(employee: employee, instance: instance, demand: demand) else { return nil }
            pricers.append(pricer)
        }
        self.instance = instance
        drawsTransfers = CompactSolver.isLarge(instance)
        plansPlacements = CompactSolver.isLongAndLarge(instance)
        self.halfWeekendCharge = halfWeekendCharge ?? ReschedulingSearch.halfWeekendCharge(instance: instance, demand: demand, pricers: pricers)
        for employee in pricers.indices { pricers[employee].halfWeekendCharge = self.halfWeekendCharge }
        self.pricers = pricers
        halfWeekends = Array(repeating: 0, count: instance.staff.count)
        ownCosts = instance.staff.indices.map { ScheduleCost(employee: $0, instance: instance) }
        ledger = CoverLedger(instance: instance, demand: demand)
        schedules = Array(repeating: nil, count: instance.staff.count)
        pinned = Array(repeating: nil, count: instance.staff.count)
        unimproved = Array(repeating: nil, count: instance.staff.count)
        ownValues = Array(repeating: 0, count: instance.staff.count)
        random = SplitMix64(seed: seed)
    }

    /// The weekend demand must be at least this share of what the staff can work on weekends (two shifts for
    /// each weekend they may work) for the search to charge half weekends.
    static let scarceWeekendShare = 0.9
    /// A half weekend's charge as a share of the mean under-cover weight of a weekend shift. Measured on
    /// Instance 23 (300 work s, seed 1, 2026-12-04): 0.1, 0.2 and 0.5 ended at 50,540, 50,032 and 53,597. On
    /// Instance 19 (300 work s, seeds 1–3, 2026-12-05), where every half weekend is a missing weekend shift, 0.6 and 1
    /// ended at 3500, 3291 and 3472, and at 3471, 3407 and 3488 (0.2: 3506, 3303 and 3472); 20 (seed 1) at 5191 and
    /// 5297 (5218).
    static let halfWeekendChargeShare = 0.2

    /// The charge for a half weekend where weekends are scarce (``scarceWeekendShare``): ``halfWeekendChargeShare``
    /// of the mean weight of a missing person on a Saturday or Sunday shift; 0 otherwise.
    ///
    /// Where everyone works about as many weekends as they may, a half weekend spends a whole weekend of the
    /// person's allowance on one shift, and the roster needs full weekends to cover the weekend demand at all.
    /// Re-planning one person at a time does not get there: completing a half weekend over-covers the other
    /// day (a worse objective) until the person who works that day alone is re-planned too, and that person
    /// gains only then. With the charge, the first step pays in the ``guidedObjective`` and the second follows.
    /// Measured at 300 work s, seed 1 (2026-12-04, eighteenth session), against the search without it:
    /// Instance 23 ended at 50,032 (67,368; half weekends 327 instead of 637, uncovered shifts 386 instead of
    /// 559), 20 at 5332 (6198), 19 at 3465 (3704; 8 half weekends instead of 15). Until the forty-first session
    /// rotas shorter than ``windowHorizonDays`` were left out, since the 4-week Instance 13 then ended at 1690 (1499
    /// without). Measured again at 300 work s (2026-12-06, forty-first session, seeds 1–3), with the master's
    /// neighbourhoods making its late gains: 13 ended at 1436, 1445 and 1443 (1457, 1450 and 1471 without); at 60
    /// work s, seed 1, 8 at 1307 (1312), 12 at 4042 (4054), 7 proven in 22.4 work s (46.2), 10 in 54.1 (25.6), 5 and
    /// 6 proven as before; 14 at 1279 and 15 at 3858 at 300 work s (1279 and 3857).
    static func halfWeekendCharge(instance: Instance, demand: DemandTable, pricers: [LabellingPricer]) -> Double {
        var demanded = 0, weight = 0.0
        for day in 0..<instance.dayCount where day % 7 >= 5 {
            for (shift, type) in instance.shiftTypes.enumerated() {
                let cell = demand[day, shift]
                guard cell.minimum > 0 else { continue }
                demanded += cell.minimum
                weight += Double(cell.minimum) * CoverLedger.missingPersonPrice(cell, of: type, weights: instance.weights)
            }
        }
        let capacity = pricers.reduce(0) { $0 + 2 * $1.mostWeekends }
        guard demanded > 0, Double(demanded) >= scarceWeekendShare * Double(capacity) else { return 0 }
        return halfWeekendChargeShare * weight / Double(demanded)
    }

    /// Whether everyone has a schedule.
    var isComplete: Bool { schedules.allSatisfy { $0 != nil } }

    /// The objective of the roster (when complete): the cover cost plus everyone's own cost.
    var objective: Double { ledger.cost + ownValues.reduce(0, +) }

    /// The objective plus ``halfWeekendCharge`` for each half weekend: what the search lowers.
    var guidedObjective: Double { objective + halfWeekendCharge * Double(halfWeekends.reduce(0, +)) }

    /// Loads `roster` (of objective `value`) unless the search's own roster is as good in the ``guidedObjective``:
    /// then it goes on from its own, which may be a step of a weekend exchange.
    mutating func adopt(_ roster: Roster, value: Double) {
        let halves = roster.assignments.reduce(0) { $0 + WeekendNeighbourhood.halfWeekendCount($1) }
        if halfWeekendCharge == 0 || !isComplete || value + halfWeekendCharge * Double(halves) < guidedObjective - 1e-9 { load(roster) }
    }

    /// The roster (people not placed are off).
    var roster: Roster {
        Roster(assignments: schedules.map { $0 ?? Array(repeating: nil, count: instance.dayCount) })
    }

    /// Replaces every schedule with `roster`'s (a roster that keeps every hard rule).
    mutating func load(_ roster: Roster) {
        for employee in instance.staff.indices { takeOut(employee) }
        for employee in instance.staff.indices { put(employee, roster.assignments[employee]) }
    }

    private mutating func put(_ employee: Int, _ shifts: [Int?]) {
        unimproved[employee] = nil
        ledger.add(employee, shifts)
        schedules[employee] = shifts
        ownValues[employee] = ownCosts[employee].value(of: shifts, instance: instance)
        halfWeekends[employee] = halfWeekendCharge > 0 ? WeekendNeighbourhood.halfWeekendCount(shifts) : 0
    }

    private mutating func takeOut(_ employee: Int) {
        if let kept = pinned[employee] {
            ledger.remove(employee, kept)
            pinned[employee] = nil
        }
        guard let shifts = schedules[employee] else { return }
        unimproved[employee] = nil
        ledger.remove(employee, shifts)
        schedules[employee] = nil
        ownValues[employee] = 0
        halfWeekends[employee] = 0
    }

    /// Takes `employee` out of the days of `window` only: the other days stay counted and pinned.
    private mutating func takeOut(_ employee: Int, of window: RuinWindow) {
        guard var kept = schedules[employee] else { return }
        takeOut(employee)
        for day in window.days { kept[day] = nil }
        ledger.add(employee, kept)
        pinned[employee] = kept
    }

    /// Re-plans `employee` on the best schedule the beams find against everybody else's; a placed employee
    /// keeps their schedule unless the new one is better. With a `window`, only its days change: the others
    /// keep the person's schedule, or the days pinned when they were taken out of the window. Within `restriction`
    /// when given, or (`planned`) within the person's ``placementPlan(for:costs:)`` against the others where there is
    /// one. False when an employee not placed found none.
    @discardableResult
    private mutating func replan(_ employee: Int, window: RuinWindow? = nil, restriction requested: ScheduleRestriction? = nil,
                                 planned: Bool = false, beamWidths: [Int?] = [ReschedulingSearch.beamWidth], budget: SearchBudget) -> Bool {
        let current = schedules[employee]
        let kept = pinned[employee]
        if let counted = current ?? kept { ledger.remove(employee, counted) }
        let costs = ledger.marginalCosts(of: employee)
        budget.clock.chargeLedger(cells: instance.dayCount * instance.shiftTypes.count)
        let plan = planned ? placementPlan(for: employee, costs: costs) : nil
        let given = plan ?? requested
        if plan == nil, let current, let last = unimproved[employee], last.window == window, last.costs == costs {
            ledger.add(employee, current)
            return true
        }
        var threshold = CoverLedger.blocked / 2
        if let current {
            threshold = ownValues[employee] + halfWeekendCharge * Double(halfWeekends[employee]) - 1e-6
            for (day, shift) in current.enumerated() { if let shift { threshold += costs[day][shift] } }
        }
        var restriction = given
        if let window, let outside = current ?? kept {
            var fixed = given ?? ScheduleRestriction(dayCount: instance.dayCount, shiftCount: instance.shiftTypes.count)
            for day in outside.indices where !window.contains(day) { fixed.require(day: day, shift: outside[day]) }
            restriction = fixed
        }
        let priced = pricers[employee].price(cellCosts: costs, threshold: threshold, limit: 1, beamWidths: beamWidths,
                                             restriction: restriction, budget: budget)
        if let best = priced?.schedules.first {
            pinned[employee] = nil
            put(employee, best.shifts)
            return true
        }
        if let counted = current ?? kept { ledger.add(employee, counted) }
        // Only a pricing that finished (not one the budget cut short) found nothing better.
        if current != nil && priced != nil && given == nil && beamWidths == [ReschedulingSearch.beamWidth] {
            unimproved[employee] = (costs, window)
        }
        return current != nil
    }

    /// Places everyone not placed yet, in a random order, each on their best schedule against those placed
    /// before; false when someone found no schedule by `deadline` (seconds on `clock`) or an interruption.
    /// Where it ``plansPlacements``, each person is first placed within their ``placementPlan(for:costs:)``, by the
    /// usual beam and then by the rewarded one (``placeWorkingMost``). The beams are blind to some rules
    /// (successions, per-type and weekend counts) and can miss every schedule of a tightly bound person: then
    /// beams that reward the shifts themselves try (``placeWorkingMost``), first with the cover costs and the
    /// usual beam, then a wide beam on the cover costs alone, then wide beams on the rewards alone, and last GLPK
    /// on the person's own model (at most 5 s). The cheap attempts come
    /// first: on Instance 24 (150 people, 364 days, 32 shift types) the usual beam on the cover costs missed
    /// for 4 in 5 people, and with the wide beams next the roster took 308 work s (2026-12-02, seventh
    /// session); with the rewarded usual beam next, 40 work s, 5 people going further.
    mutating func construct(clock: SearchClock, deadline: Double) throws -> Bool {
        let budget = SearchBudget(clock: clock, deadline: deadline)
        var order = instance.staff.indices.filter { schedules[$0] == nil }
        order.shuffle(using: &random)
        let (usual, wide) = (ReschedulingSearch.beamWidth, SchedulePricing.wideBeamWidth)
        for employee in order {
            if plansPlacements, let plan = placementPlan(for: employee),
               replan(employee, restriction: plan, budget: budget)
                || placeWorkingMost(employee, scaled: true, withCover: true, restriction: plan, beamWidths: [usual], budget: budget) { continue }
            if replan(employee, budget: budget) { continue }
            if placeWorkingMost(employee, scaled: true, withCover: true, beamWidths: [usual], budget: budget) { continue }
            if replan(employee, beamWidths: [wide], budget: budget) { continue }
            if placeWorkingMost(employee, scaled: false, withCover: false, beamWidths: [wide], budget: budget)
                || placeWorkingMost(employee, scaled: true, withCover: false, beamWidths: [usual, wide], budget: budget) { continue }
            guard !budget.isSpent,
                  let found = try SchedulePricing.priceWithGLPK(employee, instance: instance, cellCosts: ledger.marginalCosts(of: employee),
                                                                budget: budget)?.schedules.first,
                  found.value < CoverLedger.blocked / 2 else { return false }
            put(employee, found.shifts)
        }
        return isComplete
    }

    /// Where `employee` may work fewer weekends, or fewer shifts of a type, than the rota offers: the restriction
    /// that places them only on the weekends and the days where the cover needs them most, as many as they may
    /// work. Weekends are ranked by the people still missing there, over the shifts from Friday to Sunday the person
    /// may work that count as weekend work (``LabellingPricer/countsAsWeekend(day:shift:)``), and then by the sum over
    /// those days of the least marginal cost of such a shift; each capped type's days (those the weekends leave open)
    /// by the people missing on that type, then by its marginal cost. The skill minimums do not count, and ties fall
    /// in a seeded random order. Nil when neither maximum binds, and without weekends for a person under an "every
    /// k-th weekend" pattern (which spreads them already).
    ///
    /// On each day of the person's current schedule one more person counts as missing on their shift than the
    /// ledger says. Where the ledger counts them, that leaves their own cover out. Where they have been taken out of
    /// it to be re-planned (``replanWholeSchedules(clock:deadline:)``), their own weekends and days rank as if they were
    /// still needed there, ahead of others as short, so a plan moves them only towards emptier ones. Counting the
    /// ledger's shortfall alone there, so that their weekends weigh like anyone else's, ended Instance 24 at 72,187 and
    /// 73,208 and 23 at 25,847 and 25,186 at 300 work s (seeds 1 and 2, 2026-12-07; 68,904 and 70,109, 25,056 and
    /// 24,716).
    ///
    /// Beams blind to these maximums (the completion bound does not count them) take the weekends and the capped
    /// shifts early: a label that skips one costs more at once, and the bound promises the later ones all the
    /// same. On Instance 24 the usual beam found no schedule for 113 of 150 people, and 60 work s from a first
    /// roster of 1,000,613 the last weekends were still nearly empty (weekend 51: 320 shifts missing; 4210 weekend
    /// shifts missing in all) while the weekdays were worked 13,676 shifts above their demand. With the plans (and
    /// the completion bound's price on the minimum minutes, ``CompletionBound``) it found one for about 140, and
    /// the roster's objective was 388,048 instead of 1,000,613, found in 16 work s instead of 42 (2026-12-04,
    /// twentieth session).
    ///
    /// Until the fifty-second session the ranking was by the marginal costs alone. A missing person costs the same
    /// on any day, so the first people placed took their weekends at random among all those short of anyone, and
    /// the plans of the re-planning rounds kept them there: on Instance 24, whose weekends ask for 39–65 people in
    /// the first 38 weeks and 72–189 after, the people allowed 26 weekends worked 70 % of them in the first 38
    /// weeks, and at 300 work s (seed 1) the roster had 124 people too many on those weekends (above the larger
    /// of the Saturday and Sunday demand) and 246 too few on the later ones. Ranked by the people missing, the
    /// staff fill the weekends the way water fills a basin, the emptiest first. Measured at 300 work s (2026-12-07,
    /// seeds 1 and 2), against the ranking by costs: with the weekends so ranked, Instance 24 ended at 74,498 and
    /// 74,955 (80,724 and 79,943; 81 too many and 178 too few), 23 at 24,594 and 25,157 (26,068 and 26,295), 22 at
    /// 44,658, 44,290 and 43,127 (seeds 1–3; 44,599 and 43,917 with seeds 1 and 2), 21 at 23,236 (23,217; seed 1);
    /// with the capped types' days so ranked too, 24 at 68,904 and 70,109, 23 at 25,056 and 24,716, 22 at 47,903,
    /// 44,394 and 43,777, 21 at 23,226. Both are kept: the types' ranking gains 7 % on 24 and costs 22 1–7 %.
    ///
    /// `costs` are the person's marginal costs when the caller has them already (the ledger's otherwise).
    ///
    /// Tried in the thirtieth session and not kept: the weekends of a plan for the whole staff at once (who works which
    /// weekend on which shifts, re-planned one person at a time and by ruins on the weekend days alone) instead of this
    /// ranking. On Instance 22 such a plan misses far fewer weekend shifts, but the beams found no schedule within it
    /// for any of the 50 people, exhaustively: with 232 of 364 days to work, at most 5 in a row, the weekends a person
    /// works decide how many weekdays fit (`Benchmarks/PROBES.md`).
    mutating func placementPlan(for employee: Int, costs given: [[Double]]? = nil) -> ScheduleRestriction? {
        let (instance, pricer, ledger, own) = (instance, pricers[employee], ledger, schedules[employee])
        let costs = given ?? ledger.marginalCosts(of: employee)
        func missing(day: Int, shift: Int) -> Int {
            ledger.shortfall(day: day, shift: shift, excluding: own?[day] == shift ? 1 : 0)
        }
        var plan = ScheduleRestriction(dayCount: instance.dayCount, shiftCount: instance.shiftTypes.count)
        let weeks = instance.dayCount / 7
        if !pricer.hasWeekendPattern && pricer.mostWeekends < weeks {
            func weekendShifts(of week: Int) -> [(day: Int, shift: Int)] {
                (7 * week + 4...7 * week + 6).flatMap { day in
                    instance.shiftTypes.indices.filter { pricer.countsAsWeekend(day: day, shift: $0) }.map { (day, $0) }
                }
            }
            let ranking = ReschedulingSearch.ranked(Array(0..<weeks), random: &random) { week in
                let missingThere = weekendShifts(of: week).filter { pricer.usable[$0.day][$0.shift] }.map(missing).reduce(0, +)
                return (missingThere, pricer.weekendCost(of: week, costs: costs))
            }
            for week in ranking.dropFirst(pricer.mostWeekends) {
                for (day, shift) in weekendShifts(of: week) { plan.forbid(day: day, shift: shift) }
            }
        }
        for (shift, maximum) in pricer.bindingShiftMaximums {
            let days = (0..<instance.dayCount).filter { pricer.usable[$0][shift] && plan.allows(day: $0, shift: shift) }
            guard days.count > maximum else { continue }
            for day in ReschedulingSearch.ranked(days, random: &random, by: { (missing(day: $0, shift: shift), costs[$0][shift]) })
                .dropFirst(maximum) {
                plan.forbid(day: day, shift: shift)
            }
        }
        return plan.isRestricted ? plan : nil
    }

    /// `items` by decreasing people missing and then increasing cost (`key`), ties in the order `random` shuffles
    /// them into.
    private static func ranked(_ items: [Int], random: inout SplitMix64, by key: (Int) -> (missing: Int, cost: Double)) -> [Int] {
        var order = items
        order.shuffle(using: &random)
        let keys = order.map(key)
        return order.indices.sorted { (-keys[$0].missing, keys[$0].cost) < (-keys[$1].missing, keys[$1].cost) }.map { order[$0] }
    }

    /// Places `employee` (not placed) on a schedule with as many shifts as the beam finds, whatever the cover
    /// (except that full cells stay closed) unless `withCover` adds the cover costs to the rewards. The usual
    /// misses come from maximums the beam's completion bound does not see (per shift type, weekends): cover
    /// costs draw it to the long shifts or the weekends early, and later it runs out of them before the minimum
    /// minutes. Every shift is rewarded alike, so that the person works steadily, or (`scaled`) each shift in
    /// proportion to how freely it can be worked (``LabellingPricer/scarcityShares()``), so that the beam saves
    /// the capped shifts and weekends (Instance 22's person AC needs 232 of 234 possible shifts with at most
    /// 26 weekends and 46 of each capped type). With the benchmark's weights (100 for a missing person) the
    /// reward (``shiftReward``) outweighs the cover, which then only chooses between schedules that work about
    /// as much; where the cover weighs more (the Heltid model's 1000 an uncovered hour) the attempt with the
    /// cover is much like plain re-planning, and the ones after it follow. The search re-plans the person
    /// against the cover afterwards.
    private mutating func placeWorkingMost(_ employee: Int, scaled: Bool, withCover: Bool, restriction: ScheduleRestriction? = nil,
                                           beamWidths: [Int?], budget: SearchBudget) -> Bool {
        let costs = ledger.marginalCosts(of: employee)
        let shares = pricers[employee].scarcityShares()
        let reward = costs.indices.map { day in
            costs[day].indices.map { shift in
                costs[day][shift] == CoverLedger.blocked ? CoverLedger.blocked
                    : (withCover ? costs[day][shift] : 0) - ReschedulingSearch.shiftReward * (scaled ? shares[day][shift] : 1)
            }
        }
        guard let found = pricers[employee].price(cellCosts: reward, threshold: CoverLedger.blocked / 2, limit: 1,
                                                  beamWidths: beamWidths, restriction: restriction, budget: budget)?.schedules.first else { return false }
        put(employee, found.shifts)
        return true
    }

    /// Re-plans each of `employees` (within `window`, when given) in turn until a whole pass improves nobody
    /// (or cancelled).
    private mutating func sweep(_ employees: [Int], window: RuinWindow? = nil, budget: SearchBudget) {
        var improved = true
        while improved && !budget.isSpent {
            improved = false
            for employee in employees {
                let before = guidedObjective
                replan(employee, window: window, budget: budget)
                if guidedObjective < before - 1e-9 { improved = true }
            }
        }
    }

    /// Improves the (complete) roster until `deadline` (seconds on `clock`), an interruption, an objective at
    /// `bound`, or (with `patience`) that many seconds without a better roster: a sweep of everyone first when
    /// `sweepingFirst`, then ruin and recreate. Two ruin-and-recreate
    /// attempts run at a time, one on each core (each on its own fork of the clock), from the same roster
    /// with their own seeds; the better one goes on. Returns the best roster met and when it was found.
    ///
    /// Tried in the thirty-second session and not kept (300 work s, 2026-12-05): where both attempts improved the
    /// roster and changed different people, the other's schedules put in too when that still lowered the objective
    /// (on Instance 24, 249 of the first 100 work s's attempts). The rosters fell faster early (24 at 100 work s:
    /// 134,036 and 135,747 against 167,812 and 154,315, seeds 1 and 2) but ended no lower: 24 at 86,252 and 83,715
    /// (85,876 and 82,856), 23 at 32,222 and 31,498 (31,286 and 30,794), 13 at 1536 (1471; seed 1).
    mutating func improve(clock: SearchClock, deadline: Double, sweepingFirst: Bool = true, patience: Double? = nil, bound: Double?,
                          progress: (@Sendable (SolverProgress) -> Void)?) -> (roster: Roster, objective: Double, secondsToBest: Double) {
        func elapsed() -> Double { clock.elapsed }
        let budget = SearchBudget(clock: clock, deadline: deadline)
        if sweepingFirst {
            var everyone = Array(instance.staff.indices)
            everyone.shuffle(using: &random)
            sweep(everyone, budget: budget)
        }
        var best = (roster: roster, objective: objective, secondsToBest: elapsed())
        let staff = instance.staff.count
        let largestRuin = max(2, min(staff, Int(Double(staff) * ReschedulingSearch.largestRuinShare)))
        var ruinSize = 2
        var lastReport = elapsed()
        while !budget.isSpent {
            if let bound, best.objective - bound < 1e-6 { break }
            if let patience, elapsed() - best.secondsToBest > patience { break }
            let size = ruinSize
            let windowed = instance.dayCount >= windowHorizonDays
            var first = self, second = self
            first.random = SplitMix64(seed: random.next())
            second.random = SplitMix64(seed: random.next())
            // Each attempt draws its own window (from its own generator).
            let (firstWindow, secondWindow) = (first.drawWindow(if: windowed), second.drawWindow(if: windowed))
            let (mine, helpers) = (SearchBudget(clock: clock.fork(), deadline: deadline), SearchBudget(clock: clock.fork(), deadline: deadline))
            let (one, other) = onTwoThreads({ first.attempt(size: size, window: firstWindow, budget: mine); return first },
                                            { [second] in
                                                var search = second
                                                search.attempt(size: size, window: secondWindow, budget: helpers)
                                                return search
                                            })
            clock.join(mine.clock, helpers.clock)
            let chosen = other.guidedObjective < one.guidedObjective - 1e-9 ? other : one
            let improved = chosen.guidedObjective < guidedObjective - 1e-9
            if chosen.guidedObjective <= guidedObjective + 1e-9 {
                // Equal rosters are taken too: the search moves along plateaus.
                let generator = random
                self = chosen
                random = generator
            }
            ruinSize = improved || ruinSize >= largestRuin ? 2 : ruinSize + 1
            if isComplete && objective < best.objective - 1e-9 {
                best = (roster, objective, elapsed())
            }
            if let progress, elapsed() - lastReport >= 1 {
                lastReport = elapsed()
                progress(SolverProgress(phase: "rescheduling search (\(ruinSize) staff)", incumbent: best.objective, bound: bound,
                                        elapsedSeconds: lastReport))
            }
        }
        return best
    }

    /// Re-plans whole schedules, one person after another in a seeded order that carries on from where the last
    /// call stopped, until `deadline` (seconds on `clock`), an interruption, or a whole round of the staff
    /// without a better schedule. Returns the roster and its objective.
    ///
    /// On long rotas (``windowHorizonDays`` days or more) the ruins change windows only, so a person's minutes
    /// stay where they were in each window; this moves them across the horizon (a shift given up in one month
    /// for an uncovered one in another). Measured on Instance 23 (300 work s, seed 1, 2026-12-03): a roster the
    /// ruins had taken to 78,057 went to 71,675 in one round (28 work s).
    ///
    /// Where the search ``plansPlacements``, every round re-plans each person within their
    /// ``placementPlan(for:costs:)``: the beams are as blind to the weekends and the capped types here as when the
    /// first roster is placed. From the twenty-first to the fifty-second session every other round did. Measured at
    /// 300 work s (seeds 1 and 2, 2026-12-04, twenty-first session), against rounds without plans: Instance 24 ended
    /// at 87,520 and 85,358 (92,554 and 89,644), 23 at 31,507 and 32,565 (31,217 and 31,446). With the plans ranked
    /// by the people missing (fifty-second session, 2026-12-07), every round against every other one: 24 at 69,324
    /// and 68,293 (68,904 and 70,109), 23 at 23,608 and 24,250 (25,056 and 24,716), 22 at 47,185 and 43,222 (47,903
    /// and 44,394), 21 at 23,154 (23,226; seed 1). Tried and not kept: the plan first and plain re-planning after it
    /// where the plan did not improve, in every round (24: 90,068 and 87,883; 23: 31,619 and 31,793; 21 at 23,583
    /// against 23,788 and 22 at 44,723 against 44,378, seed 1), and plans of the capped types alone, every other
    /// round (24: 89,886 and 90,936; 23: 31,260 and 31,946).
    mutating func replanWholeSchedules(clock: SearchClock, deadline: Double) -> (roster: Roster, objective: Double) {
        replanOneAtATime(order: \.wholeScheduleOrder, clock: clock, deadline: deadline) { search, employee, budget in
            search.replan(employee, planned: search.plansPlacements, budget: budget)
        }
    }

    /// Re-plans one person after another by `replanning`, in a seeded order kept at `order` that carries on from where
    /// the last call stopped, until `deadline` (seconds on `clock`), an interruption, or a whole round of the staff
    /// without a better roster. Returns the best roster met and its objective.
    private mutating func replanOneAtATime(order: WritableKeyPath<ReschedulingSearch, [Int]>, clock: SearchClock, deadline: Double,
                                           replanning: (inout ReschedulingSearch, Int, SearchBudget) -> Void) -> (roster: Roster, objective: Double) {
        let budget = SearchBudget(clock: clock, deadline: deadline)
        var unimprovedInARow = 0
        var best = (roster: roster, objective: objective)
        while !budget.isSpent && unimprovedInARow < instance.staff.count {
            if self[keyPath: order].isEmpty {
                var round = Array(instance.staff.indices)
                round.shuffle(using: &random)
                self[keyPath: order] = round
            }
            let employee = self[keyPath: order].removeLast()
            let before = guidedObjective
            replanning(&self, employee, budget)
            unimprovedInARow = guidedObjective < before - 1e-9 ? 0 : unimprovedInARow + 1
            if objective < best.objective - 1e-9 { best = (roster, objective) }
        }
        return best
    }

    /// Re-plans one person at a time in windows of ``slidingWindowDays`` days that slide over the horizon by half
    /// their length (each window against everybody else, the person's days outside it kept), people in a seeded order
    /// that carries on from where the last call stopped, until `deadline` (seconds on `clock`), an interruption, or a
    /// whole round of the staff without a better roster. Returns the best roster met and its objective.
    ///
    /// On long rotas the beams of whole-schedule re-planning (``replanWholeSchedules(clock:deadline:)``) stop finding
    /// anything once the roster is fair: on Instance 24's roster after 300 work s (74,498, seed 1, 2026-12-08), the
    /// beam of 128 labels, and one of 1024, found no better schedule for any of 8 people re-planned alone, not even
    /// the current one with one shift added (person P could take an uncovered night on day 332 with every rule kept).
    /// The person's exact optimum against the others (HiGHS on their own model, a probe outside Heltid) was 100–320
    /// lower for most people: 312 for P, 119 for BD, 317 for F. Two passes of windows of 28 days found 303, 107 and
    /// 307 of it, in about half a second per person; windows of 14 days found 206 for P, of 56 days 306. Measured at
    /// 300 work s (2026-12-08, fifty-third session) with these windows taking turns with the other searches, against
    /// the solver without them: Instance 24 ended at 67,959 and 67,941 (seeds 1 and 2; 69,324 and 68,293), 23 at
    /// 23,266 and 23,196 (23,608 and 24,250), 22 at 44,753 and 42,171 (47,185 and 43,222), 21 at 22,901 (23,154;
    /// seed 1); in the last 150 work s of those runs the windows made most of the gains. Windows of 56 days took 24 to
    /// 68,567 (seed 1).
    ///
    /// Tried in the same session and not kept: re-planning one person at a time in a block of 7 days around an
    /// uncovered shift, for each uncovered shift in turn and each person who could take it (24 ended at 71,525, 22 at
    /// 46,619, seed 1); each person's windows followed by windows of two 14-day blocks, the one with the most
    /// uncovered shifts they could take and each other in turn (24 at 71,636, 22 at 42,075); and whole schedules
    /// priced without the minimum of minutes (which then leaves the labels' state and becomes a resource), each
    /// minute worked rewarded 0.004 so that the minimum is met (24 at 71,755, 22 at 45,964). On Instance 19 (84 days,
    /// not a large rota) the windows by turns ended at 3508 against 3406 (seed 1).
    mutating func replanInSlidingWindows(clock: SearchClock, deadline: Double) -> (roster: Roster, objective: Double) {
        let days = instance.dayCount
        let length = min(days, ReschedulingSearch.slidingWindowDays)
        return replanOneAtATime(order: \.slidingWindowOrder, clock: clock, deadline: deadline) { search, employee, budget in
            for start in stride(from: 0, to: days, by: max(1, length / 2)) where !budget.isSpent {
                search.replan(employee, window: RuinWindow(start..<min(days, start + length)), budget: budget)
            }
        }
    }

    /// The length of the windows of ``replanInSlidingWindows(clock:deadline:)``, in days.
    static let slidingWindowDays = 28

    /// A window for a window ruin, when `windowed`: with ``drawsTransfers``, a transfer (``drawTransfer()``) in
    /// ``transferShare`` of the draws where there is one; otherwise a random stretch of ``windowWeeks`` weeks (at
    /// most the horizon).
    ///
    /// Tried in the thirtieth session and not kept (300 work s, 2026-12-05): in half the draws that are not transfers,
    /// where half weekends are charged, a block of 5–9 days around a random half weekend, its person taken out first:
    /// Instance 22 ended at 44,810 and 45,449 (seeds 1 and 2; 45,905 and 45,042), 19 at 3417 and 3405 (3506 and 3303),
    /// 23 at 33,172 (31,507), 24 at 87,627 (87,520).
    private mutating func drawWindow(if windowed: Bool) -> RuinWindow? {
        guard windowed else { return nil }
        if drawsTransfers && Double.random(in: 0..<1, using: &random) < ReschedulingSearch.transferShare,
           let transfer = drawTransfer() { return transfer }
        let length = min(instance.dayCount, 7 * Int.random(in: ReschedulingSearch.windowWeeks, using: &random))
        let start = Int.random(in: 0...(instance.dayCount - length), using: &random)
        return RuinWindow(start..<(start + length))
    }

    /// The days of each block of a transfer window, drawn at random (``RuinWindow/init(around:blockDays:dayCount:focus:)``).
    static let transferBlockDays = 5...9

    /// The share of window ruins that are transfers (``drawTransfer()``) where ``drawsTransfers``. Measured at 300
    /// work s, seed 1 (2026-12-04, nineteenth session): with a half, three quarters and seven eighths, Instance 21
    /// ended at 23,987, 23,525 and 23,461, 23 at 36,869, 34,031 and 34,137, 22 at 44,744 and 42,166 and 24 at
    /// 125,182 and 118,636 (a half and three quarters).
    static let transferShare = 0.75

    /// A transfer window (``RuinWindow``) for a random uncovered shift: blocks around its day and around a day on
    /// which someone who could take it (allowed that shift, off that day or on a shift worked above its demand)
    /// works a shift above its demand that they may give up for it. Where that person already works as many
    /// weekends as they may and the uncovered shift is on a weekend they do not work, the other day is on a
    /// weekend whose worked shifts are all above their demand; where they work as many shifts of its type as they
    /// may, the other day's shift is of that type. Drawn at random among all such people and days; nil when there
    /// is none.
    ///
    /// A window of consecutive weeks cannot do this where those limits bind: on Instance 21 at 300 work s (seed 1)
    /// every person worked their 13 weekends, weekends 7–13 were worked 95 shifts above their demand and weekends
    /// 16–25 had 220 shifts uncovered; on 23 the last and first weeks were short while the spring was over-covered,
    /// and people worked as many shifts of each type as they may (30–50 people per type). Measured at 300 work s,
    /// seed 1 (2026-12-04, nineteenth session), with transfers in half the window ruins against none: Instance 21
    /// ended at 23,987 (26,228), 23 at 36,869 (50,032), 24 at 125,182 (220,223), 22 at 44,744 and 44,950 (seeds 1 and
    /// 2; 44,121 and 45,768). With weekend transfers only, 21 ended at 24,901 and 23 at 51,081. On the smaller long
    /// rotas transfers did not pay: 19 ended at 3714 and 3407 (3465 and 3334), 20 at 5408 (5332), so they are drawn
    /// on large rotas only (``drawsTransfers``).
    ///
    /// Tried in the twenty-ninth session and not kept (300 work s, 2026-12-05): a quarter of the window ruins freeing
    /// a few people on blocks of 2–4 days around the Saturdays of 4–12 weeks (the week of an uncovered weekend shift,
    /// then weeks in which the one drawn to take it works a half weekend or shifts above their demand), so that
    /// weekends move between several weeks at once: 22 ended at 46,073 and 47,107 (seeds 1 and 2; 45,905 and 45,042),
    /// 23 at 31,239 (31,507), 24 at 90,515 (87,520); 22's half weekends stayed at 192 (175).
    ///
    /// Tried in the thirtieth session and not kept (300 work s, 2026-12-05): the drawn person's day may also be one of
    /// a half weekend whose other day someone else works alone and could take that person's shift (both taken out,
    /// the two half weekends to become one whole one): 22 ended at 45,619 and 46,773 (45,905 and 45,042), 23 at 32,746
    /// (31,507), 24 at 88,179 (87,520).
    private mutating func drawTransfer() -> RuinWindow? {
        let short = ledger.uncoveredCells
        guard !short.isEmpty else { return nil }
        let (day, shift) = short[Int.random(in: 0..<short.count, using: &random)]
        let weekend = instance.isWeekend(day: day)
        let type = instance.shiftTypes[shift].id
        var choices: [(employee: Int, day: Int)] = []
        for employee in instance.staff.indices {
            guard pricers[employee].usable[day][shift], let schedule = schedules[employee],
                  ledger.couldTake(day: day, working: schedule[day]) else { continue }
            let limits = instance.staff[employee].limits
            let weeks = schedule.count / 7
            let needsWeekend = weekend && day / 7 < weeks && !WeekendNeighbourhood.worksWeekend(schedule, week: day / 7)
                && WeekendNeighbourhood.weekendCount(schedule) >= (limits.maximumWeekends ?? .max)
            let needsType = schedule.filter { $0 == shift }.count >= (limits.maximumShifts[type] ?? .max)
            for (other, worked) in schedule.enumerated() {
                guard let worked, abs(other - day) >= 7, ledger.isOverCovered(day: other, shift: worked),
                      !needsType || worked == shift else { continue }
                if needsWeekend {
                    guard instance.isWeekend(day: other), other / 7 < weeks else { continue }
                    let saturday = 7 * (other / 7) + 5
                    guard [saturday, saturday + 1].allSatisfy({ weekendDay in
                        schedule[weekendDay].map { ledger.isOverCovered(day: weekendDay, shift: $0) } ?? true
                    }) else { continue }
                }
                choices.append((employee, other))
            }
        }
        let chains = weekend ? chainChoices(day: day, shift: shift) : []
        if !chains.isEmpty && (choices.isEmpty || Double.random(in: 0..<1, using: &random) < ReschedulingSearch.chainShare) {
            let chosen = chains[Int.random(in: 0..<chains.count, using: &random)]
            return RuinWindow(around: [day, chosen.day], blockDays: Int.random(in: ReschedulingSearch.transferBlockDays, using: &random),
                              dayCount: instance.dayCount,
                              focus: .init(day: day, shift: shift, employee: chosen.employee, helper: chosen.helper, helperDay: chosen.day))
        }
        guard !choices.isEmpty else { return nil }
        let chosen = choices[Int.random(in: 0..<choices.count, using: &random)]
        return RuinWindow(around: [day, chosen.day], blockDays: Int.random(in: ReschedulingSearch.transferBlockDays, using: &random),
                          dayCount: instance.dayCount, focus: .init(day: day, shift: shift, employee: chosen.employee))
    }

    /// The share of transfers drawn for an uncovered weekend shift that are chain transfers (``chainChoices(day:shift:)``)
    /// where there are both kinds; with chains only (all of them), Instance 24 ended at 87,653 at 300 work s (seed 1;
    /// 81,969 with half, 85,876 without chains).
    static let chainShare = 0.5

    /// Chain transfers for the uncovered weekend shift `shift` on `day`: someone allowed it who does not work that
    /// weekend but works as many weekends as they may, a day of another weekend they work, and a *helper* who could
    /// take their shift that day: someone off that weekend who works fewer weekends than they may, or someone who
    /// works only the weekend's other day (a half weekend made whole), where the drawn person's shift on that other
    /// day, if any, is above its demand.
    ///
    /// A plain transfer needs the weekend given up to be worked above its demand. Where it is not, the person could
    /// only move their weekend at the cost of the one they leave, a tie that re-planning never takes; the helper is
    /// re-planned first, on their own window (``helperWindow(for:)``), so that the weekend is covered once the person
    /// leaves it. On Instance 24 the year's last weeks ask for up to twice the weekend staff of its first weeks; by
    /// then the people allowed 26 weekends have spent most of them (5–9 of the last 14 at 300 work s, seed 1), while
    /// the part-timers allowed 39 and 52 work 23–35. Measured at 900 work s (2026-12-07, forty-eighth session), with
    /// chains against without: Instance 24 ended at 78,797 and 76,571 (seeds 1 and 2; 82,838 and 78,279), 23 at 27,962
    /// (29,197), and 22, where 7 weekends are to spare in all, at 40,499 (39,334; within its spread of about 2 %).
    func chainChoices(day: Int, shift: Int) -> [(employee: Int, day: Int, helper: Int)] {
        let weeks = instance.dayCount / 7
        guard day / 7 < weeks else { return [] }
        let spare = Set(instance.staff.indices.filter { employee in
            guard let schedule = schedules[employee] else { return false }
            return WeekendNeighbourhood.weekendCount(schedule) < pricers[employee].mostWeekends
        })
        var choices: [(employee: Int, day: Int, helper: Int)] = []
        for employee in instance.staff.indices {
            guard pricers[employee].usable[day][shift], let schedule = schedules[employee],
                  ledger.couldTake(day: day, working: schedule[day]),
                  !WeekendNeighbourhood.worksWeekend(schedule, week: day / 7), !spare.contains(employee) else { continue }
            for week in 0..<weeks where week != day / 7 {
                let saturday = 7 * week + 5
                for other in [saturday, saturday + 1] {
                    guard let worked = schedule[other] else { continue }
                    let opposite = other == saturday ? saturday + 1 : saturday
                    let oppositeSpare = schedule[opposite].map { ledger.isOverCovered(day: opposite, shift: $0) } ?? true
                    for helper in instance.staff.indices where helper != employee && (oppositeSpare || spare.contains(helper)) {
                        guard let helping = schedules[helper], helping[other] == nil, pricers[helper].usable[other][worked] else { continue }
                        guard helping[opposite] == nil ? spare.contains(helper) : oppositeSpare else { continue }
                        choices.append((employee, other, helper))
                    }
                }
            }
        }
        return choices
    }

    /// One ruin and recreate: takes `size` people out (of the days of `window` only, when given), puts them
    /// back one by one on their best schedules (a chain transfer's helper first, within ``helperWindow(for:)``, and
    /// then the person drawn) and sweeps them; back to the roster before when the result is worse or someone found
    /// no schedule.
    private mutating func attempt(size: Int, window: RuinWindow?, budget: SearchBudget) {
        let ruined = chooseRuin(size: size, window: window)
        let saved = ruined.map { schedules[$0]! }
        let before = guidedObjective
        let helper = window?.focus?.helper
        let helperWindow = helperWindow(for: window) ?? window
        for employee in ruined {
            if let window { takeOut(employee, of: employee == helper ? helperWindow ?? window : window) } else { takeOut(employee) }
        }
        var order = ruined
        order.shuffle(using: &random)
        if let focus = window?.focus, let helper {
            order = [helper, focus.employee] + order.filter { $0 != helper && $0 != focus.employee }
        }
        var complete = true
        for employee in order where !replan(employee, window: employee == helper ? helperWindow : window, budget: budget) { complete = false }
        if complete { sweep(order, window: window, budget: budget) }
        if !complete || guidedObjective > before + 1e-9 {
            for employee in ruined { takeOut(employee) }
            for (employee, shifts) in zip(ruined, saved) { put(employee, shifts) }
        }
    }

    /// For a chain transfer, the helper's own window: blocks around the day they are to take and around two days on which
    /// they work a weekday shift above its demand, so that their minutes can stay within their bounds (the
    /// benchmark's are 720 minutes wide: one more shift needs one fewer). Nil when they work no such shift.
    /// Re-planning the helper's whole schedule instead failed 455 times in 546 chains (the beams miss every schedule
    /// of a tightly bound person over a year) and left Instance 24 at 108,009 at 300 work s (seed 1).
    private mutating func helperWindow(for window: RuinWindow?) -> RuinWindow? {
        guard let focus = window?.focus, let helper = focus.helper, let day = focus.helperDay, let schedule = schedules[helper] else { return nil }
        let spare = schedule.indices.filter { other in
            guard let worked = schedule[other], !instance.isWeekend(day: other), abs(other - day) >= 4 else { return false }
            return ledger.isOverCovered(day: other, shift: worked)
        }
        guard !spare.isEmpty else { return nil }
        let shed = (0..<2).map { _ in spare[Int.random(in: 0..<spare.count, using: &random)] }
        return RuinWindow(around: [day] + shed, blockDays: Int.random(in: ReschedulingSearch.transferBlockDays, using: &random),
                          dayCount: instance.dayCount, focus: focus)
    }

    /// People to take out: at random, or (always for a transfer window, which names its uncovered shift and the
    /// person drawn to take it, that person first and a chain's helper second; otherwise every other time, when some cell, of the `window` if
    /// given, is short) half of them among those who could take a random uncovered cell's shift: those allowed it who are
    /// off that day or work a shift with more people than it needs. When everyone works a fixed amount (the
    /// benchmark's narrow minutes), the one to take an uncovered shift is rarely off that day: on Instance 23
    /// 730 shifts were uncovered while 2740 were worked above their demand. When that cell is on a Saturday or
    /// Sunday, the rest are people who work one day only of a weekend in the window (a *half weekend*, which
    /// spends a whole weekend of their allowance on one shift; see ``WeekendNeighbourhood``), so that one can
    /// give up such a weekend for the uncovered one. Measured at 150 work s (2026-12-03, fourteenth session):
    /// Instance 21 ended at 30,411 and 30,347 (32,868 and 30,555 without; seeds 1 and 2), 23 at 80,547 and
    /// 74,699 (88,865 and 84,899); at 300 work s, seed 1, 13 at 1499 (1672) and 19 at 3704 (3577, within its
    /// spread).
    private mutating func chooseRuin(size: Int, window: RuinWindow?) -> [Int] {
        var pool = Array(instance.staff.indices)
        pool.shuffle(using: &random)
        var uncovered: [(day: Int, shift: Int)] = []
        if let focus = window?.focus {
            // A transfer's uncovered shift, and the one drawn to take it first.
            pool = [focus.employee] + pool.filter { $0 != focus.employee }
            uncovered = [(focus.day, focus.shift)]
        } else if Bool.random(using: &random) {
            uncovered = ledger.uncoveredCells.filter { window?.contains($0.day) ?? true }
        }
        if !uncovered.isEmpty {
            let (day, shift) = uncovered[Int.random(in: 0..<uncovered.count, using: &random)]
            var candidates = Set(pool.filter { employee in
                guard pricers[employee].usable[day][shift], let schedule = schedules[employee] else { return false }
                return ledger.couldTake(day: day, working: schedule[day])
            }.prefix(max(1, size / 2)))
            if instance.isWeekend(day: day) {
                let weeks = window?.weeks ?? Array(0..<instance.horizon.weeks)
                candidates.formUnion(pool.filter { employee in
                    guard !candidates.contains(employee), let schedule = schedules[employee] else { return false }
                    return weeks.contains { WeekendNeighbourhood.worksHalf(schedule, week: $0) }
                }.prefix(max(0, size - candidates.count)))
            }
            pool = pool.filter(candidates.contains) + pool.filter { !candidates.contains($0) }
        }
        if let focus = window?.focus, let helper = focus.helper {
            pool = [focus.employee, helper] + pool.filter { $0 != focus.employee && $0 != helper }
        }
        return Array(pool.prefix(size))
    }
}
