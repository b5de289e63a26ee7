import Foundation
import HeltidModel

/// Explains why no roster satisfies the hard rules, in the users' words.
///
/// In the compact model only position minimums (`minimumPercent`) force work; everything else can be
/// met by leaving people off. So the explainer finds, per employee with a minimum, the most hours the
/// rules allow them (an exact MIP for that person alone) and names those who cannot reach their minimum.
struct InfeasibilityExplainer {
    let instance: Instance
    let options: SolveOptions

    func reasons() throws -> [String] {
        var reasons: [String] = []
        let fullTime = instance.fullTimeHours
        let withMinimum = instance.staff.indices.filter { (instance.staff[$0].minimumPercent ?? 0) > 0 }
        for employee in withMinimum {
            let person = instance.staff[employee]
            let minimumHours = person.minimumPercent! / 100 * fullTime
            let formulation = CompactFormulation(maximumHoursOf: employee, instance: instance)
            let problem = GLPKProblem(verbose: options.verbose)
            try problem.load(formulation.model)
            let outcome = try BranchAndCut(problem: problem, variableCount: formulation.model.variables.count, verbose: options.verbose)
                .run(phase: "explain", started: .now, deadline: 10, progress: nil)
            let best = -(outcome.bound ?? outcome.objective ?? 0) / 60
            let attainable = outcome.optimal ? -(outcome.objective ?? 0) / 60 : best
            if attainable < minimumHours - 1e-6 {
                let personRules = describeLimits(of: person)
                reasons.append("\(person.name) (\(person.id)) must have at least \(formatHours(person.minimumPercent!)) % (\(formatHours(minimumHours)) h), but the rules allow at most \(formatHours(attainable)) h: \(personRules)")
            }
        }
        if reasons.isEmpty && !withMinimum.isEmpty {
            let names = withMinimum.map { instance.staff[$0].name }.joined(separator: ", ")
            reasons.append("each minimum position can be met alone, but not all together: the demand maximums (people allowed per shift) leave too few shifts for \(names)")
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
        parts.append("at most \(instance.rules.maximumConsecutiveWorkDays) days in a row")
        parts.append("\(formatHours(instance.rules.dailyRestHours)) h daily and \(formatHours(instance.rules.weeklyRestHours)) h weekly rest")
        parts.append("shifts only where demand allows staff")
        parts.append("at most the desired \(formatHours(person.desiredPercent)) %")
        return parts.joined(separator: ", ")
    }
}
