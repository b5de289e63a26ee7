import HeltidModel

/// The compact MIP: one binary per employee, day and shift, with every hard rule as constraints
/// and the objective uncovered demand ≫ unwanted part-time ≫ wishes (weights from the instance).
///
/// A formulation can be restricted to a neighbourhood: cells outside it keep the value they have in
/// a given roster and enter as constants, so the model holds only the freed part and its objective
/// still equals the whole roster's. Rules across the end of the horizon wrap around when the rota is
/// cyclic (base rota).
struct CompactFormulation {
    /// One employee-day-shift cell: a decision variable, or a known value.
    enum Cell {
        case variable(Int)
        /// Fixed: worked (true) or not (false). Cells a person can never work are fixed at false.
        case fixed(Bool)
    }

    let instance: Instance
    private(set) var model = LinearModel()
    /// `cells[employee][day][shift]`.
    private(set) var cells: [[[Cell]]] = []
    /// `variableDaysBefore[employee][day]`: how many of the employee's days before `day` hold a variable, so that
    /// the rules skip windows of fixed days (a neighbourhood of a few days on a year's rota) in constant time.
    private var variableDaysBefore: [[Int]] = []
    /// `workingOnFixedDays[day][shift]`: how many people work each cell on a day where nobody has a variable.
    private var workingOnFixedDays: [[Int]] = []
    /// Forbidden successions grouped by first shift and day gap, sorted: (first, day gap, followers).
    private let successions: [(first: Int, dayGap: Int, followers: [Int])]
    /// Whether minimums (position % and minutes) are soft, with ``shortfallPenaltyPerMinute`` per
    /// missing minute, to find a first roster from everyone-off.
    let minimumsAreSoft: Bool
    /// Penalty per minute below a minimum in the soft model; it outweighs every other term.
    static let shortfallPenaltyPerMinute = 1e3

    /// The whole model, every cell free.
    init(instance: Instance) {
        self.init(instance: instance, fixedTo: nil, isFree: { _, _ in true })
    }

    /// A neighbourhood of `roster`: cells with `isFree(employee, day)` are decisions, the rest keep
    /// the roster's values. With `fixedTo` nil every cell is free. With `keepsDaysWorked`, a free day the roster
    /// works must be worked (only its shift type is free) and a free day off stays off. `usableCells`, where known
    /// (``usableCells(of:instance:demand:)`` of every employee), saves working them out again.
    ///
    /// Rules over days where a person has no variable are constants, kept by the roster, and are not walked: a
    /// neighbourhood of one day of Instance 24 (150 people, 364 days, 32 shift types) took about 0.18 s to build
    /// instead of 0.21–0.29 s (while another run used the other core, 2026-12-07), and the usable cells, 1.8 % of a
    /// 70 work-second run of 24 with the sweep, are passed in by the neighbourhood search.
    init(instance: Instance, fixedTo roster: Roster?, minimumsAreSoft: Bool = false, keepsDaysWorked: Bool = false,
         usableCells: [[[Bool]]]? = nil, isFree: (Int, Int) -> Bool) {
        self.instance = instance
        self.minimumsAreSoft = minimumsAreSoft
        successions = CompactFormulation.groupedSuccessions(of: instance)
        let demand = DemandTable(instance: instance)
        for employee in instance.staff.indices {
            addCells(employee, demand: demand, fixedTo: roster, isFree: isFree, keepsDaysWorked: keepsDaysWorked,
                     usable: usableCells?[employee])
        }
        countVariableDays()
        for employee in instance.staff.indices where hasVariables(employee) {
            addRestRules(employee)
            addWeeklyRest(employee)
            addRunLimits(employee)
            addWeekendRule(employee)
            addHourLimits(employee)
        }
        for employee in instance.staff.indices {
            addPositionTerms(employee)
            addWishes(employee)
        }
        addCover(demand)
    }

    /// The largest possible hours of one employee alone, ignoring demand minimums and position
    /// minimums (used to explain infeasibility). The objective is minus the planned minutes.
    init(maximumHoursOf employee: Int, instance: Instance) {
        self.instance = instance
        minimumsAreSoft = false
        successions = CompactFormulation.groupedSuccessions(of: instance)
        let demand = DemandTable(instance: instance)
        for other in instance.staff.indices {
            addCells(other, demand: demand, fixedTo: other == employee ? nil : Roster(employees: instance.staff.count, days: instance.dayCount),
                     isFree: { candidate, _ in candidate == employee })
        }
        countVariableDays()
        addRestRules(employee)
        addWeeklyRest(employee)
        addRunLimits(employee)
        addWeekendRule(employee)
        addHourLimits(employee)
        for (variable, minutes) in plannedMinutes(employee).terms { model.addCost(-minutes, to: variable) }
    }

