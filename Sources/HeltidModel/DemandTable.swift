/// Demand expanded to every day and shift of the horizon.
public struct DemandTable: Sendable, Equatable {
    /// Demand of one shift on one day.
    public struct Cell: Sendable, Equatable {
        public var minimum: Int
        /// Most people allowed; nil for no maximum.
        public var maximum: Int?
        /// Minimum count per skill, keyed by index into `Instance.skills`.
        public var skillMinimums: [Int: Int]
        /// Penalty per missing person, when the rule sets one (else per uncovered hour).
        public var underWeight: Double?
        /// Penalty per person above the minimum, when the rule sets one.
        public var overWeight: Double?

        public static let none = Cell(minimum: 0, maximum: 0, skillMinimums: [:], underWeight: nil, overWeight: nil)

        /// Whether anybody may work the shift.
        public var allowsStaff: Bool { maximum.map { $0 > 0 } ?? true }
    }

    /// `cells[day][shift]`, day 0-based, shift an index into `Instance.shiftTypes`.
    public let cells: [[Cell]]

    /// Applies the instance's demand rules in order; a later rule replaces an earlier one
    /// for the same day and shift. Days and shifts without a rule have no demand and allow nobody.
    public init(instance: Instance) {
        var cells = Array(repeating: Array(repeating: Cell.none, count: instance.shiftTypes.count),
                          count: instance.dayCount)
        for rule in instance.demand {
            guard let shift = instance.shiftIndex(of: rule.shift) else { continue }
            let days: [Int]
            if let numbers = rule.dayNumbers {
                days = numbers.map { $0 - 1 }.filter { (0..<instance.dayCount).contains($0) }
            } else {
                days = (0..<instance.dayCount).filter { rule.days.weekdays.contains(instance.weekday(ofDay: $0)) }
            }
            var skillMinimums: [Int: Int] = [:]
            for (skill, count) in rule.skills {
                if let index = instance.skills.firstIndex(where: { $0.id == skill }), count > 0 {
                    skillMinimums[index] = count
                }
            }
            for day in days {
                cells[day][shift] = Cell(minimum: rule.minimum, maximum: rule.effectiveMaximum,
                                         skillMinimums: skillMinimums, underWeight: rule.underWeight,
                                         overWeight: rule.overWeight)
            }
        }
        self.cells = cells
    }

    public subscript(day: Int, shift: Int) -> Cell { cells[day][shift] }
}
