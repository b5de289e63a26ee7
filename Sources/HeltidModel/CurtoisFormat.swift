/// The Curtois & Qu shift-scheduling benchmark's text format (schedulingbenchmarks.org, Instances 1–24),
/// read onto the Heltid model, and its tab-separated solution format.
///
/// Mapping: a non-cyclic horizon from a Monday (so runs touching either end are exempt from the
/// minimum-run rules, as the benchmark requires); shifts start at 00:00 and last their length, so the
/// calendar weekend window marks a weekend worked exactly when Saturday or Sunday has a shift; the
/// Norwegian rules that the benchmark does not have are switched off (no rest rules, no day-length or
/// weekly-hour caps, no weekend frequency); ForbiddenNext becomes `forbiddenFollowers`; each staff line
/// becomes personal `limits`; staff have no position; cover lines become one-day demand rules with the
/// benchmark's under- and over-cover weights and no maximum; shift on/off requests become work/off wishes.
/// The objective is then exactly the benchmark's penalty.
public enum CurtoisFormat {
    /// Whether `text` is in this format (it has the `SECTION_HORIZON` header).
    public static func recognises(_ text: String) -> Bool {
        text.contains("SECTION_HORIZON")
    }

    /// The Monday the imported horizon starts on (the benchmark has only day indexes).
    public static let startDate = CalendarDate("2024-01-01")!

