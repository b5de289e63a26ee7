/// A member of staff with position, skills, allowed shifts, days off and wishes.
public struct Employee: Sendable, Equatable, Codable {
    /// Unique id within the instance (e.g. an employee number).
    public var id: String
    public var name: String
    /// Skill ids held, e.g. `["sykepleier"]`.
    public var skills: [String]
    /// Current position percentage (stillingsprosent), 0–100. Absent only where a position has no
    /// meaning (benchmark instances): the person then has no position target and no desired cap.
    public var currentPercent: Double?
    /// Desired position percentage, 0–100 (default: the current one). Never planned above.
    public var desiredPercent: Double?
    /// Hard minimum position percentage for the rota; optional.
    public var minimumPercent: Double?
    /// Personal weekend frequency k (work every k-th weekend), overriding the unit rule.
    public var weekendFrequency: Int?
    /// Shift type ids this person may work; absent means all shift types.
    public var shifts: [String]?
    /// Accepts long shifts (langvakt) when the unit allows them.
    public var acceptsLongShifts: Bool
    /// Fixed days off, as 1-based day numbers.
    public var daysOff: [Int]
    public var wishes: [Wish]
    /// Personal hard limits (shift counts, minutes, run lengths, weekends); optional.
    public var limits: EmployeeLimits

    public init(id: String, name: String, skills: [String] = [], currentPercent: Double?,
                desiredPercent: Double? = nil, minimumPercent: Double? = nil, weekendFrequency: Int? = nil,
                shifts: [String]? = nil, acceptsLongShifts: Bool = false, daysOff: [Int] = [],
                wishes: [Wish] = [], limits: EmployeeLimits = EmployeeLimits()) {
        self.id = id
        self.name = name
        self.skills = skills
        self.currentPercent = currentPercent
        self.desiredPercent = desiredPercent ?? currentPercent
        self.minimumPercent = minimumPercent
        self.weekendFrequency = weekendFrequency
        self.shifts = shifts
        self.acceptsLongShifts = acceptsLongShifts
        self.daysOff = daysOff
        self.wishes = wishes
        self.limits = limits
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, skills, currentPercent, desiredPercent, minimumPercent, weekendFrequency
        case shifts, acceptsLongShifts, daysOff, wishes, limits
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? id
        skills = try container.decodeIfPresent([String].self, forKey: .skills) ?? []
        currentPercent = try container.decodeIfPresent(Double.self, forKey: .currentPercent)
        desiredPercent = try container.decodeIfPresent(Double.self, forKey: .desiredPercent) ?? currentPercent
        minimumPercent = try container.decodeIfPresent(Double.self, forKey: .minimumPercent)
        weekendFrequency = try container.decodeIfPresent(Int.self, forKey: .weekendFrequency)
        shifts = try container.decodeIfPresent([String].self, forKey: .shifts)
        acceptsLongShifts = try container.decodeIfPresent(Bool.self, forKey: .acceptsLongShifts) ?? false
        daysOff = try container.decodeIfPresent([Int].self, forKey: .daysOff) ?? []
        wishes = try container.decodeIfPresent([Wish].self, forKey: .wishes) ?? []
        limits = try container.decodeIfPresent(EmployeeLimits.self, forKey: .limits) ?? EmployeeLimits()
    }
}
