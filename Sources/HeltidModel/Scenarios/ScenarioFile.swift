/// A scenario file (`heltid compare`): a base instance and named scenarios, each a small set of changes
/// to it. Read it with ``ScenarioLoader``, which applies and validates the changes.
public struct ScenarioFile: Sendable, Decodable {
    /// The format identifier this version reads.
    public static let currentFormat = "heltid-scenarios/1"

    /// A heading for reports ("Solbakken: helgeordninger"); optional.
    public var title: String?
    public var base: ScenarioBase
    /// The scenarios in report order; the first is the baseline the others are compared with.
    public var scenarios: [Scenario]

    enum CodingKeys: String, CodingKey, CaseIterable { case format, title, base, scenarios }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        _ = try container.decodeFormat(forKey: .format, expected: ScenarioFile.currentFormat)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        base = try container.decode(ScenarioBase.self, forKey: .base)
        scenarios = try container.decode([Scenario].self, forKey: .scenarios)
    }
}
