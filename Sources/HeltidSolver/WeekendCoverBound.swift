import HeltidModel

/// A lower bound on the objective from the weekend rules alone: the least cover cost of any rota, when the staff
/// may work only so many weekends between them.
///
/// A person who works a shift that counts as weekend work (a Friday to Sunday shift overlapping the weekend
/// window) works that weekend, and works at most one shift a day. So if n people work the weekend of week w,
/// at most n of the weekend shifts asked for on each of its days are covered, and the people working the
/// weekends of the rota number at most the weekends the staff may work between them (each person's maximum, or
/// what their "every k-th weekend" rule allows: ``Instance/weekendAllowance(of:)``). The bound spreads that
/// allowance over the weekends to cover the dearest weekend shifts it can: on each day the n dearest missing
/// persons are covered, so a weekend's cover value is concave in n and handing out the allowance one person at a
/// time to the weekend that gains most is the best spread. What stays uncovered costs at least the rest; every
/// other term of the objective is a penalty (at least 0).
///
/// On the benchmark's long rotas this and the run rules' bound (``RunCapacityBound``, 22,300 on Instance 24) are the
/// only lower bounds the solver has where no column-generation round finishes: Instance 22 asks for 2721 weekend
/// shifts where its staff may work 1320 weekends, and at least 228 stay uncovered (22,800; the best known roster
/// costs 30,241, CPLEX proved 23,895 in 24 hours); Instance 24's bound is 5200 (CPLEX's after 72 hours: 1133), 21's
/// 10,500, 19's 2600 (the best known 3149). Where the staff may work as many weekends as the weekends ask for (23),
/// it is 0.
enum WeekendCoverBound {
    /// The bound for `instance`'s demand (0 when the weekend allowance can cover every weekend shift).
    static func value(instance: Instance, demand: DemandTable) -> Double {
        let weeks = instance.horizon.weeks
        let allowance = instance.staff.map(instance.weekendAllowance(of:))
        let budget = allowance.reduce(0, +)
        let workers = allowance.filter { $0 > 0 }.count
        var total = 0.0
        // What the k-th person working each weekend adds at most, for k = 1, 2, ... (not increasing in k).
        var gains: [Double] = []
        for week in 0..<weeks {
            let prices = weekendDays(of: week, instance: instance).map { day in
                CoverLedger.missingPersonPrices(day: day, instance: instance, demand: demand) { type in
                    instance.rules.weekend.countsAsWeekendWork(type, dayOfWeek: day % 7)
                }.sorted(by: >)
            }
            total += prices.joined().reduce(0, +)
            let most = min(workers, prices.map(\.count).max() ?? 0)
            for person in 0..<most {
                gains.append(prices.reduce(0) { $0 + (person < $1.count ? $1[person] : 0) })
            }
        }
        gains.sort(by: >)
        let covered = gains.prefix(budget).reduce(0, +)
        return max(0, total - covered)
    }

    /// The days of week `week` (from 0) whose shifts can count as its weekend work: Friday to Sunday, within
    /// the horizon.
    private static func weekendDays(of week: Int, instance: Instance) -> [Int] {
        (7 * week + 4...7 * week + 6).filter { $0 < instance.dayCount }
    }
}
