/// A demand change on the selected days of one shift: set the minimum, or add to it (`"add": 1`,
/// `"add": -1`). The skill minimums of the demand it changes are kept (at most the new minimum) unless `skills`
/// is given; an explicit maximum moves with the minimum unless `maximum` is given.
public struct DemandChange: Sendable, Decodable {
    public var shift: String
    /// Weekdays changed (default all).
    public var days: DaySelector
    /// Specific day numbers (1-based) instead of weekdays.
    public var dayNumbers: [Int]?
    /// The new minimum.
    public var minimum: Int?
    /// People added to (or, negative, removed from) the minimum.
    public var add: Int?
    public var maximum: Int?
    public var skills: [String: Int]?

    enum CodingKeys: String, CodingKey, CaseIterable { case shift, days, dayNumbers, minimum, add, maximum, skills }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        shift = try container.decode(String.self, forKey: .shift)
        days = try container.decodeIfPresent(DaySelector.self, forKey: .days) ?? .all
        dayNumbers = try container.decodeIfPresent([Int].self, forKey: .dayNumbers)
        minimum = try container.decodeIfPresent(Int.self, forKey: .minimum)
        add = try container.decodeIfPresent(Int.self, forKey: .add)
        maximum = try container.decodeIfPresent(Int.self, forKey: .maximum)
        skills = try container.decodeIfPresent([String: Int].self, forKey: .skills)
        if (minimum == nil) == (add == nil) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "give either \"minimum\" (the new number of people) or \"add\" (people to add), not both or neither"))
        }
    }
}
