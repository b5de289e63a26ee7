import Foundation
import HeltidChecker
import HeltidModel
import Testing

/// The benchmark's published test vectors (../shared/benchmarks/curtois/README.md), checked by the
/// independent checker on the imported instances.
@Suite struct CurtoisBenchmarkTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/benchmarks/curtois")

    func instance(_ number: Int) throws -> Instance {
        try InstanceLoader.load(path: Self.directory.appendingPathComponent("Instance\(number).txt").path)
    }

    @Test func instanceOneImports() throws {
        let instance = try instance(1)
        #expect(instance.staff.count == 8)
        #expect(instance.dayCount == 14)
        #expect(instance.shiftTypes.map(\.id) == ["D"])
        #expect(instance.shiftTypes[0].paidMinutes == 480)
        #expect(!instance.horizon.cyclic)
        #expect(instance.staff[0].limits.maximumWeekends == 1)
    }

    @Test func everyoneOffScores7137AndBreaksTheMinimumMinutes() throws {
        let instance = try instance(1)
        let report = RosterChecker(instance: instance).check(Roster(employees: 8, days: 14))
        #expect(report.penalty.total == 7137)
        #expect(report.penalty.uncoveredDemand == 7100)
        #expect(report.penalty.workWishesNotGranted == 37)
        #expect(!report.isFeasible)
        #expect(report.violations.allSatisfy { $0.rule == .totalMinutes })
    }

    @Test func onlyAWorkingTwoDaysScores6933() throws {
        let instance = try instance(1)
        var roster = Roster(employees: 8, days: 14)
        roster[0, 2] = 0
        roster[0, 3] = 0
        #expect(RosterChecker(instance: instance).check(roster).penalty.total == 6933)
    }

    @Test(arguments: [(1, 607.0, 4.0, 3.0, 600.0), (2, 828, 26, 2, 800), (3, 1001, 1, 0, 1000)])
    func referenceRostersAreFeasibleWithTheirPenalty(number: Int, total: Double, on: Double, off: Double, under: Double) throws {
        let instance = try instance(number)
        let path = Self.directory.appendingPathComponent("reference_solutions/Instance\(number).solution.txt").path
        let report = RosterChecker(instance: instance).check(try RosterFile.read(path: path, instance: instance))
        #expect(report.isFeasible, "\(report.violations.map(\.message))")
        #expect(report.penalty.total == total)
        #expect(report.penalty.workWishesNotGranted == on)
        #expect(report.penalty.offWishesNotGranted == off)
        #expect(report.penalty.uncoveredDemand == under)
        #expect(report.penalty.overCover == 0)
    }

    @Test func theBorderRuleExemptsRunsTouchingTheEnds() throws {
        // Instance 2's reference roster has staff B working only day 0 with MinConsecutiveShifts 2.
        let instance = try instance(2)
        var roster = Roster(employees: instance.staff.count, days: 14)
        roster[1, 0] = 0
        #expect(!RosterChecker(instance: instance).check(roster).violations.contains { $0.rule == .minimumConsecutiveWorkDays })
        // The same single day inside the horizon is a violation.
        roster[1, 0] = nil
        roster[1, 5] = 0
        #expect(RosterChecker(instance: instance).check(roster).violations.contains {
            $0.rule == .minimumConsecutiveWorkDays && $0.employee == 1
        })
    }

    @Test(arguments: [
        ("SECTION_HORIZON\n15\n", "x.txt: line 2: horizon 15 is not a whole number of weeks"),
        ("SECTION_HORIZON\n14\nSECTION_SHIFTS\nD,480,X\n", "x.txt: line 4: no shift \"X\" in SECTION_SHIFTS"),
        ("SECTION_HORIZON\n14\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=14,4320,3360,5,2\n", "x.txt: line 6: expected 8 comma-separated fields"),
        ("SECTION_HORIZON\n14\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=14,4320,3360,5,2,2,1\nSECTION_DAYS_OFF\nA,20\n",
         "x.txt: line 8: day 20 is outside the 14-day horizon"),
        ("SECTION_HORIZON\n14\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=14,4320,3360,5,2,2,1\nSECTION_COVER\n0,D,two,100,1\n",
         "x.txt: line 8: Requirement \"two\" is not a whole number"),
    ])
    func malformedFilesNameTheLine(text: String, expected: String) {
        do {
            _ = try CurtoisFormat.parse(text, file: "x.txt")
            Issue.record("accepted: \(text)")
        } catch {
            #expect("\(error)".contains(expected), "got: \(error)")
        }
    }
}
