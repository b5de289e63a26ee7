/// A rota: for each employee and day, the shift worked or nothing (off).
public struct Roster: Sendable, Equatable {
    /// `assignments[employee][day]`: an index into `Instance.shiftTypes`, or nil for a day off.
    public var assignments: [[Int?]]

    public init(assignments: [[Int?]]) {
        self.assignments = assignments
    }

    /// Everyone off every day.
    public init(employees: Int, days: Int) {
        assignments = Array(repeating: Array(repeating: nil, count: days), count: employees)
    }

    public subscript(employee: Int, day: Int) -> Int? {
        get { assignments[employee][day] }
        set { assignments[employee][day] = newValue }
    }
}
