/// A day of the week. A rota starts on a Monday, so day `d` of the horizon has weekday `d % 7`.
public enum Weekday: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case monday = "mon", tuesday = "tue", wednesday = "wed", thursday = "thu", friday = "fri"
    case saturday = "sat", sunday = "sun"

    /// 0 for Monday … 6 for Sunday.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }

    /// Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// One letter for rota grids (English): M T W T F S S.
    public var letter: String { ["M", "T", "W", "T", "F", "S", "S"][index] }

    /// English name, e.g. "Tuesday".
    public var fullName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.index < rhs.index }
}
