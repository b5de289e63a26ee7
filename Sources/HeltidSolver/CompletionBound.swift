/// The least a partial schedule's remaining days can add, for pruning the labelling pricer: a backward
/// dynamic programme over a relaxation of the pricer's state (yesterday's shift, the runs of working days
/// and days off with their first-day exemption, and the minutes worked from that day on), keeping only the
/// rules these decide: usable cells, next-day successions, the longest working run, the shortest runs and
/// the total minutes. Every schedule the pricer accepts is accepted here, so a label whose cost plus this
/// bound reaches the threshold can be dropped without losing the optimum.
///
/// Days whose choice is forced (one open choice: a restriction from a window ruin, a dive or a branch) are
/// kept out of the table: it covers the first day with a choice to the day after the last one. After that,
/// each state's completion is walked once through the forced days (exact); before the first, the bound is
/// the forced days' cost plus the least entry of the table's first day (a label there has one path anyway).
/// On a 182-day rota with a 14-day window open this makes the table a twelfth of the whole one. The minutes
/// of the forced days are known too, so each row of the table holds only the totals the open days can still
/// add (``rowLength``): on Instance 20 a 14-day window leaves 10 of the 118 totals of 480 minutes. Of those,
/// each day computes only the rows a label can still need: at most what the open days after it add, at most
/// the most the minutes allow, and at least the least that brings a label there within the minutes' bounds
/// (a label has worked at most the longest shift a day since the table's first day). With the benchmark's
/// narrow minutes bands that halves a window's table (on Instance 23, 2026-12-03, together with the
/// four-at-a-time inner loop (``relax(_:from:count:cost:)``) and the scanned bands (``scansRows``), a 150
/// work-second run took 68 s instead of 83 s and gave the same rota).
///
/// Where the minutes would make the table too large (a whole year's schedule, ``maximumEntries``), they are left
/// out of it and relaxed instead (Lagrangian relaxation): every open day's shift carries a price per minute
/// worked (``minutePrice``) off its cost, and a query adds that price back for each minute the label still
/// needs to reach its minimum. For any price of 0 or more this stays a bound (below).
struct CompletionBound {
    private let dayCount: Int
    /// The first day the table holds, and the last (the day after the last day with a choice).
    private let firstDay: Int
    private let lastDay: Int
    /// The one open choice of each day (-1: off), nil where there are more (or none).
    let forcedChoice: [Int?]
    /// The day after the last day with a choice: from it on, every day's choice is forced (``forcedChoice``).
    var forcedFrom: Int { lastDay }
    /// Outside the table: for a day before `firstDay`, the bound from it; for a day after `lastDay`, the cost
    /// of the forced days from it on (a bound: it does not check their rules).
    private var outsideBound: [Double] = []
    /// Classes of yesterday's shift: shifts with the same forbidden next-day followers (a day off with those
    /// that have none) lead to the same completions, so they share one class; a single class when no
    /// succession is forbidden, or when the table with them and the minutes would be too large.
    private let shiftStates: Int
    /// The class of each yesterday, indexed by shift + 1 (0: off).
    private let classOfYesterday: [Int]
    /// One yesterday (shift + 1, 0: off) of each class.
    private let representatives: [Int]
    /// Runs: 0 before the first day, 1…maximumWorkRun working, then the off runs.
    private let runStates: Int
    private let maximumWorkRun: Int
    /// Minutes count in units of `unit` (the largest common divisor of the paid minutes), up to `units`;
    /// with `units` 0 the minutes are left out (the table would be too large) and their bounds are not used.
    private let unit: Int
    private let units: Int
    private let minimumMinutes: Int
    private let maximumMinutes: Int
    /// The units of the forced days before the table (every label in it has worked at least these) and after
    /// it (every completion from the table's last day works exactly these).
    private let unitsBefore: Int
    private let unitsAfter: Int
    /// Totals per row: from `unitsAfter` up to what the days of the table can add within `units` (1 when the
    /// minutes are left out).
    private let rowLength: Int
    /// `least[((((day * shiftStates + shift) * runStates + run) * 2 + exempt) * rowLength + row]`: the least
    /// cost of the days from `day` on working exactly `unitsAfter + row` units, or (when `windowed`) of those
    /// completions that bring a label with `unitsBefore + row` units so far within the minutes' bounds.
    private var least: [Double]
    /// Whether queries take the minimum over the totals that keep a label within the minutes' bounds (no cost
    /// depends on the final total).
    private let windowed: Bool
    /// The rows that bring a label with `unitsBefore + taken` units within the minutes' bounds run from
    /// `rowsLowest - taken` to `rowsHighest - taken`.
    private let rowsLowest: Int
    private let rowsHighest: Int
    /// Whether each windowed query scans those rows (a band of fewer than 16 rows: Instance 20's 1,200 minutes
    /// are 3 rows of 480, Instance 23's 960 are 8 of 120; fewer reads than rewriting the table) rather than
    /// reading the minima ``takeWindowMinima()`` left. With 8 rows as the limit, rewriting Instance 23's tables
    /// took a quarter of its rescheduling search's time (2026-12-03).
    private let scansRows: Bool

