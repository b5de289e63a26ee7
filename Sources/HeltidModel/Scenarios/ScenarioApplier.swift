/// Applies one scenario's ``ScenarioChanges`` to the base instance and records every change that cannot
/// be made (a shift, person or skill the instance does not have, a field that does not exist), each with
/// its field path in the scenario file.
struct ScenarioApplier {
    private(set) var instance: Instance
    private(set) var problems: [FieldProblem] = []
    /// Field path of the scenario's `changes`, e.g. `scenarios[2].changes`.
    private let path: String

    init(base: Instance, path: String) {
        instance = base
        self.path = path
    }

    private mutating func report(_ field: String, _ message: String) {
        problems.append(FieldProblem(path: "\(path).\(field)", message: message))
    }

    /// `value` with `patch` merged in, decoded again; nil (and a problem at `field`) when that fails.
    private mutating func patched<Value: Codable>(_ value: Value, with patch: JSONValue, field: String) -> Value? {
        guard case .object = patch else {
            report(field, "expected an object { … } of fields to set")
            return nil
        }
        do {
            return try JSONValue(encoding: value).merging(patch).decode(Value.self)
        } catch let error as DecodingError {
            let problem = fieldProblem(from: error)
            report(problem.path.isEmpty ? field : "\(field).\(problem.path)", problem.message)
        } catch {
            report(field, "\(error)")
        }
        return nil
    }

    private var shiftIds: [String] { instance.shiftTypes.map(\.id) }

    private mutating func requireShift(_ id: String, field: String) -> Bool {
        guard instance.shiftIndex(of: id) == nil else { return true }
        report(field, "no shift type \"\(id)\" (shift types: \(shiftIds.joined(separator: ", ")))")
        return false
    }

    mutating func apply(_ changes: ScenarioChanges) {
        if let patch = changes.rules, let rules = patched(instance.rules, with: patch, field: "rules") {
            instance.rules = rules
        }
        if let patch = changes.weights, let weights = patched(instance.weights, with: patch, field: "weights") {
            instance.weights = weights
        }
        if let weeks = changes.weeks { instance.horizon.weeks = weeks }
        instance.shiftTypes += changes.addShiftTypes
        for (index, update) in changes.updateShiftTypes.enumerated() {
            let field = "updateShiftTypes[\(index)]"
            guard requireShift(update.id, field: "\(field).id"), let position = instance.shiftIndex(of: update.id) else { continue }
            if let shift = patched(instance.shiftTypes[position], with: update.set, field: "\(field).set") {
                if shift.id != update.id { report("\(field).set.id", "a shift type's id cannot be changed (add a new shift type instead)") }
                instance.shiftTypes[position] = shift
            }
        }
        applyStaffChanges(changes)
        for (index, change) in changes.demand.enumerated() {
            apply(change, field: "demand[\(index)]")
        }
    }

    private mutating func applyStaffChanges(_ changes: ScenarioChanges) {
        for (index, id) in changes.removeStaff.enumerated() {
            guard let position = instance.staff.firstIndex(where: { $0.id == id }) else {
                report("removeStaff[\(index)]", "no staff member with id \"\(id)\"")
                continue
            }
            instance.staff.remove(at: position)
        }
        for (index, update) in changes.updateStaff.enumerated() {
            apply(update, field: "updateStaff[\(index)]")
        }
        instance.staff += changes.addStaff
        if let patch = changes.openPosition,
           let profile = patched(instance.openPosition ?? OpenPosition(), with: patch, field: "openPosition") {
            instance.openPosition = profile
        }
        if let count = changes.openPositions {
            guard (0...InstanceLoader.maximumStaff).contains(count) else {
                report("openPositions", "\(count) is outside 0–\(InstanceLoader.maximumStaff)")
                return
            }
            instance = (instance.openPosition ?? OpenPosition()).adding(count, to: instance)
        }
    }

