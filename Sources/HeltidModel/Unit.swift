/// The kind of unit a rota is made for.
public enum UnitKind: String, Sendable, Codable, CaseIterable {
    /// Sykehjem: 24/7 care with day, evening and night shifts and weekend work.
    case nursingHome
    /// Barnehage: open on weekdays, about 07:00–17:00.
    case kindergarten
}

/// The unit (avdeling) the rota is for.
public struct Unit: Sendable, Equatable, Codable {
    public var name: String
    public var kind: UnitKind

    public init(name: String, kind: UnitKind) {
        self.name = name
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, kind }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(UnitKind.self, forKey: .kind)
    }
}