    /// The work of building the table (the entries computed, the forced days walked, and every entry again
    /// when ``takeWindowMinima()`` rewrites them), for the search clock
    /// (``SearchClock/chargeCompletionBound(entries:)``).
    private(set) var work = 0

    /// The price per minute worked that the open days' shifts carry in the table when the minutes are left out of
    /// it (``minutePrice(pricer:costs:restriction:days:needed:)``); 0 when they are counted or no minimum binds.
    ///
    /// It keeps the table a bound: a completion working `r` minutes over the open days costs its table value plus
    /// `minutePrice × r`, its table value is at least the table's least, and `r` is at least the minutes the label
    /// still needs. Without it, a beam on a year's rota with a minimum close to the maximum (Instance 24: at
    /// least 111,600 minutes of at most 112,320) kept the labels that skipped the shifts above demand, whose
    /// cost is 1, and ended every label short of the minimum: a third of the people placed one by one found no
    /// schedule.
    private(set) var minutePrice = 0.0
    /// The minutes of the forced days after the table.
    private var minutesAfter = 0
    /// Where the minutes are left out of the table: the least costs of the days ahead, taken as many as the minutes
    /// allow (``Capacity/bound(day:minutes:)``); nil when the minutes are counted.
    private var capacity: Capacity?

    /// The largest table built, in entries (unless the pricer's ``LabellingPricer/completionBoundEntries`` is set
    /// lower).
    static let maximumEntries = 3_000_000

