import HeltidModel

/// Exact pricing of one employee's schedules for column generation: a resource-constrained shortest path
/// over the days, solved by labelling with dominance.
///
/// A label is a partial schedule up to some day. Its state holds everything the hard rules need from the
/// past: the last shifts (forbidden successions up to the longest day gap), the current run of working
/// days, days off and nights (with whether the run began on the first day, which exempts it from the
/// minimum runs), the weekend worked this week and the weeks since the last worked weekend (the "every
/// k-th weekend" pattern), the free time since the last shift and whether this week's weekly rest has been
/// found, and the planned minutes when a minimum or a position target makes them matter. Counters that
/// only have a maximum (shifts per type, minutes this week, weekends worked, minutes without a target) are
/// resources: of two labels with the same state, one dominates the other when it costs no more and uses
/// no more of each. For people with many maximums they are counted only once a relaxed pass's cheapest schedule
/// breaks them (``labelRelaxingCounts(costs:completion:threshold:limit:beamWidth:restriction:budget:)``). Every rule of
/// ``CompactFormulation`` for one employee is checked exactly, so the cheapest schedule returned is the pricing
/// optimum.
///
/// Cyclic rotas wrap every rule around the end of the horizon, which a forward pass cannot see; they are
/// priced by ``CompactFormulation`` instead (``init(employee:instance:demand:)`` returns nil).
struct LabellingPricer {
    /// The outcome of one pricing run.
    struct Result {
        /// Schedules found (by the labelling: those cheaper than the threshold), cheapest first, with their
        /// values (own cost plus cell costs).
        var schedules: [(value: Double, shifts: [Int?])]
        /// A proven lower bound on every schedule's value. Exact labelling: the optimum when a schedule below
        /// the threshold exists, the threshold otherwise. A beam: the same, or less when it dropped a label
        /// whose cost plus completion bound was lower (every schedule through a dropped label is worth at
        /// least that), so a beam that dropped only labels with no chance proves as much as the exact pass.
        var lowerBound: Double
    }

    let dayCount: Int
    let shiftCount: Int
    /// `usable[day][shift]`.
    let usable: [[Bool]]
    let paidMinutes: [Int]
    /// The days on which each shift type is usable.
    private let usableDays: [Int]
    /// The fewest paid minutes of a shift the employee may work (0 when there is none).
    private let shortestPaidShift: Int
    private let startMinute: [Int]
    private let endMinute: [Int]
    private let isNight: [Bool]
    /// `forbidden[gap - 1][first][second]`: `second` may not follow `first` `gap` days later.
    let forbidden: [[[Bool]]]
    /// `overlapsWeekend[dayOfWeek - 4][shift]` for Friday to Sunday: the shift counts as weekend work.
    private let overlapsWeekend: [[Bool]]
    private let ownCost: ScheduleCost
    let maximumWorkRun: Int
    private let minimumWorkRun: Int
    private let minimumOffRun: Int
    private let maximumNightRun: Int
    /// Weekends worked must be at least this many weeks apart (1: no pattern).
    private let weekendSpacing: Int
    private let maximumWeekends: Int?
    /// Most paid minutes in a rota week and over the horizon, and the fewest over the horizon.
    private let maximumWeekMinutes: Int
    let maximumMinutes: Int
    let minimumMinutes: Int
    /// The weekly rest in minutes (0: none).
    private let weeklyRest: Int
    /// The shift types with a personal maximum that can bind, those maximums, and each type's slot.
    private let countedShifts: [Int]
    private let maximumCounts: [Int]
    private let countedSlot: [Int?]
    /// Whether the labelling pass keeps each counted type's maximum (``labelRelaxingCounts(costs:completion:threshold:limit:beamWidth:restriction:budget:)``
    /// relaxes them); a relaxed type's counter stays 0.
    private var countsShift: [Bool]
    /// (shift types + 1) to the power of the longest succession gap: the history keeps that many days.
    private let historyModulus: Int64
    /// Whether the planned minutes are part of the state (a minimum or a position target) or a resource.
    private let minutesInState: Bool
    private let tracksWeekMinutes: Bool
    private let tracksWeekends: Bool
    /// Resources per label, in order: counts of the counted shift types, minutes this week, weekends
    /// worked, planned minutes (when not in the state).
    private let width: Int
    /// The most weekends the person may work over the horizon: their maximum, and one in every so many weeks
    /// under an "every k-th weekend" pattern.
    var mostWeekends: Int {
        let weeks = dayCount / 7
        return min(maximumWeekends ?? weeks, (weeks + weekendSpacing - 1) / weekendSpacing)
    }

    /// The shift types whose personal maximum can bind, each with that maximum.
    var bindingShiftMaximums: [(shift: Int, maximum: Int)] { Array(zip(countedShifts, maximumCounts)) }

    /// Whether the person's weekends must be a number of weeks apart (an "every k-th weekend" pattern).
    var hasWeekendPattern: Bool { weekendSpacing > 1 }

