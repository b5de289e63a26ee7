/// One named scenario: the changes it makes to the base (none for a baseline).
public struct Scenario: Sendable, Decodable {
    /// Column heading in the comparison, e.g. "Every 2nd weekend".
    public var name: String
    /// A sentence for the report: what the scenario is and why it is compared; optional.
    public var description: String?
    public var changes: ScenarioChanges

    enum CodingKeys: String, CodingKey, CaseIterable { case name, description, changes }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        changes = try container.decodeIfPresent(ScenarioChanges.self, forKey: .changes) ?? ScenarioChanges()
    }
}