    /// The schedules of one employee alone, for column generation: every hard rule of that person, their
    /// own objective terms (position, wishes) and `cellCosts[day][shift]` added to each of their cells (the
    /// cover rows' duals); everyone else is off. With `fixedTo`, the employee's row of that roster is fixed
    /// and the objective constant is the schedule's own cost. With a `restriction`, only the schedules it
    /// admits are in the model.
    init(schedulesOf employee: Int, instance: Instance, cellCosts: [[Double]]?, fixedTo roster: Roster? = nil,
         restriction: ScheduleRestriction? = nil) {
        self.instance = instance
        minimumsAreSoft = false
        successions = CompactFormulation.groupedSuccessions(of: instance)
        let demand = DemandTable(instance: instance)
        let everyoneOff = Roster(employees: instance.staff.count, days: instance.dayCount)
        for other in instance.staff.indices {
            if other == employee {
                addCells(other, demand: demand, fixedTo: roster, isFree: { _, _ in roster == nil }, restriction: restriction)
            } else {
                addCells(other, demand: demand, fixedTo: everyoneOff, isFree: { _, _ in false })
            }
        }
        countVariableDays()
        if hasVariables(employee) {
            addRestRules(employee)
            addWeeklyRest(employee)
            addRunLimits(employee)
            addWeekendRule(employee)
            addHourLimits(employee)
        }
        addPositionTerms(employee)
        addWishes(employee)
        if let cellCosts {
            for day in 0..<dayCount {
                for shift in instance.shiftTypes.indices { addCost(cellCosts[day][shift], to: cells[employee][day][shift]) }
            }
        }
    }

    private var dayCount: Int { instance.dayCount }

    private func hasVariables(_ employee: Int) -> Bool {
        variableDaysBefore[employee][dayCount] > 0
    }

    /// Whether any of `days` (possibly out of range) holds a variable of the employee; a rule over days that hold
    /// none is a constant, kept by the fixed roster.
    private func hasVariables(_ employee: Int, on days: ClosedRange<Int>) -> Bool {
        let counts = variableDaysBefore[employee]
        if days.lowerBound >= 0 && days.upperBound < dayCount {
            return counts[days.upperBound + 1] > counts[days.lowerBound]
        }
        return days.contains { day in realDay(day).map { counts[$0 + 1] > counts[$0] } ?? false }
    }

    /// Counts each employee's days with a variable (``variableDaysBefore``) and the people working each cell of a
    /// day where nobody has one (``workingOnFixedDays``).
    private mutating func countVariableDays() {
        var dayHasVariables = Array(repeating: false, count: dayCount)
        variableDaysBefore = cells.map { days in
            var counts = [0]
            counts.reserveCapacity(days.count + 1)
            for (day, shifts) in days.enumerated() {
                let free = shifts.contains { if case .variable = $0 { return true } else { return false } }
                if free { dayHasVariables[day] = true }
                counts.append(counts.last! + (free ? 1 : 0))
            }
            return counts
        }
        workingOnFixedDays = (0..<dayCount).map { day in
            guard !dayHasVariables[day] else { return [] }
            return instance.shiftTypes.indices.map { shift in
                cells.reduce(0) { count, days in if case .fixed(true) = days[day][shift] { return count + 1 } else { return count } }
            }
        }
    }

    /// The real day of a possibly out-of-range day index, or nil when it lies outside a non-cyclic rota.
    private func realDay(_ day: Int) -> Int? {
        if (0..<dayCount).contains(day) { return day }
        guard instance.horizon.cyclic else { return nil }
        return ((day % dayCount) + dayCount) % dayCount
    }

    /// The cell of a possibly out-of-range day (off outside a non-cyclic rota).
    private func cell(_ employee: Int, _ day: Int, _ shift: Int) -> Cell {
        guard let day = realDay(day) else { return .fixed(false) }
        return cells[employee][day][shift]
    }

    /// Adds `coefficient × cell` to an expression.
    private func add(_ cell: Cell, _ coefficient: Double, to expression: inout LinearExpression) {
        switch cell {
        case .variable(let variable): expression += (variable, coefficient)
        case .fixed(true): expression.constant += coefficient
        case .fixed(false): break
        }
    }