    /// Parses a benchmark instance; errors name the file, the line and the problem.
    public static func parse(_ text: String, file: String) throws -> Instance {
        var sections: [String: [(line: Int, fields: [String])]] = [:]
        var current: String?
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("SECTION_") {
                current = line
                sections[line, default: []] = sections[line] ?? []
                continue
            }
            guard let section = current else {
                throw InputError(file: file, path: "line \(index + 1)", message: "data before the first SECTION_ header")
            }
            sections[section, default: []].append((index + 1, line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }))
        }
        func rows(_ name: String, required: Bool = true) throws -> [(line: Int, fields: [String])] {
            guard let rows = sections[name] else {
                if required { throw InputError(file: file, message: "missing section \(name)") }
                return []
            }
            return rows
        }
        func integer(_ text: String, _ line: Int, _ what: String, minimum: Int = 0) throws -> Int {
            guard let value = Int(text), value >= minimum else {
                throw InputError(file: file, path: "line \(line)", message: "\(what) \"\(text)\" is not a whole number ≥ \(minimum)")
            }
            return value
        }
        func expect(_ row: (line: Int, fields: [String]), count: Int, _ layout: String) throws {
            guard row.fields.count == count else {
                throw InputError(file: file, path: "line \(row.line)",
                                 message: "expected \(count) comma-separated fields (\(layout)), found \(row.fields.count)")
            }
        }

        guard let horizonRow = try rows("SECTION_HORIZON").first else {
            throw InputError(file: file, message: "SECTION_HORIZON has no value")
        }
        let days = try integer(horizonRow.fields[0], horizonRow.line, "horizon", minimum: 7)
        guard days % 7 == 0 else {
            throw InputError(file: file, path: "line \(horizonRow.line)", message: "horizon \(days) is not a whole number of weeks")
        }
        guard days / 7 <= InstanceLoader.maximumWeeks else {
            throw InputError(file: file, path: "line \(horizonRow.line)", message: "horizon \(days) days is above the limit of \(InstanceLoader.maximumWeeks) weeks")
        }
        func day(_ text: String, _ line: Int) throws -> Int {
            let value = try integer(text, line, "day")
            guard value < days else {
                throw InputError(file: file, path: "line \(line)", message: "day \(value) is outside the \(days)-day horizon (days 0–\(days - 1))")
            }
            return value
        }

        var shiftTypes: [ShiftType] = []
        for row in try rows("SECTION_SHIFTS") {
            try expect(row, count: 3, "ShiftID, LengthInMinutes, ForbiddenNext")
            let length = try integer(row.fields[1], row.line, "shift length", minimum: 1)
            guard length < 1440 else {
                throw InputError(file: file, path: "line \(row.line)", message: "shift length \(length) is not below 1440 minutes")
            }
            shiftTypes.append(ShiftType(id: row.fields[0], name: row.fields[0], start: ClockTime(minutes: 0),
                                        end: ClockTime(minutes: length), category: .day,
                                        forbiddenFollowers: row.fields[2].split(separator: "|").map(String.init)))
        }
        let shiftIds = Set(shiftTypes.map(\.id))
        func shift(_ text: String, _ line: Int) throws -> String {
            guard shiftIds.contains(text) else {
                throw InputError(file: file, path: "line \(line)", message: "no shift \"\(text)\" in SECTION_SHIFTS")
            }
            return text
        }
        for (row, type) in zip(try rows("SECTION_SHIFTS"), shiftTypes) {
            for follower in type.forbiddenFollowers { _ = try shift(follower, row.line) }
        }

        var staff: [Employee] = []
        for row in try rows("SECTION_STAFF") {
            try expect(row, count: 8, "ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends")
            var maximumShifts: [String: Int] = [:]
            for pair in row.fields[1].split(separator: "|") {
                let parts = pair.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2 else {
                    throw InputError(file: file, path: "line \(row.line)", message: "MaxShifts entry \"\(pair)\" is not ShiftID=Count")
                }
                maximumShifts[try shift(parts[0], row.line)] = try integer(parts[1], row.line, "MaxShifts count")
            }
            let limits = EmployeeLimits(
                maximumShifts: maximumShifts,
                minimumMinutes: try integer(row.fields[3], row.line, "MinTotalMinutes"),
                maximumMinutes: try integer(row.fields[2], row.line, "MaxTotalMinutes"),
                maximumConsecutiveWorkDays: try integer(row.fields[4], row.line, "MaxConsecutiveShifts", minimum: 1),
                minimumConsecutiveWorkDays: try integer(row.fields[5], row.line, "MinConsecutiveShifts", minimum: 1),
                minimumConsecutiveDaysOff: try integer(row.fields[6], row.line, "MinConsecutiveDaysOff", minimum: 1),
                maximumWeekends: try integer(row.fields[7], row.line, "MaxWeekends"))
            guard limits.minimumMinutes! <= limits.maximumMinutes! else {
                throw InputError(file: file, path: "line \(row.line)", message: "MinTotalMinutes is above MaxTotalMinutes")
            }
            staff.append(Employee(id: row.fields[0], name: row.fields[0], currentPercent: nil, limits: limits))
        }
        guard !staff.isEmpty else { throw InputError(file: file, message: "SECTION_STAFF lists nobody") }
        var staffIndex: [String: Int] = [:]
        for (index, employee) in staff.enumerated() {
            guard staffIndex.updateValue(index, forKey: employee.id) == nil else {
                throw InputError(file: file, message: "staff \"\(employee.id)\" is listed twice in SECTION_STAFF")
            }
        }
        func employee(_ text: String, _ line: Int) throws -> Int {
            guard let index = staffIndex[text] else {
                throw InputError(file: file, path: "line \(line)", message: "no staff \"\(text)\" in SECTION_STAFF")
            }
            return index
        }

        for row in try rows("SECTION_DAYS_OFF", required: false) {
            let index = try employee(row.fields[0], row.line)
            for text in row.fields.dropFirst() where !text.isEmpty {
                staff[index].daysOff.append(try day(text, row.line) + 1)
            }
        }
        for (section, kind) in [("SECTION_SHIFT_ON_REQUESTS", WishKind.work), ("SECTION_SHIFT_OFF_REQUESTS", .off)] {
            for row in try rows(section, required: false) {
                try expect(row, count: 4, "EmployeeID, Day, ShiftID, Weight")
                let index = try employee(row.fields[0], row.line)
                staff[index].wishes.append(Wish(day: try day(row.fields[1], row.line) + 1, shift: try shift(row.fields[2], row.line),
                                                kind: kind, weight: try integer(row.fields[3], row.line, "weight", minimum: 1)))
            }
        }

        var demand: [DemandRule] = []
        var covered = Set<String>()
        for row in try rows("SECTION_COVER") {
            try expect(row, count: 5, "Day, ShiftID, Requirement, WeightForUnder, WeightForOver")
            let coverDay = try day(row.fields[0], row.line)
            let coverShift = try shift(row.fields[1], row.line)
            guard covered.insert("\(coverDay),\(coverShift)").inserted else {
                throw InputError(file: file, path: "line \(row.line)", message: "a second cover line for day \(coverDay), shift \(coverShift)")
            }
            demand.append(DemandRule(shift: coverShift, dayNumbers: [coverDay + 1],
                                     minimum: try integer(row.fields[2], row.line, "Requirement"),
                                     underWeight: Double(try integer(row.fields[3], row.line, "WeightForUnder")),
                                     overWeight: Double(try integer(row.fields[4], row.line, "WeightForOver"))))
        }

        var rules = Rules()
        rules.fullTimeWeeklyHours = 37.5
        rules.dailyRestHours = 0
        rules.weeklyRestHours = 0
        rules.maximumShiftHours = 24
        rules.maximumLongShiftHours = 24
        rules.maximumConsecutiveWorkDays = days
        rules.maximumConsecutiveNights = days
        rules.maximumAverageWeeklyHours = 168
        rules.maximumWeeklyHours = 168
        rules.weekend = WeekendRule(frequency: 1)
        var weights = ObjectiveWeights()
        weights.uncoveredHour = 0
        weights.unwantedPartTimeHour = 0
        weights.belowCurrentPositionHour = 0
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let instance = Instance(unit: Unit(name: "Curtois & Qu benchmark \(name)", kind: .nursingHome),
                                horizon: Horizon(startDate: startDate, weeks: days / 7, cyclic: false),
                                rules: rules, weights: weights, shiftTypes: shiftTypes, demand: demand, staff: staff)
        let problems = InstanceValidator.problems(in: instance)
        guard problems.isEmpty else { throw InputError(file: file, problems: problems) }
        return instance
    }

    /// The benchmark's solution format: one tab-separated line per employee in staff order, one cell per
    /// day holding a shift id or nothing for a day off.
    public static func solution(of roster: Roster, instance: Instance) -> String {
        roster.assignments.map { row in
            row.map { $0.map { instance.shiftTypes[$0].id } ?? "" }.joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
    }
}
