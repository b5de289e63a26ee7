import HeltidModel

/// The column generation's master LP, kept loaded in GLPK between rounds: new schedules enter as columns
/// and the simplex restarts from the last basis (a warm start), and dives and branches restrict employees
/// (``ScheduleRestriction``) by ruling out the columns the restriction does not admit. It also holds the
/// generated schedules, without repeats.
///
/// Every employee has an artificial column (``MasterProblem/artificialCost(above:)``), so the LP has a solution
/// under any restriction; a solution that uses one means no known schedule of that person fits.
///
/// GLPK's LP holds only the schedules that are admitted and *active*: a schedule whose reduced cost has
/// grown beyond ``inactiveReducedCost`` leaves it and comes back as soon as its reduced cost is negative
/// again (``activate(duals:value:purging:)``). Branch-and-price purges, the dives purge within a dive,
/// and the root's column generation purges once its bound is above 0; each dive starts from every schedule
/// (``reactivateAll()``): a first dive from a purged root measured worse on Instance 12 (4484–4583 against
/// 4287, 2026-12-01). A schedule that must leave while it is basic is held at 0 until a
/// later basis lets it go. GLPK's simplex copies the whole problem at each call, columns held at 0
/// included, so the LP's size is the column count: measured on Instance 7's branch-and-price
/// (2026-12-01), with all 17,000 schedules loaded a solve took 24 ms (35 iterations) and the LP 60 % of
/// the search. Changes of admission and activity reach GLPK at the next solve (``solve(budget:)``), so that a
/// schedule taken out and brought back between two solves costs nothing there.
///
/// If a GLPK error on this thread has released the problem (possible while cyclic rotas are priced with
/// GLPK's MIP on the same thread), the next solve rebuilds it from the schedules and the restrictions.
final class MasterLP {
    let instance: Instance
    private let demand: DemandTable
    /// The cost of each employee's artificial column, so that a twin master over the same schedules can be made
    /// (``ColumnGeneration/divePair(_:attempt:cutoff:guided:clock:deadline:progress:)``).
    let artificialCost: Double
    /// The generated schedules.
    private(set) var columns: [ScheduleColumn] = []
    /// The index into ``columns`` of each known schedule, keyed by employee and shifts.
    private var known: [[Int?]: Int] = [:]
    /// The indices into ``columns`` of each employee's schedules.
    private var columnsOf: [[Int]]
    /// Each employee's restriction (at first every choice is open).
    private(set) var restrictions: [ScheduleRestriction]
    /// Whether each column is admitted by its employee's restriction, and whether it is active: GLPK's LP
    /// holds the columns that are both.
    private var admitted: [Bool] = []
    private var active: [Bool] = []
    /// The GLPK variable of each column (-1: not in GLPK's LP), whether it is held at 0 there, and the
    /// column of each GLPK variable after the layout's own (slacks and artificial columns).
    private var variableOf: [Int] = []
    private var held: [Bool] = []
    /// The columns whose admission or activity changed since the last solve (``place(_:)``), without repeats.
    private var pending: [Bool] = []
    private var pendingIndices: [Int] = []
    private var loaded: [Int] = []
    /// The row layout (and the model the GLPK problem was loaded from, without schedules).
    private(set) var layout: MasterProblem
    private var problem: GLPKProblem
    private var warm = false

    /// The most negative reduced cost (in objective units) the simplex may leave in an optimum
    /// (``GLPKProblem/solveRelaxation(budget:warmStart:reducedCostTolerance:)``): ``coarseReducedCost`` while the
    /// LP guides the searches, nil (GLPK's own, about 10⁻⁷ of the largest cost over 1000) where it must be the
    /// optimum, in branch-and-price.
    var reducedCostTolerance: Double? = MasterLP.coarseReducedCost

    /// The searches' reduced-cost tolerance: 0.1, what GLPK allowed when every artificial column cost 10⁹
    /// (``MasterProblem/artificialCost(above:)``). The searches did better with it: with GLPK's own tolerance
    /// everywhere (2026-12-05, twenty-sixth session, 300 work s, seeds 1 and 2) the neighbourhoods on the master
    /// ran several times longer each, and Instance 13 ended at 1444 and 1664 (1442 and 1448 before), 19 at 4367
    /// and 3507 (3484 and 3317).
    static let coarseReducedCost = 0.1

