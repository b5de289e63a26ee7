/// A change to one existing shift type: `{"id": "A", "set": {"end": "21:30"}}`.
public struct ShiftTypeUpdate: Sendable, Decodable {
    /// The shift type to change.
    public var id: String
    /// Fields to set (a merge patch on the shift type).
    public var set: JSONValue

    enum CodingKeys: String, CodingKey, CaseIterable { case id, set }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        set = try container.decode(JSONValue.self, forKey: .set)
    }
}
