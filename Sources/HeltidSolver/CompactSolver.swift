import Foundation
import HeltidModel

/// The first solver: the compact MIP (``CompactFormulation``) on GLPK.
///
/// Phases: the LP relaxation gives the lower bound; GLPK's branch-and-cut on the whole model runs
/// for part of the time (it proves small units optimal); column generation (``ColumnGeneration``) then
/// tightens the bound with the LP over whole schedules and builds rosters from generated schedules (dives
/// with re-pricing, the restricted master as a MIP); finally a MIP-based neighbourhood search
/// (``NeighbourhoodSearch``) improves the best roster until the time limit, or until it meets the bound.
/// Without minimums (position % or minutes) everyone-off is a valid start, so a roster is always returned;
/// with them, when neither branch-and-cut nor column generation finds a roster, the search starts from
/// everyone-off on soft minimums until they are met, and the result says so when that does not happen in
/// time. Models above ``maximumCells`` are declined at once.
public struct CompactSolver {
    public static let name = "compact-mip"

    public init() {}

    /// Solves the instance. Runs synchronously on the calling thread (GLPK is thread-confined).
    ///
    /// With a `start` roster (one that keeps every hard rule of `instance`, for example the result of an
    /// earlier stage), branch-and-cut is skipped: the LP bound is computed and the neighbourhood search
    /// improves the start.
    public func solve(_ instance: Instance, options: SolveOptions = SolveOptions(), start: Roster? = nil) throws -> SolveResult {
        defer { GLPKProblem.releaseThreadEnvironment() }
        var result = try search(instance, options: options, start: start)
        result.removeRoundingNoise()
        return result
    }

    /// The largest compact model this solver builds, in employee × day × shift cells. Measured on the
    /// benchmark's Instance 24 (1.75 million cells): 10 GB and four minutes before the first bound, so
    /// beyond this size the solver declines at once instead of exhausting memory and the time limit.
    public static let maximumCells = 250_000

    /// How the time limit is shared between the phases. Branch-and-cut on the compact model comes first (it
    /// proves small units optimal), then column generation takes its share of the time left (it stops
    /// earlier when converged), diving and the restricted-master MIP their share of the limit (at least 1 s,
    /// never past the limit), and the neighbourhood search the rest (it stops early once its roster meets the
    /// bound). Where the labelling pricer serves (rotas that do not wrap around), column generation is fast
    /// and gets the larger share; cyclic rotas price with GLPK's MIP and keep more time for branch-and-cut, as
    /// does a solve without column generation.
    struct TimeSplit {
        /// Branch-and-cut's deadline: this share of the limit, at most `branchAndCutSeconds`.
        var branchAndCutShare: Double
        var branchAndCutSeconds: Double
        /// Column generation's share of the time left after branch-and-cut.
        var columnGenerationShare: Double
        /// The integer phase after it (diving, restricted master): this share of the limit, at least 1 s.
        var integerShare: Double

        init(labelling: Bool) {
            if labelling {
                (branchAndCutShare, branchAndCutSeconds, columnGenerationShare, integerShare) = (0.1, 6, 0.4, 0.25)
            } else {
                (branchAndCutShare, branchAndCutSeconds, columnGenerationShare, integerShare) = (0.25, 15, 0.25, 0.1)
            }
        }
    }

