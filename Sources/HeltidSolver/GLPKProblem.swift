import Foundation
import CGLPK
import GLPKGuard

/// One GLPK problem object, confined to the thread that created it.
///
/// GLPK keeps its environment per thread (Debian builds it with thread-local storage): a problem must
/// be created, solved, read and deleted on one OS thread, with no suspension point in between. This
/// type is therefore not `Sendable`; solvers create and drop it inside one synchronous call.
/// Calls that can hit a GLPK internal error go through the C guard (``GLPKGuard``), which turns the
/// abort into ``GLPKError``; after such an error GLPK has freed every problem of the thread, and this
/// object will not touch its pointer again.
final class GLPKProblem {
    private let pointer: OpaquePointer
    private let generation: UInt
    private(set) var columnCount = 0
    private(set) var rowCount = 0

    /// Creates an empty minimisation problem. `verbose` echoes GLPK's own output to stderr.
    init(verbose: Bool) {
        hg_prepare_thread(verbose ? 1 : 0)
        pointer = glp_create_prob()
        generation = hg_environment_generation()
        glp_set_obj_dir(pointer, GLP_MIN)
    }

    deinit {
        if isAlive { glp_delete_prob(pointer) }
    }

    /// False once a GLPK error has freed the thread's environment (and with it this problem).
    var isAlive: Bool { hg_environment_generation() == generation }

    private func ensureAlive(_ operation: String) throws {
        guard isAlive else {
            throw GLPKError(operation: operation, message: "the problem was released after an earlier GLPK error")
        }
    }

    private func check(_ result: Int32, _ operation: String) throws {
        if result == HG_GLPK_ERROR {
            let output = String(cString: hg_last_output()).trimmingCharacters(in: .whitespacesAndNewlines)
            throw GLPKError(operation: operation, message: output.isEmpty ? "internal error" : output)
        }
    }

    /// Loads a linear model: columns, rows with bounds, the constraint matrix and the objective.
    func load(_ model: LinearModel) throws {
        try ensureAlive("load")
        let columns = model.variables.count, rows = model.constraints.count
        if columns > 0 { glp_add_cols(pointer, Int32(columns)) }
        if rows > 0 { glp_add_rows(pointer, Int32(rows)) }
        columnCount = columns
        rowCount = rows
        glp_set_obj_coef(pointer, 0, model.objectiveConstant)
        for (index, variable) in model.variables.enumerated() {
            let column = Int32(index + 1)
            switch variable.kind {
            case .binary: glp_set_col_kind(pointer, column, GLP_BV)
            case .continuous:
                let type = variable.upper == .infinity ? GLP_LO : variable.lower == variable.upper ? GLP_FX : GLP_DB
                glp_set_col_bnds(pointer, column, type, variable.lower, variable.upper)
            }
            if variable.kind == .binary && (variable.lower != 0 || variable.upper != 1) {
                glp_set_col_bnds(pointer, column, variable.lower == variable.upper ? GLP_FX : GLP_DB, variable.lower, variable.upper)
            }
            glp_set_obj_coef(pointer, column, variable.cost)
        }
        var rowIndexes: [Int32] = [0], columnIndexes: [Int32] = [0], values: [Double] = [0]
        for (index, constraint) in model.constraints.enumerated() {
            let row = Int32(index + 1)
            switch (constraint.lower, constraint.upper) {
            case let (lower?, upper?) where lower == upper: glp_set_row_bnds(pointer, row, GLP_FX, lower, upper)
            case let (lower?, upper?): glp_set_row_bnds(pointer, row, GLP_DB, lower, upper)
            case let (lower?, nil): glp_set_row_bnds(pointer, row, GLP_LO, lower, 0)
            case let (nil, upper?): glp_set_row_bnds(pointer, row, GLP_UP, 0, upper)
            case (nil, nil): glp_set_row_bnds(pointer, row, GLP_FR, 0, 0)
            }
            for term in constraint.terms {
                rowIndexes.append(row)
                columnIndexes.append(Int32(term.variable + 1))
                values.append(term.coefficient)
            }
        }
        try check(hg_load_matrix(pointer, Int32(values.count - 1), rowIndexes, columnIndexes, values), "glp_load_matrix")
    }

