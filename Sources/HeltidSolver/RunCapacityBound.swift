import HeltidModel

/// A lower bound on the objective from the run rules alone: where the demand of a few days in a row asks for more
/// shifts than the staff can work on those days, the rest stays uncovered whatever the rota.
///
/// A person works at most one shift a day, so the shifts covered on a stretch of days are at most the days the
/// staff can work on it. For each person and stretch (at most ``longestStretch`` days) that is the most days a
/// schedule works there under the person's run rules (``LabellingPricer/runStep(workRun:offRun:exempt:works:)``:
/// the longest working run, the shortest runs of work and days off), on the days they may work at all: a dynamic
/// programme over the stretch. The stretch's first run counts as exempt from the minimums (it may have begun before
/// the stretch) and its last is not checked, so this is at most what any schedule works there. Where a stretch asks
/// for more, the missing persons cost at least the cheapest of its cells' under-cover prices; stretches that do not
/// overlap add up, and the best such set is a weighted interval scheduling (a second dynamic programme). Every other
/// term of the objective is a penalty (at least 0).
///
/// On the benchmark it raises only Instance 24's bound, whose last eight days ask for 1084 shifts (189 on the last
/// day) from 143 people who may each work at most six of them: 22,300, where the weekend bound (``WeekendCoverBound``)
/// is 5200 and CPLEX's bound after 72 hours 1133 (the best known roster costs 40,438); on 22 it is 2200, below the
/// weekend bound, and 0 elsewhere. Stretches of up to 28 days gave the same (2026-12-07, forty-ninth session). 0 for a
/// cyclic rota (it has no labelling pricer).
enum RunCapacityBound {
    /// The longest stretch of days weighed.
    static let longestStretch = 14

    /// The bound for `instance`'s demand; 0 where the staff can work as many shifts as every stretch asks for.
    static func value(instance: Instance, demand: DemandTable) -> Double {
        let days = instance.dayCount
        let longest = min(longestStretch, days)
        // `capacity[start * longest + length - 1]`: the most shifts the staff can work on the stretch.
        var capacity = [Int](repeating: 0, count: days * longest)
        for employee in instance.staff.indices {
            guard let pricer = LabellingPricer(employee: employee, instance: instance, demand: demand) else { return 0 }
            let workable = (0..<days).map { pricer.usable[$0].contains(true) }
            for start in 0..<days {
                for (length, most) in mostWorked(pricer, workable: workable, from: start, longest: longest).enumerated() {
                    capacity[start * longest + length] += most
                }
            }
        }
        // The price of each person missing on each day, cheapest first.
        let prices: [[Double]] = (0..<days).map { day in
            var prices: [Double] = []
            for (shift, type) in instance.shiftTypes.enumerated() {
                let cell = demand[day, shift]
                let price = cell.underWeight ?? instance.weights.uncoveredHour * type.paidHours
                prices += Array(repeating: price, count: cell.minimum)
            }
            return prices.sorted()
        }
        // best[end]: the most the stretches within the days before `end` add.
        var best = [Double](repeating: 0, count: days + 1)
        for end in 1...days {
            best[end] = best[end - 1]
            var asked = 0
            for length in 1...min(longest, end) {
                let start = end - length
                asked += prices[start].count
                let missing = asked - capacity[start * longest + length - 1]
                guard missing > 0 else { continue }
                let cheapest = prices[start..<end].joined().sorted().prefix(missing).reduce(0, +)
                best[end] = max(best[end], best[start] + cheapest)
            }
        }
        return best[days]
    }

    /// The most days `pricer`'s person can work on the stretches from `start` of 1 to `longest` days (fewer at the
    /// horizon's end), working only the `workable` days.
    private static func mostWorked(_ pricer: LabellingPricer, workable: [Bool], from start: Int, longest: Int) -> [Int] {
        // States (the working run, the run of days off, capped, and the exemption) by index; -1: not reached.
        let (offRuns, workRuns) = (pricer.offRunCap + 1, pricer.maximumWorkRun + 1)
        func index(_ workRun: Int, _ offRun: Int, _ exempt: Bool) -> Int { (workRun * offRuns + offRun) * 2 + (exempt ? 1 : 0) }
        var layer = [Int](repeating: -1, count: workRuns * offRuns * 2)
        var next = layer
        layer[index(0, 0, true)] = 0
        var most: [Int] = []
        for day in start..<min(workable.count, start + longest) {
            for state in next.indices { next[state] = -1 }
            for workRun in 0..<workRuns {
                for offRun in 0..<offRuns {
                    for exempt in [false, true] {
                        let worked = layer[index(workRun, offRun, exempt)]
                        guard worked >= 0 else { continue }
                        for works in workable[day] ? [false, true] : [false] {
                            guard let step = pricer.runStep(workRun: workRun, offRun: offRun, exempt: exempt, works: works) else { continue }
                            let reached = index(step.workRun, step.offRun, step.exempt)
                            next[reached] = max(next[reached], worked + (works ? 1 : 0))
                        }
                    }
                }
            }
            swap(&layer, &next)
            most.append(layer.max() ?? 0)
        }
        return most
    }
}
