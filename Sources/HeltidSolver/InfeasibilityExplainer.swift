import Foundation
import HeltidModel

/// Explains why no roster satisfies the hard rules, in the users' words.
///
/// In the compact model only minimums force work (a `minimumPercent`, or minimum minutes in the personal
/// limits); everything else can be met by leaving people off. So the explainer finds, per employee with
/// a minimum, the most hours the rules allow them (an exact MIP for that person alone) and names those
/// who cannot reach their minimum.
struct InfeasibilityExplainer {
    let instance: Instance
    let options: SolveOptions

    func reasons() throws -> [String] {
        var reasons: [String] = []
        let withMinimum = instance.staff.indices.filter { instance.minimumWork(of: instance.staff[$0]) != nil }
        for employee in withMinimum {
            let person = instance.staff[employee]
            let minimum = instance.minimumWork(of: person)!
            let formulation = CompactFormulation(maximumHoursOf: employee, instance: instance)
            let problem = GLPKProblem(verbose: options.verbose)
            try problem.load(formulation.model)
            let outcome = try BranchAndCut(problem: problem, variableCount: formulation.model.variables.count)
                .run(phase: "explain", clock: SearchClock(for: options), deadline: 10, progress: nil)
            // Minus the bound is an upper limit on the hours even when the search did not finish.
            let attainable = -(outcome.optimal ? outcome.objective ?? 0 : outcome.bound ?? outcome.objective ?? 0) / 60
            if attainable < minimum.minutes / 60 - 1e-6 {
                reasons.append("\(person.name) (\(person.id)) must work \(minimum.stated) (\(formatHours(minimum.minutes / 60)) h), but the rules allow at most \(formatHours(attainable)) h: \(describeLimits(of: person))")
            }
        }
        if reasons.isEmpty && !withMinimum.isEmpty {
            let names = withMinimum.map { instance.staff[$0].name }.joined(separator: ", ")
            reasons.append("each minimum can be met alone, but not all together: the demand maximums (people allowed per shift) leave too few shifts for \(names)")
        }
        if reasons.isEmpty {
            reasons.append("the hard rules contradict each other; no single person's minimum explains it")
        }
        return reasons
    }

    private func describeLimits(of person: Employee) -> String {
        var parts: [String] = []
        if let shifts = person.shifts { parts.append("may only work \(shifts.joined(separator: ", "))") }
        if !person.daysOff.isEmpty { parts.append("\(person.daysOff.count) fixed days off") }
        let k = instance.weekendFrequency(of: person)
        if k > 1 { parts.append("every \(ordinal(k)) weekend") }
        if let weekends = person.limits.maximumWeekends { parts.append("at most \(weekends) weekends") }
        for (shift, count) in person.limits.maximumShifts.sorted(by: { $0.key < $1.key }) {
            parts.append("at most \(count) \(shift) shifts")
        }
        parts.append("at most \(instance.maximumConsecutiveWorkDays(of: person)) days in a row")
        if instance.rules.dailyRestHours > 0 || instance.rules.weeklyRestHours > 0 {
            parts.append("\(formatHours(instance.rules.dailyRestHours)) h daily and \(formatHours(instance.rules.weeklyRestHours)) h weekly rest")
        }
        parts.append("shifts only where demand allows staff")
        if let desired = person.desiredPercent ?? person.currentPercent { parts.append("at most the desired \(formatHours(desired)) %") }
        if let maximum = person.limits.maximumMinutes { parts.append("at most \(maximum) minutes") }
        return parts.joined(separator: ", ")
    }
}