    /// The bound for `costs[day][shift]`; `windowed` when no cost depends on the final total, so that each
    /// query is one lookup. With a `restriction`, only its open choices are taken.
    init(pricer: LabellingPricer, costs: [[Double]], windowed: Bool, restriction: ScheduleRestriction? = nil) {
        dayCount = pricer.dayCount
        let shiftCount = pricer.shiftCount
        self.windowed = windowed
        let forced: [Int?] = (0..<pricer.dayCount).map { day in
            var (open, choice) = (0, -1)
            for shift in -1..<shiftCount
            where (shift < 0 || pricer.usable[day][shift]) && restriction?.allows(day: day, shift: shift >= 0 ? shift : nil) ?? true {
                (open, choice) = (open + 1, shift)
            }
            return open == 1 ? choice : nil
        }
        forcedChoice = forced
        let openDays = forced.indices.filter { forced[$0] == nil }
        let firstDay = openDays.first ?? pricer.dayCount
        let lastDay = openDays.last.map { $0 + 1 } ?? pricer.dayCount
        (self.firstDay, self.lastDay) = (firstDay, lastDay)
        func forcedCost(_ day: Int) -> Double { forced[day].map { $0 >= 0 ? costs[day][$0] : 0 } ?? 0 }
        maximumWorkRun = pricer.maximumWorkRun
        let runStates = 1 + pricer.maximumWorkRun + pricer.offRunCap
        self.runStates = runStates
        minimumMinutes = pricer.minimumMinutes
        maximumMinutes = pricer.maximumMinutes
        let paid = (0..<shiftCount).filter { shift in pricer.usable.contains { $0[shift] } }.map { pricer.paidMinutes[$0] }
        let divisor = paid.reduce(0) { CompletionBound.greatestCommonDivisor($0, $1) }
        let totals = divisor > 0 ? pricer.maximumMinutes / divisor + 1 : 0
        var classOfYesterday = [Int](repeating: 0, count: shiftCount + 1)
        var representatives = [0]
        if !pricer.forbidden.isEmpty {
            func followers(_ yesterday: Int) -> [Bool] {
                yesterday == 0 ? Array(repeating: false, count: shiftCount) : pricer.forbidden[0][yesterday - 1]
            }
            for yesterday in stride(from: 1, through: shiftCount, by: 1) {
                if let known = representatives.firstIndex(where: { followers($0) == followers(yesterday) }) {
                    classOfYesterday[yesterday] = known
                } else {
                    classOfYesterday[yesterday] = representatives.count
                    representatives.append(yesterday)
                }
            }
        }
        let withYesterday = representatives.count
        // The units of the forced days before and after the table, and the most one open day adds.
        let dayUnits = (0..<shiftCount).map { divisor > 0 ? pricer.paidMinutes[$0] / divisor : 0 }
        func forcedUnits(_ days: Range<Int>) -> Int { days.reduce(0) { $0 + (forced[$1].map { $0 >= 0 ? dayUnits[$0] : 0 } ?? 0) } }
        let (unitsBefore, unitsAfter) = (forcedUnits(0..<firstDay), forcedUnits(lastDay..<pricer.dayCount))
        let largestStep = paid.map { divisor > 0 ? $0 / divisor : 0 }.max() ?? 0
        // Negative when the forced days alone work more than the maximum: then no entry is finite.
        let available = totals - 1 - unitsBefore - unitsAfter
        let openRow = max(0, min(available, (lastDay - firstDay) * largestStep)) + 1
        // Entries per yesterday's-shift state and row of totals.
        let layerEntries = (lastDay - firstDay + 1) * runStates * 2
        func entries(shiftStates: Int, row: Int) -> Int { layerEntries * shiftStates * row }
        // The minutes matter more than yesterday's shift (a beam blind to them misses narrow minutes windows):
        // when the whole table is too large, yesterday goes first, then the minutes.
        if totals > 0 && entries(shiftStates: withYesterday, row: openRow) <= pricer.completionBoundEntries {
            (shiftStates, unit, units) = (withYesterday, divisor, totals - 1)
        } else if totals > 0 && entries(shiftStates: 1, row: openRow) <= pricer.completionBoundEntries {
            (shiftStates, unit, units) = (1, divisor, totals - 1)
        } else {
            (shiftStates, unit, units) = (withYesterday, 1, 0)
        }
        let countsMinutes = units > 0
        // Every forced shift is usable, so its minutes are a whole number of `divisor`s.
        minutesAfter = unitsAfter * divisor
        if !countsMinutes {
            minutePrice = CompletionBound.minutePrice(pricer: pricer, costs: costs, restriction: restriction, days: firstDay..<lastDay,
                                                      needed: pricer.minimumMinutes - unitsBefore * divisor - minutesAfter)
            capacity = Capacity(pricer: pricer, costs: costs, restriction: restriction, paid: paid)
        }
        (self.unitsBefore, self.unitsAfter, rowLength) = countsMinutes ? (unitsBefore, unitsAfter, openRow) : (0, 0, 1)
        rowsLowest = (minimumMinutes + unit - 1) / unit - self.unitsBefore - self.unitsAfter
        rowsHighest = units - self.unitsBefore - self.unitsAfter
        scansRows = rowsHighest - rowsLowest < 16
        let tracksYesterday = shiftStates > 1
        self.classOfYesterday = tracksYesterday ? classOfYesterday : Array(repeating: 0, count: shiftCount + 1)
        self.representatives = tracksYesterday ? representatives : [0]
        let perMinuteLayer = layerEntries * shiftStates
        least = Array(repeating: .infinity, count: perMinuteLayer * rowLength)
        let stepUnits = countsMinutes ? dayUnits : Array(repeating: 0, count: shiftCount)
        let states = shiftStates * runStates * 2
        var walked = 0
        for state in 0..<states where !countsMinutes || available >= 0 {
            if lastDay == dayCount {
                least[index(day: dayCount, state: state, row: 0)] = 0
                continue
            }
            // The forced days after the table, walked from this state (they work `unitsAfter` units).
            let run = state / 2 % runStates
            var yesterday = self.representatives[state / 2 / runStates]
            var (workRun, offRun) = run <= maximumWorkRun ? (run, 0) : (0, run - maximumWorkRun)
            var exempt = state % 2 == 1
            var cost = 0.0
            var feasible = true
            for day in lastDay..<dayCount where feasible {
                let shift = forced[day]!
                walked += 1
                if shift >= 0 && tracksYesterday && yesterday > 0 && pricer.forbidden[0][yesterday - 1][shift] { feasible = false; break }
                guard let next = pricer.runStep(workRun: workRun, offRun: offRun, exempt: exempt, works: shift >= 0) else { feasible = false; break }
                (workRun, offRun, exempt) = next
                if shift >= 0 { cost += costs[day][shift] }
                yesterday = shift + 1
            }
            if feasible { least[index(day: lastDay, state: state, row: 0)] = cost }
        }
        // The innermost loop runs over the minutes of one row; unchecked access keeps it tight.
        let rowLength = rowLength
        var table = least
        least = [] // one owner, so that writing the table copies nothing
        let largestDayStep = countsMinutes ? largestStep : 0
        var computed = 0
        table.withUnsafeMutableBufferPointer { least in
            for day in stride(from: lastDay - 1, through: firstDay, by: -1) {
                // The days from this one to the table's end add at most this many rows, and only the rows some
                // label can still need are worth computing: a label here has taken at most `largestDayStep` a
                // day since the table's first day, and reads only rows that bring it within the minutes' bounds.
                let reach = min(rowLength, (lastDay - day) * largestDayStep + 1,
                                countsMinutes ? max(0, rowsHighest + 1) : rowLength)
                let lowestRow = countsMinutes ? max(0, rowsLowest - (day - firstDay) * largestDayStep) : 0
                computed += max(0, reach - lowestRow) * states
                // The day's choices (off: -1) that some state may take, with their costs, units and first row: the
                // same for every state, so looked up once a day.
                let choices: [(shift: Int, cost: Double, step: Int, firstRow: Int)] = (-1..<shiftCount).compactMap { shift in
                    if let restriction, !restriction.allows(day: day, shift: shift >= 0 ? shift : nil) { return nil }
                    if shift >= 0 && !pricer.usable[day][shift] { return nil }
                    let step = shift >= 0 ? stepUnits[shift] : 0
                    let firstRow = max(step, lowestRow)
                    guard firstRow < reach else { return nil }
                    return (shift, shift >= 0 ? costs[day][shift] - minutePrice * Double(pricer.paidMinutes[shift]) : 0, step, firstRow)
                }
                for yesterdayClass in 0..<shiftStates {
                    let yesterday = self.representatives[yesterdayClass]
                    for run in 0..<runStates {
                        let (workRun, offRun) = run <= maximumWorkRun ? (run, 0) : (0, run - maximumWorkRun)
                        for exempt in 0..<2 {
                            let state = (yesterdayClass * runStates + run) * 2 + exempt
                            let target = index(day: day, state: state, row: 0)
                            for (shift, cost, step, firstRow) in choices {
                                if shift >= 0 && tracksYesterday && yesterday > 0 && pricer.forbidden[0][yesterday - 1][shift] { continue }
                                guard let next = pricer.runStep(workRun: workRun, offRun: offRun, exempt: exempt == 1, works: shift >= 0) else { continue }
                                let nextState = stateIndex(yesterday: shift >= 0 ? shift : nil, workRun: next.workRun, offRun: next.offRun,
                                                           exempt: next.exempt)
                                let source = index(day: day + 1, state: nextState, row: 0)
                                let from = least.baseAddress! + source
                                let into = least.baseAddress! + target
                                CompletionBound.relax(into + firstRow, from: from + (firstRow - step), count: reach - firstRow, cost: cost)
                            }
                        }
                    }
                }
            }
        }
        least = table
        work = computed + walked
        if windowed && countsMinutes && !scansRows {
            takeWindowMinima()
            work += least.count
        }
        // Before the table: the forced days' cost plus the least entry of its first day; after it, the forced
        // days' cost.
        let firstLayer = least[index(day: firstDay, state: 0, row: 0)..<index(day: firstDay + 1, state: 0, row: 0)]
        var bound = [Double](repeating: 0, count: dayCount + 1)
        var before = firstLayer.min() ?? .infinity
        for day in stride(from: firstDay - 1, through: 0, by: -1) {
            before += forcedCost(day)
            bound[day] = before
        }
        var after = 0.0
        for day in stride(from: dayCount - 1, to: lastDay, by: -1) {
            after += forcedCost(day)
            bound[day] = after
        }
        outsideBound = bound
    }

