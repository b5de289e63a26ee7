/// Personal hard limits of one employee, overriding or adding to the unit's rules
/// (the benchmark's per-employee contract constraints map onto these).
public struct EmployeeLimits: Sendable, Equatable, Codable {
    /// Most shifts of each type over the horizon, by shift type id (0 = may never work it).
    public var maximumShifts: [String: Int]
    /// Fewest paid minutes over the horizon.
    public var minimumMinutes: Int?
    /// Most paid minutes over the horizon.
    public var maximumMinutes: Int?
    /// Most consecutive working days (replaces the unit's rule for this person).
    public var maximumConsecutiveWorkDays: Int?
    /// Fewest consecutive working days in a run (replaces the unit's rule).
    public var minimumConsecutiveWorkDays: Int?
    /// Fewest consecutive days off in a run (replaces the unit's rule).
    public var minimumConsecutiveDaysOff: Int?
    /// Most worked weekends over the horizon.
    public var maximumWeekends: Int?

    public init(maximumShifts: [String: Int] = [:], minimumMinutes: Int? = nil, maximumMinutes: Int? = nil,
                maximumConsecutiveWorkDays: Int? = nil, minimumConsecutiveWorkDays: Int? = nil,
                minimumConsecutiveDaysOff: Int? = nil, maximumWeekends: Int? = nil) {
        self.maximumShifts = maximumShifts
        self.minimumMinutes = minimumMinutes
        self.maximumMinutes = maximumMinutes
        self.maximumConsecutiveWorkDays = maximumConsecutiveWorkDays
        self.minimumConsecutiveWorkDays = minimumConsecutiveWorkDays
        self.minimumConsecutiveDaysOff = minimumConsecutiveDaysOff
        self.maximumWeekends = maximumWeekends
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maximumShifts, minimumMinutes, maximumMinutes, maximumConsecutiveWorkDays
        case minimumConsecutiveWorkDays, minimumConsecutiveDaysOff, maximumWeekends
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        maximumShifts = try container.decodeIfPresent([String: Int].self, forKey: .maximumShifts) ?? [:]
        minimumMinutes = try container.decodeIfPresent(Int.self, forKey: .minimumMinutes)
        maximumMinutes = try container.decodeIfPresent(Int.self, forKey: .maximumMinutes)
        maximumConsecutiveWorkDays = try container.decodeIfPresent(Int.self, forKey: .maximumConsecutiveWorkDays)
        minimumConsecutiveWorkDays = try container.decodeIfPresent(Int.self, forKey: .minimumConsecutiveWorkDays)
        minimumConsecutiveDaysOff = try container.decodeIfPresent(Int.self, forKey: .minimumConsecutiveDaysOff)
        maximumWeekends = try container.decodeIfPresent(Int.self, forKey: .maximumWeekends)
    }
}