    /// Whether working `shift` on `day` counts as working that week's weekend (a Friday to Sunday shift that
    /// overlaps the weekend window).
    func countsAsWeekend(day: Int, shift: Int) -> Bool {
        day % 7 >= 4 && overlapsWeekend[day % 7 - 4][shift]
    }

    /// The fewest maximums that can bind from which a person's are relaxed in the labelling
    /// (``labelRelaxingCounts(costs:completion:threshold:limit:beamWidth:restriction:budget:)``; tests set it to 0 to
    /// relax everyone). With one to three, relaxed for everyone, the rosters of Instances 1–12 moved both ways at 60
    /// work s (2026-12-05: 12 ended at 4151, 4046, 4149 and 4142 against 4052, 4057 and 4052; 7 was proven in 31.9, 50.3
    /// and 27.6 work s against 46.3, 23.5 and 27.2), where few labels share a state anyway.
    var relaxedFromMaximums = 4

    /// The largest completion-bound table built, in entries (``CompletionBound/maximumEntries``; tests set it lower
    /// to price with the minutes relaxed).
    var completionBoundEntries = CompletionBound.maximumEntries

    /// A charge per weekend worked on one day only (Saturday or Sunday, not both), added to a schedule's value
    /// as if it were a cost: guidance for searches where weekends are scarce (``ReschedulingSearch``), 0 for
    /// pricing proper.
    var halfWeekendCharge = 0.0

    /// Whether a beam ranks its labels by their estimate plus the weekend gains they can no longer make
    /// (``WeekendShortfall``), where the person's weekend maximum is below the rota's weeks; the bounds stay those
    /// of the estimates alone. Set for the column generation's pricing (``SchedulePricing``): there, on Instance 19
    /// (300 work s, seed 1, 2026-12-06, run without giving up), the master stood at 3381 after 40 rounds and 3271
    /// after 56 (200 work s), against 3696 and 3606 (3554 after 72) without; by the wall clock, 3175 after 170 s
    /// (3337 after 212 s without), and one exact round then took the bound to 3120 (2700 without; best known
    /// 3149). Not set for the rescheduling search, whose beams it made worse: 19 ended at 3672 (3399) and 13 at
    /// 1572 (1447) with it there too.
    var ranksBeamsByWeekends = false

    /// The pricer for one employee, or nil for a cyclic rota.
    init?(employee: Int, instance: Instance, demand: DemandTable) {
        guard !instance.horizon.cyclic else { return nil }
        let person = instance.staff[employee]
        let rules = instance.rules
        dayCount = instance.dayCount
        shiftCount = instance.shiftTypes.count
        var usable = CompactFormulation.usableCells(of: employee, instance: instance, demand: demand)
        // A maximum of 0 closes the shift type; a maximum at or above the days it could be worked never binds.
        let limits = instance.shiftTypes.map { person.limits.maximumShifts[$0.id] }
        for (shift, limit) in limits.enumerated() where limit == 0 {
            for day in usable.indices { usable[day][shift] = false }
        }
        let usableDays = instance.shiftTypes.indices.map { shift in usable.filter { $0[shift] }.count }
        self.usableDays = usableDays
        let counted = instance.shiftTypes.indices.filter { shift in limits[shift].map { $0 < usableDays[shift] } ?? false }
        countedShifts = counted
        maximumCounts = counted.map { limits[$0]! }
        countedSlot = instance.shiftTypes.indices.map { counted.firstIndex(of: $0) }
        countsShift = Array(repeating: true, count: counted.count)
        self.usable = usable
        shortestPaidShift = instance.shiftTypes.indices.filter { shift in usable.contains { $0[shift] } }
            .map { instance.shiftTypes[$0].paidMinutes }.min() ?? 0
        paidMinutes = instance.shiftTypes.map(\.paidMinutes)
        startMinute = instance.shiftTypes.map(\.start.minutes)
        endMinute = instance.shiftTypes.map { $0.start.minutes + $0.durationMinutes }
        isNight = instance.shiftTypes.map { $0.category == .night }
        let successions = instance.forbiddenSuccessions()
        let longestGap = successions.map(\.dayGap).max() ?? 0
        var forbidden = Array(repeating: Array(repeating: Array(repeating: false, count: shiftCount), count: shiftCount), count: longestGap)
        for succession in successions where succession.dayGap >= 1 {
            forbidden[succession.dayGap - 1][succession.first][succession.second] = true
        }
        self.forbidden = forbidden
        historyModulus = (0..<longestGap).reduce(Int64(1)) { product, _ in product * Int64(instance.shiftTypes.count + 1) }
        overlapsWeekend = (4...6).map { dayOfWeek in
            instance.shiftTypes.map { rules.weekend.countsAsWeekendWork($0, dayOfWeek: dayOfWeek) }
        }
        ownCost = ScheduleCost(employee: employee, instance: instance)
        maximumWorkRun = instance.maximumConsecutiveWorkDays(of: person)
        minimumWorkRun = instance.minimumConsecutiveWorkDays(of: person)
        minimumOffRun = instance.minimumConsecutiveDaysOff(of: person)
        maximumNightRun = rules.maximumConsecutiveNights
        let weeks = instance.horizon.weeks
        let frequency = instance.weekendFrequency(of: person)
        weekendSpacing = frequency > 1 && rules.weekend.reading == .pattern ? frequency : 1
        let averageLimit = frequency > 1 && rules.weekend.reading == .average ? weeks / frequency : nil
        maximumWeekends = [person.limits.maximumWeekends, averageLimit].compactMap { $0 }.min()
        maximumWeekMinutes = Int((rules.maximumWeeklyHours * 60 + 1e-6).rounded(.down))
        let averageCap = rules.maximumAverageWeeklyHours * 60 * Double(weeks)
        let cap = [averageCap, instance.desiredMinutes(of: person), person.limits.maximumMinutes.map(Double.init)].compactMap { $0 }.min()!
        maximumMinutes = Int((cap + 1e-6).rounded(.down))
        minimumMinutes = Int((instance.minimumMinutes(of: person).map { $0 - 1e-6 } ?? 0).rounded(.up))
        weeklyRest = Int((rules.weeklyRestHours * 60).rounded())
        minutesInState = minimumMinutes > 0 || !ownCost.shortfalls.isEmpty
        tracksWeekMinutes = 7 * (paidMinutes.max() ?? 0) > maximumWeekMinutes
        tracksWeekends = maximumWeekends != nil
        width = counted.count + (tracksWeekMinutes ? 1 : 0) + (tracksWeekends ? 1 : 0) + (minutesInState ? 0 : 1)
    }