    /// Replaces each row of exact totals by its minima over the totals a label may still add: a label with
    /// `unitsBefore + taken` units so far needs from `lowest - taken` to `highest - taken` more in the table's
    /// rows, where `lowest` and `highest` are the minutes' bounds less the forced days' units (a sliding-window
    /// minimum; both ends move up as `taken` falls).
    private mutating func takeWindowMinima() {
        let (lowest, highest, rowLength) = (rowsLowest, rowsHighest, rowLength)
        let rows = least.count / rowLength
        var row = [Double](repeating: .infinity, count: rowLength)
        var window = [Int](repeating: 0, count: rowLength)
        least.withUnsafeMutableBufferPointer { least in
            row.withUnsafeMutableBufferPointer { row in
                window.withUnsafeMutableBufferPointer { window in
                    for start in stride(from: 0, to: rows * rowLength, by: rowLength) {
                        for remaining in 0..<rowLength { row[remaining] = least[start + remaining] }
                        // A monotone queue of indices into `row`: window[head..<tail]; `added` rows entered it.
                        var head = 0
                        var tail = 0
                        var added = 0
                        for taken in stride(from: rowLength - 1, through: 0, by: -1) {
                            let upper = min(rowLength - 1, highest - taken)
                            while added <= upper {
                                while tail > head && row[window[tail - 1]] >= row[added] { tail -= 1 }
                                window[tail] = added
                                tail += 1
                                added += 1
                            }
                            let lower = max(0, lowest - taken)
                            while head < tail && window[head] < lower { head += 1 }
                            least[start + taken] = head < tail && lower <= upper ? row[window[head]] : .infinity
                        }
                    }
                }
            }
        }
    }