    /// Appends a column (a continuous variable ≥ 0 with no upper bound) with its cost and its
    /// coefficients in existing rows (0-based); returns its index.
    func addColumn(cost: Double, rows: [(row: Int, coefficient: Double)]) throws -> Int {
        try ensureAlive("glp_add_cols")
        let column = glp_add_cols(pointer, 1)
        columnCount += 1
        glp_set_col_bnds(pointer, column, GLP_LO, 0, 0)
        glp_set_obj_coef(pointer, column, cost)
        try check(hg_set_mat_col(pointer, column, Int32(rows.count), [0] + rows.map { Int32($0.row + 1) }, [0] + rows.map(\.coefficient)),
                  "glp_set_mat_col")
        return Int(column) - 1
    }

    /// Deletes columns (0-based, ascending); the others keep their order and move down to close the gaps.
    func deleteColumns(_ variables: [Int]) throws {
        guard !variables.isEmpty else { return }
        try ensureAlive("glp_del_cols")
        try check(hg_del_cols(pointer, Int32(variables.count), [0] + variables.map { Int32($0 + 1) }), "glp_del_cols")
        columnCount -= variables.count
    }

    /// Whether a variable (0-based) is basic in the last simplex solution.
    func isBasic(_ variable: Int) -> Bool {
        glp_get_col_stat(pointer, Int32(variable + 1)) == GLP_BS
    }

    /// Fixes a variable (0-based) at 0, as when a dive rules a column out.
    func fixAtZero(_ variable: Int) throws {
        try ensureAlive("glp_set_col_bnds")
        glp_set_col_bnds(pointer, Int32(variable + 1), GLP_FX, 0, 0)
    }

    /// Frees a variable (0-based) fixed by ``fixAtZero(_:)`` again: at least 0, no upper bound.
    func release(_ variable: Int) throws {
        try ensureAlive("glp_set_col_bnds")
        glp_set_col_bnds(pointer, Int32(variable + 1), GLP_LO, 0, 0)
    }

    /// Runs branch-and-cut; returns GLPK's return code (0, GLP_ETMLIM, GLP_ESTOP, GLP_ENOPFS, …), or
    /// HG_GLPK_STALLED when the call was still running `watchdogSeconds` from now and was abandoned (GLPK's
    /// simplex inside glp_intopt has no time limit; the parameters must have messages on for the watchdog
    /// to act). After HG_GLPK_STALLED this problem is gone.
    func solveMIP(_ parameters: inout glp_iocp, watchdogSeconds: Double) throws -> Int32 {
        try ensureAlive("glp_intopt")
        hg_set_watchdog(watchdogSeconds)
        defer { hg_set_watchdog(0) }
        let result = hg_intopt(pointer, &parameters)
        try check(result, "glp_intopt")
        return result
    }

    /// Simplex iterations GLPK has made on this problem so far (its own count, which glp_intopt goes on with).
    var iterationCount: Int32 { glp_get_it_cnt(pointer) }

    /// How a simplex solve ended (``solveRelaxation(budget:warmStart:reducedCostTolerance:)``).
    enum RelaxationOutcome: Equatable {
        /// Solved to optimality, with this objective.
        case optimal(Double)
        /// The LP has no feasible solution.
        case infeasible
        /// Stopped short: the budget ran out, or the LP is unbounded or numerically troubled.
        case unfinished

        /// The optimal objective, if the LP was solved.
        var value: Double? {
            if case .optimal(let value) = self { return value }
            return nil
        }
    }