    /// A schedule leaves the LP when its reduced cost exceeds this share of the LP's value (at least 1).
    static let inactiveReducedCost = 0.002

    /// A master over `columns`, with an artificial column per employee at `artificialCost`
    /// (``MasterProblem/artificialCost(above:)``).
    init(instance: Instance, demand: DemandTable, columns: [ScheduleColumn], artificialCost: Double) throws {
        self.instance = instance
        self.demand = demand
        self.artificialCost = artificialCost
        columnsOf = Array(repeating: [], count: instance.staff.count)
        restrictions = Array(repeating: ScheduleRestriction(dayCount: instance.dayCount, shiftCount: instance.shiftTypes.count),
                             count: instance.staff.count)
        // The rows do not depend on the columns, so the start columns enter as every later one does.
        layout = MasterProblem(instance: instance, demand: demand, columns: [], artificialCost: artificialCost)
        problem = GLPKProblem(verbose: false)
        try problem.load(layout.model)
        for column in columns { _ = add(column) }
    }

    /// Adds a schedule unless it is known and active; returns whether the LP gained it. A schedule its
    /// employee's restriction does not admit stays out until the restriction is lifted.
    func add(_ column: ScheduleColumn) -> Bool {
        let key = [column.employee] + column.shifts
        if let index = known[key] {
            guard !active[index] else { return false }
            active[index] = true
            place(index)
            return admitted[index]
        }
        let index = columns.count
        known[key] = index
        columns.append(column)
        columnsOf[column.employee].append(index)
        admitted.append(restrictions[column.employee].admits(column.shifts))
        active.append(true)
        variableOf.append(-1)
        held.append(false)
        pending.append(false)
        place(index)
        return true
    }

    /// The indices into ``columns`` of an employee's schedules.
    func columns(of employee: Int) -> [Int] { columnsOf[employee] }

    /// A column's value in an LP solution (`primal`, as ``solve(budget:)`` returns it).
    func value(of index: Int, in primal: [Double]) -> Double {
        let variable = variableOf[index]
        return variable >= 0 && variable < primal.count ? primal[variable] : 0
    }

    /// Sets an employee's restriction: the columns it does not admit leave the LP, the others may return. The
    /// same restriction again changes nothing (every column's admission already follows it).
    func restrict(_ employee: Int, to restriction: ScheduleRestriction) {
        guard restriction != restrictions[employee] else { return }
        restrictions[employee] = restriction
        for index in columnsOf[employee] {
            let admits = restriction.admits(columns[index].shifts)
            guard admits != admitted[index] else { continue }
            admitted[index] = admits
            place(index)
        }
    }

    /// Lifts every restriction (the end of a dive or of a branch).
    func releaseRestrictions() {
        let open = ScheduleRestriction(dayCount: instance.dayCount, shiftCount: instance.shiftTypes.count)
        for employee in instance.staff.indices where restrictions[employee].isRestricted { restrict(employee, to: open) }
    }

    /// Brings every schedule a purge let go back into the LP: after the root's column generation and after
    /// each dive, so that every dive and the searches after them start from the whole master.
    func reactivateAll() {
        for index in columns.indices where !active[index] {
            active[index] = true
            place(index)
        }
    }

    /// Under the duals of the last solve: admitted schedules out of the LP whose reduced cost is negative
    /// come back in, and (with `purging`) those in it whose reduced cost exceeds ``inactiveReducedCost`` of
    /// `value` leave. Returns how many came back.
    func activate(duals: [Double], value: Double, purging: Bool) -> Int {
        // Nothing can come back and nothing is to leave (every round of the root and of the dives).
        guard purging || active.contains(false) else { return 0 }
        let limit = max(1, MasterLP.inactiveReducedCost * abs(value))
        var returned = 0
        for employee in instance.staff.indices {
            let cellCosts = layout.cellCosts(of: employee, duals: duals)
            let convexityDual = layout.convexityDual(of: employee, duals: duals)
            for index in columnsOf[employee] where admitted[index] {
                var reducedCost = columns[index].cost - convexityDual
                for (day, shift) in columns[index].shifts.enumerated() { if let shift { reducedCost += cellCosts[day][shift] } }
                if !active[index] && reducedCost < -1e-6 {
                    active[index] = true
                    returned += 1
                } else if purging && active[index] && reducedCost > limit {
                    active[index] = false
                } else {
                    continue
                }
                place(index)
            }
        }
        return returned
    }