    /// `into[i] = min(into[i], cost + from[i])` for `i` in `0..<count`, four at a time: the compiler does not
    /// vectorise the plain loop (it cannot tell that the rows of two days never overlap), and this loop is
    /// most of the table's time (on Instance 23's window re-plannings, 60 % of it).
    private static func relax(_ into: UnsafeMutablePointer<Double>, from: UnsafeMutablePointer<Double>, count: Int, cost: Double) {
        var row = 0
        let costs = SIMD4<Double>(repeating: cost)
        while row + 4 <= count {
            let current = UnsafeRawPointer(into + row).loadUnaligned(as: SIMD4<Double>.self)
            let offered = UnsafeRawPointer(from + row).loadUnaligned(as: SIMD4<Double>.self) + costs
            UnsafeMutableRawPointer(into + row).storeBytes(of: current.replacing(with: offered, where: offered .< current),
                                                           as: SIMD4<Double>.self)
            row += 4
        }
        while row < count {
            into[row] = min(into[row], cost + from[row])
            row += 1
        }
    }

    /// The relaxed state of yesterday's shift (nil: off), the runs and the exemption.
    private func stateIndex(yesterday: Int?, workRun: Int, offRun: Int, exempt: Bool) -> Int {
        let run = workRun > 0 ? workRun : (offRun > 0 ? maximumWorkRun + offRun : 0)
        return (classOfYesterday[(yesterday ?? -1) + 1] * runStates + run) * 2 + (exempt ? 1 : 0)
    }

