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
    /// Fairness (0 = off: the plain sum of unwanted part-time). With a step s > 0 an hour of unwanted
    /// part-time costs `unwantedPartTimeHour` × (1 + s · b), where b is the number of whole
    /// ``fairnessBandPercent`` bands the person already is below their desired position before that
    /// hour. The cost per hour thus rises with the gap, so hours go to whoever is furthest below their
    /// wish first: max-min fairness, resolved to bands of 5 percentage points.
    public var fairnessStep: Double = 0

    /// Turns fairness on: a step of 1 unless the instance already sets one.
    public mutating func enableFairness() {
        if fairnessStep == 0 { fairnessStep = 1 }
    }

    /// Width of one fairness band, in percentage points of a position.
    public static let fairnessBandPercent = 5.0

    /// The objective cost of `gapHours` of unwanted part-time for one person, with `bandHours` the hours of
    /// one fairness band: the plain term plus the fairness term.
    public func unwantedPartTimeCost(gapHours: Double, bandHours: Double) -> (plain: Double, fairness: Double) {
        let plain = unwantedPartTimeHour * max(0, gapHours)
        guard fairnessStep > 0, gapHours > 0, bandHours > 0 else { return (plain, 0) }
        var fairness = 0.0
        var band = 0
        while Double(band) * bandHours < gapHours - 1e-9 {
            let inBand = min(bandHours, gapHours - Double(band) * bandHours)
            fairness += unwantedPartTimeHour * fairnessStep * Double(band) * inBand
            band += 1
        }
        return (plain, fairness)
    }

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case uncoveredHour, unwantedPartTimeHour, belowCurrentPositionHour, wish, fairnessStep
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
        fairnessStep = try container.decodeIfPresent(Double.self, forKey: .fairnessStep) ?? defaults.fairnessStep
    }
}
