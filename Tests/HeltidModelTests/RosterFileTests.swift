import Foundation
import HeltidModel
import Testing

@Suite struct RosterFileTests {
    let instance = try! InstanceLoader.decode(Data(validInstanceJSON.utf8), file: "test.json")

    @Test func csvRoundTrips() throws {
        var roster = Roster(employees: 2, days: 42)
        roster[0, 1] = 0
        roster[1, 41] = 1
        let text = RosterFile.csv(of: roster, instance: instance)
        #expect(text.hasPrefix("employee,name,2027-01-04,2027-01-05"))
        #expect(try RosterFile.parse(Data(text.utf8), file: "r.csv", instance: instance) == roster)
    }

    @Test func jsonRowsRoundTrip() throws {
        var roster = Roster(employees: 2, days: 42)
        roster[1, 3] = 0
        let rows = RosterFile.rows(of: roster, instance: instance)
        let data = try JSONEncoder().encode(["roster": rows])
        #expect(try RosterFile.parse(data, file: "r.json", instance: instance) == roster)
    }

    @Test func badRostersNameTheProblem() {
        let days = Array(repeating: "", count: 42)
        func message(_ rows: [RosterRow]) -> String {
            let data = try! JSONEncoder().encode(["roster": rows])
            do {
                _ = try RosterFile.parse(data, file: "r.json", instance: instance)
                return "accepted"
            } catch {
                return "\(error)"
            }
        }
        #expect(message([RosterRow(employee: "a", shifts: days)]).contains("employee \"b\" has no row"))
        #expect(message([RosterRow(employee: "a", shifts: days), RosterRow(employee: "z", shifts: days)])
            .contains("r.json: roster[1]: no employee \"z\""))
        var wrong = days
        wrong[4] = "Q"
        #expect(message([RosterRow(employee: "a", shifts: wrong), RosterRow(employee: "b", shifts: days)])
            .contains("r.json: roster[0].shifts[4]: no shift type \"Q\""))
        #expect(message([RosterRow(employee: "a", shifts: ["D"]), RosterRow(employee: "b", shifts: days)])
            .contains("roster[0]: has 1 days, the horizon has 42"))
    }
}
