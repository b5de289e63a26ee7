/// The days a window ruin of the rescheduling search frees (``ReschedulingSearch``): one stretch of a few weeks,
/// or a block around each of two days (a *transfer*), the rest of each ruined person's schedule kept.
///
/// A transfer window names the uncovered shift it was drawn for and the person drawn to take it, who works a
/// shift above its demand on the other day and may give it up for this one. Where people work as many weekends,
/// or as many shifts of a type, as they may, a shift moves from one month to another only this way: a window of
/// consecutive weeks keeps each person's weekends and shift counts outside it where they were. A *chain* transfer
/// names a helper too, who takes over the drawn person's shift on the other day (a weekend they give up), within
/// a window of their own.
struct RuinWindow: Equatable {
    /// The freed stretches of days, ascending and apart.
    let stretches: [Range<Int>]
    /// For a transfer, the uncovered shift (day, shift type) and the person drawn to take it.
    let focus: Focus?

    /// The uncovered shift a transfer was drawn for, and who was drawn to take it.
    struct Focus: Equatable {
        let day: Int
        let shift: Int
        let employee: Int
        /// For a chain transfer, someone who could take `employee`'s shift on the other day, of a weekend `employee`
        /// works (``ReschedulingSearch/chainChoices(day:shift:)``): re-planned first, so that `employee` can give that
        /// weekend up.
        var helper: Int? = nil
        /// For a chain transfer, the day of the other weekend whose shift the helper could take.
        var helperDay: Int? = nil
    }

    /// One stretch of days.
    init(_ days: Range<Int>) {
        stretches = [days]
        focus = nil
    }

    /// Blocks of `blockDays` days centred on each of `days` (the later half-day after: 5 days around a Saturday are
    /// Thursday to Monday), within the `dayCount` days of the horizon; blocks that touch are one stretch. A block
    /// around a Saturday or a Sunday holds the whole weekend (with `blockDays` at least 3).
    init(around days: [Int], blockDays: Int, dayCount: Int, focus: Focus) {
        var freed = Set<Int>()
        for centre in days {
            for day in (centre - (blockDays - 1) / 2)...(centre + blockDays / 2) where (0..<dayCount).contains(day) { freed.insert(day) }
        }
        var stretches: [Range<Int>] = []
        for day in freed.sorted() {
            if let last = stretches.last, last.upperBound == day {
                stretches[stretches.count - 1] = last.lowerBound..<(day + 1)
            } else {
                stretches.append(day..<(day + 1))
            }
        }
        self.stretches = stretches
        self.focus = focus
    }

    /// Whether `day` is freed.
    func contains(_ day: Int) -> Bool { stretches.contains { $0.contains(day) } }

    /// The freed days, ascending.
    var days: [Int] { stretches.flatMap { Array($0) } }

    /// The weeks (from 0) the freed days touch.
    var weeks: [Int] {
        var weeks: [Int] = []
        for stretch in stretches {
            for week in (stretch.lowerBound / 7)..<((stretch.upperBound + 6) / 7) where weeks.last != week { weeks.append(week) }
        }
        return weeks
    }
}
