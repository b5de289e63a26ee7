import Foundation
import HeltidModel
import Testing

/// Scenario files: the samples' changes land where they should, and every mistake names its field path.
@Suite struct ScenarioLoaderTests {
    static let instances = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Instances")

    /// Decodes a scenario file written against the nursing-home sample.
    func load(_ scenarios: String) throws -> ScenarioSet {
        let text = #"{"format": "heltid-scenarios/1", "base": "nursing-home.json", "scenarios": "# + scenarios + "}"
        return try ScenarioLoader.decode(Data(text.utf8), file: "test.json", folder: Self.instances)
    }

    /// The problems of a scenario file that must be refused.
    func problems(_ scenarios: String) -> [String] {
        do {
            _ = try load(scenarios)
            return []
        } catch let error as InputError {
            return error.description.components(separatedBy: "\n")
        } catch {
            return ["\(error)"]
        }
    }

    func demand(_ instance: Instance, shift: String, day: Int) -> DemandTable.Cell {
        DemandTable(instance: instance)[day, instance.shiftIndex(of: shift)!]
    }

    @Test func theNursingHomeSamplesChangesApply() throws {
        let set = try ScenarioLoader.load(path: Self.instances.appendingPathComponent("nursing-home-scenarios.json").path)
        #expect(set.scenarios.map(\.name) == ["Every 3rd weekend", "Every 2nd weekend", "Long weekend shifts", "+1 day shift on weekdays"])
        let base = set.scenarios[0].instance
        #expect(base == set.base)
        #expect(set.scenarios[1].instance.rules.weekend.frequency == 2)
        #expect(set.scenarios[1].instance.rules.weekend.reading == base.rules.weekend.reading)

        let long = set.scenarios[2].instance
        let saturday = 5, monday = 0
        #expect(demand(long, shift: "D", day: saturday).minimum == 0)
        #expect(demand(long, shift: "D", day: saturday).skillMinimums.isEmpty)
        #expect(demand(long, shift: "LD", day: saturday).minimum == 2)
        #expect(demand(long, shift: "LD", day: monday).allowsStaff == false)
        #expect(demand(long, shift: "D", day: monday) == demand(base, shift: "D", day: monday))
        #expect(long.staff.first { $0.id == "s01" }?.shifts == ["D", "A", "LD", "LA"])
        #expect(long.staff.first { $0.id == "s17" }?.shifts == ["N"], "a night-only nurse is not given the long day shifts")

        let more = set.scenarios[3].instance
        let sykepleier = more.skills.firstIndex { $0.id == "sykepleier" }!
        #expect(demand(more, shift: "D", day: monday).minimum == 5)
        #expect(demand(more, shift: "D", day: monday).skillMinimums[sykepleier] == 2, "the skill minimum is kept")
        #expect(demand(more, shift: "D", day: saturday).minimum == 3)
    }

