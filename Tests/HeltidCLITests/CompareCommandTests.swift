import Foundation
import HeltidChecker
import HeltidModel
import Testing

/// `heltid compare` end to end: the nursing-home scenarios side by side with every rota re-checked against
/// its scenario, the HTML report in bokmål, and scenario-file mistakes refused with their field path.
@Suite struct CompareCommandTests {
    @Test func theNursingHomeScenariosAreComparedAndEveryRotaChecks() throws {
        let output = try HeltidProcess.temporaryDirectory().appendingPathComponent("compare.json").path
        let run = try HeltidProcess.run(["compare", "Instances/nursing-home-scenarios.json", "--format", "json",
                                         "--time-limit", "15", "--output", output])
        #expect(run.status == 0, "\(run.stderr.suffix(2000))")
        #expect(run.stderr.contains("Comparing 4 scenarios, 2 at a time"))
        #expect(run.stderr.contains("[4/4] +1 day shift on weekdays: done in"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        let scenarios = try #require(document["scenarios"] as? [[String: Any]])
        let set = try ScenarioLoader.load(path: HeltidProcess.repositoryRoot.appendingPathComponent("Instances/nursing-home-scenarios.json").path)
        #expect(scenarios.map { $0["name"] as? String } == set.scenarios.map(\.name))
        for (entry, scenario) in zip(scenarios, set.scenarios) {
            let instance = scenario.instance
            let positions = try #require(entry["positions"] as? [[String: Any]])
            #expect(positions.map { $0["id"] as? String } == instance.staff.map(\.id))
            let roster = Roster(assignments: positions.map { position in
                (position["shifts"] as! [String]).map { $0.isEmpty ? nil : instance.shiftIndex(of: $0) }
            })
            let report = RosterChecker(instance: instance).check(roster)
            #expect(report.isFeasible, "\(scenario.name): \(report.violations.prefix(3))")
            #expect(entry["headcount"] as? Int == 20)
            // JSON keeps about 16 digits: compare to a millionth.
            func same(_ field: String, _ value: Double) -> Bool { abs((entry[field] as? Double ?? .nan) - value) < 1e-6 }
            #expect(same("averagePositionPercent", report.unit.averagePositionPercent))
            #expect(same("uncoveredHours", report.unit.uncoveredHours))
            #expect(same("unwantedPartTimeHours", report.unit.unwantedPartTimeHours))
            #expect((entry["bindingRule"] as? [String: Any])?["text"] is String)
        }
        // The weekend arithmetic per scenario: every 2nd weekend and long weekend shifts raise the ceiling.
        let ceilings = scenarios.map { $0["weekendCeilingPercent"] as? Double ?? 0 }
        #expect(ceilings[1] > ceilings[0] && ceilings[2] > ceilings[0])
        #expect(scenarios[1]["weekendsMaximum"] as? Int == 3, "every 2nd weekend over 6 weeks")
    }

    @Test func theHTMLReportIsWrittenInBokmal() throws {
        let output = try HeltidProcess.temporaryDirectory().appendingPathComponent("report.html").path
        let run = try HeltidProcess.run(["compare", "Instances/kindergarten-scenarios.json", "--format", "html", "--lang", "nb",
                                         "--time-limit", "3", "--quiet", "--output", output])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("<html lang=\"nb\">"))
        #expect(html.contains("Sammenligning av scenarioer: Eventyrskogen barnehage"))
        #expect(html.contains("id=\"position-chart\"") && html.contains("Ingen jobber helg i disse scenarioene."))
        #expect(html.components(separatedBy: "<section class=\"rota\"").count == 3)
    }

    @Test(arguments: [
        (#"[{"name": "A", "changes": {"weekendFrequency": 2}}]"#, "scenarios[0].changes.weekendFrequency: unknown field"),
        (#"[{"name": "A", "changes": {"demand": [{"shift": "LD", "minimum": 2}]}}]"#,
         #"scenarios[0].changes.demand[0].shift: no shift type "LD" (shift types: D, A, N)"#),
        (#"[{"name": "A", "changes": {"updateShiftTypes": [{"id": "K", "set": {"start": "14:00"}}]}}]"#,
         #"scenarios[0].changes.updateShiftTypes[0].id: no shift type "K""#),
    ])
    func scenarioMistakesExitWithTheFieldPath(scenarios: String, message: String) throws {
        let directory = try HeltidProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("scenarios.json")
        let base = HeltidProcess.repositoryRoot.appendingPathComponent("Instances/nursing-home.json").path
        try Data(#"{"format": "heltid-scenarios/1", "base": "\#(base)", "scenarios": \#(scenarios)}"#.utf8).write(to: file)
        let run = try HeltidProcess.run(["compare", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: \(file.path): \(message)"), "\(run.stderr)")
    }

    @Test func aMissingBaseExitsWithTheFieldPath() throws {
        let file = try HeltidProcess.temporaryDirectory().appendingPathComponent("scenarios.json")
        try Data(#"{"format": "heltid-scenarios/1", "base": "missing.json", "scenarios": [{"name": "A"}]}"#.utf8).write(to: file)
        let run = try HeltidProcess.run(["compare", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: \(file.path): base: the base instance"), "\(run.stderr)")
        #expect(run.stderr.contains("missing.json does not exist"))
    }
}
