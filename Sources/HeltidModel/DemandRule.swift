/// Staffing demand (bemanningsplan) for one shift type on a set of days.
///
/// Rules are applied in file order; a later rule for the same day and shift replaces an
/// earlier one, so a general rule can be followed by exceptions.
public struct DemandRule: Sendable, Equatable, Codable {
    /// The shift type id.
    public var shift: String
    /// Weekdays the rule applies to (default all).
    public var days: DaySelector
    /// Specific day numbers (1-based) instead of weekdays; optional.
    public var dayNumbers: [Int]?
    /// People needed at least; a shortfall is uncovered demand.
    public var minimum: Int
    /// People allowed at most (default: the minimum, so positions grow only where demand is; with an
    /// `overWeight`, no maximum).
    public var maximum: Int?
    /// Minimum number of people holding each skill, e.g. `{"sykepleier": 1}`.
    public var skills: [String: Int]
    /// Penalty per missing person, replacing `weights.uncoveredHour` × paid hours; optional.
    public var underWeight: Double?
    /// Penalty per person above the minimum (soft over-cover); optional.
    public var overWeight: Double?

    public init(shift: String, days: DaySelector = .all, dayNumbers: [Int]? = nil,
                minimum: Int, maximum: Int? = nil, skills: [String: Int] = [:],
                underWeight: Double? = nil, overWeight: Double? = nil) {
        self.shift = shift
        self.days = days
        self.dayNumbers = dayNumbers
        self.minimum = minimum
        self.maximum = maximum
        self.skills = skills
        self.underWeight = underWeight
        self.overWeight = overWeight
    }

    /// The maximum with its default applied; nil means no maximum.
    public var effectiveMaximum: Int? { maximum ?? (overWeight == nil ? minimum : nil) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case shift, days, dayNumbers, minimum, maximum, skills, underWeight, overWeight
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        shift = try container.decode(String.self, forKey: .shift)
        days = try container.decodeIfPresent(DaySelector.self, forKey: .days) ?? .all
        dayNumbers = try container.decodeIfPresent([Int].self, forKey: .dayNumbers)
        minimum = try container.decode(Int.self, forKey: .minimum)
        maximum = try container.decodeIfPresent(Int.self, forKey: .maximum)
        skills = try container.decodeIfPresent([String: Int].self, forKey: .skills) ?? [:]
        underWeight = try container.decodeIfPresent(Double.self, forKey: .underWeight)
        overWeight = try container.decodeIfPresent(Double.self, forKey: .overWeight)
    }
}