    /// Adds `cost × cell` to the objective.
    private mutating func addCost(_ cost: Double, to cell: Cell) {
        switch cell {
        case .variable(let variable): model.addCost(cost, to: variable)
        case .fixed(true): model.objectiveConstant += cost
        case .fixed(false): break
        }
    }

    /// Planned paid minutes of an employee.
    private func plannedMinutes(_ employee: Int, days: Range<Int>? = nil) -> LinearExpression {
        var expression = LinearExpression()
        for day in days ?? 0..<dayCount {
            for (shift, type) in instance.shiftTypes.enumerated() {
                add(cells[employee][day][shift], Double(type.paidMinutes), to: &expression)
            }
        }
        return expression
    }

    /// Whether an employee may work each cell at all (`[day][shift]`): an allowed shift type, a long shift
    /// only where the rules and the person accept it, not on a fixed day off, and a shift the demand lets
    /// anybody work that day.
    static func usableCells(of employee: Int, instance: Instance, demand: DemandTable) -> [[Bool]] {
        let person = instance.staff[employee]
        let rules = instance.rules
        let allowed = person.shifts.map(Set.init)
        let daysOff = Set(person.daysOff.map { $0 - 1 })
        let usable = instance.shiftTypes.map { type -> Bool in
            if let allowed, !allowed.contains(type.id) { return false }
            guard instance.isLong(type) else { return true }
            return rules.longShiftsAllowed && person.acceptsLongShifts
                && Double(type.paidMinutes) <= rules.maximumLongShiftHours * 60 + 1e-9
        }
        return (0..<instance.dayCount).map { day in
            instance.shiftTypes.indices.map { shift in usable[shift] && !daysOff.contains(day) && demand[day, shift].allowsStaff }
        }
    }

    /// The cells of one employee: variables where free and usable (and open in `restriction`), the roster's
    /// values elsewhere; a day the restriction keeps from being off must have a shift.
    private mutating func addCells(_ employee: Int, demand: DemandTable, fixedTo roster: Roster?, isFree: (Int, Int) -> Bool,
                                   keepsDaysWorked: Bool = false, usable known: [[Bool]]? = nil, restriction: ScheduleRestriction? = nil) {
        var usable = known ?? CompactFormulation.usableCells(of: employee, instance: instance, demand: demand)
        if let restriction {
            for day in usable.indices {
                for shift in usable[day].indices where !restriction.allows(day: day, shift: shift) { usable[day][shift] = false }
            }
        }
        var days: [[Cell]] = []
        for day in 0..<dayCount {
            if let roster, !isFree(employee, day) || (keepsDaysWorked && roster[employee, day] == nil) {
                days.append(instance.shiftTypes.indices.map { .fixed(roster[employee, day] == $0) })
                continue
            }
            let mustWork = keepsDaysWorked && roster?[employee, day] != nil
            let shifts: [Cell] = instance.shiftTypes.indices.map { shift in
                usable[day][shift] ? .variable(model.addVariable(upper: 1, kind: .binary)) : .fixed(false)
            }
            var today = LinearExpression()
            for cell in shifts { add(cell, 1, to: &today) }
            if restriction?.allows(day: day, shift: nil) == false || mustWork {
                model.addConstraint(today, lower: 1, upper: 1)
            } else if today.terms.count > 1 {
                model.addConstraint(today, upper: 1)
            }
            days.append(shifts)
        }
        cells.append(days)
    }

