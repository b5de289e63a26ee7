import HeltidModel

extension Instance {
    /// The least paid minutes an employee must work over the horizon, the larger of `minimumPercent` and
    /// `limits.minimumMinutes`, with the way the instance states it; nil without a minimum.
    func minimumWork(of person: Employee) -> (minutes: Double, stated: String)? {
        var candidates: [(minutes: Double, stated: String)] = []
        if let percent = person.minimumPercent, percent > 0 {
            candidates.append((percent / 100 * fullTimeHours * 60, "at least \(formatHours(percent)) %"))
        }
        if let minutes = person.limits.minimumMinutes, minutes > 0 {
            candidates.append((Double(minutes), "at least \(minutes) minutes"))
        }
        return candidates.max { $0.minutes < $1.minutes }
    }

    /// Paid minutes of one employee's row of a roster.
    func paidMinutes(of row: [Int?]) -> Double {
        row.reduce(0) { $0 + ($1.map { Double(shiftTypes[$0].paidMinutes) } ?? 0) }
    }

    /// The least paid minutes an employee must work, or nil.
    func minimumMinutes(of person: Employee) -> Double? {
        minimumWork(of: person)?.minutes
    }
}