    private mutating func apply(_ update: StaffUpdate, field: String) {
        var selected = Array(instance.staff.indices)
        if let ids = update.ids {
            for (index, id) in ids.enumerated() where !instance.staff.contains(where: { $0.id == id }) {
                report("\(field).ids[\(index)]", "no staff member with id \"\(id)\"")
            }
            selected = selected.filter { ids.contains(instance.staff[$0].id) }
        }
        if let skills = update.skills {
            for (index, skill) in skills.enumerated() where !instance.skills.contains(where: { $0.id == skill }) {
                report("\(field).skills[\(index)]", "no skill \"\(skill)\" (skills: \(instance.skills.map(\.id).joined(separator: ", ")))")
            }
            selected = selected.filter { !Set(instance.staff[$0].skills).isDisjoint(with: skills) }
        }
        if let shift = update.worksShift {
            guard requireShift(shift, field: "\(field).worksShift") else { return }
            selected = selected.filter { instance.staff[$0].shifts?.contains(shift) ?? true }
        }
        for (index, shift) in update.allowShifts.enumerated() {
            _ = requireShift(shift, field: "\(field).allowShifts[\(index)]")
        }
        if selected.isEmpty {
            report(field, "selects nobody in the staff")
            return
        }
        for employee in selected {
            var person = instance.staff[employee]
            if let patch = update.set {
                guard let changed = patched(person, with: patch, field: "\(field).set") else { return }
                if changed.id != person.id { report("\(field).set.id", "a staff member's id cannot be changed") }
                person = changed
            }
            if let allowed = person.shifts {
                person.shifts = allowed + update.allowShifts.filter { !allowed.contains($0) }
            }
            instance.staff[employee] = person
        }
    }

    private mutating func apply(_ change: DemandChange, field: String) {
        guard requireShift(change.shift, field: "\(field).shift") else { return }
        for (skill, _) in change.skills ?? [:] where !instance.skills.contains(where: { $0.id == skill }) {
            report("\(field).skills.\(skill)", "no skill \"\(skill)\" (skills: \(instance.skills.map(\.id).joined(separator: ", ")))")
        }
        let days: [Int]
        if let numbers = change.dayNumbers {
            for (index, day) in numbers.enumerated() where !(1...instance.dayCount).contains(day) {
                report("\(field).dayNumbers[\(index)]", "\(day) is outside the \(instance.dayCount)-day horizon")
            }
            days = numbers.filter { (1...instance.dayCount).contains($0) }.map { $0 - 1 }
        } else {
            days = (0..<instance.dayCount).filter { change.days.weekdays.contains(instance.weekday(ofDay: $0)) }
        }
        // The rule now in force on each selected day (a later rule replaces an earlier one), grouped.
        var governing: [Int: Int] = [:]
        for (index, rule) in instance.demand.enumerated() where rule.shift == change.shift {
            for day in days where rule.dayNumbers.map({ $0.contains(day + 1) }) ?? rule.days.weekdays.contains(instance.weekday(ofDay: day)) {
                governing[day] = index
            }
        }
        let groups = Dictionary(grouping: days) { governing[$0] ?? -1 }
        for ruleIndex in groups.keys.sorted() {
            let old = ruleIndex >= 0 ? instance.demand[ruleIndex] : DemandRule(shift: change.shift, minimum: 0)
            let minimum = change.minimum ?? max(0, old.minimum + (change.add ?? 0))
            if minimum < 0 {
                report("\(field).minimum", "\(minimum) is negative")
                return
            }
            let maximum = change.maximum ?? old.maximum.map { max(minimum, $0 + minimum - old.minimum) }
            instance.demand.append(DemandRule(shift: change.shift, dayNumbers: groups[ruleIndex]!.sorted().map { $0 + 1 },
                                              minimum: minimum, maximum: maximum, skills: change.skills ?? old.skills.mapValues { min($0, minimum) }.filter { $0.value > 0 },
                                              underWeight: old.underWeight, overWeight: old.overWeight))
        }
    }
}
