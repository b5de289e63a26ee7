/// The least a partial schedule's remaining days can add, for pruning the labelling pricer: a backward
/// dynamic programme over a relaxation of the pricer's state (yesterday's shift, the runs of working days
/// and days off with their first-day exemption, and the minutes worked from that day on), keeping only the
/// rules these decide: usable cells, next-day successions, the longest working run, the shortest runs and
/// the total minutes. Every schedule the pricer accepts is accepted here, so a label whose cost plus this
/// bound reaches the threshold can be dropped without losing the optimum.
struct CompletionBound {
    private let dayCount: Int
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
    /// `least[((((day * shiftStates + shift) * runStates + run) * 2 + exempt) * (units + 1) + minutes]`: the
    /// least cost of the days from `day` on working exactly `minutes` units, or (when `windowed`) of those
    /// completions that bring a label with `minutes` units so far within the minutes' bounds.
    private var least: [Double]
    /// Whether the table holds the windowed minima (no cost depends on the final total).
    private let windowed: Bool

    /// The work of building the table (its entries), for the search clock
    /// (``SearchClock/chargeCompletionBound(entries:)``).
    let work: Int

    /// The largest table built, in entries.
    static let maximumEntries = 3_000_000

    /// The bound for `costs[day][shift]`; `windowed` when no cost depends on the final total, so that each
    /// query is one lookup. With a `restriction`, only its open choices are taken.
    init(pricer: LabellingPricer, costs: [[Double]], windowed: Bool, restriction: ScheduleRestriction? = nil) {
        dayCount = pricer.dayCount
        let shiftCount = pricer.shiftCount
        self.windowed = windowed
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
        // Entries per yesterday's-shift state and minutes total.
        let layerEntries = (pricer.dayCount + 1) * runStates * 2
        func entries(shiftStates: Int, totals: Int) -> Int { layerEntries * shiftStates * max(totals, 1) }
        // The minutes matter more than yesterday's shift (a beam blind to them misses narrow minutes windows):
        // when the whole table is too large, yesterday goes first, then the minutes.
        if totals > 0 && entries(shiftStates: withYesterday, totals: totals) <= CompletionBound.maximumEntries {
            (shiftStates, unit, units) = (withYesterday, divisor, totals - 1)
        } else if totals > 0 && entries(shiftStates: 1, totals: totals) <= CompletionBound.maximumEntries {
            (shiftStates, unit, units) = (1, divisor, totals - 1)
        } else {
            (shiftStates, unit, units) = (withYesterday, 1, 0)
        }
        let tracksYesterday = shiftStates > 1
        self.classOfYesterday = tracksYesterday ? classOfYesterday : Array(repeating: 0, count: shiftCount + 1)
        self.representatives = tracksYesterday ? representatives : [0]
        let perMinuteLayer = layerEntries * shiftStates
        least = Array(repeating: .infinity, count: perMinuteLayer * (units + 1))
        work = least.count
        for state in 0..<(shiftStates * runStates * 2) {
            least[index(day: dayCount, state: state, minutes: 0)] = 0
        }
        let stepUnits = (0..<shiftCount).map { units > 0 ? pricer.paidMinutes[$0] / unit : 0 }
        // The innermost loop runs over the minutes of one row; unchecked access keeps it tight.
        let rowLength = units + 1
        var table = least
        least = [] // one owner, so that writing the table copies nothing
        table.withUnsafeMutableBufferPointer { least in
            for day in stride(from: dayCount - 1, through: 0, by: -1) {
                for yesterdayClass in 0..<shiftStates {
                    let yesterday = self.representatives[yesterdayClass]
                    for run in 0..<runStates {
                        let (workRun, offRun) = run <= maximumWorkRun ? (run, 0) : (0, run - maximumWorkRun)
                        for exempt in 0..<2 {
                            let state = (yesterdayClass * runStates + run) * 2 + exempt
                            let target = index(day: day, state: state, minutes: 0)
                            for shift in -1..<shiftCount {
                                if let restriction, !restriction.allows(day: day, shift: shift >= 0 ? shift : nil) { continue }
                                if shift >= 0 {
                                    guard pricer.usable[day][shift] else { continue }
                                    if tracksYesterday && yesterday > 0 && pricer.forbidden[0][yesterday - 1][shift] { continue }
                                }
                                guard let next = pricer.runStep(workRun: workRun, offRun: offRun, exempt: exempt == 1, works: shift >= 0) else { continue }
                                let nextState = stateIndex(yesterday: shift >= 0 ? shift : nil, workRun: next.workRun, offRun: next.offRun,
                                                           exempt: next.exempt)
                                let source = index(day: day + 1, state: nextState, minutes: 0)
                                let cost = shift >= 0 ? costs[day][shift] : 0
                                let step = shift >= 0 ? stepUnits[shift] : 0
                                guard step < rowLength else { continue }
                                let from = least.baseAddress! + source
                                let into = least.baseAddress! + target
                                for minutes in step..<rowLength {
                                    let candidate = cost + from[minutes - step]
                                    if candidate < into[minutes] { into[minutes] = candidate }
                                }
                            }
                        }
                    }
                }
            }
        }
        least = table
        if windowed && units > 0 { takeWindowMinima() }
    }

