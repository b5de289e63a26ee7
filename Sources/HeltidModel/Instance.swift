/// A complete rostering problem: unit, horizon, rules, shift types, demand and staff.
///
/// Read it with ``InstanceLoader``, which also validates it; an `Instance` obtained that way
/// refers only to shift types, skills and days that exist.
public struct Instance: Sendable, Equatable, Codable {
    /// The format identifier this version reads and writes.
    public static let currentFormat = "heltid-instance/1"

    public var format: String
    public var unit: Unit
    public var horizon: Horizon
    public var rules: Rules
    public var weights: ObjectiveWeights
    public var skills: [Skill]
    public var shiftTypes: [ShiftType]
    public var demand: [DemandRule]
    /// Named staff. May be empty only for dimensioning (`heltid dimension`), which adds open positions.
    public var staff: [Employee]
    /// The profile of positions `heltid dimension` may add; absent means ``OpenPosition``'s defaults.
    public var openPosition: OpenPosition?

    public init(unit: Unit, horizon: Horizon, rules: Rules = Rules(), weights: ObjectiveWeights = ObjectiveWeights(),
                skills: [Skill] = [], shiftTypes: [ShiftType], demand: [DemandRule], staff: [Employee],
                openPosition: OpenPosition? = nil) {
        format = Instance.currentFormat
        self.unit = unit
        self.horizon = horizon
        self.rules = rules
        self.weights = weights
        self.skills = skills
        self.shiftTypes = shiftTypes
        self.demand = demand
        self.staff = staff
        self.openPosition = openPosition
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case format, unit, horizon, rules, weights, skills, shiftTypes, demand, staff, openPosition
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decodeFormat(forKey: .format, expected: Instance.currentFormat)
        unit = try container.decode(Unit.self, forKey: .unit)
        horizon = try container.decode(Horizon.self, forKey: .horizon)
        rules = try container.decodeIfPresent(Rules.self, forKey: .rules) ?? Rules()
        weights = try container.decodeIfPresent(ObjectiveWeights.self, forKey: .weights) ?? ObjectiveWeights()
        skills = try container.decodeIfPresent([Skill].self, forKey: .skills) ?? []
        shiftTypes = try container.decode([ShiftType].self, forKey: .shiftTypes)
        demand = try container.decode([DemandRule].self, forKey: .demand)
        staff = try container.decodeIfPresent([Employee].self, forKey: .staff) ?? []
        openPosition = try container.decodeIfPresent(OpenPosition.self, forKey: .openPosition)
    }

    /// Number of days in the horizon.
    public var dayCount: Int { horizon.dayCount }

    /// Index of the shift type with this id.
    public func shiftIndex(of id: String) -> Int? {
        shiftTypes.firstIndex { $0.id == id }
    }

    /// Full-time hours over the whole horizon.
    public var fullTimeHours: Double { rules.fullTimeWeeklyHours * Double(horizon.weeks) }

    /// The weekend frequency k that applies to an employee.
    public func weekendFrequency(of employee: Employee) -> Int {
        employee.weekendFrequency ?? rules.weekend.frequency
    }

    /// The most weekends one person may work in the rota under an "every k-th weekend" rule of frequency `k`:
    /// a pattern allows one weekend in any k weeks in a row (around the wrap on a cyclic rota, and one at all in
    /// a rota shorter than k weeks), an average weeks ÷ k.
    public func weekendsAllowed(frequency k: Int) -> Int {
        let weeks = horizon.weeks
        guard k > 1 else { return weeks }
        switch rules.weekend.reading {
        case .pattern where !horizon.cyclic: return (weeks + k - 1) / k
        case .pattern where weeks < k: return 1
        default: return weeks / k
        }
    }

    /// The most weekends `employee` may work in the rota: their weekend rule's allowance
    /// (``weekendsAllowed(frequency:)``), at most their own maximum.
    public func weekendAllowance(of employee: Employee) -> Int {
        min(weekendsAllowed(frequency: weekendFrequency(of: employee)), employee.limits.maximumWeekends ?? horizon.weeks)
    }

    /// Most consecutive working days for an employee (personal limit, else the unit's rule).
    public func maximumConsecutiveWorkDays(of employee: Employee) -> Int {
        employee.limits.maximumConsecutiveWorkDays ?? rules.maximumConsecutiveWorkDays
    }

    /// Fewest consecutive working days for an employee.
    public func minimumConsecutiveWorkDays(of employee: Employee) -> Int {
        employee.limits.minimumConsecutiveWorkDays ?? rules.minimumConsecutiveWorkDays
    }

    /// Fewest consecutive days off for an employee.
    public func minimumConsecutiveDaysOff(of employee: Employee) -> Int {
        employee.limits.minimumConsecutiveDaysOff ?? rules.minimumConsecutiveDaysOff
    }

    /// The desired position of an employee in paid minutes over the horizon, if they have one.
    public func desiredMinutes(of employee: Employee) -> Double? {
        (employee.desiredPercent ?? employee.currentPercent).map { $0 / 100 * fullTimeHours * 60 }
    }

    /// Whether the shift type is long (paid hours above the normal day length).
    public func isLong(_ shift: ShiftType) -> Bool {
        Double(shift.paidMinutes) > rules.maximumShiftHours * 60 + 1e-9
    }
}
