import Foundation
import HeltidModel

/// Verifies a roster against every hard rule of an instance and computes its key figures.
///
/// This is deliberately a separate code path from the solver: it works from the worked shifts'
/// clock-time intervals, never from the solver's formulation, so a solver bug shows up here.
public struct RosterChecker {
    public let instance: Instance

    public init(instance: Instance) {
        self.instance = instance
    }

    /// Checks `roster` (which must have one row per employee and one cell per day).
    public func check(_ roster: Roster) -> CheckReport {
        var violations: [Violation] = []
        var figures: [EmployeeFigures] = []
        for employee in instance.staff.indices {
            var employeeViolations: [Violation] = []
            figures.append(checkEmployee(employee, roster: roster, violations: &employeeViolations))
            violations += employeeViolations
        }
        let coverage = coverage(of: roster)
        violations += coverage.violations
        let unit = unitFigures(figures, coverage: coverage)
        let penalty = penalty(roster: roster, figures: figures, coverage: coverage)
        return CheckReport(violations: violations, employees: figures, unit: unit, uncovered: coverage.uncovered, penalty: penalty)
    }

    /// The hard-rule violations in one employee's row of `roster` (every rule but the cover maximums).
    public func violations(of employee: Int, in roster: Roster) -> [Violation] {
        var violations: [Violation] = []
        _ = checkEmployee(employee, roster: roster, violations: &violations)
        return violations
    }

    // MARK: - Wording

    func who(_ employee: Int) -> String {
        let person = instance.staff[employee]
        return person.name == person.id ? person.id : "\(person.name) (\(person.id))"
    }

    func when(_ day: Int) -> String {
        let wrapped = ((day % instance.dayCount) + instance.dayCount) % instance.dayCount
        return "\(instance.weekday(ofDay: wrapped).fullName) \(instance.date(ofDay: wrapped)) (day \(wrapped + 1))"
    }

    func hours(_ minutes: Int) -> String {
        formatHours(Double(minutes) / 60) + " h"
    }

    // MARK: - Per employee