    private func index(day: Int, state: Int, row: Int) -> Int {
        ((day - firstDay) * shiftStates * runStates * 2 + state) * rowLength + row
    }

    /// The least the days from `day` on can add to a label whose last day was `yesterday` (a shift index or
    /// nil), with its runs, exemption and `minutes` planned so far, such that the total ends within the
    /// minutes' bounds; `extra(total)` adds a cost of the final total (the position terms). Infinity when no
    /// completion exists.
    func least(day: Int, yesterday: Int?, workRun: Int, offRun: Int, exempt: Bool, minutes: Int, extra: ((Int) -> Double)?) -> Double {
        if day < firstDay || day > lastDay { return outsideBound[day] }
        let base = index(day: day, state: stateIndex(yesterday: yesterday, workRun: workRun, offRun: offRun, exempt: exempt), row: 0)
        if units == 0 {
            let stillNeeded = Double(max(0, minimumMinutes - minutes - minutesAfter))
            let relaxed = least[base] + minutePrice * stillNeeded
            let counted = capacity.map { max(relaxed, $0.bound(day: day, minutes: minutes)) } ?? relaxed
            return counted + (extra?(maximumMinutes) ?? 0)
        }
        if windowed {
            let taken = minutes / unit - unitsBefore
            guard taken >= 0 && taken < rowLength else { return .infinity }
            guard scansRows else { return least[base + taken] }
            var best = Double.infinity
            var row = max(0, rowsLowest - taken)
            let upper = min(rowLength - 1, rowsHighest - taken)
            while row <= upper {
                best = min(best, least[base + row])
                row += 1
            }
            return best
        }
        let lowest = max(0, (minimumMinutes - minutes + unit - 1) / unit - unitsAfter)
        let highest = min(rowLength - 1, (maximumMinutes - minutes) / unit - unitsAfter)
        guard lowest <= highest else { return .infinity }
        var best = Double.infinity
        for row in lowest...highest {
            let value = least[base + row] + (extra?(minutes + (row + unitsAfter) * unit) ?? 0)
            if value < best { best = value }
        }
        return best
    }

    /// How many days' worth of shifts the ``minutePrice`` makes cheap, as a multiple of the shifts the minimum
    /// needs. Measured on Instance 24's first roster (2026-12-04, twentieth session, with
    /// ``ReschedulingSearch``'s placement plans): with 1, 1.3, 1.6, 2 and 3 the people the usual beam placed
    /// were 103, 119, 136, 139 and 138 of 150, and the roster's objective 589,581, 457,513, 390,984, 388,145
    /// and 397,618.
    static let cheapDaysPerNeededShift = 2.0

    /// The price per minute for the relaxed minimum (``minutePrice``): the cost per minute at which as many open
    /// days (each with its cheapest shift per minute) become free as ``cheapDaysPerNeededShift`` times the shifts,
    /// of the average length of those the person may work, that the `needed` minutes take; at least 0, and 0
    /// when nothing is needed. A heuristic choice: any price of 0 or more keeps the bound valid, and this one
    /// makes a label that works less than it must pay about what the cheapest shifts it skipped would have cost.
    private static func minutePrice(pricer: LabellingPricer, costs: [[Double]], restriction: ScheduleRestriction?, days: Range<Int>,
                                    needed: Int) -> Double {
        guard needed > 0 else { return 0 }
        var perMinute: [Double] = []
        var (minutes, shifts) = (0, 0)
        for day in days {
            var cheapest = Double.infinity
            for shift in 0..<pricer.shiftCount where pricer.usable[day][shift] && pricer.paidMinutes[shift] > 0
                && restriction?.allows(day: day, shift: shift) ?? true {
                cheapest = min(cheapest, costs[day][shift] / Double(pricer.paidMinutes[shift]))
                minutes += pricer.paidMinutes[shift]
                shifts += 1
            }
            if cheapest < .infinity { perMinute.append(cheapest) }
        }
        guard shifts > 0 else { return 0 }
        let neededShifts = Double((needed * shifts + minutes - 1) / minutes)
        let count = min(perMinute.count, Int(cheapDaysPerNeededShift * neededShifts))
        guard count > 0 else { return 0 }
        perMinute.sort()
        return max(0, perMinute[count - 1])
    }

