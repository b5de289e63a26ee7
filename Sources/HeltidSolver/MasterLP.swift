import HeltidModel

/// The column generation's master LP, kept loaded in GLPK between rounds: new schedules enter as columns
/// and the simplex restarts from the last basis (a warm start), and a dive fixes employees by ruling their
/// other columns out. It also holds the generated schedules, without repeats.
///
/// If a GLPK error on this thread has released the problem (possible while cyclic rotas are priced with
/// GLPK's MIP on the same thread), the next solve rebuilds it from the schedules and the fixings.
final class MasterLP {
    let instance: Instance
    private let demand: DemandTable
    /// The generated schedules.
    private(set) var columns: [ScheduleColumn] = []
    private var known = Set<[Int?]>()
    /// Employees with an artificial column (no schedule of theirs was known at the start).
    let artificial: Set<Int>
    /// Employees a dive has fixed, with the index of their column.
    private(set) var fixed: [Int: Int] = [:]
    /// The row layout (and the model the GLPK problem was loaded from).
    private(set) var layout: MasterProblem
    /// The GLPK variable of each schedule (nil: ruled out by a fixing).
    private(set) var variableOf: [Int?]
    private var problem: GLPKProblem
    private var warm = false

    init(instance: Instance, demand: DemandTable, columns: [ScheduleColumn], artificial: Set<Int>) throws {
        self.instance = instance
        self.demand = demand
        self.artificial = artificial
        // The rows do not depend on the columns, so the start columns enter as every later one does.
        layout = MasterProblem(instance: instance, demand: demand, columns: [], artificial: artificial)
        variableOf = []
        problem = GLPKProblem(verbose: false)
        try problem.load(layout.model)
        for column in columns { _ = try add(column) }
    }

    /// Adds a schedule unless it is known; returns whether it was new.
    func add(_ column: ScheduleColumn) throws -> Bool {
        guard known.insert([column.employee] + column.shifts).inserted else { return false }
        columns.append(column)
        if problem.isAlive {
            variableOf.append(try problem.addColumn(cost: column.cost, rows: layout.rows(of: column)))
        } else {
            variableOf.append(nil) // the next solve rebuilds
        }
        return true
    }

    /// Holds an employee to one schedule (index into ``columns``): their other columns, and their artificial
    /// one, are fixed at 0.
    func fix(_ employee: Int, to index: Int) throws {
        fixed[employee] = index
        guard problem.isAlive else { return }
        for (other, column) in columns.enumerated() where column.employee == employee && other != index {
            if let variable = variableOf[other] { try problem.fixAtZero(variable) }
        }
        if let placeholder = layout.artificialOf[employee] { try problem.fixAtZero(placeholder) }
    }

    /// The roster of the fixed schedules (everyone else off).
    func fixedRoster() -> Roster {
        var roster = Roster(employees: instance.staff.count, days: instance.dayCount)
        for (employee, index) in fixed { roster.assignments[employee] = columns[index].shifts }
        return roster
    }

    /// Releases every fixing (the end of a dive): every column and artificial column is free again.
    func releaseFixings() throws {
        defer { fixed = [:] }
        guard problem.isAlive else { return }
        for employee in fixed.keys {
            for (index, column) in columns.enumerated() where column.employee == employee {
                if let variable = variableOf[index] { try problem.release(variable) }
            }
            if let placeholder = layout.artificialOf[employee] { try problem.release(placeholder) }
        }
    }

    /// The LP optimum: its value, every row's dual and every variable's value; nil when the LP has none.
    func solve(timeLimit: Double) throws -> (value: Double, duals: [Double], primal: [Double])? {
        if !problem.isAlive {
            layout = MasterProblem(instance: instance, demand: demand, columns: columns, artificial: artificial, fixed: fixed)
            variableOf = layout.variableOf
            problem = GLPKProblem(verbose: false)
            try problem.load(layout.model)
            warm = false
        }
        let value = try problem.solveRelaxation(timeLimit: timeLimit, warmStart: warm)
        warm = true
        guard let value else { return nil }
        return (value, (0..<problem.rowCount).map(problem.rowDual), (0..<problem.columnCount).map(problem.columnValue))
    }
}
