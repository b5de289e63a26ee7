import HeltidModel

/// The cover part of the objective, kept up to date as schedules come and go: how many people work each
/// day and shift (and how many of them have each required skill), what the under- and over-cover cost,
/// and what one more person on a cell would change. The terms are those of ``CompactFormulation``'s cover:
/// each missing person below the minimum at the cell's under-cover weight (else the uncovered-hour weight
/// times the shift's paid hours), each person above the minimum at the over-cover weight, each missing
/// person of a required skill at the uncovered-hour weight, and the maximum as a hard limit.
///
/// One person works at most one shift a day, so adding them to a cell changes each count by at most one:
/// ``marginalCosts(of:)`` is exact, which makes re-planning one person against everybody else's fixed
/// schedules a pricing problem (``ReschedulingSearch``).
struct CoverLedger {
    /// The cost of a cell that is full (its maximum reached): no schedule should take it.
    static let blocked = 1e12

    private let instance: Instance
    private let demand: DemandTable
    /// `working[day][shift]`.
    private var working: [[Int]]
    /// `requiredSkills[day][shift]`: each skill minimum of the cell (skill id, count).
    private let requiredSkills: [[[(skill: String, required: Int)]]]
    /// `skilled[day][shift][index]`: people with `requiredSkills[day][shift][index].skill` working the cell.
    private var skilled: [[[Int]]]
    /// `underCost[day][shift]`: the price of one missing person; `hourCost` of one missing skilled person.
    private let underCost: [[Double]]
    private let hourCost: [Double]
    /// The total cover cost of the schedules counted.
    private(set) var cost = 0.0

    /// What one person missing below `cell`'s minimum costs: its under-cover weight, else the uncovered-hour weight
    /// times `type`'s paid hours. The one reading of that price for the solver's ledger, master, bounds and searches.
    static func missingPersonPrice(_ cell: DemandTable.Cell, of type: ShiftType, weights: ObjectiveWeights) -> Double {
        cell.underWeight ?? weights.uncoveredHour * type.paidHours
    }

    /// The price of each person missing below the minimums of `day`'s shifts (those `counted` keeps): each cell's
    /// ``missingPersonPrice(_:of:weights:)``, once for each person of its minimum.
    static func missingPersonPrices(day: Int, instance: Instance, demand: DemandTable,
                                    counted: (ShiftType) -> Bool = { _ in true }) -> [Double] {
        var prices: [Double] = []
        for (shift, type) in instance.shiftTypes.enumerated() where counted(type) {
            let cell = demand[day, shift]
            prices += Array(repeating: missingPersonPrice(cell, of: type, weights: instance.weights), count: cell.minimum)
        }
        return prices
    }

    /// Nobody counted yet.
    init(instance: Instance, demand: DemandTable) {
        self.instance = instance
        self.demand = demand
        let weights = instance.weights
        hourCost = instance.shiftTypes.map { weights.uncoveredHour * $0.paidHours }
        working = Array(repeating: Array(repeating: 0, count: instance.shiftTypes.count), count: instance.dayCount)
        requiredSkills = demand.cells.map { day in
            day.map { cell in cell.skillMinimums.sorted { $0.key < $1.key }.map { (instance.skills[$0.key].id, $0.value) } }
        }
        skilled = requiredSkills.map { day in day.map { Array(repeating: 0, count: $0.count) } }
        underCost = demand.cells.map { day in
            day.indices.map { shift in CoverLedger.missingPersonPrice(day[shift], of: instance.shiftTypes[shift], weights: weights) }
        }
        for day in 0..<instance.dayCount {
            for shift in instance.shiftTypes.indices { cost += cellCost(day: day, shift: shift) }
        }
    }

    /// Everyone's schedule in `roster` counted.
    init(instance: Instance, demand: DemandTable, roster: Roster) {
        self.init(instance: instance, demand: demand)
        for employee in instance.staff.indices { add(employee, roster.assignments[employee]) }
    }

