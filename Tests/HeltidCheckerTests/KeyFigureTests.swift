import HeltidChecker
import HeltidModel
import Testing

@Suite struct KeyFigureTests {
    @Test func positionsHoursAndUnitFigures() {
        let instance = makeInstance { instance in
            instance.staff[0].desiredPercent = 100
            instance.staff[1].currentPercent = 20
            instance.staff[1].desiredPercent = 40
            instance.staff[2].currentPercent = 0
            instance.staff[2].desiredPercent = 0
        }
        // Full time over 2 weeks: 71 h. Eva: 9 day shifts = 67.5 h = 95.1 %; Finn 2 nights = 20 h = 28.2 %.
        let roster = makeRoster(["DDDDD..DDDD...", "N.....N.......", offFortnight], instance: instance)
        let report = RosterChecker(instance: instance).check(roster)
        #expect(report.isFeasible, "\(report.violations)")
        let eva = report.employees[0], finn = report.employees[1]
        #expect(eva.plannedHours == 67.5)
        #expect(eva.positionPercent == 95.1)
        #expect(eva.isFullTime) // a further 7.5 h shift would pass 71 h
        #expect(eva.unwantedPartTimeHours == 3.5)
        #expect(finn.positionPercent == 28.2)
        #expect(finn.nights == 2)
        #expect(finn.weekendsWorked == 1) // the Sunday night
        #expect(!finn.isFullTime)
        #expect(report.unit.headcount == 3)
        #expect(report.unit.fte == 1.23) // 87.5 h ÷ 71 h
        #expect(report.unit.medianPositionPercent == 28.2)
        #expect(report.unit.averagePositionPercent == 41.1)
        #expect(report.unit.fullTimeCount == 1)
    }

    @Test func uncoveredDemandAndPenalty() {
        let instance = makeInstance { instance in
            for index in instance.staff.indices {
                instance.staff[index].currentPercent = 0
                instance.staff[index].desiredPercent = 0
            }
            instance.staff[1].wishes = [Wish(day: 1, shift: "D", kind: .work, weight: 3), Wish(day: 2, kind: .off, weight: 2)]
        }
        // Day 1: Finn works D but is not a nurse (skill missing), A and N empty. Other days empty.
        let roster = makeRoster([offFortnight, "DD............", offFortnight], instance: instance)
        let report = RosterChecker(instance: instance).check(roster)
        let first = report.uncovered.first { $0.day == 0 && $0.shift == "D" }
        #expect(first?.missing == 0)
        #expect(first?.missingSkills == ["nurse": 1])
        // Per day 7.5 (D) + 7.5 (A) + 10 (N) = 25 h; 14 days minus the two D shifts Finn covers.
        #expect(report.unit.uncoveredHours == 14 * 25 - 2 * 7.5)
        #expect(report.unit.skillShortfallHours == 14 * 7.5)
        #expect(report.unit.uncoveredShifts == 14 * 3 - 2)
        #expect(report.unit.wishesGranted == 1)
        #expect(report.penalty.uncoveredDemand == 1000 * (report.unit.uncoveredHours + report.unit.skillShortfallHours))
        #expect(report.penalty.offWishesNotGranted == 2)
        #expect(report.penalty.workWishesNotGranted == 0) // the work wish on day 1 is granted
        #expect(report.penalty.unwantedPartTime == 0)
        #expect(report.penalty.total == report.penalty.uncoveredDemand + 2)
    }
}
