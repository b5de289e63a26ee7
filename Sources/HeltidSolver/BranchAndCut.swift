import CGLPK
import Foundation
import GLPKGuard

/// One run of GLPK's branch-and-cut (`glp_intopt`) on a loaded problem, with progress reports,
/// a deadline and Ctrl-C handling through the search callback.
struct BranchAndCut {
    /// How a run ended.
    struct Outcome {
        var values: [Double]?
        var objective: Double?
        var bound: Double?
        var optimal = false
        var provenInfeasible = false
        var secondsToBest: Double?
    }

    let problem: GLPKProblem
    let variableCount: Int

    /// Runs until optimal, `deadline` (seconds on `clock`) or an interruption; the search's work (simplex
    /// iterations and calls of the callback, by the problem's size) is charged to `clock`. GLPK's presolver and root
    /// LP come before the first call of the callback, which charges and stops the search: nothing limits them on a
    /// work clock.
    func run(phase: String, clock: SearchClock, deadline: Double,
             progress: (@Sendable (SolverProgress) -> Void)?) throws -> Outcome {
        // Iterations of earlier simplex calls on the problem (its root LP, when solved first) are charged already.
        let monitor = SearchMonitor(phase: phase, clock: clock, progress: progress, deadline: deadline,
                                    chargedIterations: problem.iterationCount)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        // Messages on even when quiet (the guard keeps them and echoes them only when verbose): GLPK's
        // progress lines are where the watchdog can stop a stalled simplex.
        parameters.msg_lev = GLP_MSG_ON
        parameters.presolve = GLP_ON
        parameters.br_tech = GLP_BR_DTH
        parameters.bt_tech = GLP_BT_BLB

        // Measured on the nursing-home sample: MIR cuts close most neighbourhoods in milliseconds, and
        // the feasibility pump's first roster of the whole unit is a far better start for the
        // neighbourhood search than everyone-off (0.08 % against 24 % gap after 40 s). GMI, cover and
        // clique cuts did not pay. The pump runs for seconds at the root without calling back, so a
        // Ctrl-C then takes effect only when it ends (it does respect the time limit).
        parameters.fp_heur = GLP_ON
        parameters.mir_cuts = GLP_ON
        let remaining = deadline - clock.elapsed
        // On a work clock only the callback stops the search (at points that depend on the work alone).
        if clock.measure == .wallClock { parameters.tm_lim = Int32(max(1, min(Double(Int32.max), remaining * 1000))) }
        parameters.cb_func = searchCallback
        let context = Unmanaged.passRetained(monitor)
        defer { context.release() }
        parameters.cb_info = context.toOpaque()
        // The feasibility pump's and the node LPs' simplex calls have no time limit and have been seen to
        // stall (cycling on a 14-person benchmark neighbourhood): the watchdog abandons such a call. It goes by
        // the wall clock, so under a work limit it waits far longer than the work allows (a slower machine or a
        // debug build takes longer per work second, and a watchdog that fired there would change the rota).
        let watchdog = clock.measure == .work ? 60 + 20 * remaining : remaining + max(5, remaining)
        let code = try problem.solveMIP(&parameters, watchdogSeconds: watchdog)
        if code == HG_GLPK_STALLED {
            // No roster: the watchdog abandoned the run and the problem object is gone.
            var outcome = Outcome()
            outcome.bound = monitor.bound
            return outcome
        }
        if code != 0 && code != GLP_ETMLIM && code != GLP_ESTOP && code != GLP_ENOPFS && code != GLP_ENODFS {
            throw GLPKError(operation: "glp_intopt", message: "returned code \(code)")
        }
        var outcome = Outcome()
        outcome.bound = monitor.bound
        outcome.secondsToBest = monitor.secondsToBest
        switch problem.mipStatus {
        case GLP_OPT, GLP_FEAS:
            outcome.values = (0..<variableCount).map(problem.mipValue)
            outcome.objective = problem.mipObjective
            outcome.optimal = problem.mipStatus == GLP_OPT && code == 0
        case GLP_NOFEAS:
            outcome.provenInfeasible = true
        default:
            outcome.provenInfeasible = code == GLP_ENOPFS
        }
        return outcome
    }
}

/// State shared with GLPK's branch-and-cut callback through its `info` pointer.
final class SearchMonitor {
    let phase: String
    let clock: SearchClock
    let progress: (@Sendable (SolverProgress) -> Void)?
    let deadline: Double
    var bound: Double?
    var incumbent: Double?
    var secondsToBest: Double?
    private var lastReport = -1.0
    /// The simplex iterations of the tree's problem already charged to the clock.
    private var chargedIterations: Int32

    init(phase: String, clock: SearchClock, progress: (@Sendable (SolverProgress) -> Void)?, deadline: Double,
         chargedIterations: Int32) {
        self.phase = phase
        self.clock = clock
        self.progress = progress
        self.deadline = deadline
        self.chargedIterations = chargedIterations
    }

    func observe(tree: OpaquePointer) {
        let problem = glp_ios_get_prob(tree)
        if let problem {
            let iterations = glp_get_it_cnt(problem)
            clock.chargeBranchAndCut(iterations: Int(max(0, iterations - chargedIterations)), entries: SearchClock.simplexEntries(of: problem))
            chargedIterations = iterations
        }
        let node = glp_ios_best_node(tree)
        if node != 0 {
            let nodeBound = glp_ios_node_bound(tree, node)
            if nodeBound.isFinite && abs(nodeBound) < 1e300 { bound = nodeBound }
        }
        let reason = glp_ios_reason(tree)
        let now = clock.elapsed
        if reason == GLP_IBINGO {
            incumbent = glp_mip_obj_val(problem)
            secondsToBest = now
        }
        if let progress, reason == GLP_IBINGO || now - lastReport >= 1 {
            lastReport = now
            progress(SolverProgress(phase: phase, incumbent: incumbent, bound: bound, elapsedSeconds: now))
        }
        if Interruption.isRequested || now >= deadline {
            glp_ios_terminate(tree)
        }
    }
}

private func searchCallback(tree: OpaquePointer?, info: UnsafeMutableRawPointer?) {
    guard let tree, let info else { return }
    Unmanaged<SearchMonitor>.fromOpaque(info).takeUnretainedValue().observe(tree: tree)
}
