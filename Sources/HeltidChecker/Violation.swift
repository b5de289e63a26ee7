import HeltidModel

/// The hard rules the checker verifies.
public enum RuleKind: String, Sendable, Codable, CaseIterable {
    case shiftNotAllowed
    case dayOff
    case longShift
    case dailyRest
    case forbiddenSuccession
    case shiftTypeLimit
    case totalMinutes
    case minimumConsecutiveWorkDays
    case minimumConsecutiveDaysOff
    case maximumWeekends
    case weeklyRest
    case consecutiveWorkDays
    case consecutiveNights
    case weekendFrequency
    case weeklyHours
    case averageWeeklyHours
    case aboveDesiredPosition
    case belowMinimumPosition
    case overstaffed

    /// Plain-language name of the rule.
    public var title: String {
        switch self {
        case .shiftNotAllowed: return "shift not allowed for this person"
        case .dayOff: return "fixed day off"
        case .longShift: return "maximum day length"
        case .dailyRest: return "daily rest between shifts"
        case .forbiddenSuccession: return "forbidden shift succession"
        case .shiftTypeLimit: return "maximum shifts of a type"
        case .totalMinutes: return "total working minutes"
        case .minimumConsecutiveWorkDays: return "minimum consecutive working days"
        case .minimumConsecutiveDaysOff: return "minimum consecutive days off"
        case .maximumWeekends: return "maximum worked weekends"
        case .weeklyRest: return "weekly rest"
        case .consecutiveWorkDays: return "maximum consecutive working days"
        case .consecutiveNights: return "maximum consecutive nights"
        case .weekendFrequency: return "weekend frequency"
        case .weeklyHours: return "maximum hours in one week"
        case .averageWeeklyHours: return "maximum average weekly hours"
        case .aboveDesiredPosition: return "planned above desired position"
        case .belowMinimumPosition: return "planned below minimum position"
        case .overstaffed: return "more staff than the shift's maximum"
        }
    }
}

/// One broken hard rule: who, which day, which rule and by how much, in words.
public struct Violation: Sendable, Equatable, Codable, CustomStringConvertible {
    public var rule: RuleKind
    /// Index into `Instance.staff`, when the rule concerns one person.
    public var employee: Int?
    /// 0-based day, when the rule concerns one day.
    public var day: Int?
    public var message: String

    public var description: String { message }
}
