import HeltidModel

/// Pairs of shifts that cannot both be worked because the rest between them would be below the
/// minimum, derived from the shifts' clock times (never hand-listed).
struct RestConflict: Hashable {
    /// Shift worked first.
    var first: Int
    /// Shift worked `dayGap` days later.
    var second: Int
    var dayGap: Int
}

extension Instance {
    /// Every (first, second, day gap) whose rest is below `rules.effectiveMinimumRestHours`.
    /// Day gaps up to two are examined, enough for shifts of at most 24 hours and rests of at most 24 hours.
    func restConflicts() -> [RestConflict] {
        let minimum = Int((rules.effectiveMinimumRestHours * 60).rounded())
        var conflicts: [RestConflict] = []
        for (first, a) in shiftTypes.enumerated() {
            let firstEnd = a.start.minutes + a.durationMinutes
            for (second, b) in shiftTypes.enumerated() {
                for dayGap in 1...2 where dayGap * 1440 + b.start.minutes - firstEnd < minimum {
                    conflicts.append(RestConflict(first: first, second: second, dayGap: dayGap))
                }
            }
        }
        return conflicts
    }
}

extension Instance {
    /// Every forbidden succession: those the rest rules imply and the explicitly forbidden followers.
    func forbiddenSuccessions() -> Set<RestConflict> {
        var conflicts = Set(restConflicts())
        for (first, type) in shiftTypes.enumerated() {
            for follower in type.forbiddenFollowers {
                if let second = shiftIndex(of: follower) {
                    conflicts.insert(RestConflict(first: first, second: second, dayGap: 1))
                }
            }
        }
        return conflicts
    }
}
