/// A value written in JSON as a string in a fixed notation ("07:30", "2027-01-04").
protocol TextCodable: Codable, CustomStringConvertible {
    /// Parses the notation; nil when the text does not follow it.
    init?(_ text: String)
    /// What the notation looks like, for error messages, e.g. `"HH:MM", e.g. "07:30"`.
    static var notation: String { get }
    /// A noun for the value, e.g. "clock time".
    static var noun: String { get }
}

extension TextCodable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "\"\(text)\" is not a \(Self.noun); write it as \(Self.notation)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