    private func checkEmployee(_ employee: Int, roster: Roster, violations: inout [Violation]) -> EmployeeFigures {
        let person = instance.staff[employee]
        let rules = instance.rules
        func flag(_ rule: RuleKind, _ day: Int?, _ text: String) {
            violations.append(Violation(rule: rule, employee: employee, day: day, message: "\(who(employee)), \(text)"))
        }
        let allowed = person.shifts.map(Set.init)
        let daysOff = Set(person.daysOff.map { $0 - 1 })
        var paidMinutes = 0
        var shiftCount = 0
        var nights = 0
        var countPerType = Array(repeating: 0, count: instance.shiftTypes.count)
        for day in 0..<instance.dayCount {
            guard let shift = roster[employee, day] else { continue }
            let type = instance.shiftTypes[shift]
            paidMinutes += type.paidMinutes
            shiftCount += 1
            countPerType[shift] += 1
            if let next = nextDay(day), let following = roster[employee, next],
               type.forbiddenFollowers.contains(instance.shiftTypes[following].id) {
                flag(.forbiddenSuccession, next, "\(when(next)): \(instance.shiftTypes[following].id) may not follow \(type.id) worked the day before")
            }
            if type.category == .night { nights += 1 }
            if let allowed, !allowed.contains(type.id) {
                flag(.shiftNotAllowed, day, "\(when(day)): works \(type.id), which this person may not work (allowed: \(person.shifts!.joined(separator: ", ")))")
            }
            if daysOff.contains(day) {
                flag(.dayOff, day, "\(when(day)): works \(type.id) on a fixed day off")
            }
            let paid = type.paidMinutes
            if Double(paid) > rules.maximumShiftHours * 60 + 1e-9 {
                if !rules.longShiftsAllowed {
                    flag(.longShift, day, "\(when(day)): \(type.id) is \(hours(paid)), above the \(formatHours(rules.maximumShiftHours)) h day length, and long shifts are not allowed in this unit")
                } else if !person.acceptsLongShifts {
                    flag(.longShift, day, "\(when(day)): \(type.id) is a long shift (\(hours(paid))) and this person has not accepted long shifts")
                } else if Double(paid) > rules.maximumLongShiftHours * 60 + 1e-9 {
                    flag(.longShift, day, "\(when(day)): \(type.id) is \(hours(paid)), above the \(formatHours(rules.maximumLongShiftHours)) h maximum for long shifts")
                }
            }
        }

        for (shift, type) in instance.shiftTypes.enumerated() {
            if let limit = person.limits.maximumShifts[type.id], countPerType[shift] > limit {
                flag(.shiftTypeLimit, nil, "works \(countPerType[shift]) \(type.id) shifts, above the maximum \(limit) by \(countPerType[shift] - limit)")
            }
        }
        if let minimum = person.limits.minimumMinutes, paidMinutes < minimum {
            flag(.totalMinutes, nil, "works \(paidMinutes) minutes, below the minimum \(minimum) by \(minimum - paidMinutes)")
        }
        if let maximum = person.limits.maximumMinutes, paidMinutes > maximum {
            flag(.totalMinutes, nil, "works \(paidMinutes) minutes, above the maximum \(maximum) by \(paidMinutes - maximum)")
        }

        let quickReturns = checkRest(employee, roster: roster, flag: flag)
        checkWeeklyRest(employee, roster: roster, flag: flag)
        checkRuns(employee, roster: roster, flag: flag)
        let weekends = checkWeekends(employee, roster: roster, flag: flag)
        checkWeeklyHours(employee, roster: roster, flag: flag)

        let planned = Double(paidMinutes) / 60
        let fullTime = instance.fullTimeHours
        let desiredPercent = person.desiredPercent ?? person.currentPercent
        let desiredHours = desiredPercent.map { $0 / 100 * fullTime }
        if let desiredPercent, let desiredHours, planned > desiredHours + 1e-6 {
            flag(.aboveDesiredPosition, nil, "planned \(formatHours(planned)) h (\(percent(planned)) %), above the desired \(formatHours(desiredPercent)) % (\(formatHours(desiredHours)) h) by \(formatHours(planned - desiredHours)) h")
        }
        if let minimum = person.minimumPercent, planned < minimum / 100 * fullTime - 1e-6 {
            let minimumHours = minimum / 100 * fullTime
            flag(.belowMinimumPosition, nil, "planned \(formatHours(planned)) h (\(percent(planned)) %), below the minimum \(formatHours(minimum)) % (\(formatHours(minimumHours)) h) by \(formatHours(minimumHours - planned)) h")
        }

        var granted = 0
        for wish in person.wishes {
            let wishShift = wish.shift.flatMap(instance.shiftIndex(of:))
            if wish.isGranted(by: roster[employee, wish.day - 1], wishShiftIndex: wishShift) { granted += 1 }
        }
        let allowedPaid = instance.shiftTypes.filter { allowed?.contains($0.id) ?? true }.map(\.paidMinutes)
        let shortestShift = Double(allowedPaid.min() ?? 0) / 60
        return EmployeeFigures(
            id: person.id, name: person.name, plannedHours: planned, positionPercent: percent(planned),
            currentPercent: person.currentPercent, desiredPercent: desiredPercent,
            unwantedPartTimeHours: desiredHours.map { max(0, $0 - planned) } ?? 0,
            gapToDesiredPercent: desiredPercent.map { max(0, roundToTenth($0 - planned / fullTime * 100)) } ?? 0,
            shifts: shiftCount, weekendsWorked: weekends, nights: nights, quickReturns: quickReturns,
            wishes: person.wishes.count, wishesGranted: granted,
            isFullTime: planned >= fullTime - 1e-6 || (allowedPaid.isEmpty ? false : planned + shortestShift > fullTime + 1e-6))
    }

    /// The day after `day`, wrapping in a cyclic rota; nil after the last day of a non-cyclic one.
    func nextDay(_ day: Int) -> Int? {
        if day + 1 < instance.dayCount { return day + 1 }
        return instance.horizon.cyclic ? 0 : nil
    }

    func percent(_ plannedHours: Double) -> Double {
        roundToTenth(plannedHours / instance.fullTimeHours * 100)
    }

    /// Rest between consecutive shifts; returns the number of quick returns (rest below the norm).
    private func checkRest(_ employee: Int, roster: Roster, flag: (RuleKind, Int?, String) -> Void) -> Int {
        let timeline = WorkInterval.timeline(of: employee, roster: roster, instance: instance, includeRepetitions: true)
        let horizonMinutes = instance.dayCount * 1440
        let minimum = Int((instance.rules.effectiveMinimumRestHours * 60).rounded())
        let norm = Int((instance.rules.dailyRestHours * 60).rounded())
        var quickReturns = 0
        for (previous, next) in zip(timeline, timeline.dropFirst()) {
            // Count each pair once: the pair whose later shift lies in the rota itself.
            guard next.start >= 0 && next.start < horizonMinutes else { continue }
            let rest = next.start - previous.end
            let from = instance.shiftTypes[previous.shift], to = instance.shiftTypes[next.shift]
            if rest < minimum {
                let wrap = previous.start < 0 ? " (across the wrap from the rota's last week)" : ""
                flag(.dailyRest, next.day, "\(when(next.day)): rest between \(from.id) on \(when(previous.day)) (ends \(from.end)) and \(to.id) (starts \(to.start)) is \(hours(rest)), below the \(hours(minimum)) minimum by \(hours(minimum - rest))\(wrap)")
            } else if rest < norm {
                quickReturns += 1
            }
        }
        return quickReturns
    }