    /// Forbidden successions, one row per day and first shift: the first shift plus every shift that may not
    /// follow it `dayGap` days later is at most 1 (exact, as a person works at most one shift a day).
    private static func groupedSuccessions(of instance: Instance) -> [(first: Int, dayGap: Int, followers: [Int])] {
        let grouped = Dictionary(grouping: instance.forbiddenSuccessions()) { [$0.first, $0.dayGap] }
        return grouped.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }).map { key in
            (key[0], key[1], grouped[key]!.map(\.second).sorted())
        }
    }

    private mutating func addRestRules(_ employee: Int) {
        for (first, dayGap, followers) in successions {
            for day in 0..<dayCount where hasVariables(employee, on: day...day) || hasVariables(employee, on: (day + dayGap)...(day + dayGap)) {
                var expression = LinearExpression()
                add(cell(employee, day, first), 1, to: &expression)
                for second in followers { add(cell(employee, day + dayGap, second), 1, to: &expression) }
                if !expression.isConstant && Double(expression.terms.count) + expression.constant > 1 {
                    model.addConstraint(expression, upper: 1)
                }
            }
        }
    }

    /// Every rota week holds a free window of the weekly rest length. Candidate windows start at the
    /// week's start or at the end of a shift; a window forbids every shift overlapping it.
    private mutating func addWeeklyRest(_ employee: Int) {
        let required = Int((instance.rules.weeklyRestHours * 60).rounded())
        guard required > 0 else { return }
        let weekLength = 7 * 1440
        weeks: for week in 0..<instance.horizon.weeks {
            let weekStart = week * weekLength, weekEnd = weekStart + weekLength
            var starts: Set<Int> = [weekStart]
            for day in (week * 7 - 2)...(week * 7 + 6) {
                for (shift, type) in instance.shiftTypes.enumerated() {
                    if case .fixed(false) = cell(employee, day, shift) { continue }
                    let end = day * 1440 + type.start.minutes + type.durationMinutes
                    if end > weekStart && end + required <= weekEnd { starts.insert(end) }
                }
            }
            var choices = LinearExpression()
            for start in starts.sorted() {
                var conflicting: [Int] = []
                var blocked = false
                for day in (week * 7 - 2)...(week * 7 + 7) {
                    for (shift, type) in instance.shiftTypes.enumerated() {
                        let shiftStart = day * 1440 + type.start.minutes
                        guard shiftStart < start + required && shiftStart + type.durationMinutes > start else { continue }
                        switch cell(employee, day, shift) {
                        case .variable(let variable): conflicting.append(variable)
                        case .fixed(true): blocked = true
                        case .fixed(false): break
                        }
                    }
                }
                if blocked { continue }
                if conflicting.isEmpty { continue weeks } // this week always has its rest
                let window = model.addVariable(upper: 1, kind: .binary)
                choices += (window, 1)
                for variable in Set(conflicting).sorted() { model.addConstraint([(variable, 1), (window, 1)], upper: 1) }
            }
            model.addConstraint(choices, lower: 1)
        }
    }

    private mutating func addRunLimits(_ employee: Int) {
        let rules = instance.rules
        let person = instance.staff[employee]
        let nightShifts = Set(instance.shiftTypes.indices.filter { instance.shiftTypes[$0].category == .night })
        for (limit, counts) in [(instance.maximumConsecutiveWorkDays(of: person), { (_: Int) in true }),
                                (rules.maximumConsecutiveNights, { nightShifts.contains($0) })] {
            let windowLength = limit + 1
            func workload(_ days: Range<Int>) -> LinearExpression {
                var expression = LinearExpression()
                for day in days {
                    for shift in instance.shiftTypes.indices where counts(shift) {
                        add(cell(employee, day, shift), 1, to: &expression)
                    }
                }
                return expression
            }
            if windowLength > dayCount {
                // A cyclic rota may not be worked every day (the run would never end).
                if instance.horizon.cyclic { model.addConstraint(workload(0..<dayCount), upper: Double(dayCount - 1)) }
                continue
            }
            let starts = instance.horizon.cyclic ? dayCount : dayCount - windowLength + 1
            for start in 0..<starts where hasVariables(employee, on: start...(start + windowLength - 1)) {
                let window = workload(start..<(start + windowLength))
                if Double(window.terms.count) + window.constant > Double(limit) {
                    model.addConstraint(window, upper: Double(limit))
                }
            }
        }
        addMinimumRuns(employee)
    }

    /// Minimum runs of working days and of days off: for every run length below the minimum, the pattern
    /// "other state, run of that length, other state" is cut off. In a non-cyclic rota a run touching the
    /// first or last day is exempt, so only patterns with both neighbouring days inside the horizon count.
    private mutating func addMinimumRuns(_ employee: Int) {
        let person = instance.staff[employee]
        func worked(_ day: Int, _ coefficient: Double, into expression: inout LinearExpression) {
            for shift in instance.shiftTypes.indices { add(cell(employee, day, shift), coefficient, to: &expression) }
        }
        for (minimum, isWorkRun) in [(instance.minimumConsecutiveWorkDays(of: person), true),
                                     (instance.minimumConsecutiveDaysOff(of: person), false)] where minimum > 1 {
            for length in 1..<minimum where length < dayCount {
                let starts = instance.horizon.cyclic ? 0..<dayCount : 1..<max(1, dayCount - length)
                for start in starts where hasVariables(employee, on: (start - 1)...(start + length)) {
                    // Work run: y(before) + Σ (1 − y(run)) + y(after) ≥ 1; off run: (1 − y(before)) + Σ y(run) + (1 − y(after)) ≥ 1.
                    let sign: Double = isWorkRun ? 1 : -1
                    var expression = LinearExpression()
                    worked(start - 1, sign, into: &expression)
                    worked(start + length, sign, into: &expression)
                    for day in start..<(start + length) { worked(day, -sign, into: &expression) }
                    let bound = isWorkRun ? 1 - Double(length) : -1
                    if !expression.isConstant { model.addConstraint(expression, lower: bound) }
                }
            }
        }
    }

    private mutating func addWeekendRule(_ employee: Int) {
        let k = instance.weekendFrequency(of: instance.staff[employee])
        let maximumWeekends = instance.staff[employee].limits.maximumWeekends
        guard k > 1 || maximumWeekends != nil else { return }
        let weeks = instance.horizon.weeks
        let rule = instance.rules.weekend
        var worked: [LinearExpression] = []
        for week in 0..<weeks {
            var overlapping: [[Cell]] = []
            for day in (week * 7 + 4)...(week * 7 + 6) where day < dayCount {
                overlapping.append(instance.shiftTypes.indices.compactMap { shift -> Cell? in
                    rule.countsAsWeekendWork(instance.shiftTypes[shift], dayOfWeek: day % 7) ? cells[employee][day][shift] : nil
                })
            }
            let cellsOfWeek = overlapping.flatMap { $0 }
            if cellsOfWeek.contains(where: { if case .fixed(true) = $0 { return true } else { return false } }) {
                worked.append(LinearExpression(terms: [], constant: 1))
                continue
            }
            guard cellsOfWeek.contains(where: { if case .variable = $0 { return true } else { return false } }) else {
                worked.append(LinearExpression())
                continue
            }
            let z = model.addVariable(upper: 1, kind: .binary)
            worked.append(LinearExpression(terms: [(z, 1)], constant: 0))
            for dayCells in overlapping {
                var expression = LinearExpression(terms: [(z, -1)], constant: 0)
                for cell in dayCells { add(cell, 1, to: &expression) }
                if expression.terms.count > 1 { model.addConstraint(expression, upper: 0) }
            }
        }
        func sum(_ indexes: [Int]) -> LinearExpression {
            indexes.reduce(into: LinearExpression()) { total, week in
                total.terms += worked[week].terms
                total.constant += worked[week].constant
            }
        }
        if let maximumWeekends {
            model.addConstraint(sum(Array(0..<weeks)), upper: Double(maximumWeekends))
        }
        guard k > 1 else { return }
        switch instance.rules.weekend.reading {
        case .average:
            model.addConstraint(sum(Array(0..<weeks)), upper: Double(weeks / k))
        case .pattern:
            if weeks < k {
                model.addConstraint(sum(Array(0..<weeks)), upper: 1)
                return
            }
            let starts = instance.horizon.cyclic ? weeks : weeks - k + 1
            for start in 0..<starts {
                model.addConstraint(sum((0..<k).map { (start + $0) % weeks }), upper: 1)
            }
        }
    }

    private mutating func addHourLimits(_ employee: Int) {
        let rules = instance.rules
        let person = instance.staff[employee]
        for week in 0..<instance.horizon.weeks {
            model.addConstraint(plannedMinutes(employee, days: (week * 7)..<(week * 7 + 7)), upper: rules.maximumWeeklyHours * 60 + 1e-6)
        }
        let averageCap = rules.maximumAverageWeeklyHours * 60 * Double(instance.horizon.weeks)
        let caps = [averageCap, instance.desiredMinutes(of: person), person.limits.maximumMinutes.map(Double.init)].compactMap { $0 }
        model.addConstraint(plannedMinutes(employee), upper: caps.min()! + 1e-6)
        for (shift, type) in instance.shiftTypes.enumerated() {
            guard let limit = person.limits.maximumShifts[type.id] else { continue }
            var count = LinearExpression()
            for day in 0..<dayCount { add(cells[employee][day][shift], 1, to: &count) }
            if Double(count.terms.count) + count.constant > Double(limit) { model.addConstraint(count, upper: Double(limit)) }
        }
    }

    private mutating func addPositionTerms(_ employee: Int) {
        let person = instance.staff[employee]
        let planned = plannedMinutes(employee)
        if let minimum = instance.minimumMinutes(of: person) {
            if minimumsAreSoft {
                if planned.isConstant {
                    model.objectiveConstant += CompactFormulation.shortfallPenaltyPerMinute * max(0, minimum - planned.constant)
                } else {
                    let shortfall = model.addVariable(upper: minimum, cost: CompactFormulation.shortfallPenaltyPerMinute, kind: .continuous)
                    var expression = planned
                    expression += (shortfall, 1)
                    model.addConstraint(expression, lower: minimum)
                }
            } else {
                model.addConstraint(planned, lower: minimum - 1e-6)
            }
        }
        for bands in ScheduleCost(employee: employee, instance: instance).shortfalls {
            addShortfall(planned: planned, bands: bands)
        }
    }

    /// planned + Σ shortfall bands ≥ Σ band widths, each band a variable with its cost per minute; a
    /// constant when `planned` is.
    private mutating func addShortfall(planned: LinearExpression, bands: ScheduleCost.Bands) {
        if planned.isConstant {
            model.objectiveConstant += ScheduleCost.cost(of: bands, planned: planned.constant)
            return
        }
        var expression = planned
        for band in bands { expression += (model.addVariable(upper: band.width, cost: band.costPerMinute, kind: .continuous), 1) }
        model.addConstraint(expression, lower: bands.map(\.width).reduce(0, +))
    }

    private mutating func addWishes(_ employee: Int) {
        let costs = ScheduleCost(employee: employee, instance: instance)
        model.objectiveConstant += costs.constant
        for day in 0..<dayCount {
            for shift in instance.shiftTypes.indices where costs.cellCosts[day][shift] != 0 {
                addCost(costs.cellCosts[day][shift], to: cells[employee][day][shift])
            }
        }
    }

    private mutating func addCover(_ demand: DemandTable) {
        let weights = instance.weights
        for day in 0..<dayCount {
            for (shift, type) in instance.shiftTypes.enumerated() {
                let cell = demand[day, shift]
                let hourCost = weights.uncoveredHour * type.paidHours
                /// At least `required` of `working` (the cell's workers among some staff), each one missing at a price.
                func cover(_ working: LinearExpression, required: Int, costPerPerson: Double) {
                    var working = working
                    if working.isConstant {
                        model.objectiveConstant += costPerPerson * max(0, Double(required) - working.constant)
                        return
                    }
                    let missing = model.addVariable(upper: Double(required), cost: costPerPerson, kind: .continuous)
                    working += (missing, 1)
                    model.addConstraint(working, lower: Double(required))
                }
                var everyone = LinearExpression()
                if workingOnFixedDays[day].isEmpty {
                    for employee in instance.staff.indices { add(cells[employee][day][shift], 1, to: &everyone) }
                } else {
                    everyone.constant = Double(workingOnFixedDays[day][shift])
                }
                let mostPossible = Double(everyone.terms.count) + everyone.constant
                if let maximum = cell.maximum, !everyone.isConstant && mostPossible > Double(maximum) {
                    model.addConstraint(everyone, upper: Double(maximum))
                }
                if let overWeight = cell.overWeight, overWeight > 0, mostPossible > Double(cell.minimum) {
                    if everyone.isConstant {
                        model.objectiveConstant += overWeight * max(0, everyone.constant - Double(cell.minimum))
                    } else {
                        // over ≥ Σ working − minimum
                        let over = model.addVariable(upper: mostPossible, cost: overWeight, kind: .continuous)
                        var excess = everyone
                        excess += (over, -1)
                        model.addConstraint(excess, upper: Double(cell.minimum))
                    }
                }
                if cell.minimum > 0 {
                    cover(everyone, required: cell.minimum, costPerPerson: cell.underWeight ?? hourCost)
                }
                for (skill, required) in cell.skillMinimums.sorted(by: { $0.key < $1.key }) {
                    let skillId = instance.skills[skill].id
                    var skilled = LinearExpression()
                    for employee in instance.staff.indices where instance.staff[employee].skills.contains(skillId) {
                        add(cells[employee][day][shift], 1, to: &skilled)
                    }
                    cover(skilled, required: required, costPerPerson: hourCost)
                }
            }
        }
    }

    /// Reads the roster from variable values (fixed cells keep their values).
    func roster(values: (Int) -> Double) -> Roster {
        var roster = Roster(employees: instance.staff.count, days: dayCount)
        for employee in instance.staff.indices {
            for day in 0..<dayCount {
                roster[employee, day] = cells[employee][day].firstIndex {
                    switch $0 {
                    case .variable(let variable): return values(variable) > 0.5
                    case .fixed(let worked): return worked
                    }
                }
            }
        }
        return roster
    }
}
