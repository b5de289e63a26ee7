import HeltidChecker
import HeltidModel
import Testing

/// Each hard rule flagged on a hand-made rota, and not flagged on a rota that keeps it.
@Suite struct HardRuleTests {
    func violations(_ rows: [String], in instance: Instance) -> [Violation] {
        RosterChecker(instance: instance).check(makeRoster(rows, instance: instance)).violations
    }

    func rules(_ rows: [String], in instance: Instance) -> Set<RuleKind> {
        Set(violations(rows, in: instance).map(\.rule))
    }

    @Test func restBelowElevenHoursAfterAnEveningShift() {
        let instance = makeInstance()
        let found = violations(["AD............", offFortnight, offFortnight], in: instance)
        #expect(found.count == 1)
        #expect(found.first?.rule == .dailyRest)
        #expect(found.first?.message.contains("is 9 h, below the 11 h minimum by 2 h") == true)
        #expect(found.first?.message.contains("Eva (e1)") == true)
        #expect(rules(["A.D...........", offFortnight, offFortnight], in: instance).isEmpty)
    }

    @Test func restAcrossTheCyclicWrap() {
        let instance = makeInstance()
        let found = violations(["D............A", offFortnight, offFortnight], in: instance)
        #expect(found.map(\.rule) == [.dailyRest])
        #expect(found.first?.message.contains("across the wrap") == true)
        let notCyclic = makeInstance(cyclic: false)
        #expect(rules(["D............A", offFortnight, offFortnight], in: notCyclic).isEmpty)
    }

    @Test func agreedShorterRestTurnsViolationsIntoQuickReturns() {
        let instance = makeInstance { $0.rules.minimumRestHours = 9 }
        let report = RosterChecker(instance: instance).check(makeRoster(["AD............", offFortnight, offFortnight], instance: instance))
        #expect(report.isFeasible)
        #expect(report.employees[0].quickReturns == 1)
        #expect(report.unit.quickReturns == 1)
    }

    @Test func nightFollowedByDayOverlaps() {
        #expect(rules(["ND............", offFortnight, offFortnight], in: makeInstance()) == [.dailyRest])
    }

    @Test func weeklyRestNeedsThirtyFiveHours() {
        // Evening Monday (ends 22:30), off Tuesday, day Wednesday 07:30: 33 h, and no other long rest that week.
        let instance = makeInstance()
        let rows = ["A.DDDDD.......", offFortnight, offFortnight]
        let found = violations(rows, in: instance)
        #expect(found.contains { $0.rule == .weeklyRest && $0.message.contains("week 1") })
        #expect(!rules(["D.DDDD........", offFortnight, offFortnight], in: instance).contains(.weeklyRest))
    }

    @Test func weeklyRestAcrossTheCyclicWrap() {
        // Week 1 is free from Monday 00:00 to the evening shift on Tuesday 15:00 (39 h), unless the night shift
        // on the rota's last Sunday, repeating before week 1, runs to Monday 08:00 (then 31 h).
        let rows = [".ADDDDD......N", offFortnight, offFortnight]
        let found = violations(rows, in: makeInstance())
        #expect(found.contains { $0.rule == .weeklyRest && $0.message.contains("week 1") && $0.message.contains("31 h") })
        #expect(!rules(rows, in: makeInstance(cyclic: false)).contains(.weeklyRest))
    }

    @Test func consecutiveWorkingDaysIncludingTheWrap() {
        let instance = makeInstance()
        #expect(rules(["DDDDDDD.......", offFortnight, offFortnight], in: instance).contains(.consecutiveWorkDays))
        #expect(!rules(["DDDDDD........", offFortnight, offFortnight], in: instance).contains(.consecutiveWorkDays))
        // Four days at the end plus three at the start: seven in a row across the wrap.
        let wrapped = violations(["DDD.......DDDD", offFortnight, offFortnight], in: instance)
        #expect(wrapped.contains { $0.rule == .consecutiveWorkDays && $0.message.contains("across the wrap") })
        #expect(!rules(["DDD.......DDDD", offFortnight, offFortnight], in: makeInstance(cyclic: false)).contains(.consecutiveWorkDays))
        let everyDay = violations(["DDDDDDDDDDDDDD", offFortnight, offFortnight], in: instance)
        #expect(everyDay.contains { $0.rule == .consecutiveWorkDays && $0.message.contains("the run never ends") })
    }

    @Test func minimumRunsWithTheBorderExemption() {
        let cyclic = makeInstance { $0.rules.minimumConsecutiveWorkDays = 2; $0.rules.minimumConsecutiveDaysOff = 2 }
        // A single working day and a single day off inside the rota.
        let found = violations(["..D.DD........", offFortnight, offFortnight], in: cyclic)
        #expect(found.filter { $0.rule == .minimumConsecutiveWorkDays }.count == 1)
        #expect(found.filter { $0.rule == .minimumConsecutiveDaysOff }.count == 1)
        // In a cyclic rota a single day at the end continues into day 1: here a two-day run across the wrap.
        #expect(rules(["D............D", offFortnight, offFortnight], in: cyclic).isEmpty)
        // Not cyclic: single days touching the ends are exempt, a single day inside is not.
        let open = makeInstance(cyclic: false) { $0.rules.minimumConsecutiveWorkDays = 2 }
        #expect(rules(["D............D", offFortnight, offFortnight], in: open).isEmpty)
        #expect(rules(["......D.......", offFortnight, offFortnight], in: open) == [.minimumConsecutiveWorkDays])
    }

