import HeltidModel

/// What keeps a person from taking one more shift: a hard rule the shift would break, or a skill the
/// open shift needs and the person does not hold.
public enum Obstacle: Hashable, Sendable, Comparable {
    case rule(RuleKind)
    case missingSkill(String)

    /// A stable identifier: the rule's raw value, or `skill:<id>`.
    public var key: String {
        switch self {
        case .rule(let rule): return rule.rawValue
        case .missingSkill(let skill): return "skill:\(skill)"
        }
    }

    /// Plain-language name, e.g. "weekend frequency" or "skill sykepleier".
    public var title: String {
        switch self {
        case .rule(let rule): return rule.title
        case .missingSkill(let skill): return "skill \(skill) (the open shift needs it)"
        }
    }

    public static func < (lhs: Obstacle, rhs: Obstacle) -> Bool { lhs.key < rhs.key }
}

/// How often each obstacle blocked a (person, open shift) pair, most frequent first.
public struct ObstacleCount: Sendable, Equatable, Codable {
    public var obstacle: String
    public var title: String
    public var count: Int

    public init(obstacle: String, title: String, count: Int) {
        self.obstacle = obstacle
        self.title = title
        self.count = count
    }
}

/// Why one person still has unwanted part-time in a roster.
public struct PartTimeReason: Sendable, Equatable, Codable {
    public var employee: String
    public var name: String
    public var gapHours: Double
    /// Open shifts this person could be added to (room under the shift's maximum, demand or skill missing).
    public var openShifts: Int
    /// Open shifts the person could take without breaking any rule (left unused by the solver).
    public var freeShifts: Int
    /// What blocks the others, most frequent first (a shift may be blocked by several).
    public var obstacles: [ObstacleCount]
    /// One sentence for the report.
    public var explanation: String
}

/// Tries every open shift on every person, one at a time, with the independent checker: the rules that
/// would break explain who stays part-time and why, and which rules keep demand uncovered.
///
/// An open shift is a day and shift with room for one more person (below its maximum) where demand or a
/// skill minimum is still missing. The answer describes the roster as it stands: a rule that blocks a
/// shift here might not block it after other people's shifts are moved.
public struct OpenShiftAnalysis {
    public let instance: Instance
    public let roster: Roster
    private let checker: RosterChecker
    private let openCells: [(day: Int, shift: Int, missingSkills: Set<String>, needsPeople: Bool)]

    public init(instance: Instance, roster: Roster, report: CheckReport) {
        self.instance = instance
        self.roster = roster
        checker = RosterChecker(instance: instance)
        let demand = DemandTable(instance: instance)
        openCells = report.uncovered.compactMap { gap in
            guard let shift = instance.shiftIndex(of: gap.shift) else { return nil }
            if let maximum = demand[gap.day, shift].maximum, gap.planned >= maximum { return nil }
            return (gap.day, shift, Set(gap.missingSkills.keys), gap.missing > 0)
        }
    }

    /// The obstacles to adding `employee` to every open shift; nil entries are shifts that fit.
    private func obstacles(for employee: Int) -> [Set<Obstacle>] {
        let baseline = Set(checker.violations(of: employee, in: roster).map(\.rule))
        let person = instance.staff[employee]
        return openCells.compactMap { cell -> Set<Obstacle>? in
            guard roster[employee, cell.day] == nil else { return nil }
            var found = Set<Obstacle>()
            if !cell.needsPeople {
                let lacking = cell.missingSkills.subtracting(person.skills)
                if lacking.count == cell.missingSkills.count { found.formUnion(lacking.map(Obstacle.missingSkill)) }
            }
            var trial = roster
            trial[employee, cell.day] = cell.shift
            for violation in checker.violations(of: employee, in: trial) where !baseline.contains(violation.rule) {
                found.insert(.rule(violation.rule))
            }
            return found
        }
    }

    /// Reasons for everyone with unwanted part-time in `report`, in staff order.
    public func partTimeReasons(report: CheckReport) -> [PartTimeReason] {
        instance.staff.indices.compactMap { employee in
            let figures = report.employees[employee]
            guard figures.unwantedPartTimeHours > 1e-6 else { return nil }
            let perShift = obstacles(for: employee)
            let free = perShift.filter(\.isEmpty).count
            let counts = ObstacleTally(perShift, title: { title(of: $0, for: employee) })
            let explanation: String
            if perShift.isEmpty {
                explanation = openCells.isEmpty
                    ? "no open shifts: all demand is covered, so there are no more hours to give without more demand"
                    : "no open shift falls on a day off of this person"
            } else if free > 0 {
                explanation = "\(free) of \(perShift.count) open shifts fit without breaking a rule; the solver stopped before using them"
            } else if perShift.allSatisfy({ $0.contains(.rule(.aboveDesiredPosition)) }) {
                explanation = "the \(formatHours((figures.unwantedPartTimeHours * 10).rounded() / 10)) h left to the desired position is less than any open shift"
            } else {
                explanation = "each of the \(perShift.count) open shifts would break a rule: " + counts.sentence
            }
            return PartTimeReason(employee: figures.id, name: figures.name, gapHours: figures.unwantedPartTimeHours,
                                  openShifts: perShift.count, freeShifts: free, obstacles: counts.counts, explanation: explanation)
        }
    }

    /// What blocks the uncovered demand: obstacles over every (person, open shift) pair, most frequent first,
    /// and the number of pairs that would fit.
    public func uncoveredDemandObstacles() -> (obstacles: [ObstacleCount], pairs: Int, freePairs: Int) {
        let perShift = instance.staff.indices.flatMap(obstacles(for:))
        return (ObstacleTally(perShift, title: { title(of: $0, for: nil) }).counts, perShift.count, perShift.filter(\.isEmpty).count)
    }

    /// The obstacle's title, with the weekend frequency spelled out (the person's own, or the unit's).
    func title(of obstacle: Obstacle, for employee: Int?) -> String {
        guard obstacle == .rule(.weekendFrequency) else { return obstacle.title }
        let k = employee.map { instance.weekendFrequency(of: instance.staff[$0]) } ?? instance.rules.weekend.frequency
        return "the weekend rule (every \(ordinal(k)) weekend)"
    }
}

/// Counts obstacles over blocked shifts, most frequent first (ties by key).
struct ObstacleTally {
    let counts: [ObstacleCount]

    init(_ perShift: [Set<Obstacle>], title: (Obstacle) -> String) {
        var tally: [Obstacle: Int] = [:]
        for obstacles in perShift { for obstacle in obstacles { tally[obstacle, default: 0] += 1 } }
        counts = tally.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { ObstacleCount(obstacle: $0.key.key, title: title($0.key), count: $0.value) }
    }

    /// "weekend frequency (12), daily rest between shifts (3)".
    var sentence: String {
        counts.map { "\($0.title) (\($0.count))" }.joined(separator: ", ")
    }
}
