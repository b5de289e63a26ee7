extension Instance {
    /// Weekday of a 0-based day (the horizon starts on a Monday).
    public func weekday(ofDay day: Int) -> Weekday {
        Weekday.allCases[((day % 7) + 7) % 7]
    }

    /// Calendar date of a 0-based day.
    public func date(ofDay day: Int) -> CalendarDate {
        horizon.startDate.adding(days: day)
    }

    /// Whether the 0-based day is a Saturday or Sunday.
    public func isWeekend(day: Int) -> Bool {
        weekday(ofDay: day).isWeekend
    }
}
