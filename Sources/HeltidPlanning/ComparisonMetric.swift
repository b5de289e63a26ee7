/// The figures a scenario comparison shows, in table order. The raw value is the field name in the JSON
/// output.
public enum ComparisonMetric: String, Sendable, CaseIterable, Codable {
    case headcount, fte, averagePositionPercent, medianPositionPercent, fullTimeCount, fullTimeSharePercent
    case positionsBelow50Percent, positionsBelow40Percent, weekendCeilingPercent
    case uncoveredHours, skillShortfallHours, wishesGrantedPercent
    case weekendsMinimum, weekendsAverage, weekendsMaximum, nightsMinimum, nightsAverage, nightsMaximum
    case quickReturns, unwantedPartTimeHours

    /// Decimals shown in tables.
    public var decimals: Int {
        switch self {
        case .headcount, .fullTimeCount, .positionsBelow50Percent, .positionsBelow40Percent, .quickReturns,
             .weekendsMinimum, .weekendsMaximum, .nightsMinimum, .nightsMaximum: return 0
        case .fte: return 2
        default: return 1
        }
    }

    /// The group of figures that only mean something where weekend or night work exists (a kindergarten has
    /// neither): `weekend` (with the weekend ceiling), `night`, or nil.
    public var workPattern: String? {
        switch self {
        case .weekendCeilingPercent, .weekendsMinimum, .weekendsAverage, .weekendsMaximum: return "weekend"
        case .nightsMinimum, .nightsAverage, .nightsMaximum: return "night"
        default: return nil
        }
    }

    /// Whether a higher value is better for staff and unit (for marking differences); nil when neither.
    public var higherIsBetter: Bool? {
        switch self {
        case .averagePositionPercent, .medianPositionPercent, .fullTimeCount, .fullTimeSharePercent,
             .weekendCeilingPercent, .wishesGrantedPercent: return true
        case .positionsBelow50Percent, .positionsBelow40Percent, .uncoveredHours, .skillShortfallHours,
             .quickReturns, .unwantedPartTimeHours, .weekendsAverage, .weekendsMaximum: return false
        default: return nil
        }
    }
}
