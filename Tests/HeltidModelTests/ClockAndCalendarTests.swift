import HeltidModel
import Testing

@Suite struct ClockAndCalendarTests {
    @Test func clockTimesParseAndPrint() {
        #expect(ClockTime("07:30")?.minutes == 450)
        #expect(ClockTime("24:00")?.minutes == 1440)
        #expect(ClockTime("00:00")?.description == "00:00")
        for bad in ["7:30", "24:01", "12:60", "ab:cd", "", "12:3", "-1:00"] {
            #expect(ClockTime(bad) == nil, "\(bad) should not parse")
        }
    }

    @Test func datesKnowTheirWeekday() {
        #expect(CalendarDate("2027-01-04")?.weekday == .monday)
        #expect(CalendarDate("1970-01-01")?.weekday == .thursday)
        #expect(CalendarDate("2024-02-29")?.weekday == .thursday)
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("2027-13-01") == nil)
        #expect(CalendarDate("2027-01-04")?.adding(days: 59).description == "2027-03-04")
        #expect(CalendarDate("1999-12-31")?.adding(days: 1).description == "2000-01-01")
    }

    @Test func shiftDurationsCrossMidnight() {
        let night = ShiftType(id: "N", name: "Natt", start: ClockTime("22:00")!, end: ClockTime("08:00")!, category: .night)
        #expect(night.durationMinutes == 600)
        #expect(night.crossesMidnight)
        let day = ShiftType(id: "D", name: "Dag", start: ClockTime("07:30")!, end: ClockTime("15:30")!,
                            unpaidBreakMinutes: 30, category: .day)
        #expect(day.durationMinutes == 480)
        #expect(day.paidHours == 7.5)
        #expect(!day.crossesMidnight)
        let untilMidnight = ShiftType(id: "K", name: "Kveld", start: ClockTime("16:00")!, end: ClockTime("24:00")!, category: .evening)
        #expect(untilMidnight.durationMinutes == 480)
        #expect(!untilMidnight.crossesMidnight)
    }

    @Test func csvQuotesAndParses() {
        let line = CSV.line(["a", "b,c", "say \"hi\""])
        #expect(line == "a,\"b,c\",\"say \"\"hi\"\"\"")
        #expect(CSV.parse(line + "\r\nx,,y\n") == [["a", "b,c", "say \"hi\""], ["x", "", "y"]])
        #expect(CSV.parse("\"open") == nil)
    }
}
