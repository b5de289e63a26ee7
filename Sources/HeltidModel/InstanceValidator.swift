import Foundation

/// Checks a decoded instance for references to things that do not exist, values out of range
/// and contradictions, and names each with its field path.
public enum InstanceValidator {
    /// Every problem found; empty when the instance is usable.
    public static func problems(in instance: Instance) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        func report(_ path: String, _ message: String) {
            problems.append(FieldProblem(path: path, message: message))
        }
        let dayCount = instance.dayCount
        let horizonText = "the \(dayCount)-day horizon (days 1–\(dayCount))"

        if instance.unit.name.trimmingCharacters(in: .whitespaces).isEmpty { report("unit.name", "must not be empty") }

        if instance.horizon.startDate.weekday != .monday {
            report("horizon.startDate", "\(instance.horizon.startDate) is a \(instance.horizon.startDate.weekday.fullName); a rota starts on a Monday")
        }
        if instance.horizon.weeks < 1 || instance.horizon.weeks > InstanceLoader.maximumWeeks {
            report("horizon.weeks", "\(instance.horizon.weeks) is outside 1–\(InstanceLoader.maximumWeeks) weeks")
        }

        validate(rules: instance.rules, report: report)
        validate(weights: instance.weights, report: report)

        let skillIds = uniqueIds(instance.skills.map(\.id), path: "skills", report: report)
        let shiftIds = uniqueIds(instance.shiftTypes.map(\.id), path: "shiftTypes", report: report)
        if instance.shiftTypes.isEmpty { report("shiftTypes", "at least one shift type is needed") }

        for (index, shift) in instance.shiftTypes.enumerated() {
            let path = "shiftTypes[\(index)]"
            if shift.start.minutes >= 1440 { report("\(path).start", "a shift starts before 24:00") }
            if shift.start.minutes == shift.end.minutes % 1440 {
                report("\(path).end", "\(shift.end) equals the start time; a shift must have a length")
            }
            if shift.unpaidBreakMinutes < 0 || shift.unpaidBreakMinutes >= shift.durationMinutes {
                report("\(path).unpaidBreakMinutes", "\(shift.unpaidBreakMinutes) must be at least 0 and shorter than the shift (\(shift.durationMinutes) min)")
            }
            if shift.id.contains(where: { $0 == "," || $0 == "\t" || $0 == "\"" || $0.isWhitespace }) {
                report("\(path).id", "\"\(shift.id)\" must not contain commas, quotes, tabs or spaces")
            }
            for (followerIndex, follower) in shift.forbiddenFollowers.enumerated() where !shiftIds.contains(follower) {
                report("\(path).forbiddenFollowers[\(followerIndex)]", "no shift type \"\(follower)\"")
            }
        }

        var demandedShifts = Set<String>()
        for (index, rule) in instance.demand.enumerated() {
            let path = "demand[\(index)]"
            if !shiftIds.contains(rule.shift) {
                report("\(path).shift", "no shift type \"\(rule.shift)\" (known: \(instance.shiftTypes.map(\.id).joined(separator: ", ")))")
            } else if rule.minimum > 0 {
                demandedShifts.insert(rule.shift)
            }
            if rule.minimum < 0 { report("\(path).minimum", "\(rule.minimum) is negative") }
            if let maximum = rule.maximum, maximum < rule.minimum {
                report("\(path).maximum", "\(maximum) is below the minimum \(rule.minimum)")
            }
            if rule.days.weekdays.isEmpty { report("\(path).days", "selects no day") }
            for (name, weight) in [("underWeight", rule.underWeight), ("overWeight", rule.overWeight)] {
                if let weight, !(0...1_000_000).contains(weight) {
                    report("\(path).\(name)", "\(formatHours(weight)) is outside 0–1000000")
                }
            }
            for (dayIndex, day) in (rule.dayNumbers ?? []).enumerated() where day < 1 || day > dayCount {
                report("\(path).dayNumbers[\(dayIndex)]", "\(day) is outside \(horizonText)")
            }
            for (skill, count) in rule.skills.sorted(by: { $0.key < $1.key }) {
                if !skillIds.contains(skill) {
                    report("\(path).skills.\(skill)", "no skill \"\(skill)\" is declared in skills")
                }
                if count < 0 { report("\(path).skills.\(skill)", "\(count) is negative") }
                if let maximum = rule.effectiveMaximum, count > maximum {
                    report("\(path).skills.\(skill)", "\(count) is above the shift's maximum \(maximum)")
                }
            }
        }

