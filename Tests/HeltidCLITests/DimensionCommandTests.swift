import Foundation
import Testing

/// `heltid dimension` on the worked example of the weekend arithmetic: the headcount and the ceiling are
/// reached, and the rota in the output passes `heltid check` against the written instance.
@Suite struct DimensionCommandTests {
    @Test(arguments: [("weekend-arithmetic-k3", 30, 56.1), ("weekend-arithmetic-k2", 20, 84.2), ("weekend-arithmetic-long", 24, 70.1)])
    func theWorkedExampleReachesItsCeiling(name: String, heads: Int, ceiling: Double) throws {
        let directory = try HeltidProcess.temporaryDirectory()
        let output = directory.appendingPathComponent("result.json").path
        let staffed = directory.appendingPathComponent("staffed.json").path
        // The plain objective: the run ends once the demand is covered (the fair one evens positions until the limit).
        let run = try HeltidProcess.run(["dimension", "Instances/\(name).json", "--format", "json", "--objective", "sum",
                                         "--time-limit", "240", "--output", output, "--instance-output", staffed])
        #expect(run.status == 0, "\(run.stderr.suffix(2000))")
        #expect(run.stderr.contains("\(heads) heads: neighbourhood search"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        #expect(document["headcount"] as? Int == heads)
        #expect(document["weekendCeilingPercent"] as? Double == ceiling)
        #expect(document["averagePositionPercent"] as? Double == ceiling)
        #expect(document["fte"] as? Double == 16.83)
        #expect(document["covered"] as? Bool == true)
        #expect(document["headcountIsMinimal"] as? Bool == true)
        #expect((document["bindingRule"] as? String)?.hasPrefix("the weekend rule") == true)
        #expect((document["positions"] as? [Any])?.count == heads)
        let check = try HeltidProcess.run(["check", staffed, output])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("Feasible: no hard-rule violations."))
        #expect(check.stdout.contains("Uncovered demand: 0 shifts, 0 h"))
    }

    @Test func badProfilesAndMissingStaffAreNamed() throws {
        let directory = try HeltidProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("bad.json")
        let text = try String(contentsOfFile: HeltidProcess.repositoryRoot.appendingPathComponent("Instances/weekend-arithmetic-k3.json").path,
                              encoding: .utf8)
        try text.replacingOccurrences(of: #""desiredPercent": 100"#, with: #""desiredPercent": 100, "skills": ["nurse"]"#)
            .write(to: file, atomically: true, encoding: .utf8)
        let bad = try HeltidProcess.run(["dimension", file.path, "--quiet"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.json: openPosition.skills[0]: no skill \"nurse\" is declared in skills"), "\(bad.stderr)")
        let solve = try HeltidProcess.run(["solve", "Instances/weekend-arithmetic-k3.json", "--quiet"])
        #expect(solve.status == 2)
        #expect(solve.stderr.contains("weekend-arithmetic-k3.json: staff: the staff list is empty"), "\(solve.stderr)")
        #expect(solve.stderr.contains("heltid dimension"))
        let help = try HeltidProcess.run(["help", "dimension"])
        for option in ["--time-limit", "--format", "--output", "--instance-output", "--objective", "--seed", "EXIT CODES"] {
            #expect(help.stdout.contains(option), "help dimension lacks \(option)")
        }
    }

    @Test func theInstancesOwnFairnessStepIsKept() throws {
        let directory = try HeltidProcess.temporaryDirectory()
        let input = directory.appendingPathComponent("nights.json")
        try Data("""
        {"format": "heltid-instance/1", "unit": {"name": "Natt", "kind": "nursingHome"},
         "horizon": {"startDate": "2027-01-04", "weeks": 2},
         "rules": {"maximumShiftHours": 10, "weekend": {"frequency": 1}},
         "weights": {"fairnessStep": 3},
         "shiftTypes": [{"id": "N", "start": "22:00", "end": "08:00", "category": "night"}],
         "demand": [{"shift": "N", "minimum": 1}]}
        """.utf8).write(to: input)
        let staffed = directory.appendingPathComponent("staffed.json").path
        let run = try HeltidProcess.run(["dimension", input.path, "--time-limit", "20", "--quiet", "--instance-output", staffed])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: staffed))) as? [String: Any])
        #expect((written["weights"] as? [String: Any])?["fairnessStep"] as? Double == 3)
    }
}
