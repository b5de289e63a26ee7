/// What a dive or a branch has decided about one employee's schedule: for each day, the choices still open
/// (a day off, or each shift type). At first every choice is open; the master LP rules out the columns a
/// restriction does not admit, and the pricers generate only schedules it admits.
struct ScheduleRestriction: Equatable, Sendable {
    let dayCount: Int
    let shiftCount: Int
    /// `open[day * (shiftCount + 1) + choice]`, where choice 0 is the day off and `shift + 1` a shift type.
    private var open: [Bool]
    /// Whether some choice has been closed.
    private(set) var isRestricted = false
    /// The one schedule admitted, when the restriction was made from it (``init(only:shiftCount:)``) and
    /// not changed since: a schedule known to keep its person's rules, so pricing can value it directly.
    private(set) var onlySchedule: [Int?]?

    /// Every choice open.
    init(dayCount: Int, shiftCount: Int) {
        self.dayCount = dayCount
        self.shiftCount = shiftCount
        open = Array(repeating: true, count: dayCount * (shiftCount + 1))
    }

    /// Only the choices of `shifts` open: the restriction that admits that one schedule.
    init(only shifts: [Int?], shiftCount: Int) {
        self.init(dayCount: shifts.count, shiftCount: shiftCount)
        for (day, shift) in shifts.enumerated() { require(day: day, shift: shift) }
        onlySchedule = shifts
    }

    /// Whether `shift` (nil: a day off) is still open on `day`.
    func allows(day: Int, shift: Int?) -> Bool {
        open[day * (shiftCount + 1) + (shift.map { $0 + 1 } ?? 0)]
    }

    /// Whether the schedule takes an open choice on every day.
    func admits(_ shifts: [Int?]) -> Bool {
        guard isRestricted else { return true }
        return shifts.indices.allSatisfy { allows(day: $0, shift: shifts[$0]) }
    }

    /// Closes every choice of `day` but `shift` (nil: the day off).
    mutating func require(day: Int, shift: Int?) {
        let kept = shift.map { $0 + 1 } ?? 0
        for choice in 0...shiftCount where choice != kept { open[day * (shiftCount + 1) + choice] = false }
        isRestricted = true
        onlySchedule = nil
    }

    /// Closes `shift` (nil: the day off) on `day`.
    mutating func forbid(day: Int, shift: Int?) {
        open[day * (shiftCount + 1) + (shift.map { $0 + 1 } ?? 0)] = false
        isRestricted = true
        onlySchedule = nil
    }
}
