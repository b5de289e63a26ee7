/// The days a weekend neighbourhood frees for everyone: a few days around the weekends of two weeks, so that
/// people can trade the weekends they work. Where everyone already works the most weekends the rules allow (the
/// benchmark's Instances 13 and 19, whose uncovered demand is all on weekends), no window of consecutive days
/// lets one person take a weekend another gives up: each would have to give up a weekend of their own
/// outside the window.
///
/// Measured on the neighbourhood search on the master (300 work s, seeds 1 and 2, 2026-12-03, thirteenth
/// session), with a weekend neighbourhood in every third turn (``ColumnGeneration/NeighbourhoodKind``): Instance
/// 13 ended at 1825 and 2046 (2004 and 2498 without); 19 at 4244 and 4179, 15 at 3988 and 3878, 18 at 4589 and
/// 4674 (3940 and 4653, 3874 and 3868, 4585 and 4681 without: within their spreads); at 60 work s 9 at 439, the
/// best known (440), 12 at 5276 (5743), 8 at 1306–1311 over seeds 1–3 (1304–1307). With both weekends drawn at
/// random, 13 ended at 1872 and 2076, 19 at 4172 and 4469.
enum WeekendNeighbourhood {
    /// The two weeks (from 0) whose weekends a neighbourhood frees, of a rota of `weekCount` weeks (at least 2):
    /// one whose Friday to Sunday has demand `ledger` shows uncovered, when there is one, and another at random.
    static func weeks(uncovered ledger: CoverLedger, weekCount: Int, random: inout SplitMix64) -> [Int] {
        let short = Set(ledger.uncoveredDays.filter { $0 % 7 >= 4 }.map { $0 / 7 }).sorted()
        var weeks = Array(0..<weekCount).shuffled(using: &random)
        if !short.isEmpty {
            let first = short[Int(random.next() % UInt64(short.count))]
            weeks = [first] + weeks.filter { $0 != first }
        }
        return Array(weeks.prefix(2))
    }

    /// For each of `weeks` (from 0), `blockDays` days around its Saturday and Sunday (2: those two; then Friday,
    /// Monday, Thursday, Tuesday, Wednesday in turn), within the `dayCount` days of the horizon (which begins on
    /// a Monday).
    static func days(weeks: [Int], blockDays: Int, dayCount: Int) -> Set<Int> {
        let before = (blockDays - 1) / 2, after = (blockDays - 2) / 2
        var days = Set<Int>()
        for week in weeks {
            for day in (7 * week + 5 - before)...(7 * week + 6 + after) where (0..<dayCount).contains(day) { days.insert(day) }
        }
        return days
    }
}
