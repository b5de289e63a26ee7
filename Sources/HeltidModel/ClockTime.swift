/// A time of day written "HH:MM" (24-hour clock), stored as minutes after midnight.
///
/// "24:00" is accepted so that a shift may end at midnight.
public struct ClockTime: Sendable, Hashable, Comparable, TextCodable {
    /// Minutes after midnight, 0...1440.
    public let minutes: Int

    public init(minutes: Int) {
        self.minutes = minutes
    }

    /// Parses "07:30"; returns nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hours = Int(parts[0]), let minutes = Int(parts[1]),
              parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII),
              (0...24).contains(hours), (0...59).contains(minutes),
              hours * 60 + minutes <= 1440
        else { return nil }
        self.minutes = hours * 60 + minutes
    }

    static let noun = "clock time"
    static let notation = "\"HH:MM\", e.g. \"07:30\""

    public var description: String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}