    /// What the rules need to know about a partial schedule (labels with equal states are compared by
    /// cost and resources).
    private struct State: Equatable {
        /// The shifts of the last days, most recent first, as shift + 1 (0: off), base `shiftCount + 1`.
        var history: Int = 0
        /// Days in the current run of working days (0: off yesterday) and of days off (0: worked yesterday;
        /// capped at the minimum off run).
        var workRun: Int16 = 0
        var offRun: Int16 = 0
        var nightRun: Int16 = 0
        /// Bit 0: the current run began on the first day (exempt from the minimum runs); bit 1: this week's
        /// weekend is worked; bit 2: this week's weekly rest is found; bit 3: this Saturday is worked (kept only
        /// with a ``halfWeekendCharge``).
        var flags: Int16 = 1
        /// Weeks since the last worked weekend, capped at the spacing.
        var weeksSinceWeekend: Int16
        /// Minutes from the end of the last shift to the start of the current day, capped at the weekly rest.
        var freeMinutes: Int32
        /// Planned minutes, when they are part of the state.
        var minutes: Int32 = 0

        /// A hash for ``FrontTable``: the fields packed into three words, each multiplied by an odd constant,
        /// mixed and folded (the table takes the low bits).
        var mixedHash: UInt64 {
            let runs = UInt64(UInt16(bitPattern: workRun)) | UInt64(UInt16(bitPattern: offRun)) << 16
                | UInt64(UInt16(bitPattern: nightRun)) << 32 | UInt64(UInt16(bitPattern: flags)) << 48
            let rest = UInt64(UInt16(bitPattern: weeksSinceWeekend)) | UInt64(UInt32(bitPattern: freeMinutes)) << 16
                ^ UInt64(UInt32(bitPattern: minutes)) << 32
            var hash = UInt64(bitPattern: Int64(history)) &* 0x9E37_79B9_7F4A_7C15
            hash = (hash ^ runs) &* 0xBF58_476D_1CE4_E5B9
            hash = (hash ^ rest) &* 0x94D0_49BB_1331_11EB
            return hash ^ (hash >> 31)
        }
    }

    private static let exemptRun: Int16 = 1, weekendWorked: Int16 = 2, restFound: Int16 = 4, saturdayWorked: Int16 = 8

    /// Labels of one day, structure of arrays.
    private struct Layer {
        var states: [State] = []
        var costs: [Double] = []
        /// Cost plus the completion bound: the least value a schedule through the label can have.
        var estimates: [Double] = []
        /// Label index on the previous layer and the shift worked on this layer's day (-1: off).
        var parents: [Int32] = []
        var shifts: [Int8] = []
        /// `width` values per label.
        var resources: [Int32] = []
        var alive: [Bool] = []
        /// The labels of each state form a chain (the Pareto front of that state): its first label, and
        /// each label's next one (-1 ends it).
        var front = FrontTable<State>()
        var nextInFront: [Int32] = []

        init() {}

        /// An empty layer with room for `labels` labels of `width` resources each (a day's labels are about as
        /// many as the day before's), so that its arrays and its front table do not grow step by step.
        init(reserving labels: Int, width: Int) {
            states.reserveCapacity(labels)
            costs.reserveCapacity(labels)
            estimates.reserveCapacity(labels)
            parents.reserveCapacity(labels)
            shifts.reserveCapacity(labels)
            resources.reserveCapacity(labels * width)
            alive.reserveCapacity(labels)
            nextInFront.reserveCapacity(labels)
            front = FrontTable(expected: labels)
        }
    }

