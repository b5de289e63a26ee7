import Foundation
import HeltidModel

/// A lower bound by column generation: the LP over whole schedules (Dantzig–Wolfe, one convexity row per
/// employee, cover rows per day and shift and per skill minimum, under- and over-cover slacks with their
/// weights), which is much tighter than the compact model's LP on rostering.
///
/// The master LP is solved with GLPK's simplex and its row duals price each employee's schedules. Pricing
/// solves that employee's own model (``CompactFormulation/init(schedulesOf:instance:cellCosts:fixedTo:)``:
/// every hard rule of the person, exactly) with GLPK's branch-and-cut. Every round gives a valid bound, the
/// Lagrangian bound master value + Σ min(0, least reduced cost), where the least reduced cost comes from
/// the pricing optimum or, when a pricing run is cut short, its proven lower bound; when no schedule prices
/// out, the master value itself is the bound (the LP optimum over all schedules).
struct ColumnGeneration {
    let instance: Instance
    private let demand: DemandTable

    /// What the column generation reached.
    struct Outcome {
        /// The best valid lower bound found, if any round completed.
        var bound: Double?
        /// No schedule of any employee has a negative reduced cost: the bound is the LP optimum.
        var converged: Bool
        /// The best roster made of generated schedules (the restricted master solved as a MIP), when one was
        /// found; it keeps every hard rule.
        var roster: Roster?
    }

    init(instance: Instance) {
        self.instance = instance
        demand = DemandTable(instance: instance)
    }

    /// One schedule of one employee and its own cost (position and wish terms).
    private struct Column: Hashable {
        var employee: Int
        var shifts: [Int?]
        var cost: Double
    }

    /// The cost of an artificial column (a person without a known schedule yet): above any real schedule's
    /// cost, so the master drops it once pricing finds one. The bound stays valid while it is in use (it is
    /// only weak then).
    static let artificialCost = 1e9

    /// Master rows of one day and shift (0-based rows of the master model; nil where there is none).
    private struct CoverRows {
        var minimum: Int?
        var maximum: Int?
        var over: Int?
        var skills: [(skill: String, row: Int)] = []
    }

    /// Runs until converged, `deadline` (seconds after `started`) or an interruption, then solves the
    /// restricted master as a MIP until `integerDeadline`. `start` must keep every
    /// hard rule except perhaps the minimums (position %, minutes): its rows are the first columns, and a row
    /// below its person's minimum is replaced by an artificial column.
    func lowerBound(start: Roster, started: ContinuousClock.Instant, deadline: Double, integerDeadline: Double,
                    progress: (@Sendable (SolverProgress) -> Void)?) throws -> Outcome {
        func elapsed() -> Double { started.duration(to: .now).seconds }
        var columns: [Column] = []
        var known = Set<[Int?]>()
        func add(_ employee: Int, _ shifts: [Int?]) {
            guard known.insert([employee] + shifts).inserted else { return }
            var single = Roster(employees: instance.staff.count, days: instance.dayCount)
            single.assignments[employee] = shifts
            let cost = CompactFormulation(schedulesOf: employee, instance: instance, cellCosts: nil, fixedTo: single).model.objectiveConstant
            columns.append(Column(employee: employee, shifts: shifts, cost: cost))
        }
        // A start row below the person's minimum (everyone-off with minimums) is no schedule of theirs: such
        // a person starts with an artificial column instead, priced out as soon as a real schedule is found.
        var artificial = Set<Int>()
        for employee in instance.staff.indices {
            if let minimum = instance.minimumMinutes(of: instance.staff[employee]),
               instance.paidMinutes(of: start.assignments[employee]) < minimum - 1e-6 {
                artificial.insert(employee)
            } else {
                add(employee, start.assignments[employee])
            }
        }

        let pricers = instance.staff.indices.map { LabellingPricer(employee: $0, instance: instance, demand: demand) }
        var outcome = Outcome(bound: nil, converged: false, roster: nil)
        var rounds = 0
        while elapsed() < deadline && !Interruption.isRequested {
            let (model, convexity, cover) = master(columns, artificial: artificial)
            let problem = GLPKProblem(verbose: false)
            try problem.load(model)
            guard let value = try problem.solveRelaxation(timeLimit: max(1, deadline - elapsed())) else { break }
            // Read every dual now: a GLPK error or stall while pricing frees the thread's environment, and
            // with it this problem.
            let duals = (0..<model.constraints.count).map(problem.rowDual)
            rounds += 1
            var lagrangian: Double? = value
            var added = 0
            let priced = try priceAll(duals: duals, convexity: convexity, cover: cover, pricers: pricers, started: started, deadline: deadline)
            for employee in instance.staff.indices {
                let convexityDual = convexity[employee].map { duals[$0] } ?? 0
                guard let schedules = priced[employee] else {
                    lagrangian = nil
                    continue
                }
                if let least = schedules.lowerBound, lagrangian != nil {
                    lagrangian! += min(0, least - convexityDual)
                } else {
                    lagrangian = nil
                }
                for (value, shifts) in schedules.schedules where value - convexityDual < -1e-6 {
                    let before = columns.count
                    add(employee, shifts)
                    added += columns.count - before
                }
            }
            if let lagrangian { outcome.bound = max(outcome.bound ?? lagrangian, lagrangian) }
            progress?(SolverProgress(phase: "column generation (round \(rounds), \(columns.count) columns, master \(String(format: "%.1f", value)))",
                                     incumbent: nil, bound: outcome.bound, elapsedSeconds: elapsed()))
            if added == 0 {
                outcome.converged = lagrangian != nil
                break
            }
        }
        let covered = Set(columns.map(\.employee))
        if instance.staff.indices.allSatisfy(covered.contains), !Interruption.isRequested, integerDeadline - elapsed() > 0.5 {
            outcome.roster = try restrictedMaster(columns, started: started, deadline: integerDeadline, progress: progress)
        }
        return outcome
    }

