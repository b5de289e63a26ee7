/// How "work every k-th weekend" is read.
public enum WeekendReading: String, Sendable, Codable, CaseIterable {
    /// At most one worked weekend in any k consecutive weekends (across the wrap in a cyclic rota).
    case pattern
    /// At most weeks ÷ k worked weekends in the rota (rounded down).
    case average
}

/// Which hours make a weekend "worked".
public enum WeekendWindow: String, Sendable, Codable, CaseIterable {
    /// Any shift overlapping Saturday 00:00–Sunday 24:00 (the default).
    case calendar
    /// The AML window Saturday 18:00–Sunday 22:00.
    case aml
}

/// The weekend-frequency rule: work every k-th weekend.
public struct WeekendRule: Sendable, Equatable, Codable {
    /// k: work every k-th weekend; 1 means no restriction.
    public var frequency: Int
    public var reading: WeekendReading
    public var window: WeekendWindow

    public init(frequency: Int = 3, reading: WeekendReading = .pattern, window: WeekendWindow = .calendar) {
        self.frequency = frequency
        self.reading = reading
        self.window = window
    }

    /// Start and end of the window as minutes after Monday 00:00 of the weekend's week.
    public var windowMinutes: (start: Int, end: Int) {
        switch window {
        case .calendar: return (5 * 1440, 7 * 1440)
        case .aml: return (5 * 1440 + 18 * 60, 6 * 1440 + 22 * 60)
        }
    }

    /// Whether a shift of `type` that starts on `dayOfWeek` (0 is Monday; only Friday to Sunday, 4–6, can)
    /// overlaps the weekend window of its week: working it is working that weekend.
    public func countsAsWeekendWork(_ type: ShiftType, dayOfWeek: Int) -> Bool {
        let window = windowMinutes
        let start = dayOfWeek * 1440 + type.start.minutes
        return start < window.end && start + type.durationMinutes > window.start
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case frequency, reading, window }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        frequency = try container.decodeIfPresent(Int.self, forKey: .frequency) ?? 3
        reading = try container.decodeIfPresent(WeekendReading.self, forKey: .reading) ?? .pattern
        window = try container.decodeIfPresent(WeekendWindow.self, forKey: .window) ?? .calendar
    }
}
