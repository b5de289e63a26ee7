/// A change to a selection of the staff. Selectors combine (a person must match each one given); none
/// selects everyone. Example: `{"worksShift": "D", "allowShifts": ["LD", "LA"]}`.
public struct StaffUpdate: Sendable, Decodable {
    /// These staff ids.
    public var ids: [String]?
    /// Staff holding at least one of these skills.
    public var skills: [String]?
    /// Staff allowed to work this shift type.
    public var worksShift: String?
    /// Employee fields to set (a merge patch), e.g. `{"desiredPercent": 100}`.
    public var set: JSONValue?
    /// Shift types added to the selected people's allowed shifts (for people limited to a list).
    public var allowShifts: [String]

    enum CodingKeys: String, CodingKey, CaseIterable { case ids, skills, worksShift, set, allowShifts }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ids = try container.decodeIfPresent([String].self, forKey: .ids)
        skills = try container.decodeIfPresent([String].self, forKey: .skills)
        worksShift = try container.decodeIfPresent(String.self, forKey: .worksShift)
        set = try container.decodeIfPresent(JSONValue.self, forKey: .set)
        allowShifts = try container.decodeIfPresent([String].self, forKey: .allowShifts) ?? []
    }
}
