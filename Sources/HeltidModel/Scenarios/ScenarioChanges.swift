/// What a scenario changes in the base instance. Every field is optional; changes apply in the order
/// listed here (rules and weights, rota length, shift types, staff, open positions, demand).
public struct ScenarioChanges: Sendable, Decodable {
    /// Fields of `rules` to set, e.g. `{"weekend": {"frequency": 2}}` or `{"minimumRestHours": 9}`
    /// (a JSON merge patch: the rest keeps the base's values).
    public var rules: JSONValue?
    /// Fields of `weights` to set (a merge patch).
    public var weights: JSONValue?
    /// Rota length in weeks.
    public var weeks: Int?
    /// New shift types, e.g. long weekend shifts.
    public var addShiftTypes: [ShiftType]
    /// Changes to existing shift types (clock times, breaks).
    public var updateShiftTypes: [ShiftTypeUpdate]
    /// Staff ids to remove.
    public var removeStaff: [String]
    /// Changes to (a selection of) the staff: desired %, allowed shifts, weekend frequency.
    public var updateStaff: [StaffUpdate]
    /// New named staff.
    public var addStaff: [Employee]
    /// Fields of the open-position profile to set (a merge patch), for `openPositions`.
    public var openPosition: JSONValue?
    /// Open positions (ledige stillinger) to add to the staff, from the open-position profile.
    public var openPositions: Int?
    /// Demand changes, applied in order.
    public var demand: [DemandChange]

    public init() {
        addShiftTypes = []
        updateShiftTypes = []
        removeStaff = []
        updateStaff = []
        addStaff = []
        demand = []
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case rules, weights, weeks, addShiftTypes, updateShiftTypes, removeStaff, updateStaff, addStaff
        case openPosition, openPositions, demand
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rules = try container.decodeIfPresent(JSONValue.self, forKey: .rules)
        weights = try container.decodeIfPresent(JSONValue.self, forKey: .weights)
        weeks = try container.decodeIfPresent(Int.self, forKey: .weeks)
        addShiftTypes = try container.decodeIfPresent([ShiftType].self, forKey: .addShiftTypes) ?? []
        updateShiftTypes = try container.decodeIfPresent([ShiftTypeUpdate].self, forKey: .updateShiftTypes) ?? []
        removeStaff = try container.decodeIfPresent([String].self, forKey: .removeStaff) ?? []
        updateStaff = try container.decodeIfPresent([StaffUpdate].self, forKey: .updateStaff) ?? []
        addStaff = try container.decodeIfPresent([Employee].self, forKey: .addStaff) ?? []
        openPosition = try container.decodeIfPresent(JSONValue.self, forKey: .openPosition)
        openPositions = try container.decodeIfPresent(Int.self, forKey: .openPositions)
        demand = try container.decodeIfPresent([DemandChange].self, forKey: .demand) ?? []
    }
}
