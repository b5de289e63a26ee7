import HeltidChecker
import HeltidModel
import Testing

/// Why people stay part-time: each open shift tried on each person with the checker.
@Suite struct OpenShiftAnalysisTests {
    private func reasons(_ instance: Instance, _ roster: Roster) -> [PartTimeReason] {
        let report = RosterChecker(instance: instance).check(roster)
        return OpenShiftAnalysis(instance: instance, roster: roster, report: report).partTimeReasons(report: report)
    }

    @Test func theWeekendRuleAndRestBlockShifts() {
        let instance = makeInstance()
        // Finn works the first weekend; every 2nd weekend in a two-week cyclic rota allows no other.
        let roster = makeRoster([offFortnight, ".....DD.......", offFortnight], instance: instance)
        let finn = reasons(instance, roster)[1]
        #expect(finn.employee == "e2")
        #expect(finn.freeShifts > 0)
        #expect(finn.explanation.contains("fit without breaking a rule"))
        let weekend = finn.obstacles.first { $0.obstacle == RuleKind.weekendFrequency.rawValue }
        // Saturday and Sunday of week 2 (three shifts each) and the Friday night before them.
        #expect(weekend?.count == 7)
        #expect(weekend?.title == "the weekend rule (every 2nd weekend)")
        #expect(finn.obstacles.contains { $0.obstacle == RuleKind.dailyRest.rawValue })
    }

    @Test func aMissingSkillBlocksPeopleWithoutIt() {
        let instance = makeInstance { $0.demand = [DemandRule(shift: "D", dayNumbers: [1], minimum: 1, maximum: 3, skills: ["nurse": 1])] }
        // Finn (no nurse) covers the day shift in numbers; the nurse is still missing.
        var row = Array(offFortnight)
        row[0] = "D"
        let roster = makeRoster([offFortnight, offFortnight, String(row)], instance: instance)
        let all = reasons(instance, roster)
        #expect(all[0].freeShifts == 1, "Eva is a nurse and can take it")
        #expect(all[1].obstacles == [ObstacleCount(obstacle: "skill:nurse", title: "skill nurse (the open shift needs it)", count: 1)])
        #expect(all[1].explanation.contains("each of the 1 open shifts would break a rule"))
    }

    @Test func coveredDemandLeavesNoHoursToGive() {
        let instance = makeInstance { $0.demand = [DemandRule(shift: "D", dayNumbers: [1], minimum: 1)] }
        var row = Array(offFortnight)
        row[0] = "D"
        let roster = makeRoster([String(row), offFortnight, offFortnight], instance: instance)
        let all = reasons(instance, roster)
        #expect(all.count == 3)
        #expect(all.allSatisfy { $0.openShifts == 0 && $0.explanation.hasPrefix("no open shifts: all demand is covered") })
        let report = RosterChecker(instance: instance).check(roster)
        #expect(OpenShiftAnalysis(instance: instance, roster: roster, report: report).uncoveredDemandObstacles().pairs == 0)
    }

    @Test func theFairnessTermRisesWithTheGap() {
        var instance = makeInstance()
        instance.weights.fairnessStep = 1
        let report = RosterChecker(instance: instance).check(makeRoster([offFortnight, offFortnight, offFortnight], instance: instance))
        // 71 h below 100 % each: 20 bands of 3.55 h; the extra per hour is 10 × band number.
        #expect(abs(report.penalty.unwantedPartTime - 3 * 710) < 1e-6)
        #expect(abs(report.penalty.fairness - 3 * 10 * 3.55 * 190) < 1e-6)
        let cost = instance.weights.unwantedPartTimeCost(gapHours: 5, bandHours: 3.55)
        #expect(abs(cost.plain - 50) < 1e-9 && abs(cost.fairness - 10 * (5 - 3.55)) < 1e-9)
    }
}

/// A skill minimum nobody can meet is named as such, with who holds the skill and why they cannot help.
@Suite struct UnreachableSkillTests {
    @Test func aSkillNobodyHoldsOrMayBringIsNamed() {
        let instance = makeInstance { instance in
            instance.skills.append(Skill(id: "vernepleier", name: "Vernepleier"))
            instance.demand[0].skills["vernepleier"] = 1
        }
        let roster = Roster(employees: instance.staff.count, days: instance.dayCount)
        let report = RosterChecker(instance: instance).check(roster)
        let unreachable = UnreachableSkill.all(in: report, instance: instance)
        let shift = instance.demand[0].shift
        #expect(unreachable.map(\.skill) == ["vernepleier"])
        #expect(unreachable.first?.shift == shift)
        #expect(unreachable.first?.explanation.contains("nobody on the staff holds vernepleier") == true)
        // A skill the staff hold and may work is not unreachable, however uncovered.
        #expect(!unreachable.contains { $0.skill != "vernepleier" })
    }
}