    /// Replaces each row of exact totals by its minima over the window of totals a label with `c` units so
    /// far may still add: from `lowest - c` (at least 0) to `units - c` (a sliding-window minimum).
    private mutating func takeWindowMinima() {
        let lowest = max(0, (minimumMinutes + unit - 1) / unit)
        let width = units - lowest
        guard width >= 0 else {
            least = Array(repeating: .infinity, count: least.count)
            return
        }
        let rows = least.count / (units + 1)
        var row = [Double](repeating: .infinity, count: units + 1)
        var window = [Int](repeating: 0, count: units + 1)
        let units = units
        least.withUnsafeMutableBufferPointer { least in
            row.withUnsafeMutableBufferPointer { row in
                window.withUnsafeMutableBufferPointer { window in
                    for start in stride(from: 0, to: rows * (units + 1), by: units + 1) {
                        for remaining in 0...units { row[remaining] = least[start + remaining] }
                        // A monotone queue of indices into `row`: window[head..<tail].
                        var head = 0
                        var tail = 0
                        for added in 0...units {
                            // The window for c = units - added covers remaining totals max(0, added - width)...added.
                            while tail > head && row[window[tail - 1]] >= row[added] { tail -= 1 }
                            window[tail] = added
                            tail += 1
                            while window[head] < added - width { head += 1 }
                            least[start + units - added] = row[window[head]]
                        }
                    }
                }
            }
        }
    }

    /// The relaxed state of yesterday's shift (nil: off), the runs and the exemption.
    private func stateIndex(yesterday: Int?, workRun: Int, offRun: Int, exempt: Bool) -> Int {
        let run = workRun > 0 ? workRun : (offRun > 0 ? maximumWorkRun + offRun : 0)
        return (classOfYesterday[(yesterday ?? -1) + 1] * runStates + run) * 2 + (exempt ? 1 : 0)
    }

    private func index(day: Int, state: Int, minutes: Int) -> Int {
        (day * shiftStates * runStates * 2 + state) * (units + 1) + minutes
    }

    /// The least the days from `day` on can add to a label whose last day was `yesterday` (a shift index or
    /// nil), with its runs, exemption and `minutes` planned so far, such that the total ends within the
    /// minutes' bounds; `extra(total)` adds a cost of the final total (the position terms). Infinity when no
    /// completion exists.
    func least(day: Int, yesterday: Int?, workRun: Int, offRun: Int, exempt: Bool, minutes: Int, extra: ((Int) -> Double)?) -> Double {
        let base = index(day: day, state: stateIndex(yesterday: yesterday, workRun: workRun, offRun: offRun, exempt: exempt), minutes: 0)
        if units == 0 { return least[base] + (extra?(maximumMinutes) ?? 0) }
        if windowed { return least[base + minutes / unit] }
        let lowest = max(0, (minimumMinutes - minutes + unit - 1) / unit)
        let highest = min(units, (maximumMinutes - minutes) / unit)
        guard lowest <= highest else { return .infinity }
        var best = Double.infinity
        for remaining in lowest...highest {
            let value = least[base + remaining] + (extra?(minutes + remaining * unit) ?? 0)
            if value < best { best = value }
        }
        return best
    }

    private static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : greatestCommonDivisor(b, a % b)
    }
}