    /// The restricted master as a MIP (one generated schedule per employee; price-and-branch): a roster of
    /// generated schedules, each keeping its person's rules, with the cover maximums as hard rows.
    private func restrictedMaster(_ columns: [Column], started: ContinuousClock.Instant, deadline: Double,
                                  progress: (@Sendable (SolverProgress) -> Void)?) throws -> Roster? {
        let (model, _, _) = master(columns, artificial: [], integer: true)
        let problem = GLPKProblem(verbose: false)
        try problem.load(model)
        let outcome = try BranchAndCut(problem: problem, variableCount: model.variables.count)
            .run(phase: "restricted master (\(columns.count) columns)", started: started, deadline: deadline, progress: progress)
        guard let values = outcome.values else { return nil }
        var roster = Roster(employees: instance.staff.count, days: instance.dayCount)
        for (index, column) in columns.enumerated() where values[index] > 0.5 {
            roster.assignments[column.employee] = column.shifts
        }
        return roster
    }

    /// One employee's pricing result: a proven lower bound on the value of every schedule of theirs (nil when
    /// none was proven), and schedules found, cheapest first, each with its value (own cost plus cell costs).
    struct Priced {
        var lowerBound: Double?
        var schedules: [(value: Double, shifts: [Int?])]
    }

    /// The most schedules the labelling pricer returns per employee and round.
    static let schedulesPerRound = 5

    /// Prices every employee under the master's duals, half of them on a second thread (each thread has its
    /// own GLPK environment; the second frees its own at the end). Nil for an employee not priced (time up,
    /// interrupted, or no LP solution).
    private func priceAll(duals: [Double], convexity: [Int?], cover: [[CoverRows]], pricers: [LabellingPricer?],
                          started: ContinuousClock.Instant, deadline: Double) throws -> [Priced?] {
        let results = PricingResults(count: instance.staff.count)
        let work: @Sendable ([Int]) -> Void = { employees in
            for employee in employees {
                let isCancelled = { started.duration(to: .now).seconds >= deadline || Interruption.isRequested }
                guard !isCancelled() else { return }
                let costs = self.cellCosts(of: employee, cover: cover, dual: { duals[$0] })
                if let pricer = pricers[employee] {
                    let threshold = convexity[employee].map { duals[$0] } ?? 0
                    guard let result = pricer.price(cellCosts: costs, threshold: threshold, limit: ColumnGeneration.schedulesPerRound,
                                                    isCancelled: isCancelled) else { return }
                    results.store(Priced(lowerBound: result.lowerBound, schedules: result.schedules), at: employee)
                    continue
                }
                do {
                    results.store(try self.price(employee, cellCosts: costs, started: started, deadline: deadline), at: employee)
                } catch {
                    results.fail(error)
                    return
                }
            }
        }
        let employees = Array(instance.staff.indices)
        let second = employees.filter { $0 % 2 == 1 }
        let done = DispatchSemaphore(value: 0)
        let helper = Thread {
            work(second)
            GLPKProblem.releaseThreadEnvironment()
            done.signal()
        }
        helper.stackSize = 16 << 20
        helper.start()
        work(employees.filter { $0 % 2 == 0 })
        done.wait()
        if let error = results.error { throw error }
        return results.values
    }

