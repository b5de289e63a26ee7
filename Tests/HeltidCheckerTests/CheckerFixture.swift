import HeltidModel

/// A small unit for hand-made rotas: shifts D 07:30–15:30 (7.5 h paid), A 15:00–22:30, N 22:00–08:00
/// (10 h), one person per shift every day, three employees, a two-week cyclic horizon unless changed.
func makeInstance(weeks: Int = 2, cyclic: Bool = true, configure: (inout Instance) -> Void = { _ in }) -> Instance {
    var rules = Rules()
    rules.maximumShiftHours = 10
    rules.weekend = WeekendRule(frequency: 2)
    var instance = Instance(
        unit: Unit(name: "Test", kind: .nursingHome),
        horizon: Horizon(startDate: CalendarDate("2027-01-04")!, weeks: weeks, cyclic: cyclic),
        rules: rules,
        skills: [Skill(id: "nurse", name: "Nurse")],
        shiftTypes: [
            ShiftType(id: "D", name: "Dag", start: ClockTime("07:30")!, end: ClockTime("15:30")!, unpaidBreakMinutes: 30, category: .day),
            ShiftType(id: "A", name: "Aften", start: ClockTime("15:00")!, end: ClockTime("22:30")!, category: .evening),
            ShiftType(id: "N", name: "Natt", start: ClockTime("22:00")!, end: ClockTime("08:00")!, category: .night),
        ],
        demand: [
            DemandRule(shift: "D", minimum: 1, maximum: 3, skills: ["nurse": 1]),
            DemandRule(shift: "A", minimum: 1, maximum: 3),
            DemandRule(shift: "N", minimum: 1, maximum: 3),
        ],
        staff: [
            Employee(id: "e1", name: "Eva", skills: ["nurse"], currentPercent: 100),
            Employee(id: "e2", name: "Finn", currentPercent: 100),
            Employee(id: "e3", name: "Gro", currentPercent: 100),
        ])
    configure(&instance)
    return instance
}

/// A roster from one string per employee, one character per day: D, A, N or "." for off.
func makeRoster(_ rows: [String], instance: Instance) -> Roster {
    var roster = Roster(employees: instance.staff.count, days: instance.dayCount)
    for (employee, row) in rows.enumerated() {
        precondition(row.count == instance.dayCount, "row \(employee) has \(row.count) days")
        for (day, code) in row.enumerated() where code != "." {
            roster[employee, day] = instance.shiftIndex(of: String(code))
        }
    }
    return roster
}

let offFortnight = String(repeating: ".", count: 14)