    /// The cheapest schedules whose value (own cost plus `cellCosts[day][shift]`) is below `threshold`, at
    /// most `limit` of them; nil when the `budget` runs out first (its clock is charged for the labels made,
    /// the dominance checks and the completion bound; without a budget the pricing always finishes).
    ///
    /// The beam passes run in turn until one finds a schedule or proves there is none: a pass with a beam
    /// width keeps only that many labels a day, those with the least cost plus completion bound (a fast
    /// heuristic whose lower bound is weaker when it dropped labels). A nil width is the exact labelling, and
    /// it always runs, for its bound: after a beam that found `limit` schedules it looks only below the
    /// dearest of them (nothing else can be among the `limit` cheapest, and the lower threshold prunes far
    /// more labels: on Instance 13 early in the column generation nearly every label is below the master's
    /// threshold, and the first exact round took 7.8 s instead of 22 s), and the schedules of both passes are
    /// merged. For a person with at least ``relaxedFromMaximums`` maximums that can bind, the exact pass (and the
    /// beams too, `relaxingBeams`) relaxes them until its cheapest schedule keeps them
    /// (``labelRelaxingCounts(costs:completion:threshold:limit:beamWidth:restriction:budget:)``): the first schedule is
    /// still the optimum, the others are among the cheapest that keep every rule. With a `restriction`, only the
    /// schedules it admits count.
    func price(cellCosts: [[Double]], threshold: Double, limit: Int, beamWidths: [Int?] = [nil], relaxingBeams: Bool = false,
               restriction: ScheduleRestriction? = nil, budget: SearchBudget? = nil) -> Result? {
        let costs = (0..<dayCount).map { day in (0..<shiftCount).map { cellCosts[day][$0] + ownCost.cellCosts[day][$0] } }
        let restriction = restriction?.isRestricted == true ? restriction : nil
        let completion = CompletionBound(pricer: self, costs: costs, windowed: ownCost.shortfalls.isEmpty, restriction: restriction)
        budget?.clock.chargeCompletionBound(entries: completion.work)
        var result: Result?
        for beamWidth in beamWidths {
            if let found = result {
                // Proven already: nothing below the threshold, or nothing below the best schedule found.
                if found.lowerBound >= min(threshold, found.schedules.first?.value ?? threshold) { break }
                if beamWidth != nil && !found.schedules.isEmpty { continue }
            }
            let earlier = result?.schedules ?? []
            // The exact pass looks below the beam's `limit`-th schedule: its cheapest is then the optimum, as
            // from the exact pass alone.
            let passThreshold = beamWidth == nil && earlier.count >= limit ? min(threshold, earlier[limit - 1].value) : threshold
            let relaxes = countedShifts.count >= relaxedFromMaximums && (beamWidth == nil || relaxingBeams)
            guard var pass = relaxes
                    ? labelRelaxingCounts(costs: costs, completion: completion, threshold: passThreshold, limit: limit,
                                          beamWidth: beamWidth, restriction: restriction, budget: budget)
                    : label(costs: costs, completion: completion, threshold: passThreshold, limit: limit, beamWidth: beamWidth,
                            restriction: restriction, budget: budget) else { return nil }
            // Each pass's bound holds, so the better one stands; so does the best schedule already found.
            pass.lowerBound = max(pass.lowerBound, result?.lowerBound ?? -.infinity)
            if !earlier.isEmpty {
                pass.lowerBound = min(pass.lowerBound, earlier[0].value)
                pass.schedules = LabellingPricer.merged(pass.schedules, earlier, limit: limit)
            }
            result = pass
        }
        return result
    }

    /// The `limit` cheapest of two lists of schedules (each cheapest first), each schedule once.
    private static func merged(_ first: [(value: Double, shifts: [Int?])], _ second: [(value: Double, shifts: [Int?])],
                               limit: Int) -> [(value: Double, shifts: [Int?])] {
        var schedules: [(value: Double, shifts: [Int?])] = []
        for candidate in (first + second).sorted(by: { $0.value < $1.value }) where schedules.count < limit {
            if !schedules.contains(where: { $0.shifts == candidate.shifts }) { schedules.append(candidate) }
        }
        return schedules
    }

