/// The working-time rules of a unit, with the defaults of Norwegian law and tariff practice
/// (AML chapter 10; see `docs/instance-format.md`). Every rule is hard unless noted.
public struct Rules: Sendable, Equatable, Codable {
    /// Full-time weekly hours: 35.5 for rotas with regular weekend work, 37.5 for day work.
    public var fullTimeWeeklyHours: Double = 35.5
    /// Daily rest norm in hours (11). A shorter rest is a "quick return" (reported).
    public var dailyRestHours: Double = 11
    /// Agreed lower limit for rest between shifts; rests below it are violations.
    /// Defaults to `dailyRestHours` (no quick returns allowed).
    public var minimumRestHours: Double?
    /// Continuous rest within every rota week (Monday 00:00 to Monday 00:00), in hours.
    public var weeklyRestHours: Double = 35
    /// Maximum paid hours of a normal shift (day length), 9 h by law, 10 h by individual agreement.
    public var maximumShiftHours: Double = 9
    /// Whether shifts longer than `maximumShiftHours` (langvakt) may be used at all.
    public var longShiftsAllowed: Bool = false
    /// Maximum paid hours of a long shift when they are allowed (12.5 h with the union's agreement).
    public var maximumLongShiftHours: Double = 12.5
    /// Maximum consecutive days with a shift start.
    public var maximumConsecutiveWorkDays: Int = 6
    /// Maximum consecutive night shifts.
    public var maximumConsecutiveNights: Int = 3
    /// Fewest consecutive working days in a run (1 = no rule). In a non-cyclic rota, runs touching the
    /// first or last day are exempt (work may continue outside the horizon).
    public var minimumConsecutiveWorkDays: Int = 1
    /// Fewest consecutive days off in a run (1 = no rule); runs touching a non-cyclic rota's ends are exempt.
    public var minimumConsecutiveDaysOff: Int = 1
    /// Maximum weekly hours averaged over the rota (48).
    public var maximumAverageWeeklyHours: Double = 48
    /// Maximum hours in any single rota week (50; 54 with union agreement).
    public var maximumWeeklyHours: Double = 50
    /// Unit default weekend rule; staff may override the frequency.
    public var weekend: WeekendRule = WeekendRule()

    public init() {}

    /// The rest below which a rest between shifts is a violation.
    public var effectiveMinimumRestHours: Double { minimumRestHours ?? dailyRestHours }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fullTimeWeeklyHours, dailyRestHours, minimumRestHours, weeklyRestHours
        case maximumShiftHours, longShiftsAllowed, maximumLongShiftHours
        case maximumConsecutiveWorkDays, maximumConsecutiveNights, minimumConsecutiveWorkDays, minimumConsecutiveDaysOff
        case maximumAverageWeeklyHours, maximumWeeklyHours, weekend
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Rules()
        func value<T: Decodable>(_ key: CodingKeys, _ fallback: T) throws -> T {
            try container.decodeIfPresent(T.self, forKey: key) ?? fallback
        }
        fullTimeWeeklyHours = try value(.fullTimeWeeklyHours, defaults.fullTimeWeeklyHours)
        dailyRestHours = try value(.dailyRestHours, defaults.dailyRestHours)
        minimumRestHours = try container.decodeIfPresent(Double.self, forKey: .minimumRestHours)
        weeklyRestHours = try value(.weeklyRestHours, defaults.weeklyRestHours)
        maximumShiftHours = try value(.maximumShiftHours, defaults.maximumShiftHours)
        longShiftsAllowed = try value(.longShiftsAllowed, defaults.longShiftsAllowed)
        maximumLongShiftHours = try value(.maximumLongShiftHours, defaults.maximumLongShiftHours)
        maximumConsecutiveWorkDays = try value(.maximumConsecutiveWorkDays, defaults.maximumConsecutiveWorkDays)
        maximumConsecutiveNights = try value(.maximumConsecutiveNights, defaults.maximumConsecutiveNights)
        minimumConsecutiveWorkDays = try value(.minimumConsecutiveWorkDays, defaults.minimumConsecutiveWorkDays)
        minimumConsecutiveDaysOff = try value(.minimumConsecutiveDaysOff, defaults.minimumConsecutiveDaysOff)
        maximumAverageWeeklyHours = try value(.maximumAverageWeeklyHours, defaults.maximumAverageWeeklyHours)
        maximumWeeklyHours = try value(.maximumWeeklyHours, defaults.maximumWeeklyHours)
        weekend = try value(.weekend, defaults.weekend)
    }
}
