import Foundation
import HeltidModel
import Testing

/// A valid instance as JSON text, to be broken one field at a time.
let validInstanceJSON = """
{
  "format": "heltid-instance/1",
  "unit": {"name": "Test", "kind": "nursingHome"},
  "horizon": {"startDate": "2027-01-04", "weeks": 6},
  "skills": [{"id": "nurse"}],
  "shiftTypes": [
    {"id": "D", "start": "07:30", "end": "15:30", "unpaidBreakMinutes": 30, "category": "day"},
    {"id": "N", "start": "22:00", "end": "08:00", "category": "night"}
  ],
  "rules": {"maximumShiftHours": 10},
  "demand": [
    {"shift": "D", "days": "weekdays", "minimum": 2, "skills": {"nurse": 1}},
    {"shift": "D", "days": ["sat", "sun"], "minimum": 1},
    {"shift": "N", "minimum": 1}
  ],
  "staff": [
    {"id": "a", "name": "Anne", "skills": ["nurse"], "currentPercent": 80, "desiredPercent": 100,
     "wishes": [{"day": 3, "shift": "D", "kind": "off", "weight": 2}], "daysOff": [1]},
    {"id": "b", "currentPercent": 50}
  ]
}
"""

/// Decodes `json` and returns the error text, or nil when it loads.
func loadError(_ json: String) -> String? {
    do {
        _ = try InstanceLoader.decode(Data(json.utf8), file: "test.json")
        return nil
    } catch let error as InputError {
        return error.description
    } catch {
        return "unexpected error type: \(error)"
    }
}

/// `validInstanceJSON` with one replacement made (the replaced text must occur).
func broken(_ original: String, _ replacement: String) -> String {
    precondition(validInstanceJSON.contains(original), "fixture lacks \(original)")
    return validInstanceJSON.replacingOccurrences(of: original, with: replacement)
}

@Suite struct InstanceLoadingTests {
    @Test func validInstanceLoadsWithDefaults() throws {
        let instance = try InstanceLoader.decode(Data(validInstanceJSON.utf8), file: "test.json")
        #expect(instance.dayCount == 42)
        #expect(instance.horizon.cyclic)
        #expect(instance.rules.fullTimeWeeklyHours == 35.5)
        #expect(instance.rules.weekend.frequency == 3)
        #expect(instance.staff[1].desiredPercent == 50)
        #expect(instance.staff[1].name == "b")
        #expect(instance.fullTimeHours == 213)
    }

    @Test func malformedJSONNamesTheFile() {
        let message = loadError("{ not json")
        #expect(message?.hasPrefix("test.json: not valid JSON") == true, "got: \(message ?? "-")")
        #expect(loadError(validInstanceJSON) == nil)
    }

    @Test(arguments: [
        (#"{"shift": "N", "minimum": 1}"#, #"{"shift": "X", "minimum": 1}"#, "test.json: demand[2].shift: no shift type \"X\""),
        (#""skills": ["nurse"]"#, #""skills": ["doctor"]"#, "test.json: staff[0].skills[0]: no skill \"doctor\""),
        (#""day": 3"#, #""day": 45"#, "test.json: staff[0].wishes[0].day: 45 is outside the 42-day horizon"),
        (#""minimum": 2"#, #""minimum": -2"#, "test.json: demand[0].minimum: -2 is negative"),
        (#""end": "15:30""#, #""end": "07:30""#, "test.json: shiftTypes[0].end: 07:30 equals the start time"),
        (#""desiredPercent": 100"#, #""desiredPercent": 120"#, "test.json: staff[0].desiredPercent: 120 is outside 0–100 %"),
        (#""currentPercent": 80"#, #""currentPercent": "80""#, "test.json: staff[0].currentPercent: expected a number"),
        (#""daysOff": [1]"#, #""daysOff": [0]"#, "test.json: staff[0].daysOff[0]: 0 is outside the 42-day horizon"),
        (#""startDate": "2027-01-04""#, #""startDate": "2027-01-05""#, "test.json: horizon.startDate: 2027-01-05 is a Tuesday"),
        (#""startDate": "2027-01-04""#, #""startDate": "04.01.2027""#, "test.json: horizon.startDate: \"04.01.2027\" is not a date"),
        (#""start": "07:30""#, #""start": "7.30""#, "test.json: shiftTypes[0].start: \"7.30\" is not a clock time"),
        (#""currentPercent": 50"#, #""currentPercent": 50, "desirePercent": 60"#, "test.json: staff[1].desirePercent: unknown field"),
        (#""kind": "nursingHome""#, #""kind": "hospital""#, "test.json: unit.kind:"),
        (#""days": ["sat", "sun"]"#, #""days": ["sat", "sunday"]"#, "test.json: demand[1].days[1]: \"sunday\" is not a weekday"),
        (#""weeks": 6"#, #""weeks": 400"#, "test.json: horizon.weeks: 400 is outside 1–156 weeks"),
        (#""format": "heltid-instance/1""#, #""format": "heltid-instance/9""#, "test.json: format:"),
        (#""skills": {"nurse": 1}"#, #""skills": {"nurse": 5}"#, "test.json: demand[0].skills.nurse: 5 is above the shift's maximum 2"),
    ] as [(String, String, String)])
    func badFieldsAreNamedWithTheirPath(original: String, replacement: String, expected: String) {
        let message = loadError(broken(original, replacement))
        #expect(message?.contains(expected) == true, "got: \(message ?? "no error")")
    }

    @Test func emptyStaffListIsRejected() {
        let json = validInstanceJSON.replacingOccurrences(
            of: #"(?s)"staff": \[.*\]\s*\}\s*$"#, with: #""staff": []}"#, options: .regularExpression)
        #expect(loadError(json)?.contains("test.json: staff: the staff list is empty") == true)
    }

    @Test func missingRequiredFieldIsNamed() {
        let message = loadError(broken(#"{"id": "b", "currentPercent": 50}"#, #"{"currentPercent": 50}"#))
        #expect(message?.contains("test.json: staff[1].id: required field is missing") == true, "got: \(message ?? "-")")
    }

    @Test func missingFileIsReported() {
        #expect(throws: InputError.self) { try InstanceLoader.load(path: "/nonexistent/instance.json") }
    }

    @Test func demandRulesExpandAndLaterRulesWin() throws {
        let instance = try InstanceLoader.decode(Data(validInstanceJSON.utf8), file: "test.json")
        let demand = DemandTable(instance: instance)
        #expect(demand[0, 0].minimum == 2) // Monday day shift
        #expect(demand[0, 0].skillMinimums == [0: 1])
        #expect(demand[5, 0].minimum == 1) // Saturday
        #expect(demand[5, 0].maximum == 1)
        #expect(demand[6, 1].minimum == 1) // Sunday night
        let overridden = try InstanceLoader.decode(Data(broken(#"{"shift": "N", "minimum": 1}"#,
            #"{"shift": "N", "minimum": 1}, {"shift": "N", "dayNumbers": [7], "minimum": 2, "maximum": 3}"#).utf8), file: "t")
        let table = DemandTable(instance: overridden)
        #expect(table[6, 1].minimum == 2 && table[6, 1].maximum == 3)
        #expect(table[13, 1].minimum == 1)
    }

    @Test func bundledSamplesLoad() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for name in ["nursing-home", "kindergarten"] {
            let instance = try InstanceLoader.load(path: root.appendingPathComponent("Instances/\(name).json").path)
            #expect(!instance.staff.isEmpty)
        }
    }
}