    /// One labelling pass with the shift-type maximums relaxed at first (decremental state-space relaxation): the
    /// pass runs with none of them counted, and while its cheapest schedule works more of a type than the person's
    /// maximum, it runs again with those types counted too. A relaxed pass's bound holds (it prices a superset of the
    /// schedules), so the first pass whose cheapest schedule keeps every maximum has found the optimum (the exact
    /// pass) or the beam's best; its other schedules that keep them are returned with it, those that do not are
    /// dropped (so fewer than `limit` may come back).
    ///
    /// Counted maximums split each state's labels by their counts: on Instance 13 (four to nine maximums a person) a
    /// day of the exact labelling held about 21 labels per state, and a beam's 64 labels a day went to copies of a
    /// few states with other counts. Relaxed, 987 of 13's first 1207 exact pricings needed one pass and 200 two; its
    /// first exact round took 4.0 instead of 10.5 work s, and the beams no longer stalled: run without giving up (1200
    /// work s, 2026-12-05, everyone relaxed), its column generation's master fell from 4615 to 1349.6 in 55 rounds and
    /// the bound met it at 1348.0 (the best known, so optimal), where the beams had stalled near 1651 after 102
    /// rounds. Instance 15 (up to five maximums a person; 300 work s, seeds 1 and 2) ended at 3848 and 3848 with the
    /// bound at 3807 and 3809, against 3857 and 3856 with 3745 and 3747.
    private func labelRelaxingCounts(costs: [[Double]], completion: CompletionBound, threshold: Double, limit: Int, beamWidth: Int?,
                                     restriction: ScheduleRestriction?, budget: SearchBudget?) -> Result? {
        var relaxed = self
        relaxed.countsShift = Array(repeating: false, count: countedShifts.count)
        while true {
            guard let pass = relaxed.label(costs: costs, completion: completion, threshold: threshold, limit: limit, beamWidth: beamWidth,
                                           restriction: restriction, budget: budget) else { return nil }
            /// The relaxed maximums `shifts` exceeds.
            func exceeded(_ shifts: [Int?]) -> [Int] {
                countedShifts.indices.filter { slot in
                    !relaxed.countsShift[slot] && shifts.lazy.filter { $0 == countedShifts[slot] }.count > maximumCounts[slot]
                }
            }
            guard let cheapest = pass.schedules.first else { return pass }
            let broken = exceeded(cheapest.shifts)
            guard !broken.isEmpty else {
                return Result(schedules: pass.schedules.filter { exceeded($0.shifts).isEmpty }, lowerBound: pass.lowerBound)
            }
            for slot in broken { relaxed.countsShift[slot] = true }
        }
    }

    /// One labelling pass over the days (see ``price(cellCosts:threshold:limit:beamWidths:relaxingBeams:restriction:budget:)``).
    private func label(costs: [[Double]], completion: CompletionBound, threshold: Double, limit: Int, beamWidth: Int?,
                       restriction: ScheduleRestriction?, budget: SearchBudget?) -> Result? {
        let positionCost: ((Int) -> Double)? = ownCost.shortfalls.isEmpty ? nil : { ownCost.positionCost(planned: Double($0)) }
        var layers: [Layer] = []
        var layer = Layer()
        layer.states = [State(weeksSinceWeekend: Int16(weekendSpacing), freeMinutes: Int32(weeklyRest))]
        layer.costs = [0]
        layer.estimates = [0]
        layer.parents = [-1]
        layer.shifts = [-1]
        layer.resources = Array(repeating: 0, count: width)
        layer.alive = [true]
        layer.nextInFront = [-1]
        // The least value a schedule through a label the beam dropped can have.
        var leastDropped = Double.infinity
        let weekendShortfall = beamWidth != nil && ranksBeamsByWeekends ? self.weekendShortfall(costs: costs) : nil
        var resources = [Int32](repeating: 0, count: width)
        // Days with a choice are labelled; the forced days after them (a window's suffix) are walked.
        let walkFrom = completion.forcedFrom
        for day in 0..<walkFrom {
            if budget?.isSpent == true { return nil }
            var next = Layer(reserving: layer.states.count, width: width)
            // Work: the labels made and the dominance checks among them (counted since the last charge).
            var charged = 0
            var labels = 0
            var checks = 0
            for label in layer.states.indices where layer.alive[label] {
                // A day of the exact labelling can hold millions of labels: look at the clock within it too.
                if label - charged >= 4096, let budget {
                    budget.clock.chargeLabelling(labels: labels, checks: checks)
                    (charged, labels, checks) = (label, 0, 0)
                    if budget.isSpent { return nil }
                }
                for shift in -1..<shiftCount {
                    if shift >= 0 && !usable[day][shift] { continue }
                    if let restriction, !restriction.allows(day: day, shift: shift >= 0 ? shift : nil) { continue }
                    let cost = layer.costs[label] + (shift >= 0 ? costs[day][shift] : 0)
                        + halfWeekendCharge(after: layer.states[label], day: day, shift: shift)
                    for slot in 0..<width { resources[slot] = layer.resources[label * width + slot] }
                    guard let state = successor(of: layer.states[label], day: day, shift: shift, resources: &resources) else { continue }
                    let minutes = minutesInState ? Int(state.minutes) : Int(resources[width - 1])
                    let rest = completion.least(day: day + 1, yesterday: shift >= 0 ? shift : nil, workRun: Int(state.workRun),
                                                offRun: Int(state.offRun), exempt: state.flags & LabellingPricer.exemptRun != 0,
                                                minutes: minutes, extra: positionCost)
                    guard cost + rest + ownCost.constant < threshold else { continue }
                    labels += 1
                    insert(state, cost: cost, estimate: cost + rest, parent: label, shift: shift, resources: resources, into: &next,
                           checks: &checks)
                }
            }
            budget?.clock.chargeLabelling(labels: labels, checks: checks)
            if let beamWidth, next.alive.count > beamWidth {
                var kept = next.alive.indices.filter { next.alive[$0] }
                if kept.count > beamWidth {
                    let estimates = next.estimates
                    // Ranked by estimate, plus the weekend shortfall where the beam ranks by weekends; the bound
                    // below still reads the estimates alone.
                    let ranks = weekendShortfall.map { weekendShortfall in
                        var ranks = estimates
                        for label in kept {
                            ranks[label] += weekendShortfall.shortfall(after: day, weekendsWorked: weekendsWorked(of: label, in: next, day: day))
                        }
                        return ranks
                    } ?? estimates
                    kept.partitionLeast(beamWidth) { (ranks[$0], $0) < (ranks[$1], $1) }
                    let dropped = kept[beamWidth...]
                    leastDropped = min(leastDropped, dropped.reduce(.infinity) { min($0, estimates[$1]) } + ownCost.constant)
                    for label in dropped { next.alive[label] = false }
                }
            }
            layers.append(layer)
            layer = next
        }
        layers.append(layer)
        // Each label walks the forced days alone: one path each, so dominance would only cost hashing.
        var finished: [(value: Double, label: Int)] = []
        var walked = 0
        for label in layer.states.indices where layer.alive[label] {
            var state = layer.states[label]
            var cost = layer.costs[label]
            for slot in 0..<width { resources[slot] = layer.resources[label * width + slot] }
            var kept = true
            for day in walkFrom..<dayCount {
                let shift = completion.forcedChoice[day]!
                walked += 1
                guard let next = successor(of: state, day: day, shift: shift, resources: &resources) else {
                    kept = false
                    break
                }
                cost += halfWeekendCharge(after: state, day: day, shift: shift)
                state = next
                if shift >= 0 { cost += costs[day][shift] }
            }
            guard kept else { continue }
            let minutes = minutesInState ? Int(state.minutes) : Int(resources[width - 1])
            guard minutes >= minimumMinutes else { continue }
            let value = cost + ownCost.constant + ownCost.positionCost(planned: Double(minutes))
            if value < threshold { finished.append((value, label)) }
        }
        budget?.clock.chargeLabelling(labels: walked, checks: 0)
        finished.sort { ($0.value, $0.label) < ($1.value, $1.label) }
        let schedules = finished.prefix(limit).map {
            (value: $0.value, shifts: schedule(endingAt: $0.label, layers: layers, forced: completion.forcedChoice))
        }
        return Result(schedules: schedules, lowerBound: min(schedules.first?.value ?? threshold, leastDropped))
    }