    /// The cover cost of one cell at its present counts.
    private func cellCost(day: Int, shift: Int) -> Double {
        let cell = demand[day, shift]
        let count = working[day][shift]
        var value = underCost[day][shift] * Double(max(0, cell.minimum - count))
        if let overWeight = cell.overWeight, overWeight > 0 { value += overWeight * Double(max(0, count - cell.minimum)) }
        for (index, requirement) in requiredSkills[day][shift].enumerated() {
            value += hourCost[shift] * Double(max(0, requirement.required - skilled[day][shift][index]))
        }
        return value
    }

    /// Counts `shifts` (one employee's schedule) in (`sign` 1) or out (`sign` -1).
    private mutating func count(_ employee: Int, _ shifts: [Int?], sign: Int) {
        let skills = instance.staff[employee].skills
        for (day, shift) in shifts.enumerated() {
            guard let shift else { continue }
            cost -= cellCost(day: day, shift: shift)
            working[day][shift] += sign
            for (index, requirement) in requiredSkills[day][shift].enumerated() where skills.contains(requirement.skill) {
                skilled[day][shift][index] += sign
            }
            cost += cellCost(day: day, shift: shift)
        }
    }

    mutating func add(_ employee: Int, _ shifts: [Int?]) { count(employee, shifts, sign: 1) }

    mutating func remove(_ employee: Int, _ shifts: [Int?]) { count(employee, shifts, sign: -1) }

    /// What the cover cost would change by if `employee` (not counted now) worked each cell:
    /// ``blocked`` where the maximum is reached.
    func marginalCosts(of employee: Int) -> [[Double]] {
        let skills = instance.staff[employee].skills
        return working.indices.map { day in
            working[day].indices.map { shift in
                let cell = demand[day, shift]
                let count = working[day][shift]
                if let maximum = cell.maximum, count >= maximum { return CoverLedger.blocked }
                var change = count < cell.minimum ? -underCost[day][shift] : (cell.overWeight ?? 0)
                for (index, requirement) in requiredSkills[day][shift].enumerated()
                where skilled[day][shift][index] < requirement.required && skills.contains(requirement.skill) {
                    change -= hourCost[shift]
                }
                return change
            }
        }
    }

    /// Whether `day`'s `shift` has fewer people than its demand minimum or one of its skill minimums asks for.
    private func isShort(day: Int, shift: Int) -> Bool {
        working[day][shift] < demand[day, shift].minimum
            || requiredSkills[day][shift].indices.contains { skilled[day][shift][$0] < requiredSkills[day][shift][$0].required }
    }

    /// Cells (day, shift; days ascending) with a demand or skill minimum unmet.
    var uncoveredCells: [(day: Int, shift: Int)] {
        working.indices.flatMap { day in working[day].indices.filter { isShort(day: day, shift: $0) }.map { (day, $0) } }
    }

    /// The people missing from `day`'s `shift`'s demand minimum, were `excluding` of those who work it off.
    func shortfall(day: Int, shift: Int, excluding: Int = 0) -> Int {
        max(0, demand[day, shift].minimum - working[day][shift] + excluding)
    }

    /// Whether more people work `day`'s `shift` than its minimum asks for.
    func isOverCovered(day: Int, shift: Int) -> Bool { working[day][shift] > demand[day, shift].minimum }

    /// Whether someone allowed `day`'s `shift` who works `working` that day (nil: off) could take it without
    /// leaving demand short: off that day, or on a shift worked above its demand.
    func couldTake(day: Int, working: Int?) -> Bool { working.map { isOverCovered(day: day, shift: $0) } ?? true }

    /// Days (0-based, ascending) with a demand or skill minimum unmet.
    var uncoveredDays: [Int] {
        working.indices.filter { day in working[day].indices.contains { isShort(day: day, shift: $0) } }
    }
}
