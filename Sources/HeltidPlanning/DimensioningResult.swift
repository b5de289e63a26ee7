import HeltidChecker
import HeltidModel
import HeltidSolver

/// One headcount the dimensioning tried.
public struct DimensioningAttempt: Sendable, Equatable, Codable {
    public var headcount: Int
    public var openPositions: Int
    /// Demand hours left uncovered by the best rota found at this headcount; nil when none was found.
    public var uncoveredHours: Double?
    /// True when the solver proved the uncovered hours cannot be lower at this headcount.
    public var proven: Bool
    public var elapsedSeconds: Double
}

/// What `heltid dimension` found: the headcount, the positions, the rota that shows it works, and why
/// the result is where it is.
public struct DimensioningResult: Sendable {
    /// The weekend arithmetic of the demand (the ceiling and the least headcount it allows).
    public var arithmetic: WeekendArithmetic
    /// The instance with the open positions added as staff (write it out to solve or check it later).
    public var instance: Instance
    /// How many open positions were added to the named staff.
    public var openPositions: Int
    /// The final solver run; its roster belongs to `instance`.
    public var result: SolveResult
    /// The checker's report on the final roster.
    public var report: CheckReport?
    /// Every headcount tried, in order.
    public var attempts: [DimensioningAttempt]
    /// All demand is covered by the final roster.
    public var isCovered: Bool
    /// No smaller headcount can cover the demand (by the arithmetic, or proven by the solver).
    public var headcountIsMinimal: Bool
    /// Why the headcount is minimal, or why that is not proven.
    public var minimality: String
    /// The rule that sets the headcount and the average position, in words.
    public var bindingRule: BindingRule
    /// Obstacles to the uncovered demand at the last headcount that fell short (most frequent first).
    public var obstacles: [ObstacleCount]

    public var headcount: Int { instance.staff.count }
    /// The named staff of the input instance (the headcount less the open positions).
    public var namedStaff: Int { headcount - openPositions }
}
