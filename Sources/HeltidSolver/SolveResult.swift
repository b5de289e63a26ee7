import HeltidModel

/// How a solver run ended.
public enum SolveStatus: String, Sendable, Codable {
    /// The roster is proven optimal (bound equals objective).
    case optimal
    /// Stopped by the time limit (or the work limit) with a roster; see the bound and gap.
    case timeLimit
    /// Stopped by an interruption (Ctrl-C) with a roster; see the bound and gap.
    case interrupted
    /// The hard rules cannot all hold; see the explanation.
    case infeasible
    /// Stopped before any roster was found.
    case noSolutionFound
}

/// What a solver returns: the roster (when one was found), its objective and the proven bound.
public struct SolveResult: Sendable {
    public var status: SolveStatus
    public var roster: Roster?
    /// The solver's objective value of `roster` (the checker recomputes it independently).
    public var objective: Double?
    /// Proven lower bound on the objective, when known.
    public var bound: Double?
    /// Plain-language reasons, for an infeasible instance.
    public var explanation: [String]
    /// Wall-clock seconds the run took.
    public var elapsedSeconds: Double
    /// Under a work limit (``SolveOptions/workLimit``), the work seconds the run did (nil on a wall clock).
    public var workSeconds: Double?
    /// Seconds until the returned roster was found, on the solver's clock (work seconds under a work limit).
    public var secondsToBest: Double?
    /// Name of the solver that produced the result.
    public var solver: String

    /// Rounds GLPK's floating-point noise (607.0000000010416) off the objective and bound; rounding to a
    /// millionth keeps their order, so a bound never passes the objective.
    mutating func removeRoundingNoise() {
        objective = objective.map { ($0 * 1e6).rounded() / 1e6 }
        bound = bound.map { ($0 * 1e6).rounded() / 1e6 }
    }

    /// Relative gap between objective and bound, when both are known.
    public var gap: Double? {
        guard let objective, let bound else { return nil }
        return relativeGap(incumbent: objective, bound: bound)
    }
}
