/// The instance the scenarios change: a path (relative to the scenario file) or the instance itself.
public enum ScenarioBase: Sendable, Decodable {
    case path(String)
    case inline(Instance)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let path = try? container.decode(String.self) {
            self = .path(path)
        } else {
            self = .inline(try container.decode(Instance.self))
        }
    }
}
