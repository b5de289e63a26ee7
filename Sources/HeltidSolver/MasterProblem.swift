import HeltidModel

/// One schedule of one employee and its own cost (position and wish terms).
struct ScheduleColumn: Hashable {
    var employee: Int
    var shifts: [Int?]
    var cost: Double
}

/// The master problem of the column generation over a set of schedules: one convexity row per employee
/// (exactly one schedule each), cover rows per day and shift (minimum with an under-cover slack at its
/// weight, maximum as a hard row, over-cover with its slack) and per skill minimum, as an LP or (with
/// `integer`) as the restricted-master MIP.
struct MasterProblem {
    /// Master rows of one day and shift (0-based rows of the model; nil where there is none).
    struct CoverRows {
        var minimum: Int?
        var maximum: Int?
        var over: Int?
        var skills: [(skill: String, row: Int)] = []
    }

    /// The cost of an artificial column (a person without a known schedule yet) in a master whose rosters
    /// worth having cost less than `value`: ten times that, at least 10,000, so that the master drops the
    /// artificial column once pricing finds a schedule any such roster could hold. The bound stays valid
    /// while it is in use (it is only weak then).
    ///
    /// Not more, because the largest cost sets the master's precision: GLPK 5.0's simplex divides the
    /// objective by its largest coefficient over 1000 and takes a reduced cost above −10⁻⁷ there as
    /// optimal. With a fixed 10⁹, reduced costs down to −0.1 passed: on Instance 7 the root master
    /// stopped at 1054.084 with its Lagrangian bound at 1053.918 and known schedules pricing out that the
    /// simplex would not take in, and branch-and-price's nodes stopped as short (measured 2026-12-05,
    /// twenty-sixth session); with 10⁵ the same root converged at 1054.083 with the bound equal to it. The
    /// searches keep that coarser optimum on purpose (``MasterLP/coarseReducedCost``).
    static func artificialCost(above value: Double) -> Double {
        max(10_000, 10 * value)
    }

    let instance: Instance
    private(set) var model = LinearModel()
    /// The convexity row of each employee.
    private(set) var convexity: [Int] = []
    /// `cover[day][shift]`.
    private(set) var cover: [[CoverRows]] = []
    /// The model variable of each column.
    private(set) var variableOf: [Int] = []
    /// The artificial variable of each employee who has one.
    private(set) var artificialOf: [Int: Int] = [:]

    /// The master over `columns`; with an `artificialCost` every employee gets an artificial column at that cost
    /// (``artificialCost(above:)``). Every row is made, even one no column enters yet, so that later columns can
    /// be added (``MasterLP``).
    init(instance: Instance, demand: DemandTable, columns: [ScheduleColumn], artificialCost: Double?, integer: Bool = false) {
        self.instance = instance
        // Rows first: their bounds and slack terms, in a fixed order.
        var rows: [(terms: [(Int, Double)], lower: Double?, upper: Double?)] = []
        func addRow(_ terms: [(Int, Double)], lower: Double? = nil, upper: Double? = nil) -> Int {
            rows.append((terms, lower, upper))
            return rows.count - 1
        }
        convexity = instance.staff.indices.map { _ in addRow([], lower: 1, upper: 1) }
        if let artificialCost {
            for employee in instance.staff.indices {
                let placeholder = model.addVariable(upper: .infinity, cost: artificialCost, kind: .continuous)
                artificialOf[employee] = placeholder
                rows[convexity[employee]].terms.append((placeholder, 1))
            }
        }
        let weights = instance.weights
        for day in 0..<instance.dayCount {
            var dayRows: [CoverRows] = []
            for (shift, type) in instance.shiftTypes.enumerated() {
                let cell = demand[day, shift]
                var row = CoverRows()
                if cell.minimum > 0 {
                    let price = CoverLedger.missingPersonPrice(cell, of: type, weights: weights)
                    let missing = model.addVariable(upper: Double(cell.minimum), cost: price, kind: .continuous)
                    row.minimum = addRow([(missing, 1)], lower: Double(cell.minimum))
                }
                if let maximum = cell.maximum { row.maximum = addRow([], upper: Double(maximum)) }
                if let overWeight = cell.overWeight, overWeight > 0 {
                    let over = model.addVariable(upper: Double(instance.staff.count), cost: overWeight, kind: .continuous)
                    row.over = addRow([(over, -1)], upper: Double(cell.minimum))
                }
                for (skill, required) in cell.skillMinimums.sorted(by: { $0.key < $1.key }) {
                    let missing = model.addVariable(upper: Double(required), cost: weights.uncoveredHour * type.paidHours, kind: .continuous)
                    row.skills.append((instance.skills[skill].id, addRow([(missing, 1)], lower: Double(required))))
                }
                dayRows.append(row)
            }
            cover.append(dayRows)
        }
        // The LP's columns have no upper bound (the convexity rows keep them at most 1): a column held at an
        // upper bound would have a negative reduced cost and spoil the duals the pricing and the bound rely on.
        var variables: [Int] = []
        for column in columns {
            let variable = model.addVariable(upper: integer ? 1 : .infinity, cost: column.cost, kind: integer ? .binary : .continuous)
            variables.append(variable)
            for (row, coefficient) in self.rows(of: column) { rows[row].terms.append((variable, coefficient)) }
        }
        variableOf = variables
        for row in rows { model.addConstraint(row.terms, lower: row.lower, upper: row.upper, keepingEmpty: true) }
    }

    /// Adds a row that keeps the objective at most `value`: a MIP then has no solution unless one reaches it
    /// (a cutoff for branch-and-cut, which GLPK has no parameter for).
    mutating func requireObjective(atMost value: Double) {
        let terms = model.variables.indices.compactMap { variable in
            model.variables[variable].cost != 0 ? (variable, model.variables[variable].cost) : nil
        }
        model.addConstraint(terms, upper: value - model.objectiveConstant, keepingEmpty: true)
    }

    /// The rows a schedule enters, each with coefficient 1: its person's convexity row and, for every
    /// worked cell, the cover rows (and the skill rows of the person's skills).
    func rows(of column: ScheduleColumn) -> [(row: Int, coefficient: Double)] {
        let skills = instance.staff[column.employee].skills
        var rows: [(row: Int, coefficient: Double)] = [(convexity[column.employee], 1)]
        for (day, shift) in column.shifts.enumerated() {
            guard let shift else { continue }
            let cell = cover[day][shift]
            for row in [cell.minimum, cell.maximum, cell.over].compactMap({ $0 }) { rows.append((row, 1)) }
            for skill in cell.skills where skills.contains(skill.skill) { rows.append((skill.row, 1)) }
        }
        return rows
    }

    /// The cost the duals put on each of an employee's cells: minus the duals of the rows the cell would
    /// count in.
    func cellCosts(of employee: Int, duals: [Double]) -> [[Double]] {
        let skills = Set(instance.staff[employee].skills)
        return cover.map { day in
            day.map { rows in
                var value = 0.0
                for row in [rows.minimum, rows.maximum, rows.over].compactMap({ $0 }) { value += duals[row] }
                for skill in rows.skills where skills.contains(skill.skill) { value += duals[skill.row] }
                return -value
            }
        }
    }

    /// The dual of an employee's convexity row.
    func convexityDual(of employee: Int, duals: [Double]) -> Double {
        duals[convexity[employee]]
    }
}
