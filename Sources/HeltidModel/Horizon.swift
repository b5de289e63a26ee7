/// The period a rota covers: whole weeks from a Monday.
public struct Horizon: Sendable, Equatable, Codable {
    /// The first day of the rota; must be a Monday.
    public var startDate: CalendarDate
    /// Length in weeks (a base rota is typically 6 or 12 weeks).
    public var weeks: Int
    /// A base rota (grunnturnus) repeats: rules are then checked across the wrap from the
    /// last week back to the first. Default true.
    public var cyclic: Bool

    public init(startDate: CalendarDate, weeks: Int, cyclic: Bool = true) {
        self.startDate = startDate
        self.weeks = weeks
        self.cyclic = cyclic
    }

    /// Number of days in the horizon.
    public var dayCount: Int { weeks * 7 }

    enum CodingKeys: String, CodingKey, CaseIterable { case startDate, weeks, cyclic }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        startDate = try container.decode(CalendarDate.self, forKey: .startDate)
        weeks = try container.decode(Int.self, forKey: .weeks)
        cyclic = try container.decodeIfPresent(Bool.self, forKey: .cyclic) ?? true
    }
}