    /// The ``halfWeekendCharge`` of working `shift` (-1: off) on `day` after `state`: on a Sunday worked
    /// without the Saturday or off after a Saturday worked.
    private func halfWeekendCharge(after state: State, day: Int, shift: Int) -> Double {
        guard halfWeekendCharge > 0, day % 7 == 6 else { return 0 }
        return (state.flags & LabellingPricer.saturdayWorked != 0) != (shift >= 0) ? halfWeekendCharge : 0
    }

    /// The ``WeekendShortfall`` of a beam under `costs` (the cell costs with the person's own), where the person may
    /// work fewer weekends than the rota has; nil otherwise.
    private func weekendShortfall(costs: [[Double]]) -> WeekendShortfall? {
        let weeks = dayCount / 7
        guard tracksWeekends, let maximumWeekends, maximumWeekends < weeks else { return nil }
        return WeekendShortfall(gains: (0..<weeks).map { -weekendCost(of: $0, costs: costs) }, maximum: maximumWeekends)
    }

    /// The least the weekend of `week` (from 0) can add to a schedule's value under `costs`: over Friday to Sunday,
    /// the negative part of the cheapest usable shift that counts as weekend work (0 where none costs below 0).
    func weekendCost(of week: Int, costs: [[Double]]) -> Double {
        (7 * week + 4...7 * week + 6).reduce(0) { sum, day in
            let cheapest = (0..<shiftCount).filter { usable[day][$0] && countsAsWeekend(day: day, shift: $0) }
                .map { costs[day][$0] }.min() ?? 0
            return sum + min(0, cheapest)
        }
    }

    /// The slot of the weekend counter among a label's resources (where ``tracksWeekends``).
    private var weekendSlot: Int { countedShifts.count + (tracksWeekMinutes ? 1 : 0) }

    /// The weekends the label at `label` of `layer` (the labels after `day`) has worked: its counter (0 where the
    /// maximum can no longer bind, which leaves no shortfall either), and this week's on a Friday or Saturday
    /// where it works a shift of it (the counter takes it on the Sunday).
    private func weekendsWorked(of label: Int, in layer: Layer, day: Int) -> Int {
        let counted = Int(layer.resources[label * width + weekendSlot])
        let thisWeek = (day % 7 == 4 || day % 7 == 5) && layer.states[label].flags & LabellingPricer.weekendWorked != 0
        return counted + (thisWeek ? 1 : 0)
    }

