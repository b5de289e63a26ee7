/// Weights of the solver's objective, in penalty points. The defaults make the order
/// uncovered demand ≫ unwanted part-time ≫ wishes.
public struct ObjectiveWeights: Sendable, Equatable, Codable {
    /// Per hour of demand left uncovered (a missing person on a shift, or a missing skill).
    public var uncoveredHour: Double = 1000
    /// Per hour an employee is planned below their desired position.
    public var unwantedPartTimeHour: Double = 10
    /// Extra, per hour an employee is planned below their current position.
    public var belowCurrentPositionHour: Double = 10
    /// Multiplier on each wish's own weight when the wish is not granted.
    public var wish: Double = 1

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case uncoveredHour, unwantedPartTimeHour, belowCurrentPositionHour, wish
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ObjectiveWeights()
        uncoveredHour = try container.decodeIfPresent(Double.self, forKey: .uncoveredHour) ?? defaults.uncoveredHour
        unwantedPartTimeHour = try container.decodeIfPresent(Double.self, forKey: .unwantedPartTimeHour)
            ?? defaults.unwantedPartTimeHour
        belowCurrentPositionHour = try container.decodeIfPresent(Double.self, forKey: .belowCurrentPositionHour)
            ?? defaults.belowCurrentPositionHour
        wish = try container.decodeIfPresent(Double.self, forKey: .wish) ?? defaults.wish
    }
}