    /// A continuous rest of the required length inside every rota week (Monday 00:00 to Monday 00:00).
    private func checkWeeklyRest(_ employee: Int, roster: Roster, flag: (RuleKind, Int?, String) -> Void) {
        let required = Int((instance.rules.weeklyRestHours * 60).rounded())
        guard required > 0 else { return }
        let timeline = WorkInterval.timeline(of: employee, roster: roster, instance: instance, includeRepetitions: true)
        for week in 0..<instance.horizon.weeks {
            let weekStart = week * 7 * 1440, weekEnd = weekStart + 7 * 1440
            var longest = 0
            var freeFrom = weekStart
            for interval in timeline where interval.end > weekStart && interval.start < weekEnd {
                longest = max(longest, max(interval.start, weekStart) - freeFrom)
                freeFrom = max(freeFrom, min(interval.end, weekEnd))
            }
            longest = max(longest, weekEnd - freeFrom)
            if longest < required {
                flag(.weeklyRest, week * 7, "week \(week + 1): longest continuous rest is \(hours(longest)), below the \(hours(required)) weekly rest by \(hours(required - longest))")
            }
        }
    }

    /// Maximum runs of working days and of nights, minimum runs of working days and of days off.
    /// Runs cross the wrap in a cyclic rota; in a non-cyclic rota, runs touching the first or last day are
    /// exempt from the minimums (work or rest may continue outside the horizon).
    private func checkRuns(_ employee: Int, roster: Roster, flag: (RuleKind, Int?, String) -> Void) {
        let person = instance.staff[employee]
        let days = instance.dayCount
        let working = (0..<days).map { roster[employee, $0] != nil }
        let nights = (0..<days).map { roster[employee, $0].map { instance.shiftTypes[$0].category == .night } ?? false }
        let maximums = [(working, instance.maximumConsecutiveWorkDays(of: person), RuleKind.consecutiveWorkDays, "working days"),
                        (nights, instance.rules.maximumConsecutiveNights, RuleKind.consecutiveNights, "nights")]
        for (flags, limit, rule, noun) in maximums {
            for run in runs(of: flags) where run.length > limit {
                if run.length > days {
                    flag(rule, 0, "\(noun) on every day of a cyclic rota: the run never ends (maximum \(limit) in a row)")
                    continue
                }
                let wrap = run.start + run.length > days ? " (across the wrap)" : ""
                flag(rule, run.start % days, "from \(when(run.start)): \(run.length) \(noun) in a row, above the maximum \(limit) by \(run.length - limit)\(wrap)")
            }
        }
        let minimums = [(working, instance.minimumConsecutiveWorkDays(of: person), RuleKind.minimumConsecutiveWorkDays, "working days"),
                        (working.map { !$0 }, instance.minimumConsecutiveDaysOff(of: person), RuleKind.minimumConsecutiveDaysOff, "days off")]
        for (flags, limit, rule, noun) in minimums where limit > 1 {
            for run in runs(of: flags) where run.length < limit && !run.touchesBorder {
                let wrap = run.start + run.length > days ? " (across the wrap)" : ""
                flag(rule, run.start % days, "from \(when(run.start)): only \(run.length) \(noun) in a row, below the minimum \(limit) by \(limit - run.length)\(wrap)")
            }
        }
    }

    /// Maximal runs of true values. In a cyclic rota a run may continue from the end to the start, and a
    /// rota that is true every day gives one run of unbounded length; in a non-cyclic rota a run that
    /// starts on the first or ends on the last day touches the border.
    func runs(of flags: [Bool]) -> [(start: Int, length: Int, touchesBorder: Bool)] {
        let count = flags.count
        let cyclic = instance.horizon.cyclic
        if flags.allSatisfy({ $0 }) {
            return [(0, cyclic ? Int.max / 2 : count, !cyclic)]
        }
        var result: [(start: Int, length: Int, touchesBorder: Bool)] = []
        // In a cyclic rota begin at an off day so runs crossing the wrap are whole.
        let startSearch = cyclic ? flags.firstIndex(of: false)! : 0
        var runStart: Int?
        for step in 0...count {
            let position = startSearch + step
            let isOn = step < count && flags[position % count]
            if isOn && runStart == nil { runStart = position }
            if !isOn, let start = runStart {
                result.append((start % count, position - start, !cyclic && (start == 0 || position == count)))
                runStart = nil
            }
        }
        return result
    }

