/// What kind of shift a shift type is; used for night counts, reports and colours.
public enum ShiftCategory: String, Sendable, Codable, CaseIterable {
    /// Dagvakt.
    case day
    /// Kveldsvakt (A or K).
    case evening
    /// Nattevakt.
    case night
    /// Langvakt: a long shift (10–12.5 h), typically on weekends.
    case long
}

/// A shift type with clock times, e.g. day shift "D" 07:30–15:30 with a 30-minute unpaid break.
public struct ShiftType: Sendable, Equatable, Codable {
    /// Short code shown in the rota grid ("D", "A", "N", "L").
    public var id: String
    /// Readable name ("Dagvakt").
    public var name: String
    public var start: ClockTime
    /// End time; an end at or before the start means the shift ends the next day.
    public var end: ClockTime
    /// Unpaid break in minutes (not working time).
    public var unpaidBreakMinutes: Int
    public var category: ShiftCategory
    /// Shift type ids that may not be worked the day after this shift, in addition to the
    /// successions the rest rules forbid (the benchmark lists them explicitly).
    public var forbiddenFollowers: [String]

    public init(id: String, name: String, start: ClockTime, end: ClockTime,
                unpaidBreakMinutes: Int = 0, category: ShiftCategory, forbiddenFollowers: [String] = []) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.unpaidBreakMinutes = unpaidBreakMinutes
        self.category = category
        self.forbiddenFollowers = forbiddenFollowers
    }

    /// Minutes from start to end, crossing midnight when the end is not after the start.
    public var durationMinutes: Int {
        let raw = (end.minutes % 1440) - start.minutes
        return raw > 0 ? raw : raw + 1440
    }

    /// Paid working minutes: duration less the unpaid break.
    public var paidMinutes: Int { durationMinutes - unpaidBreakMinutes }

    /// Paid working hours.
    public var paidHours: Double { Double(paidMinutes) / 60 }

    /// True when the shift ends on the next calendar day.
    public var crossesMidnight: Bool { start.minutes + durationMinutes > 1440 }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, start, end, unpaidBreakMinutes, category, forbiddenFollowers
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? id
        start = try container.decode(ClockTime.self, forKey: .start)
        end = try container.decode(ClockTime.self, forKey: .end)
        unpaidBreakMinutes = try container.decodeIfPresent(Int.self, forKey: .unpaidBreakMinutes) ?? 0
        category = try container.decode(ShiftCategory.self, forKey: .category)
        forbiddenFollowers = try container.decodeIfPresent([String].self, forKey: .forbiddenFollowers) ?? []
    }
}