    @Test func personalLimits() {
        let instance = makeInstance { instance in
            instance.staff[0].limits = EmployeeLimits(maximumShifts: ["N": 1], minimumMinutes: 1000, maximumMinutes: 1500, maximumWeekends: 0)
            instance.shiftTypes[0].forbiddenFollowers = ["A"]
        }
        let found = violations(["NN...DA.......", offFortnight, offFortnight], in: instance)
        #expect(Set(found.map(\.rule)) == [.shiftTypeLimit, .totalMinutes, .forbiddenSuccession, .maximumWeekends])
        #expect(found.contains { $0.message.contains("works 2 N shifts, above the maximum 1 by 1") })
        #expect(found.contains { $0.message.contains("A may not follow D worked the day before") })
    }

    @Test func consecutiveNights() {
        let instance = makeInstance()
        #expect(rules(["NNNN..........", offFortnight, offFortnight], in: instance).contains(.consecutiveNights))
        #expect(!rules(["NNN...........", offFortnight, offFortnight], in: instance).contains(.consecutiveNights))
        #expect(rules(["NN..........NN", offFortnight, offFortnight], in: instance).contains(.consecutiveNights))
    }

    @Test func everySecondWeekendAsPattern() {
        let instance = makeInstance()
        #expect(rules([".....D......D.", offFortnight, offFortnight], in: instance) == [.weekendFrequency])
        #expect(rules([".....DD.......", offFortnight, offFortnight], in: instance).isEmpty)
        // A Friday night shift reaches into Saturday: a worked weekend in the calendar window.
        #expect(rules(["....N.......D.", offFortnight, offFortnight], in: instance) == [.weekendFrequency])
    }

    @Test func patternWrapsAroundInACyclicRota() {
        let instance = makeInstance(weeks: 3) { $0.rules.weekend = WeekendRule(frequency: 2) }
        let off = String(repeating: ".", count: 21)
        // Weekends of weeks 1 and 3 are consecutive across the wrap.
        #expect(rules([".....D..............D", off, off], in: instance) == [.weekendFrequency])
        #expect(rules([".....D..............D", off, off], in: makeInstance(weeks: 3, cyclic: false)).isEmpty)
    }

    @Test func averageReadingCountsWeekends() {
        let instance = makeInstance(weeks: 4) { $0.rules.weekend = WeekendRule(frequency: 2, reading: .average) }
        let off = String(repeating: ".", count: 28)
        // Two consecutive weekends are fine on average (4 weeks ÷ 2 = 2) …
        #expect(rules([".....D......D...............", off, off], in: instance).isEmpty)
        // … three are not.
        #expect(rules([".....D......D......D........", off, off], in: instance) == [.weekendFrequency])
    }

    @Test func amlWindowIgnoresSaturdayDayShifts() {
        let calendar = makeInstance()
        let aml = makeInstance { $0.rules.weekend = WeekendRule(frequency: 2, window: .aml) }
        let rows = [".....D......D.", offFortnight, offFortnight]
        #expect(rules(rows, in: calendar) == [.weekendFrequency])
        #expect(rules(rows, in: aml).isEmpty) // Saturday 07:30–15:30 ends before 18:00
        #expect(rules([".....A......A.", offFortnight, offFortnight], in: aml) == [.weekendFrequency])
    }

    @Test func personalWeekendFrequencyOverridesTheUnit() {
        let instance = makeInstance { $0.staff[0].weekendFrequency = 1 }
        #expect(rules([".....D......D.", offFortnight, offFortnight], in: instance).isEmpty)
    }

    @Test func weeklyHoursCaps() {
        let instance = makeInstance { $0.rules.maximumWeeklyHours = 30; $0.rules.maximumAverageWeeklyHours = 19 }
        let found = rules(["NN.NN.........", offFortnight, offFortnight], in: instance)
        #expect(found == [.weeklyHours, .averageWeeklyHours])
    }

    @Test func positionLimits() {
        let instance = makeInstance { $0.staff[0].desiredPercent = 10; $0.staff[1].minimumPercent = 20 }
        let found = violations(["DDDD..........", offFortnight, offFortnight], in: instance)
        #expect(found.contains { $0.rule == .aboveDesiredPosition && $0.message.contains("above the desired 10 % (7.1 h) by 22.9 h") })
        #expect(found.contains { $0.rule == .belowMinimumPosition && $0.employee == 1 })
    }

    @Test func fixedDaysOffAllowedShiftsAndLongShifts() {
        let instance = makeInstance { instance in
            instance.staff[0].daysOff = [2]
            instance.staff[1].shifts = ["D"]
            instance.rules.maximumShiftHours = 9
        }
        let found = rules([".D............", "A.............", "N............."], in: instance)
        #expect(found == [.dayOff, .shiftNotAllowed, .longShift])
        let longAllowed = makeInstance { $0.rules.maximumShiftHours = 9; $0.rules.longShiftsAllowed = true }
        #expect(rules([offFortnight, offFortnight, "N............."], in: longAllowed) == [.longShift]) // not accepted
        let accepted = makeInstance {
            $0.rules.maximumShiftHours = 9
            $0.rules.longShiftsAllowed = true
            $0.staff[2].acceptsLongShifts = true
        }
        #expect(rules([offFortnight, offFortnight, "N............."], in: accepted).isEmpty)
    }

    @Test func overstaffingAboveTheMaximum() {
        let instance = makeInstance { $0.demand[0].maximum = 1 }
        #expect(rules(["D.............", "D.............", offFortnight], in: instance) == [.overstaffed])
    }
}
