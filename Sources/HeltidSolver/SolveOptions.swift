import Foundation

/// Options for a solver run.
public struct SolveOptions: Sendable {
    /// Wall-clock limit in seconds for the search (when there is no work limit).
    public var timeLimit: Double
    /// A deterministic limit in work seconds (``SearchClock``) instead of the wall clock: the same input,
    /// options and seed then give the same rota on any machine and under any load. Nil: `timeLimit` applies.
    public var workLimit: Double?
    /// Echo GLPK's own terminal output to stderr.
    public var verbose: Bool
    /// Seed of the neighbourhood search's random choices.
    public var seed: UInt64
    /// Called with progress updates (phase, incumbent, bound, gap, elapsed), at most about once a second
    /// and on each new incumbent. Runs on the solving thread.
    public var progress: (@Sendable (SolverProgress) -> Void)?
    /// Whether the column-generation phase (bound and restricted-master roster) runs; off gives the compact
    /// MIP core alone, for comparisons.
    public var columnGeneration: Bool

    public init(timeLimit: Double = 60, workLimit: Double? = nil, verbose: Bool = false, seed: UInt64 = 1,
                progress: (@Sendable (SolverProgress) -> Void)? = nil, columnGeneration: Bool = true) {
        self.timeLimit = timeLimit
        self.workLimit = workLimit
        self.verbose = verbose
        self.seed = seed
        self.progress = progress
        self.columnGeneration = columnGeneration
    }
}

/// A progress report from a running solver.
public struct SolverProgress: Sendable {
    public var phase: String
    /// Objective of the best roster so far, if any.
    public var incumbent: Double?
    /// Best proven lower bound, if known.
    public var bound: Double?
    /// Seconds on the solver's clock: work seconds under a work limit (``countsWork``), else wall-clock.
    public var elapsedSeconds: Double
    /// Whether `elapsedSeconds` counts work seconds (a work limit) rather than wall-clock seconds.
    public var countsWork = false

    /// Relative gap between incumbent and bound, when both are known.
    public var gap: Double? {
        guard let incumbent, let bound else { return nil }
        return relativeGap(incumbent: incumbent, bound: bound)
    }

    /// One line for stderr; the elapsed time ends in `s`, or in `w` for work seconds.
    public var line: String {
        func number(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "-" }
        let gapText = gap.map { String(format: "%.2f %%", $0 * 100) } ?? "-"
        return String(format: "[%7.1f%@] %@: incumbent %@, bound %@, gap %@", elapsedSeconds, countsWork ? "w" : "s", phase,
                      number(incumbent), number(bound), gapText)
    }
}

/// (incumbent − bound) ÷ |incumbent|, 0 when they meet.
func relativeGap(incumbent: Double, bound: Double) -> Double {
    let difference = max(0, incumbent - bound)
    if difference < 1e-9 { return 0 }
    return difference / max(abs(incumbent), 1e-9)
}