    /// Solves the LP relaxation with the simplex method. With `warmStart` the simplex starts from the last basis
    /// (GLPK's presolver, which discards it, is off), as between column-generation rounds. The simplex
    /// stops when the `budget` is spent (on a work clock: after the iterations it allows; at least one
    /// second's worth either way), and its iterations are charged to the budget's clock.
    ///
    /// A `reducedCostTolerance` (in objective units) lets the simplex stop with reduced costs down to minus
    /// that; without one GLPK's default holds. GLPK 5.0's simplex divides the objective by
    /// max(1, largest |cost| / 1000) and stops when no scaled reduced cost is below −`tol_dj` (10⁻⁷ by default),
    /// so the tolerance is divided by that factor (the costs of columns fixed at 0 do not count, as GLPK leaves
    /// them out of its working LP).
    func solveRelaxation(budget: SearchBudget, warmStart: Bool = false, reducedCostTolerance: Double? = nil) throws -> RelaxationOutcome {
        try ensureAlive("glp_simplex")
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = warmStart ? GLP_OFF : GLP_ON
        if let reducedCostTolerance {
            var largest = 0.0
            for column in stride(from: Int32(1), through: Int32(columnCount), by: 1) where glp_get_col_type(pointer, column) != GLP_FX {
                largest = max(largest, abs(glp_get_obj_coef(pointer, column)))
            }
            let objectiveScale = largest <= 1000 ? 1 : largest / 1000
            parameters.tol_dj = min(0.1, max(1e-9, reducedCostTolerance / objectiveScale))
        }
        let seconds = max(1, budget.remaining)
        let entries = SearchClock.simplexEntries(of: pointer)
        switch budget.clock.measure {
        case .wallClock:
            parameters.tm_lim = Int32(min(Double(Int32.max), seconds * 1000))
        case .work:
            let iterations = seconds * SearchClock.workPerSecond / (SearchClock.workPerIterationAndEntry * Double(max(1, entries)))
            parameters.it_lim = Int32(max(1, min(Double(Int32.max), iterations)))
        }
        let iterationsBefore = glp_get_it_cnt(pointer)
        let result = hg_simplex(pointer, &parameters)
        try check(result, "glp_simplex")
        budget.clock.chargeSimplex(iterations: Int(glp_get_it_cnt(pointer) - iterationsBefore), entries: entries)
        if result == GLP_ENOPFS { return .infeasible }
        guard result == 0 else { return .unfinished }
        switch glp_get_status(pointer) {
        case GLP_OPT: return .optimal(glp_get_obj_val(pointer))
        case GLP_NOFEAS: return .infeasible
        default: return .unfinished
        }
    }

    /// The dual value of a row (0-based) in the last simplex solution (≥ 0 for a binding ≥ row, ≤ 0 for a
    /// binding ≤ row of this minimisation).
    func rowDual(_ row: Int) -> Double {
        glp_get_row_dual(pointer, Int32(row + 1))
    }

    /// The value of a variable (0-based) in the last simplex solution.
    func columnValue(_ variable: Int) -> Double {
        glp_get_col_prim(pointer, Int32(variable + 1))
    }

    /// GLPK's MIP status after ``solveMIP(_:)``: GLP_OPT, GLP_FEAS, GLP_NOFEAS or GLP_UNDEF.
    var mipStatus: Int32 { glp_mip_status(pointer) }

    /// Objective of the best integer solution found.
    var mipObjective: Double { glp_mip_obj_val(pointer) }

    /// Value of a variable (0-based) in the best integer solution.
    func mipValue(_ variable: Int) -> Double {
        glp_mip_col_val(pointer, Int32(variable + 1))
    }

    /// Frees the calling thread's GLPK environment after a job; problems of the thread die with it.
    static func releaseThreadEnvironment() {
        hg_release_thread()
    }

    /// Loads raw triplets without any validation (for tests of the error path).
    func loadRawMatrixForTesting(rows: [Int32], columns: [Int32], values: [Double]) throws {
        try ensureAlive("glp_load_matrix")
        try check(hg_load_matrix(pointer, Int32(values.count), [0] + rows, [0] + columns, [0] + values), "glp_load_matrix")
    }
}