    /// For each cell, the share of the days it could be worked that its scarcest capped resource allows: the
    /// maximum of its shift type over the days the type is usable (for the counted types), the most weekends
    /// over the weeks (for shifts that count as weekend work), 1 for cells no maximum limits. A reward in
    /// proportion steers a beam to the shifts it can keep working all through the horizon.
    func scarcityShares() -> [[Double]] {
        let weekendShare = maximumWeekends.map { Double($0) / Double(max(1, dayCount / 7)) } ?? 1
        return (0..<dayCount).map { day in
            (0..<shiftCount).map { shift in
                var share = 1.0
                if let slot = countedSlot[shift] { share = Double(maximumCounts[slot]) / Double(max(1, usableDays[shift])) }
                if day % 7 >= 4 && overlapsWeekend[day % 7 - 4][shift] { share = min(share, weekendShare) }
                return share
            }
        }
    }

    /// The state after working `shift` (a usable one, or off: -1) on `day`, with the resources updated; nil
    /// when a rule forbids it.
    private func successor(of state: State, day: Int, shift: Int, resources: inout [Int32]) -> State? {
        var next = state
        let base = Int64(shiftCount + 1)
        let dayOfWeek = day % 7
        let exempt = state.flags & LabellingPricer.exemptRun != 0
        var resourceIndex = countedShifts.count
        if shift >= 0 {
            var history = Int64(state.history)
            for gap in forbidden.indices {
                let earlier = Int(history % base) - 1
                history /= base
                if earlier >= 0 && forbidden[gap][earlier][shift] { return nil }
            }
            guard let run = runStep(workRun: Int(state.workRun), offRun: Int(state.offRun), exempt: exempt, works: true) else { return nil }
            (next.workRun, next.offRun) = (Int16(run.workRun), Int16(run.offRun))
            if !run.exempt { next.flags &= ~LabellingPricer.exemptRun }
            if isNight[shift] {
                guard Int(state.nightRun) < maximumNightRun else { return nil }
                next.nightRun = state.nightRun + 1
            } else {
                next.nightRun = 0
            }
            if let slot = countedSlot[shift], countsShift[slot] {
                guard Int(resources[slot]) < maximumCounts[slot] else { return nil }
                resources[slot] += 1
            }
            let paid = Int32(paidMinutes[shift])
            if tracksWeekMinutes {
                if dayOfWeek == 0 { resources[resourceIndex] = 0 }
                guard Int(resources[resourceIndex] + paid) <= maximumWeekMinutes else { return nil }
                resources[resourceIndex] += paid
            }
            if minutesInState {
                guard Int(state.minutes + paid) <= maximumMinutes else { return nil }
                next.minutes += paid
            } else {
                guard Int(resources[width - 1] + paid) <= maximumMinutes else { return nil }
                resources[width - 1] += paid
            }
            if dayOfWeek >= 4 && overlapsWeekend[dayOfWeek - 4][shift] { next.flags |= LabellingPricer.weekendWorked }
            if dayOfWeek == 5 && halfWeekendCharge > 0 { next.flags |= LabellingPricer.saturdayWorked }
            if weeklyRest > 0 {
                if state.flags & LabellingPricer.restFound == 0 {
                    let sinceWindowStart = min(Int(state.freeMinutes), dayOfWeek * 1440)
                    if weeklyRest - sinceWindowStart <= startMinute[shift] { next.flags |= LabellingPricer.restFound }
                }
                next.freeMinutes = Int32(min(Int(state.freeMinutes) + 1440, 1440 - endMinute[shift], weeklyRest))
            }
        } else {
            guard let run = runStep(workRun: Int(state.workRun), offRun: Int(state.offRun), exempt: exempt, works: false) else { return nil }
            (next.workRun, next.offRun) = (Int16(run.workRun), Int16(run.offRun))
            if !run.exempt { next.flags &= ~LabellingPricer.exemptRun }
            next.nightRun = 0
            if tracksWeekMinutes && dayOfWeek == 0 { resources[resourceIndex] = 0 }
            if weeklyRest > 0 { next.freeMinutes = Int32(min(Int(state.freeMinutes) + 1440, weeklyRest)) }
        }
        next.history = Int((Int64(state.history) * base + Int64(shift + 1)) % historyModulus)
        if tracksWeekMinutes { resourceIndex += 1 }
        if weeklyRest > 0 && next.flags & LabellingPricer.restFound == 0
            && min(Int(next.freeMinutes), (dayOfWeek + 1) * 1440) >= weeklyRest {
            next.flags |= LabellingPricer.restFound
        }
        if dayOfWeek == 6 {
            // The week ends: its weekly rest and its weekend are settled.
            next.flags &= ~LabellingPricer.saturdayWorked
            if weeklyRest > 0 {
                guard next.flags & LabellingPricer.restFound != 0 else { return nil }
                next.flags &= ~LabellingPricer.restFound
            }
            if next.flags & LabellingPricer.weekendWorked != 0 {
                guard Int(next.weeksSinceWeekend) >= weekendSpacing else { return nil }
                next.weeksSinceWeekend = 1
                if tracksWeekends {
                    guard Int(resources[resourceIndex]) < maximumWeekends! else { return nil }
                    resources[resourceIndex] += 1
                }
                next.flags &= ~LabellingPricer.weekendWorked
            } else {
                next.weeksSinceWeekend = Int16(min(Int(next.weeksSinceWeekend) + 1, weekendSpacing))
            }
        }
        forgetSlack(in: &resources, after: day, minutes: minutesInState ? Int(next.minutes) : Int(resources[width - 1]))
        return next
    }