    /// Weekend rule; returns the number of worked weekends.
    private func checkWeekends(_ employee: Int, roster: Roster, flag: (RuleKind, Int?, String) -> Void) -> Int {
        let rule = instance.rules.weekend
        let k = instance.weekendFrequency(of: instance.staff[employee])
        let weeks = instance.horizon.weeks
        let timeline = WorkInterval.timeline(of: employee, roster: roster, instance: instance, includeRepetitions: false)
        let window = rule.windowMinutes
        let worked = (0..<weeks).map { week in
            timeline.contains { $0.start < week * 10080 + window.end && $0.end > week * 10080 + window.start }
        }
        let total = worked.filter { $0 }.count
        if let maximum = instance.staff[employee].limits.maximumWeekends, total > maximum {
            flag(.maximumWeekends, nil, "works \(total) weekends, above the maximum \(maximum) by \(total - maximum)")
        }
        guard k > 1 else { return total }
        switch rule.reading {
        case .average:
            let allowed = weeks / k
            if total > allowed {
                flag(.weekendFrequency, nil, "works \(total) weekends; every \(ordinal(k)) weekend over \(weeks) weeks allows \(allowed), \(total - allowed) too many")
            }
        case .pattern:
            if weeks < k {
                if total > 1 { flag(.weekendFrequency, nil, "works \(total) weekends; every \(ordinal(k)) weekend allows 1 in \(weeks) weeks") }
                return total
            }
            let starts = instance.horizon.cyclic ? weeks : weeks - k + 1
            for start in 0..<starts {
                let window = (0..<k).map { (start + $0) % weeks }
                let inWindow = window.filter { worked[$0] }
                if inWindow.count > 1 {
                    let list = inWindow.map { "week \($0 + 1)" }.joined(separator: " and ")
                    flag(.weekendFrequency, start * 7 + 5, "works the weekends of \(list); every \(ordinal(k)) weekend allows one in any \(k) consecutive weekends")
                }
            }
        }
        return total
    }

    /// Hours per rota week (by shift start) and their average.
    private func checkWeeklyHours(_ employee: Int, roster: Roster, flag: (RuleKind, Int?, String) -> Void) {
        var weekly = Array(repeating: 0, count: instance.horizon.weeks)
        for day in 0..<instance.dayCount {
            if let shift = roster[employee, day] { weekly[day / 7] += instance.shiftTypes[shift].paidMinutes }
        }
        let cap = instance.rules.maximumWeeklyHours * 60
        for (week, minutes) in weekly.enumerated() where Double(minutes) > cap + 1e-9 {
            flag(.weeklyHours, week * 7, "week \(week + 1): \(hours(minutes)), above the \(formatHours(instance.rules.maximumWeeklyHours)) h maximum")
        }
        let average = Double(weekly.reduce(0, +)) / Double(max(1, weekly.count)) / 60
        if average > instance.rules.maximumAverageWeeklyHours + 1e-9 {
            flag(.averageWeeklyHours, nil, "averages \(formatHours(average)) h a week, above the \(formatHours(instance.rules.maximumAverageWeeklyHours)) h maximum")
        }
    }

    // MARK: - Unit

    /// Cover of every day and shift: uncovered demand, hard maximums, and the cover penalties.
    private struct Coverage {
        var uncovered: [UncoveredDemand] = []
        var violations: [Violation] = []
        var overCoverShifts = 0
        var underPenalty = 0.0
        var overPenalty = 0.0
    }