        for (index, shift) in instance.shiftTypes.enumerated() where demandedShifts.contains(shift.id) {
            let hours = shift.paidHours
            if instance.isLong(shift) && !instance.rules.longShiftsAllowed {
                report("shiftTypes[\(index)]", "\"\(shift.id)\" is \(formatHours(hours)) paid hours, above rules.maximumShiftHours \(formatHours(instance.rules.maximumShiftHours)), and demand uses it, but rules.longShiftsAllowed is false")
            } else if hours > instance.rules.maximumLongShiftHours + 1e-9 {
                report("shiftTypes[\(index)]", "\"\(shift.id)\" is \(formatHours(hours)) paid hours, above rules.maximumLongShiftHours \(formatHours(instance.rules.maximumLongShiftHours))")
            }
        }

        if let open = instance.openPosition {
            validate(openPosition: open, skillIds: skillIds, shiftIds: shiftIds, report: report)
        }
        if instance.staff.count > InstanceLoader.maximumStaff {
            report("staff", "\(instance.staff.count) employees is above the limit of \(InstanceLoader.maximumStaff)")
        }
        _ = uniqueIds(instance.staff.map(\.id), path: "staff", report: report)
        for (index, employee) in instance.staff.enumerated() {
            validate(employee: employee, path: "staff[\(index)]", skillIds: skillIds, shiftIds: shiftIds,
                     horizonText: horizonText, dayCount: dayCount, report: report)
        }
        return problems
    }

    private static func validate(employee: Employee, path: String, skillIds: Set<String>, shiftIds: Set<String>,
                                 horizonText: String, dayCount: Int, report: (String, String) -> Void) {
        for (skillIndex, skill) in employee.skills.enumerated() where !skillIds.contains(skill) {
            report("\(path).skills[\(skillIndex)]", "no skill \"\(skill)\" is declared in skills")
        }
        for (name, value) in [("currentPercent", employee.currentPercent), ("desiredPercent", employee.desiredPercent)] {
            if let value, !(0...100).contains(value) {
                report("\(path).\(name)", "\(formatHours(value)) is outside 0–100 %")
            }
        }
        if let minimum = employee.minimumPercent {
            let desired = employee.desiredPercent ?? employee.currentPercent
            if !(0...100).contains(minimum) {
                report("\(path).minimumPercent", "\(formatHours(minimum)) is outside 0–100 %")
            } else if let desired, minimum > desired {
                report("\(path).minimumPercent", "\(formatHours(minimum)) is above the desired \(formatHours(desired)) %")
            }
        }
        validate(limits: employee.limits, path: "\(path).limits", shiftIds: shiftIds, report: report)
        if let frequency = employee.weekendFrequency, frequency < 1 {
            report("\(path).weekendFrequency", "\(frequency) must be at least 1")
        }
        for (shiftIndex, shift) in (employee.shifts ?? []).enumerated() where !shiftIds.contains(shift) {
            report("\(path).shifts[\(shiftIndex)]", "no shift type \"\(shift)\"")
        }
        for (dayIndex, day) in employee.daysOff.enumerated() where day < 1 || day > dayCount {
            report("\(path).daysOff[\(dayIndex)]", "\(day) is outside \(horizonText)")
        }
        for (wishIndex, wish) in employee.wishes.enumerated() {
            let wishPath = "\(path).wishes[\(wishIndex)]"
            if wish.day < 1 || wish.day > dayCount { report("\(wishPath).day", "\(wish.day) is outside \(horizonText)") }
            if let shift = wish.shift, !shiftIds.contains(shift) { report("\(wishPath).shift", "no shift type \"\(shift)\"") }
            if !(1...1000).contains(wish.weight) { report("\(wishPath).weight", "\(wish.weight) is outside 1–1000") }
        }
    }

    private static func validate(openPosition: OpenPosition, skillIds: Set<String>, shiftIds: Set<String>,
                                 report: (String, String) -> Void) {
        if openPosition.name.trimmingCharacters(in: .whitespaces).isEmpty { report("openPosition.name", "must not be empty") }
        for (index, skill) in (openPosition.skills ?? []).enumerated() where !skillIds.contains(skill) {
            report("openPosition.skills[\(index)]", "no skill \"\(skill)\" is declared in skills")
        }
        for (index, shift) in (openPosition.shifts ?? []).enumerated() where !shiftIds.contains(shift) {
            report("openPosition.shifts[\(index)]", "no shift type \"\(shift)\"")
        }
        if !(openPosition.desiredPercent > 0 && openPosition.desiredPercent <= 100) {
            report("openPosition.desiredPercent", "\(formatHours(openPosition.desiredPercent)) is outside 0–100 % (above 0)")
        }
    }

    private static func validate(limits: EmployeeLimits, path: String, shiftIds: Set<String>, report: (String, String) -> Void) {
        for (shift, count) in limits.maximumShifts.sorted(by: { $0.key < $1.key }) {
            if !shiftIds.contains(shift) { report("\(path).maximumShifts.\(shift)", "no shift type \"\(shift)\"") }
            if count < 0 { report("\(path).maximumShifts.\(shift)", "\(count) is negative") }
        }
        for (name, value) in [("minimumMinutes", limits.minimumMinutes), ("maximumMinutes", limits.maximumMinutes),
                              ("maximumWeekends", limits.maximumWeekends)] {
            if let value, value < 0 { report("\(path).\(name)", "\(value) is negative") }
        }
        if let minimum = limits.minimumMinutes, let maximum = limits.maximumMinutes, minimum > maximum {
            report("\(path).minimumMinutes", "\(minimum) is above maximumMinutes \(maximum)")
        }
        for (name, value) in [("maximumConsecutiveWorkDays", limits.maximumConsecutiveWorkDays),
                              ("minimumConsecutiveWorkDays", limits.minimumConsecutiveWorkDays),
                              ("minimumConsecutiveDaysOff", limits.minimumConsecutiveDaysOff)] {
            if let value, value < 1 { report("\(path).\(name)", "\(value) must be at least 1") }
        }
    }

    private static func validate(rules: Rules, report: (String, String) -> Void) {
        func range(_ name: String, _ value: Double, _ bounds: ClosedRange<Double>) {
            if !bounds.contains(value) {
                report("rules.\(name)", "\(formatHours(value)) is outside \(formatHours(bounds.lowerBound))–\(formatHours(bounds.upperBound))")
            }
        }
        range("fullTimeWeeklyHours", rules.fullTimeWeeklyHours, 1...60)
        range("dailyRestHours", rules.dailyRestHours, 0...24)
        if let minimum = rules.minimumRestHours {
            range("minimumRestHours", minimum, 0...24)
            if minimum > rules.dailyRestHours {
                report("rules.minimumRestHours", "\(formatHours(minimum)) is above dailyRestHours \(formatHours(rules.dailyRestHours))")
            }
        }
        range("weeklyRestHours", rules.weeklyRestHours, 0...168)
        range("maximumShiftHours", rules.maximumShiftHours, 1...24)
        range("maximumLongShiftHours", rules.maximumLongShiftHours, 1...24)
        range("maximumAverageWeeklyHours", rules.maximumAverageWeeklyHours, 1...168)
        range("maximumWeeklyHours", rules.maximumWeeklyHours, 1...168)
        if rules.maximumConsecutiveWorkDays < 1 {
            report("rules.maximumConsecutiveWorkDays", "\(rules.maximumConsecutiveWorkDays) must be at least 1")
        }
        for (name, value) in [("minimumConsecutiveWorkDays", rules.minimumConsecutiveWorkDays),
                              ("minimumConsecutiveDaysOff", rules.minimumConsecutiveDaysOff)] where value < 1 {
            report("rules.\(name)", "\(value) must be at least 1")
        }
        if rules.maximumConsecutiveNights < 1 {
            report("rules.maximumConsecutiveNights", "\(rules.maximumConsecutiveNights) must be at least 1")
        }
        if rules.weekend.frequency < 1 {
            report("rules.weekend.frequency", "\(rules.weekend.frequency) must be at least 1")
        }
    }

    private static func validate(weights: ObjectiveWeights, report: (String, String) -> Void) {
        for (name, value) in [("uncoveredHour", weights.uncoveredHour),
                              ("unwantedPartTimeHour", weights.unwantedPartTimeHour),
                              ("belowCurrentPositionHour", weights.belowCurrentPositionHour),
                              ("wish", weights.wish), ("fairnessStep", weights.fairnessStep)] where !(0...1_000_000).contains(value) {
            report("weights.\(name)", "\(formatHours(value)) is outside 0–1000000")
        }
    }

    private static func uniqueIds(_ ids: [String], path: String, report: (String, String) -> Void) -> Set<String> {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() {
            if id.isEmpty { report("\(path)[\(index)].id", "must not be empty") }
            if !seen.insert(id).inserted { report("\(path)[\(index)].id", "\"\(id)\" is used twice") }
        }
        return seen
    }
}