    @Test func staffRulesShiftTimesLengthAndOpenPositionsChange() throws {
        let set = try load(#"""
        [{"name": "Changed", "changes": {
            "rules": {"minimumRestHours": 9, "weekend": {"window": "aml"}},
            "weeks": 12,
            "updateShiftTypes": [{"id": "A", "set": {"end": "21:30"}}],
            "removeStaff": ["s20"],
            "updateStaff": [{"skills": ["assistent"], "set": {"desiredPercent": 100}}],
            "openPositions": 2,
            "openPosition": {"skills": ["helsefagarbeider"], "desiredPercent": 80}
        }}]
        """#)
        let instance = set.scenarios[0].instance
        #expect(instance.rules.minimumRestHours == 9)
        #expect(instance.rules.weekend.window == .aml)
        #expect(instance.rules.weekend.frequency == 3)
        #expect(instance.horizon.weeks == 12)
        #expect(instance.shiftTypes[instance.shiftIndex(of: "A")!].end.description == "21:30")
        #expect(instance.staff.count == 21)
        #expect(!instance.staff.contains { $0.id == "s20" })
        #expect(instance.staff.filter { $0.skills.contains("assistent") }.allSatisfy { $0.desiredPercent == 100 })
        #expect(instance.staff.first { $0.id == "s01" }?.desiredPercent == 100)
        #expect(instance.staff.first { $0.id == "s12" }?.desiredPercent == 60)
        let open = instance.staff.filter { $0.id.hasPrefix("open-") }
        #expect(open.map(\.id) == ["open-1", "open-2"])
        #expect(open.allSatisfy { $0.skills == ["helsefagarbeider"] && $0.desiredPercent == 80 })
    }

    @Test func mistakesNameTheirFieldPath() {
        #expect(problems(#"[{"name": "A", "changes": {"weekendFrequency": 2}}]"#).first?
            .hasPrefix("test.json: scenarios[0].changes.weekendFrequency: unknown field") == true)
        #expect(problems(#"[{"name": "A", "chnages": {}}]"#).first?.hasPrefix("test.json: scenarios[0].chnages: unknown field") == true)
        #expect(problems(#"[{"name": "A", "changes": {"demand": [{"shift": "X", "minimum": 1}]}}]"#)
            == [#"test.json: scenarios[0].changes.demand[0].shift: no shift type "X" (shift types: D, A, N)"#])
        #expect(problems(#"[{"name": "A", "changes": {"updateShiftTypes": [{"id": "K", "set": {"end": "21:00"}}]}}]"#)
            == [#"test.json: scenarios[0].changes.updateShiftTypes[0].id: no shift type "K" (shift types: D, A, N)"#])
        #expect(problems(#"[{"name": "A", "changes": {"updateShiftTypes": [{"id": "A", "set": {"end": "25:00"}}]}}]"#).first?
            .hasPrefix("test.json: scenarios[0].changes.updateShiftTypes[0].set.end: \"25:00\" is not a clock time") == true)
        #expect(problems(#"[{"name": "A", "changes": {"rules": {"weekend": {"frequncy": 2}}}}]"#).first?
            .hasPrefix("test.json: scenarios[0].changes.rules.weekend.frequncy: unknown field") == true)
        #expect(problems(#"[{"name": "A"}, {"name": "B", "changes": {"removeStaff": ["s99"]}}]"#)
            == [#"test.json: scenarios[1].changes.removeStaff[0]: no staff member with id "s99""#])
        #expect(problems(#"[{"name": "A", "changes": {"updateStaff": [{"ids": ["s01"], "worksShift": "N", "set": {"desiredPercent": 90}}]}}]"#)
            == ["test.json: scenarios[0].changes.updateStaff[0]: selects nobody in the staff"])
        #expect(problems(#"[{"name": "A", "changes": {"demand": [{"shift": "D", "minimum": 1, "add": 1}]}}]"#).first?
            .hasPrefix("test.json: scenarios[0].changes.demand[0]: give either") == true)
        #expect(problems(#"[{"name": "A"}, {"name": "A"}]"#) == [#"test.json: scenarios[1].name: "A" is used by an earlier scenario"#])
        #expect(problems("[]") == ["test.json: scenarios: at least one scenario is needed (the first is the baseline)"])
        #expect(problems(#"[{"name": "A", "changes": {"weeks": 2}}]"#).first?.hasPrefix("test.json: scenarios[0]: after the changes, staff[") == true,
                "a wish on day 20 no longer fits a 2-week rota")
    }

    @Test func aMissingBaseIsNamed() {
        let text = #"{"format": "heltid-scenarios/1", "base": "no-such-instance.json", "scenarios": [{"name": "A"}]}"#
        #expect(throws: InputError.self) { try ScenarioLoader.decode(Data(text.utf8), file: "s.json", folder: Self.instances) }
        do {
            _ = try ScenarioLoader.decode(Data(text.utf8), file: "s.json", folder: Self.instances)
        } catch let error as InputError {
            #expect(error.problems.first?.path == "base")
            #expect(error.problems.first?.message.contains("no-such-instance.json does not exist") == true)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
