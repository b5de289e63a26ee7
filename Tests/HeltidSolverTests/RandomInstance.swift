import HeltidModel

/// Small random instances across the model's features, from a seed (the same seed gives the same
/// instance): 1–2 week horizons, cyclic or not, day/evening/night and long shift types with clock times,
/// demand with skill minimums and maximums, staff with positions, minimums, allowed shifts, days off,
/// wishes and personal limits, the weekend rule in both readings and windows, quick-return agreements.
struct RandomInstance {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D
    }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    private mutating func chance(_ probability: Double) -> Bool {
        Double(next() % 10_000) < probability * 10_000
    }

    private mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }

    mutating func make() -> Instance {
        let weeks = int(1...2)
        var rules = Rules()
        rules.maximumShiftHours = pick([9, 10])
        rules.longShiftsAllowed = chance(0.3)
        rules.minimumRestHours = chance(0.3) ? pick([8, 9]) : nil
        rules.weeklyRestHours = pick([28, 35])
        rules.maximumConsecutiveWorkDays = int(3...6)
        rules.maximumConsecutiveNights = int(2...3)
        rules.minimumConsecutiveWorkDays = chance(0.2) ? 2 : 1
        rules.minimumConsecutiveDaysOff = chance(0.2) ? 2 : 1
        rules.weekend = WeekendRule(frequency: int(1...3), reading: pick(WeekendReading.allCases), window: pick(WeekendWindow.allCases))

        let skills = [Skill(id: "nurse", name: "Nurse"), Skill(id: "care", name: "Care worker")]
        let catalogue = [
            ShiftType(id: "D", name: "Day", start: ClockTime(minutes: 450), end: ClockTime(minutes: 930), unpaidBreakMinutes: 30, category: .day),
            ShiftType(id: "A", name: "Evening", start: ClockTime(minutes: 900), end: ClockTime(minutes: 1350), category: .evening),
            ShiftType(id: "N", name: "Night", start: ClockTime(minutes: 1320), end: ClockTime(minutes: 420), category: .night),
            ShiftType(id: "L", name: "Long day", start: ClockTime(minutes: 480), end: ClockTime(minutes: 1230), unpaidBreakMinutes: 45, category: .long),
        ]
        var shiftTypes = [catalogue[0]]
        for extra in catalogue.dropFirst() where chance(0.5) {
            if extra.id == "L" && !rules.longShiftsAllowed { continue }
            shiftTypes.append(extra)
        }
        var demand: [DemandRule] = []
        for shift in shiftTypes {
            let minimum = int(0...2)
            let maximum = chance(0.3) ? minimum + int(0...1) : nil
            let nurses = minimum > 0 && chance(0.4) ? 1 : 0
            demand.append(DemandRule(shift: shift.id, days: pick([.all, .weekdaysOnly, .weekend]), minimum: minimum, maximum: maximum,
                                     skills: nurses > 0 ? ["nurse": nurses] : [:]))
        }
        let days = weeks * 7
        var staff: [Employee] = []
        for index in 0..<int(2...5) {
            let current = Double(pick([20, 40, 50, 60, 75, 80, 100]))
            let desired = min(100, current + Double(pick([0, 0, 10, 20])))
            var person = Employee(id: "e\(index + 1)", name: "Person \(index + 1)", skills: [pick(["nurse", "care"])],
                                  currentPercent: current, desiredPercent: desired,
                                  acceptsLongShifts: chance(0.5))
            if chance(0.2) { person.minimumPercent = min(desired, 20) }
            if chance(0.3) { person.shifts = Array(Set([shiftTypes[0].id, pick(shiftTypes).id])).sorted() }
            if chance(0.2) { person.weekendFrequency = int(1...3) }
            if chance(0.3) { person.daysOff = [int(1...days)] }
            for _ in 0..<int(0...2) {
                person.wishes.append(Wish(day: int(1...days), shift: chance(0.5) ? pick(shiftTypes).id : nil,
                                          kind: pick(WishKind.allCases), weight: int(1...5)))
            }
            if chance(0.15) { person.limits.maximumShifts = [shiftTypes[0].id: int(1...4)] }
            staff.append(person)
        }
        return Instance(unit: Unit(name: "Random", kind: .nursingHome),
                        horizon: Horizon(startDate: CalendarDate("2027-01-04")!, weeks: weeks, cyclic: chance(0.6)),
                        rules: rules, skills: skills, shiftTypes: shiftTypes, demand: demand, staff: staff)
    }
}
