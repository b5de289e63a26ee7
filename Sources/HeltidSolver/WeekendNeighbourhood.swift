import HeltidModel

/// The days a weekend neighbourhood frees for everyone: a few days around the weekends of two weeks, so that
/// people can trade the weekends they work. Where everyone already works the most weekends the rules allow (the
/// benchmark's Instances 13 and 19, whose uncovered demand is all on weekends), no window of consecutive days
/// lets one person take a weekend another gives up: each would have to give up a weekend of their own
/// outside the window.
///
/// There, the weekends are the scarce resource, and a weekend worked on one day only (a *half weekend*) spends a
/// whole weekend of the person's allowance on one shift: Instance 19 asks for 535 weekend shifts where its staff
/// can work 258 weekends, 516 shifts, and a roster at 4358 (300 work s, 2026-12-03) had all its 40 uncovered
/// shifts on weekends and 21 half weekends; on 13, 14 uncovered weekend shifts and 32 half weekends where 18
/// would do; on 23 and 24 the same (498 of 501, and 1164 of 1915 uncovered shifts on weekends, with 641 and 1021
/// half weekends). So the second weekend is one where someone who could take an uncovered shift of the first
/// works a half weekend: freed on both, they can give that one up and work the first in full.
///
/// Measured on the neighbourhood search on the master (300 work s, seeds 1 and 2, 2026-12-03, thirteenth
/// session), with a weekend neighbourhood in every third turn (``ColumnGeneration/NeighbourhoodKind``): Instance
/// 13 ended at 1825 and 2046 (2004 and 2498 without); 19 at 4244 and 4179, 15 at 3988 and 3878, 18 at 4589 and
/// 4674 (3940 and 4653, 3874 and 3868, 4585 and 4681 without: within their spreads); at 60 work s 9 at 439, the
/// best known (440), 12 at 5276 (5743), 8 at 1306–1311 over seeds 1–3 (1304–1307). With both weekends drawn at
/// random, 13 ended at 1872 and 2076, 19 at 4172 and 4469. With the second weekend one of a half weekend (and the
/// few people freed over the whole horizon chosen among those who could take an uncovered shift: those
/// neighbourhoods never improved a roster; fourteenth session), 13 ended at 1877 and 1898 (1828 and 2046 before),
/// 19 at 4161 and 4382 (4358 and 4493); with those neighbourhoods left out (windows and weekends in turn),
/// 13 at 1672 and 1864, 19 at 3577 and 3728.
enum WeekendNeighbourhood {
    /// The two weeks (from 0) whose weekends a neighbourhood frees, of a rota of `weekCount` weeks (at least 2):
    /// the week of a random uncovered cell on a Friday to Sunday in `ledger` (the roster's cover), and a week in
    /// which someone who could take that cell (allowed it, `usable(employee)[day][shift]`, and off that day or on
    /// a shift worked above its demand) works one day of the weekend only; where there is no such cell or no such
    /// week, weeks drawn at random.
    static func weeks(uncovered ledger: CoverLedger, roster: Roster, usable: (Int) -> [[Bool]], weekCount: Int,
                      random: inout SplitMix64) -> [Int] {
        let short = ledger.uncoveredCells.filter { $0.day % 7 >= 4 && $0.day / 7 < weekCount }
        let weeks = Array(0..<weekCount).shuffled(using: &random)
        guard !short.isEmpty else { return Array(weeks.prefix(2)) }
        let (day, shift) = short[Int(random.next() % UInt64(short.count))]
        let first = day / 7
        var halves: [Int] = []
        for (employee, schedule) in roster.assignments.enumerated()
        where usable(employee)[day][shift] && ledger.couldTake(day: day, working: schedule[day]) {
            halves += (0..<weekCount).filter { $0 != first && worksHalf(schedule, week: $0) }
        }
        let second = halves.isEmpty ? weeks.first { $0 != first }! : halves[Int(random.next() % UInt64(halves.count))]
        return [first, second]
    }

    /// Whether `schedule` works one only of the Saturday and Sunday of `week` (from 0): a half weekend.
    static func worksHalf(_ schedule: [Int?], week: Int) -> Bool {
        (schedule[7 * week + 5] == nil) != (schedule[7 * week + 6] == nil)
    }

    /// How many of the whole weeks of `schedule` it works as a half weekend (``worksHalf(_:week:)``).
    static func halfWeekendCount(_ schedule: [Int?]) -> Int {
        (0..<(schedule.count / 7)).filter { worksHalf(schedule, week: $0) }.count
    }

    /// Whether `schedule` works the Saturday or the Sunday (or both) of `week` (from 0).
    static func worksWeekend(_ schedule: [Int?], week: Int) -> Bool {
        schedule[7 * week + 5] != nil || schedule[7 * week + 6] != nil
    }

    /// How many of the whole weeks of `schedule` it works a weekend in (``worksWeekend(_:week:)``).
    static func weekendCount(_ schedule: [Int?]) -> Int {
        (0..<(schedule.count / 7)).filter { worksWeekend(schedule, week: $0) }.count
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
