/// A coding key for any string or integer key, used to list the keys an object really has.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension KeyedDecodingContainer {
    /// Decodes the file's `format` field and throws unless it is `expected` (the format this version reads).
    func decodeFormat(forKey key: Key, expected: String) throws -> String {
        let format = try decode(String.self, forKey: key)
        guard format == expected else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [key],
                debugDescription: "\"\(format)\" is not a format this version reads (expected \"\(expected)\")"))
        }
        return format
    }
}

extension Decoder {
    /// Throws when the JSON object being decoded has a key that `Key` does not list,
    /// so a misspelt field ("desirePercent") is an error instead of a silent default.
    func rejectUnknownKeys<Key: CodingKey & CaseIterable>(_ keys: Key.Type) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        let allowed = Set(Key.allCases.map(\.stringValue))
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue })
        where !allowed.contains(key.stringValue) {
            let known = Key.allCases.map(\.stringValue).joined(separator: ", ")
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [key],
                debugDescription: "unknown field \"\(key.stringValue)\" (known fields: \(known))"))
        }
    }
}
