import HeltidModel

/// The column generation's master LP, kept loaded in GLPK between rounds: new schedules enter as columns
/// and the simplex restarts from the last basis (a warm start), and dives and branches restrict employees
/// (``ScheduleRestriction``) by ruling out the columns the restriction does not admit. It also holds the
/// generated schedules, without repeats.
///
/// Every employee has an artificial column (``MasterProblem/artificialCost``), so the LP has a solution
/// under any restriction; a solution that uses one means no known schedule of that person fits.
///
/// If a GLPK error on this thread has released the problem (possible while cyclic rotas are priced with
/// GLPK's MIP on the same thread), the next solve rebuilds it from the schedules and the restrictions.
final class MasterLP {
    let instance: Instance
    private let demand: DemandTable
    /// The generated schedules.
    private(set) var columns: [ScheduleColumn] = []
    private var known = Set<[Int?]>()
    /// The indices into ``columns`` of each employee's schedules.
    private var columnsOf: [[Int]]
    /// Each employee's restriction (at first every choice is open).
    private(set) var restrictions: [ScheduleRestriction]
    /// Whether each column is admitted by its employee's restriction (else held at 0).
    private var admitted: [Bool] = []
    /// The row layout (and the model the GLPK problem was loaded from).
    private(set) var layout: MasterProblem
    /// The GLPK variable of each schedule.
    private(set) var variableOf: [Int]
    private var problem: GLPKProblem
    private var warm = false

    init(instance: Instance, demand: DemandTable, columns: [ScheduleColumn]) throws {
        self.instance = instance
        self.demand = demand
        let everyone = Set(instance.staff.indices)
        columnsOf = Array(repeating: [], count: instance.staff.count)
        restrictions = Array(repeating: ScheduleRestriction(dayCount: instance.dayCount, shiftCount: instance.shiftTypes.count),
                             count: instance.staff.count)
        // The rows do not depend on the columns, so the start columns enter as every later one does.
        layout = MasterProblem(instance: instance, demand: demand, columns: [], artificial: everyone)
        variableOf = []
        problem = GLPKProblem(verbose: false)
        try problem.load(layout.model)
        for column in columns { _ = try add(column) }
    }

    /// Adds a schedule unless it is known; returns whether it was new. A schedule its employee's restriction
    /// does not admit is held at 0 until the restriction is lifted.
    func add(_ column: ScheduleColumn) throws -> Bool {
        guard known.insert([column.employee] + column.shifts).inserted else { return false }
        let index = columns.count
        columns.append(column)
        columnsOf[column.employee].append(index)
        admitted.append(restrictions[column.employee].admits(column.shifts))
        if problem.isAlive {
            variableOf.append(try problem.addColumn(cost: column.cost, rows: layout.rows(of: column)))
            if !admitted[index] { try problem.fixAtZero(variableOf[index]) }
        } else {
            variableOf.append(-1) // the next solve rebuilds
        }
        return true
    }

    /// The indices into ``columns`` of an employee's schedules.
    func columns(of employee: Int) -> [Int] { columnsOf[employee] }

    /// Sets an employee's restriction: the columns it does not admit are held at 0, the others are free.
    func restrict(_ employee: Int, to restriction: ScheduleRestriction) throws {
        restrictions[employee] = restriction
        for index in columnsOf[employee] {
            let admits = restriction.admits(columns[index].shifts)
            guard admits != admitted[index] else { continue }
            admitted[index] = admits
            guard problem.isAlive else { continue }
            if admits { try problem.release(variableOf[index]) } else { try problem.fixAtZero(variableOf[index]) }
        }
    }

    /// Lifts every restriction (the end of a dive or of a branch).
    func releaseRestrictions() throws {
        let open = ScheduleRestriction(dayCount: instance.dayCount, shiftCount: instance.shiftTypes.count)
        for employee in instance.staff.indices where restrictions[employee].isRestricted { try restrict(employee, to: open) }
    }

    /// The LP optimum: its value, every row's dual and every variable's value; nil when the LP has none.
    func solve(timeLimit: Double) throws -> (value: Double, duals: [Double], primal: [Double])? {
        if !problem.isAlive {
            layout = MasterProblem(instance: instance, demand: demand, columns: columns, artificial: Set(instance.staff.indices))
            variableOf = layout.variableOf
            problem = GLPKProblem(verbose: false)
            try problem.load(layout.model)
            for index in columns.indices where !admitted[index] { try problem.fixAtZero(variableOf[index]) }
            warm = false
        }
        let value = try problem.solveRelaxation(timeLimit: timeLimit, warmStart: warm)
        warm = true
        guard let value else { return nil }
        return (value, (0..<problem.rowCount).map(problem.rowDual), (0..<problem.columnCount).map(problem.columnValue))
    }
}
