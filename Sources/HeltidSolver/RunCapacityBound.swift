import HeltidModel

/// A lower bound on the objective from the run rules alone: where the demand of a few days in a row asks for more
/// shifts than the staff can work on those days, the rest stays uncovered whatever the rota.
///
/// A person works at most one shift a day, so the shifts covered on a stretch of days are at most the days the
/// staff can work on it. For each person and stretch (at most ``longestStretch`` days) that is the most days a
/// schedule works there under the person's run rules (``RunSteps``: the longest working run, the shortest runs of
/// work and days off), on the days they may work at all: a dynamic programme over the stretch. The stretch's first
/// run counts as exempt from the minimums (it may have begun before the stretch) and its last is not checked, so this
/// is at most what any schedule works there. Where a stretch asks for more, the missing persons cost at least the cheapest of its cells' under-cover prices; stretches that do not
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
        guard days > 0 else { return 0 }
        let longest = min(longestStretch, days)
        // `capacity[start * longest + length - 1]`: the most shifts the staff can work on the stretch.
        var capacity = [Int](repeating: 0, count: days * longest)
        for employee in instance.staff.indices {
            guard let pricer = LabellingPricer(employee: employee, instance: instance, demand: demand) else { return 0 }
            let runs = RunSteps(pricer)
            let workable = (0..<days).map { pricer.usable[$0].contains(true) }
            var (layer, next) = ([Int](repeating: -1, count: runs.stateCount), [Int](repeating: -1, count: runs.stateCount))
            for start in 0..<days {
                // The most days worked by a schedule in each state; -1: not reached.
                for state in layer.indices { layer[state] = -1 }
                layer[runs.first] = 0
                for day in start..<min(days, start + longest) {
                    for state in next.indices { next[state] = -1 }
                    for state in layer.indices where layer[state] >= 0 {
                        if let off = runs.after(state, works: false) { next[off] = max(next[off], layer[state]) }
                        if workable[day], let on = runs.after(state, works: true) { next[on] = max(next[on], layer[state] + 1) }
                    }
                    swap(&layer, &next)
                    capacity[start * longest + day - start] += layer.max() ?? 0
                }
            }
        }
        // The price of each person missing on each day, cheapest first.
        let prices = (0..<days).map { CoverLedger.missingPersonPrices(day: $0, instance: instance, demand: demand).sorted() }
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

    /// A person's run rules as a table of steps between numbered states (the working run, the run of days off, capped,
    /// and the exemption of the first run), from ``LabellingPricer/runStep(workRun:offRun:exempt:works:)``.
    private struct RunSteps {
        let stateCount: Int
        /// The state before the first day: nothing worked, the first run exempt.
        let first: Int
        /// `steps[state * 2 + (works ? 1 : 0)]`: the state after a day off or worked, -1 where the rules forbid it.
        private let steps: [Int]

        init(_ pricer: LabellingPricer) {
            let (offRuns, workRuns) = (pricer.offRunCap + 1, pricer.maximumWorkRun + 1)
            func index(_ workRun: Int, _ offRun: Int, _ exempt: Bool) -> Int { (workRun * offRuns + offRun) * 2 + (exempt ? 1 : 0) }
            stateCount = workRuns * offRuns * 2
            first = index(0, 0, true)
            var steps = [Int](repeating: -1, count: stateCount * 2)
            for workRun in 0..<workRuns {
                for offRun in 0..<offRuns {
                    for exempt in [false, true] {
                        for works in [false, true] {
                            guard let step = pricer.runStep(workRun: workRun, offRun: offRun, exempt: exempt, works: works) else { continue }
                            steps[index(workRun, offRun, exempt) * 2 + (works ? 1 : 0)] = index(step.workRun, step.offRun, step.exempt)
                        }
                    }
                }
            }
            self.steps = steps
        }

        /// The state after `state` and a day worked or off; nil where the rules forbid it.
        func after(_ state: Int, works: Bool) -> Int? {
            let next = steps[state * 2 + (works ? 1 : 0)]
            return next >= 0 ? next : nil
        }
    }
}