    /// Sets to 0 every counter whose maximum can no longer be reached, whatever the remaining days bring (at
    /// most one shift a day, within the minutes left, one weekend a week), so that labels differing only in
    /// counts that cannot bind compare as equal. The counters still only grow from there, and stay within
    /// their maximum for the same reason.
    private func forgetSlack(in resources: inout [Int32], after day: Int, minutes: Int) {
        let daysLeft = dayCount - day - 1
        let shiftsLeft = shortestPaidShift > 0 ? min(daysLeft, (maximumMinutes - minutes) / shortestPaidShift) : daysLeft
        for slot in countedShifts.indices where Int(resources[slot]) + shiftsLeft <= maximumCounts[slot] {
            resources[slot] = 0
        }
        if let maximumWeekends {
            let weekendsLeft = (dayCount - day + 5) / 7 // week ends after `day`, this week's included unless it ended
            if Int(resources[weekendSlot]) + weekendsLeft <= maximumWeekends { resources[weekendSlot] = 0 }
        }
    }

    /// The runs after a day worked or off: the run of working days (0 after a day off), of days off (0 after a
    /// working day; capped at ``offRunCap``) and whether the current run began on the first day; nil when the
    /// day would end a run shorter than its minimum (runs begun on the first day are exempt) or make the
    /// working run too long. Before the first day both runs are 0 and the flag is set.
    func runStep(workRun: Int, offRun: Int, exempt: Bool, works: Bool) -> (workRun: Int, offRun: Int, exempt: Bool)? {
        if works {
            if offRun > 0 && offRun < minimumOffRun && !exempt { return nil }
            guard workRun < maximumWorkRun else { return nil }
            return (workRun + 1, 0, exempt && offRun == 0)
        }
        if workRun > 0 && workRun < minimumWorkRun && !exempt { return nil }
        return (0, min(offRun + 1, offRunCap), exempt && workRun == 0)
    }

    /// The largest off run the state keeps: beyond the minimum, longer runs of days off are alike.
    var offRunCap: Int { max(minimumOffRun, 1) }

    /// Adds a label unless one with the same state dominates it; removes those it dominates.
    private func insert(_ state: State, cost: Double, estimate: Double, parent: Int, shift: Int, resources: [Int32], into layer: inout Layer,
                        checks: inout Int) {
        let hash = state.mixedHash
        let slot = layer.front.slot(of: state, hash: hash, keys: layer.states)
        let head = layer.front.label(at: slot)
        let width = width
        // The front's chains are walked through unchecked views (the hottest loop of the rescheduling search).
        var first = head
        let dominated: Bool = resources.withUnsafeBufferPointer { new in
            layer.resources.withUnsafeBufferPointer { kept in
                func covers(_ other: Int, _ smaller: (Int32, Int32) -> Bool) -> Bool {
                    let base = other * width
                    for slot in 0..<width where !smaller(kept[base + slot], new[slot]) { return false }
                    return true
                }
                var other = Int(head)
                while other >= 0 {
                    checks += 1
                    if layer.costs[other] <= cost + 1e-9 && covers(other, <=) { return true }
                    other = Int(layer.nextInFront[other])
                }
                // Drop (and unlink) the labels the new one dominates.
                var previous = -1
                other = Int(head)
                while other >= 0 {
                    checks += 1
                    let next = layer.nextInFront[other]
                    if cost <= layer.costs[other] + 1e-9 && covers(other, >=) {
                        layer.alive[other] = false
                        if previous < 0 { first = next } else { layer.nextInFront[previous] = next }
                    } else {
                        previous = other
                    }
                    other = Int(next)
                }
                return false
            }
        }
        if dominated { return }
        let label = Int32(layer.states.count)
        layer.nextInFront.append(first)
        layer.states.append(state)
        layer.front.set(label, at: slot, keys: layer.states, hash: \.mixedHash)
        layer.costs.append(cost)
        layer.estimates.append(estimate)
        layer.parents.append(Int32(parent))
        layer.shifts.append(Int8(shift))
        layer.resources.append(contentsOf: resources)
        layer.alive.append(true)
    }

    /// The schedule of a label on the last layer, read back through the parents; the days after the last
    /// layer take their `forced` choice.
    private func schedule(endingAt label: Int, layers: [Layer], forced: [Int?]) -> [Int?] {
        var shifts: [Int?] = Array(repeating: nil, count: dayCount)
        let labelled = layers.count - 1
        for day in labelled..<dayCount where forced[day]! >= 0 { shifts[day] = forced[day] }
        var current = label
        for day in stride(from: labelled - 1, through: 0, by: -1) {
            let layer = layers[day + 1]
            let shift = Int(layer.shifts[current])
            shifts[day] = shift >= 0 ? shift : nil
            current = Int(layer.parents[current])
        }
        return shifts
    }
}