    /// The master LP over `columns` (with `integer`, the restricted-master MIP), its convexity rows per
    /// employee and its cover rows per day and shift.
    private func master(_ columns: [Column], artificial: Set<Int>, integer: Bool = false) -> (LinearModel, [Int?], [[CoverRows]]) {
        var model = LinearModel()
        // The LP's columns have no upper bound (the convexity rows keep them at most 1): a column held at an
        // upper bound would have a negative reduced cost and spoil the duals the pricing and the bound rely on.
        let variables = columns.map { model.addVariable(upper: integer ? 1 : .infinity, cost: $0.cost, kind: integer ? .binary : .continuous) }
        let placeholders = Dictionary(uniqueKeysWithValues: artificial.sorted().map { employee in
            (employee, model.addVariable(upper: .infinity, cost: ColumnGeneration.artificialCost, kind: .continuous))
        })
        func addRow(_ terms: [(Int, Double)], lower: Double? = nil, upper: Double? = nil) -> Int? {
            let before = model.constraints.count
            model.addConstraint(terms, lower: lower, upper: upper)
            return model.constraints.count > before ? before : nil
        }
        let convexity = instance.staff.indices.map { employee in
            addRow(columns.indices.filter { columns[$0].employee == employee }.map { (variables[$0], 1.0) }
                + (placeholders[employee].map { [($0, 1.0)] } ?? []), lower: 1, upper: 1)
        }
        var working = Array(repeating: Array(repeating: [Int](), count: instance.shiftTypes.count), count: instance.dayCount)
        for (index, column) in columns.enumerated() {
            for (day, shift) in column.shifts.enumerated() { if let shift { working[day][shift].append(index) } }
        }
        let weights = instance.weights
        var cover: [[CoverRows]] = []
        for day in 0..<instance.dayCount {
            var rows: [CoverRows] = []
            for (shift, type) in instance.shiftTypes.enumerated() {
                let cell = demand[day, shift]
                let terms = working[day][shift].map { (variables[$0], 1.0) }
                var row = CoverRows()
                if cell.minimum > 0 {
                    let missing = model.addVariable(upper: Double(cell.minimum), cost: cell.underWeight ?? weights.uncoveredHour * type.paidHours, kind: .continuous)
                    row.minimum = addRow(terms + [(missing, 1)], lower: Double(cell.minimum))
                }
                if let maximum = cell.maximum { row.maximum = addRow(terms, upper: Double(maximum)) }
                if let overWeight = cell.overWeight, overWeight > 0 {
                    let over = model.addVariable(upper: Double(instance.staff.count), cost: overWeight, kind: .continuous)
                    row.over = addRow(terms + [(over, -1)], upper: Double(cell.minimum))
                }
                for (skill, required) in cell.skillMinimums.sorted(by: { $0.key < $1.key }) {
                    let skillId = instance.skills[skill].id
                    let holders = working[day][shift].filter { instance.staff[columns[$0].employee].skills.contains(skillId) }
                    let missing = model.addVariable(upper: Double(required), cost: weights.uncoveredHour * type.paidHours, kind: .continuous)
                    if let skillRow = addRow(holders.map { (variables[$0], 1.0) } + [(missing, 1)], lower: Double(required)) {
                        row.skills.append((skillId, skillRow))
                    }
                }
                rows.append(row)
            }
            cover.append(rows)
        }
        return (model, convexity, cover)
    }

    /// The cost the master's duals put on each of an employee's cells: minus the duals of the rows the cell
    /// would count in.
    private func cellCosts(of employee: Int, cover: [[CoverRows]], dual: (Int) -> Double) -> [[Double]] {
        let skills = Set(instance.staff[employee].skills)
        return cover.map { day in
            day.map { rows in
                var value = 0.0
                for row in [rows.minimum, rows.maximum, rows.over].compactMap({ $0 }) { value += dual(row) }
                for skill in rows.skills where skills.contains(skill.skill) { value += dual(skill.row) }
                return -value
            }
        }
    }

    /// The best schedule of one employee under `cellCosts` by GLPK's branch-and-cut on the person's own model
    /// (cyclic rotas, which the labelling pricer does not handle); nil when GLPK could not solve the LP.
    private func price(_ employee: Int, cellCosts: [[Double]], started: ContinuousClock.Instant, deadline: Double) throws -> Priced? {
        let formulation = CompactFormulation(schedulesOf: employee, instance: instance, cellCosts: cellCosts)
        let variableCount = formulation.model.variables.count
        if variableCount == 0 {
            // Rows without variables are kept only when they fail: then the person has no schedule at all.
            guard formulation.model.constraints.isEmpty else { return Priced(lowerBound: .infinity, schedules: []) }
            let constant = formulation.model.objectiveConstant
            return Priced(lowerBound: constant, schedules: [(constant, formulation.roster { _ in 0 }.assignments[employee])])
        }
        let problem = GLPKProblem(verbose: false)
        try problem.load(formulation.model)
        let remaining = deadline - started.duration(to: .now).seconds
        guard let relaxation = try problem.solveRelaxation(timeLimit: max(1, remaining)) else { return nil }
        let exact = try BranchAndCut(problem: problem, variableCount: variableCount)
            .run(phase: "pricing", started: started, deadline: min(deadline, started.duration(to: .now).seconds + 5), progress: nil)
        guard let values = exact.values, let value = exact.objective else { return Priced(lowerBound: relaxation, schedules: []) }
        let least = exact.optimal ? value : max(relaxation, exact.bound ?? relaxation)
        return Priced(lowerBound: least, schedules: [(value, formulation.roster { values[$0] }.assignments[employee])])
    }
}

/// Pricing results filled in by two threads.
private final class PricingResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [ColumnGeneration.Priced?]
    private var firstError: Error?

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func store(_ result: ColumnGeneration.Priced?, at index: Int) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func fail(_ error: Error) {
        lock.lock()
        if firstError == nil { firstError = error }
        lock.unlock()
    }

    var values: [ColumnGeneration.Priced?] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }

    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return firstError
    }
}