    /// Notes that a column's admission or activity changed; the next solve brings it into GLPK's LP or holds it
    /// at 0 there (``placePending()``).
    private func place(_ index: Int) {
        if !pending[index] {
            pending[index] = true
            pendingIndices.append(index)
        }
    }

    /// Applies the changes noted since the last solve, in the order they were first noted (the order in which
    /// the changes used to be applied at once): only the net change reaches GLPK. A neighbourhood of the master
    /// restricts nearly everyone and lifts the restrictions at its end; applied at once, each lift put every
    /// schedule back into GLPK's LP only for the next neighbourhood to take most of them out again. Measured
    /// (2026-12-04, twenty-fifth session, work-limited runs, CPU seconds for the same work): Instance 19 at 300
    /// work s, seed 1, 237 before and 163 after (alone: 227 and 138 s of wall clock); Instance 12 at 90 work s,
    /// seed 4, 46 and 38 (the same roster, 4043); Instance 8 at 60 work s the same. The work clock does not
    /// count GLPK's column updates, so work-limited rosters change only where the order of the columns in
    /// GLPK's LP leads the simplex to another optimal vertex (Instance 8, seeds 1–3: 1305, 1307 and 1302 against
    /// 1303, 1303 and 1302).
    private func placePending() throws {
        for index in pendingIndices {
            pending[index] = false
            try load(index)
        }
        pendingIndices.removeAll(keepingCapacity: true)
    }

    /// Brings a column into GLPK's LP, or holds it at 0 there, as its admission and activity say (it is
    /// taken out at the next solve, when not basic).
    private func load(_ index: Int) throws {
        let wanted = admitted[index] && active[index]
        if variableOf[index] < 0 {
            guard wanted else { return }
            variableOf[index] = try problem.addColumn(cost: columns[index].cost, rows: layout.rows(of: columns[index]))
            loaded.append(index)
            held[index] = false
        } else if wanted == held[index] {
            held[index] = !wanted
            if wanted { try problem.release(variableOf[index]) } else { try problem.fixAtZero(variableOf[index]) }
        }
    }

    /// Deletes from GLPK's LP the held columns that are not basic (the basis stays valid).
    private func unloadHeld() throws {
        let leaving = Set(loaded.filter { held[$0] && !problem.isBasic(variableOf[$0]) })
        guard !leaving.isEmpty else { return }
        try problem.deleteColumns(leaving.map { variableOf[$0] }.sorted())
        let first = layout.model.variables.count
        loaded.removeAll { leaving.contains($0) }
        for index in leaving {
            variableOf[index] = -1
            held[index] = false
        }
        for (offset, index) in loaded.enumerated() { variableOf[index] = first + offset }
    }

    /// The LP optimum: its value, every row's dual and the value of every variable of GLPK's LP (read a
    /// column's with ``value(of:in:)``); nil when the LP has none (or none within the `budget`, at least a
    /// second's worth).
    func solve(budget: SearchBudget) throws -> (value: Double, duals: [Double], primal: [Double])? {
        if !problem.isAlive {
            problem = GLPKProblem(verbose: false)
            try problem.load(layout.model)
            loaded = []
            variableOf = Array(repeating: -1, count: columns.count)
            held = Array(repeating: false, count: columns.count)
            pendingIndices.removeAll()
            pending = Array(repeating: false, count: columns.count)
            for index in columns.indices { try load(index) }
            warm = false
        } else {
            try placePending()
            if warm { try unloadHeld() }
        }
        let value = try problem.solveRelaxation(budget: budget, warmStart: warm, reducedCostTolerance: reducedCostTolerance).value
        warm = true
        guard let value else { return nil }
        return (value, (0..<problem.rowCount).map(problem.rowDual), (0..<problem.columnCount).map(problem.columnValue))
    }
}
