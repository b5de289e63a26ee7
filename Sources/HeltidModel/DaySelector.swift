/// The weekdays a demand rule applies to. In JSON either a group name
/// (`"all"`, `"weekdays"` = Monday–Friday, `"weekend"` = Saturday and Sunday) or a list of
/// weekday names (`["sat", "sun"]`).
public struct DaySelector: Sendable, Equatable, Codable {
    public var weekdays: Set<Weekday>

    public init(_ weekdays: Set<Weekday>) {
        self.weekdays = weekdays
    }

    public static let all = DaySelector(Set(Weekday.allCases))
    public static let weekdaysOnly = DaySelector(Set(Weekday.allCases.filter { !$0.isWeekend }))
    public static let weekend = DaySelector([.saturday, .sunday])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let group = try? container.decode(String.self) {
            switch group {
            case "all": self = .all
            case "weekdays": self = .weekdaysOnly
            case "weekend": self = .weekend
            default:
                if let day = Weekday(rawValue: group) {
                    self.init([day])
                } else {
                    throw DecodingError.dataCorrupted(.init(
                        codingPath: decoder.codingPath,
                        debugDescription: "\"\(group)\" is not a day selection; use \"all\", \"weekdays\", "
                            + "\"weekend\" or a list of mon, tue, wed, thu, fri, sat, sun"))
                }
            }
            return
        }
        var list = try decoder.unkeyedContainer()
        var days = Set<Weekday>()
        while !list.isAtEnd {
            let name = try list.decode(String.self)
            guard let day = Weekday(rawValue: name) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath + [AnyCodingKey(intValue: list.currentIndex - 1)],
                    debugDescription: "\"\(name)\" is not a weekday; use mon, tue, wed, thu, fri, sat or sun"))
            }
            days.insert(day)
        }
        self.init(days)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(weekdays.sorted().map(\.rawValue))
    }
}
