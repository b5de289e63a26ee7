import HeltidModel

/// Key figures for one employee.
public struct EmployeeFigures: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var plannedHours: Double
    /// Planned hours ÷ full-time hours of the horizon, in percent, rounded to one decimal.
    public var positionPercent: Double
    /// Absent for staff without a position (benchmark instances).
    public var currentPercent: Double?
    public var desiredPercent: Double?
    /// Hours below the desired position (unwanted part-time), never negative.
    public var unwantedPartTimeHours: Double
    /// Desired minus planned position, in percentage points, rounded to one decimal; never negative.
    public var gapToDesiredPercent: Double
    public var shifts: Int
    public var weekendsWorked: Int
    public var nights: Int
    public var quickReturns: Int
    public var wishes: Int
    public var wishesGranted: Int
    /// No further shift the person may work fits under 100 %.
    public var isFullTime: Bool
}

/// Demand left uncovered on one day and shift.
public struct UncoveredDemand: Sendable, Equatable, Codable {
    public var day: Int
    public var date: String
    public var shift: String
    public var required: Int
    public var planned: Int
    public var missing: Int
    /// Missing people per skill id.
    public var missingSkills: [String: Int]
    /// Paid hours missing (people and skills).
    public var hours: Double
}

/// Key figures for the unit.
public struct UnitFigures: Sendable, Equatable, Codable {
    public var headcount: Int
    /// Planned hours ÷ full-time hours of the horizon.
    public var fte: Double
    /// Planned hours ÷ (headcount × full-time hours), in percent, rounded to one decimal (not the mean of
    /// the rounded positions).
    public var averagePositionPercent: Double
    public var medianPositionPercent: Double
    public var fullTimeCount: Int
    public var plannedHours: Double
    public var uncoveredShifts: Int
    /// Paid hours of demand without a person (to be bought as extra shifts or temps).
    public var uncoveredHours: Double
    /// Paid hours of skill minimums not met.
    public var skillShortfallHours: Double
    public var unwantedPartTimeHours: Double
    public var wishes: Int
    public var wishesGranted: Int
    public var quickReturns: Int
    /// People planned above the minimum where demand sets a penalty for over-cover.
    public var overCoverShifts: Int
}

/// The objective recomputed from the roster, split by term, in penalty points.
public struct PenaltyBreakdown: Sendable, Equatable, Codable {
    /// Missing people and skills (the benchmark's under-cover).
    public var uncoveredDemand: Double
    /// People above the minimum where demand penalises it (the benchmark's over-cover).
    public var overCover: Double
    public var unwantedPartTime: Double
    public var belowCurrentPosition: Double
    /// Wishes to work a shift that were not granted (the benchmark's on-requests).
    public var workWishesNotGranted: Double
    /// Wishes to be off that were not granted (the benchmark's off-requests).
    public var offWishesNotGranted: Double
    /// The fairness term: the extra cost of unwanted part-time for those furthest below their wish
    /// (`weights.fairnessStep`; 0 when fairness is off).
    public var fairness: Double

    public var total: Double {
        uncoveredDemand + overCover + unwantedPartTime + belowCurrentPosition + workWishesNotGranted + offWishesNotGranted
            + fairness
    }
}

/// What the checker found: every hard-rule violation and the key figures.
public struct CheckReport: Sendable, Equatable, Codable {
    public var violations: [Violation]
    public var employees: [EmployeeFigures]
    public var unit: UnitFigures
    public var uncovered: [UncoveredDemand]
    public var penalty: PenaltyBreakdown

    /// No hard rule is broken.
    public var isFeasible: Bool { violations.isEmpty }
}
