import HeltidModel

/// A Curtois & Qu instance for hand-worked tests: `days` days, one shift type (D, 480 minutes), a line of staff per
/// entry of `staff` (ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts,
/// MinConsecutiveDaysOff, MaxWeekends, as in the benchmark's files), and on each day the people `cover` asks for at
/// its weight for a missing person (1 for one too many).
func oneShiftRota(days: Int, staff: [String], file: String, cover: (Int) -> (people: Int, weight: Int)) throws -> Instance {
    let lines = (0..<days).map { day in
        let (people, weight) = cover(day)
        return "\(day),D,\(people),\(weight),1"
    }
    let text = """
        SECTION_HORIZON
        \(days)

        SECTION_SHIFTS
        D,480,

        SECTION_STAFF
        \(staff.joined(separator: "\n"))

        SECTION_DAYS_OFF

        SECTION_SHIFT_ON_REQUESTS

        SECTION_SHIFT_OFF_REQUESTS

        SECTION_COVER
        \(lines.joined(separator: "\n"))
        """
    return try CurtoisFormat.parse(text, file: file)
}