    private func coverage(of roster: Roster) -> Coverage {
        let demand = DemandTable(instance: instance)
        var coverage = Coverage()
        for day in 0..<instance.dayCount {
            for (shift, type) in instance.shiftTypes.enumerated() {
                let cell = demand[day, shift]
                let working = instance.staff.indices.filter { roster[$0, day] == shift }
                if let maximum = cell.maximum, working.count > maximum {
                    coverage.violations.append(Violation(rule: .overstaffed, employee: nil, day: day,
                        message: "\(when(day)), \(type.id): \(working.count) planned, above the maximum \(maximum) by \(working.count - maximum)"))
                }
                if let overWeight = cell.overWeight, working.count > cell.minimum {
                    coverage.overCoverShifts += working.count - cell.minimum
                    coverage.overPenalty += overWeight * Double(working.count - cell.minimum)
                }
                let missing = max(0, cell.minimum - working.count)
                var missingSkills: [String: Int] = [:]
                for (skill, required) in cell.skillMinimums {
                    let skillId = instance.skills[skill].id
                    let holders = working.filter { instance.staff[$0].skills.contains(skillId) }.count
                    if holders < required { missingSkills[skillId] = required - holders }
                }
                guard missing > 0 || !missingSkills.isEmpty else { continue }
                let skillPeople = missingSkills.values.reduce(0, +)
                let hourPenalty = instance.weights.uncoveredHour * type.paidHours
                coverage.underPenalty += Double(missing) * (cell.underWeight ?? hourPenalty) + Double(skillPeople) * hourPenalty
                coverage.uncovered.append(UncoveredDemand(
                    day: day, date: instance.date(ofDay: day).description, shift: type.id, required: cell.minimum,
                    planned: working.count, missing: missing, missingSkills: missingSkills,
                    hours: Double((missing + skillPeople) * type.paidMinutes) / 60))
            }
        }
        return coverage
    }

    private func unitFigures(_ figures: [EmployeeFigures], coverage: Coverage) -> UnitFigures {
        let uncovered = coverage.uncovered
        let positions = figures.map(\.positionPercent).sorted()
        let planned = figures.map(\.plannedHours).reduce(0, +)
        let median: Double
        if positions.isEmpty {
            median = 0
        } else if positions.count % 2 == 1 {
            median = positions[positions.count / 2]
        } else {
            median = roundToTenth((positions[positions.count / 2 - 1] + positions[positions.count / 2]) / 2)
        }
        let shiftMinutes = Dictionary(uniqueKeysWithValues: instance.shiftTypes.map { ($0.id, $0.paidMinutes) })
        return UnitFigures(
            headcount: figures.count,
            fte: (planned / instance.fullTimeHours * 100).rounded() / 100,
            averagePositionPercent: figures.isEmpty ? 0 : roundToTenth(planned / (Double(figures.count) * instance.fullTimeHours) * 100),
            medianPositionPercent: median,
            fullTimeCount: figures.filter(\.isFullTime).count,
            plannedHours: planned,
            uncoveredShifts: uncovered.map(\.missing).reduce(0, +),
            uncoveredHours: uncovered.map { Double($0.missing * (shiftMinutes[$0.shift] ?? 0)) / 60 }.reduce(0, +),
            skillShortfallHours: uncovered.map { Double($0.missingSkills.values.reduce(0, +) * (shiftMinutes[$0.shift] ?? 0)) / 60 }.reduce(0, +),
            unwantedPartTimeHours: figures.map(\.unwantedPartTimeHours).reduce(0, +),
            wishes: figures.map(\.wishes).reduce(0, +),
            wishesGranted: figures.map(\.wishesGranted).reduce(0, +),
            quickReturns: figures.map(\.quickReturns).reduce(0, +),
            overCoverShifts: coverage.overCoverShifts)
    }

    private func penalty(roster: Roster, figures: [EmployeeFigures], coverage: Coverage) -> PenaltyBreakdown {
        let weights = instance.weights
        let bandHours = ObjectiveWeights.fairnessBandPercent / 100 * instance.fullTimeHours
        let costs = figures.map { weights.unwantedPartTimeCost(gapHours: $0.unwantedPartTimeHours, bandHours: bandHours) }
        var belowCurrent = 0.0
        var workWishes = 0, offWishes = 0
        for (index, person) in instance.staff.enumerated() {
            if let current = person.currentPercent {
                belowCurrent += max(0, current / 100 * instance.fullTimeHours - figures[index].plannedHours)
            }
            for wish in person.wishes {
                let wishShift = wish.shift.flatMap(instance.shiftIndex(of:))
                guard !wish.isGranted(by: roster[index, wish.day - 1], wishShiftIndex: wishShift) else { continue }
                switch wish.kind {
                case .work: workWishes += wish.weight
                case .off: offWishes += wish.weight
                }
            }
        }
        return PenaltyBreakdown(
            uncoveredDemand: coverage.underPenalty,
            overCover: coverage.overPenalty,
            unwantedPartTime: costs.map(\.plain).reduce(0, +),
            belowCurrentPosition: weights.belowCurrentPositionHour * belowCurrent,
            workWishesNotGranted: weights.wish * Double(workWishes),
            offWishesNotGranted: weights.wish * Double(offWishes),
            fairness: costs.map(\.fairness).reduce(0, +))
    }
}

func roundToTenth(_ value: Double) -> Double {
    (value * 10).rounded() / 10
}
