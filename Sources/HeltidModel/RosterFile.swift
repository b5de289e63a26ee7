import Foundation

/// One employee's row in the JSON roster form: shift ids per day, "" for a day off.
public struct RosterRow: Sendable, Equatable, Codable {
    public var employee: String
    public var shifts: [String]

    public init(employee: String, shifts: [String]) {
        self.employee = employee
        self.shifts = shifts
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case employee, shifts }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        employee = try container.decode(String.self, forKey: .employee)
        shifts = try container.decode([String].self, forKey: .shifts)
    }
}

/// Reads and writes rosters in Heltid's two file forms.
///
/// * JSON: an object with a `roster` list of ``RosterRow`` (the output of `heltid solve --format json`;
///   other top-level fields are ignored).
/// * CSV: a header row starting with `employee,name`, then one row per employee: id, name and one
///   cell per day (a shift id, or empty / `-` for a day off). The output of `heltid solve --format csv`.
/// * The benchmark's solution format (``CurtoisFormat``): one tab-separated line per employee in staff
///   order, without names. The output of `heltid solve --format curtois`.
public enum RosterFile {
    private struct Document: Decodable {
        var roster: [RosterRow]
    }

    /// Reads a roster file for `instance`, detecting JSON by a leading `{`.
    public static func read(path: String, instance: Instance) throws -> Roster {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(file: path, message: "cannot read the file (\(InstanceLoader.readableReason(error)))")
        }
        return try parse(data, file: path, instance: instance)
    }

    /// Parses roster data (JSON or CSV) for `instance`; `file` names the source in errors.
    public static func parse(_ data: Data, file: String, instance: Instance) throws -> Roster {
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: file, message: "not UTF-8 text")
        }
        if text.first(where: { !$0.isWhitespace }) == "{" {
            let document: Document
            do {
                document = try JSONDecoder().decode(Document.self, from: data)
            } catch let error as DecodingError {
                throw InputError(file: file, problems: [fieldProblem(from: error)])
            }
            let rows = document.roster.enumerated().map { (path: "roster[\($0.offset)]", row: $0.element) }
            return try roster(from: rows, file: file, instance: instance, cellPath: { "\($0).shifts[\($1)]" })
        }
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        if !firstLine.hasPrefix("employee,") {
            return try roster(fromTabSeparated: text, file: file, instance: instance)
        }
        guard let records = CSV.parse(text) else {
            throw InputError(file: file, message: "a quoted CSV field is never closed")
        }
        let lines = records.enumerated().filter { !($0.element.count == 1 && $0.element[0].isEmpty) }
        guard let header = lines.first, header.element.first == "employee" else {
            throw InputError(file: file, path: "line 1", message: "expected a header row starting with \"employee,name\"")
        }
        var rows: [(path: String, row: RosterRow)] = []
        for (index, record) in lines.dropFirst() {
            let path = "line \(index + 1)"
            guard record.count >= 2 else {
                throw InputError(file: file, path: path, message: "expected employee, name and one cell per day")
            }
            rows.append((path, RosterRow(employee: record[0], shifts: Array(record.dropFirst(2)))))
        }
        return try roster(from: rows, file: file, instance: instance, cellPath: { "\($0), day \($1 + 1)" })
    }

    /// Reads the tab-separated solution format: line i is employee i of the instance.
    private static func roster(fromTabSeparated text: String, file: String, instance: Instance) throws -> Roster {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        while lines.count > instance.staff.count, lines.last?.isEmpty == true { lines.removeLast() }
        guard lines.count == instance.staff.count else {
            throw InputError(file: file, message: "has \(lines.count) lines, the instance has \(instance.staff.count) employees (one tab-separated line each)")
        }
        let rows = zip(instance.staff, lines).enumerated().map { index, pair in
            (path: "line \(index + 1)", row: RosterRow(employee: pair.0.id,
                                                      shifts: pair.1.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return try roster(from: rows, file: file, instance: instance, cellPath: { "\($0), day \($1)" })
    }

    private static func roster(from rows: [(path: String, row: RosterRow)], file: String, instance: Instance,
                               cellPath: (String, Int) -> String) throws -> Roster {
        var roster = Roster(employees: instance.staff.count, days: instance.dayCount)
        var seen = Set<Int>()
        var problems: [FieldProblem] = []
        for (path, row) in rows {
            guard let employee = instance.staff.firstIndex(where: { $0.id == row.employee }) else {
                problems.append(FieldProblem(path: path, message: "no employee \"\(row.employee)\" in the instance"))
                continue
            }
            if !seen.insert(employee).inserted {
                problems.append(FieldProblem(path: path, message: "employee \"\(row.employee)\" appears twice"))
            }
            if row.shifts.count != instance.dayCount {
                problems.append(FieldProblem(path: path, message: "has \(row.shifts.count) days, the horizon has \(instance.dayCount)"))
                continue
            }
            for (day, cell) in row.shifts.enumerated() {
                let code = cell.trimmingCharacters(in: .whitespaces)
                if code.isEmpty || code == "-" { continue }
                guard let shift = instance.shiftIndex(of: code) else {
                    problems.append(FieldProblem(path: cellPath(path, day), message: "no shift type \"\(code)\""))
                    continue
                }
                roster[employee, day] = shift
            }
        }
        for (index, employee) in instance.staff.enumerated() where !seen.contains(index) {
            problems.append(FieldProblem(path: "", message: "employee \"\(employee.id)\" has no row"))
        }
        guard problems.isEmpty else { throw InputError(file: file, problems: problems) }
        return roster
    }

    /// The roster as JSON rows.
    public static func rows(of roster: Roster, instance: Instance) -> [RosterRow] {
        instance.staff.enumerated().map { index, employee in
            RosterRow(employee: employee.id,
                      shifts: roster.assignments[index].map { $0.map { instance.shiftTypes[$0].id } ?? "" })
        }
    }

    /// The roster as CSV text: header with dates, one row per employee.
    public static func csv(of roster: Roster, instance: Instance) -> String {
        var lines = [CSV.line(["employee", "name"] + (0..<instance.dayCount).map { instance.date(ofDay: $0).description })]
        for row in rows(of: roster, instance: instance) {
            let name = instance.staff.first { $0.id == row.employee }?.name ?? ""
            lines.append(CSV.line([row.employee, name] + row.shifts))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