    private func search(_ instance: Instance, options: SolveOptions, start given: Roster?) throws -> SolveResult {
        let started = ContinuousClock.now
        func elapsed() -> Double { started.duration(to: .now).seconds }
        let cells = instance.staff.count * instance.dayCount * instance.shiftTypes.count
        guard cells <= CompactSolver.maximumCells else {
            return SolveResult(status: .noSolutionFound, roster: nil, objective: nil, bound: nil,
                               explanation: ["the compact model would have \(cells) employee-day-shift cells, above this solver's limit of \(CompactSolver.maximumCells); an instance this size needs the column-generation core"],
                               elapsedSeconds: elapsed(), secondsToBest: nil, solver: CompactSolver.name)
        }
        let formulation = CompactFormulation(instance: instance)
        let problem = GLPKProblem(verbose: options.verbose)
        try problem.load(formulation.model)
        let variableCount = formulation.model.variables.count
        let limit = options.timeLimit

        options.progress?(SolverProgress(phase: "LP relaxation", incumbent: nil, bound: nil, elapsedSeconds: elapsed()))
        var bound = try problem.solveRelaxation(timeLimit: max(1, limit * 0.2))
        options.progress?(SolverProgress(phase: "LP relaxation", incumbent: nil, bound: bound, elapsedSeconds: elapsed()))

        let split = TimeSplit(labelling: options.columnGeneration && !instance.horizon.cyclic)
        let exact = given != nil ? BranchAndCut.Outcome() : try BranchAndCut(problem: problem, variableCount: variableCount)
            .run(phase: "branch-and-cut", started: started, deadline: min(limit * split.branchAndCutShare, split.branchAndCutSeconds),
                 progress: options.progress)
        if let exactBound = exact.bound { bound = max(bound ?? exactBound, exactBound) }
        func result(_ status: SolveStatus, values: [Double]?, objective: Double?, secondsToBest: Double?,
                    explanation: [String] = []) -> SolveResult {
            SolveResult(status: status, roster: values.map { values in formulation.roster { values[$0] } },
                        objective: objective, bound: status == .optimal ? objective : bound, explanation: explanation,
                        elapsedSeconds: elapsed(), secondsToBest: secondsToBest, solver: CompactSolver.name)
        }
        if exact.optimal {
            return result(.optimal, values: exact.values, objective: exact.objective, secondsToBest: exact.secondsToBest)
        }
        var start = given ?? exact.values.map { values in formulation.roster { values[$0] } }
        var startFound: Double? // when column generation's roster replaced the start
        if start == nil {
            if exact.provenInfeasible {
                let reasons = try InfeasibilityExplainer(instance: instance, options: options).reasons()
                return result(.infeasible, values: nil, objective: nil, secondsToBest: nil, explanation: reasons)
            }
            // Everyone off: valid without minimums; with them, the search starts on soft minimums.
            start = Roster(employees: instance.staff.count, days: instance.dayCount)
        }
        // The column-generation bound, from the start roster (its rows are the first columns).
        if options.columnGeneration, !Interruption.isRequested {
            let share = elapsed() + (limit - elapsed()) * split.columnGenerationShare
            let integerDeadline = min(limit, share + max(1, limit * split.integerShare))
            let columns = try ColumnGeneration(instance: instance, integralObjective: formulation.hasIntegralObjective)
                .run(start: start!, started: started, deadline: share, integerDeadline: integerDeadline, progress: options.progress)
            if let tighter = columns.bound { bound = max(bound ?? tighter, tighter) }
            // Every term of the objective is a penalty, so no roster costs less than 0 (an early Lagrangian
            // bound, with artificial columns still in the master, can be far below).
            bound = bound.map { max($0, 0) }
            if let roster = columns.roster {
                let startIsShort = NeighbourhoodSearch.shortfallMinutes(of: start!, instance: instance) > 1e-6
                if startIsShort || CompactFormulation.objective(of: roster, instance: instance)
                    < CompactFormulation.objective(of: start!, instance: instance) - 1e-9 {
                    start = roster
                    startFound = elapsed()
                }
            }
        }
        if let fractional = bound, formulation.hasIntegralObjective {
            // Every roster's objective is a whole number here, so the bound rounds up.
            bound = (fractional - 1e-6).rounded(.up)
        }
        var search = NeighbourhoodSearch(instance: instance, verbose: options.verbose, seed: options.seed, start: start!)
        try search.run(started: started, deadline: limit, bound: bound, progress: options.progress)
        if search.minimumsAreSoft {
            let short = NeighbourhoodSearch.shortfallMinutes(of: search.incumbent, instance: instance)
            return result(Interruption.isRequested ? .interrupted : .noSolutionFound, values: nil, objective: nil, secondsToBest: nil,
                          explanation: ["no rota meeting every minimum (position % or minutes) was found in the time given; the best attempt was still \(formatHours(short)) minutes short"])
        }
        let proven = bound.map { search.incumbentObjective - $0 < 1e-6 } ?? false
        let status: SolveStatus = proven ? .optimal : (Interruption.isRequested ? .interrupted : .timeLimit)
        return SolveResult(status: status, roster: search.incumbent, objective: search.incumbentObjective,
                           bound: proven ? search.incumbentObjective : bound, explanation: [], elapsedSeconds: elapsed(),
                           secondsToBest: search.secondsToBest ?? startFound ?? exact.secondsToBest, solver: CompactSolver.name)
    }
}
