import HeltidModel

/// A worked shift as an absolute time interval, in minutes after Monday 00:00 of rota week 1.
struct WorkInterval {
    var day: Int
    var shift: Int
    var start: Int
    var end: Int

    /// The employee's worked shifts in time order. In a cyclic rota the previous and next repetition
    /// of the rota are included too (shifted by the horizon), so rules see across the wrap.
    static func timeline(of employee: Int, roster: Roster, instance: Instance, includeRepetitions: Bool) -> [WorkInterval] {
        let horizonMinutes = instance.dayCount * 1440
        var intervals: [WorkInterval] = []
        for day in 0..<instance.dayCount {
            guard let shift = roster[employee, day] else { continue }
            let type = instance.shiftTypes[shift]
            let start = day * 1440 + type.start.minutes
            intervals.append(WorkInterval(day: day, shift: shift, start: start, end: start + type.durationMinutes))
        }
        guard includeRepetitions && instance.horizon.cyclic else { return intervals }
        let before = intervals.map { WorkInterval(day: $0.day, shift: $0.shift, start: $0.start - horizonMinutes, end: $0.end - horizonMinutes) }
        let after = intervals.map { WorkInterval(day: $0.day, shift: $0.shift, start: $0.start + horizonMinutes, end: $0.end + horizonMinutes) }
        return before + intervals + after
    }
}