    private static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : greatestCommonDivisor(b, a % b)
    }
}

extension CompletionBound {
    /// A second bound where the minutes are left out of the table: a label with `minutes` worked can still work at
    /// most so many of the days ahead (the shortest shift within its maximum minutes, at most the longest working
    /// run between the shortest runs off) and must work at least so many (the longest shift to its minimum), and
    /// each day worked costs at least that day's cheapest open shift; the least cost of such a count of days is a
    /// bound too. The table's relaxation promises a label every cheap day ahead whatever minutes it has spent, so a
    /// beam placing a person on a year's rota kept the labels that work the first months: on Instance 24 the first
    /// roster's first 40 weeks were worked 100–186 shifts a week above their demand, and its last weeks were short
    /// by up to 418, with 126 of the 150 people at their maximum minutes (2026-12-07, forty-eighth session).
    struct Capacity {
        /// `sums[start[day] + count]`: the least total of `count` of the cheapest open shifts of the days from `day` on.
        private let sums: [Double]
        private let start: [Int]
        /// How many of those days have a cheapest shift below 0, and how many have an open shift at all.
        private let negative: [Int]
        private let workable: [Int]
        private let dayCount: Int
        private let shortest: Int
        private let longest: Int
        private let minimumMinutes: Int
        private let maximumMinutes: Int
        /// The longest working run and the shortest run off between two (at least 1).
        private let workRun: Int
        private let offRun: Int

        init?(pricer: LabellingPricer, costs: [[Double]], restriction: ScheduleRestriction?, paid: [Int]) {
            guard let shortest = paid.filter({ $0 > 0 }).min(), let longest = paid.max(), pricer.maximumWorkRun > 0 else { return nil }
            dayCount = pricer.dayCount
            (self.shortest, self.longest) = (shortest, longest)
            (minimumMinutes, maximumMinutes) = (pricer.minimumMinutes, pricer.maximumMinutes)
            (workRun, offRun) = (pricer.maximumWorkRun, pricer.offRunCap)
            var sorted: [Double] = []
            var sums: [Double] = []
            var start = [Int](repeating: 0, count: pricer.dayCount + 1)
            var negative = [Int](repeating: 0, count: pricer.dayCount + 1)
            var workable = [Int](repeating: 0, count: pricer.dayCount + 1)
            // The day after the last (its start is 0): no day ahead, nothing to add.
            sums.append(0)
            for day in stride(from: pricer.dayCount - 1, through: 0, by: -1) {
                var cheapest = Double.infinity
                for shift in 0..<pricer.shiftCount where pricer.usable[day][shift] && restriction?.allows(day: day, shift: shift) ?? true {
                    cheapest = min(cheapest, costs[day][shift])
                }
                if cheapest < .infinity {
                    var low = 0, high = sorted.count
                    while low < high {
                        let middle = (low + high) / 2
                        if sorted[middle] < cheapest { low = middle + 1 } else { high = middle }
                    }
                    sorted.insert(cheapest, at: low)
                }
                start[day] = sums.count
                sums.append(0)
                for cost in sorted { sums.append(sums[sums.count - 1] + cost) }
                negative[day] = sorted.firstIndex { $0 >= 0 } ?? sorted.count
                workable[day] = sorted.count
            }
            (self.sums, self.start, self.negative, self.workable) = (sums, start, negative, workable)
        }

        /// The bound for a label at `day` (before it is planned) with `minutes` worked: infinite when its minimum
        /// is out of reach.
        func bound(day: Int, minutes: Int) -> Double {
            guard day <= dayCount, minutes <= maximumMinutes else { return .infinity }
            let ahead = dayCount - day
            let cycle = workRun + offRun
            let runs = ahead / cycle * workRun + min(ahead % cycle, workRun)
            let most = min(workable[day], (maximumMinutes - minutes) / shortest, runs)
            let fewest = max(0, (minimumMinutes - minutes + longest - 1) / longest)
            guard fewest <= most else { return .infinity }
            return sums[start[day] + min(max(negative[day], fewest), most)]
        }
    }
}
