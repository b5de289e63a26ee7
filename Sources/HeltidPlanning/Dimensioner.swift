import Foundation
import HeltidChecker
import HeltidModel
import HeltidSolver

/// Finds the smallest headcount that covers an instance's demand under its rules, and the positions
/// (`heltid dimension`).
///
/// Named staff are kept; open positions (the instance's ``OpenPosition`` profile) are added. The search
/// starts at the least headcount the weekend arithmetic allows and adds positions while demand stays
/// uncovered. At each headcount the rota is built in stages with the compact solver:
/// 1. cover, with the open positions' worked weekends staggered (position i takes weekends i mod k): a
///    restriction that removes the symmetry between identical positions, so the search finds a covering
///    rota fast;
/// 2. if that leaves demand uncovered, the same headcount without the restriction, from that rota;
/// 3. once covered, the position structure: with `fair`, the fairness objective (the instance's own
///    `fairnessStep`, else 1) evens the positions out
///    (nobody is left far below the others), from the covering rota, in the time that is left.
public struct Dimensioner {
    /// Even out the positions (max-min fairness) once the demand is covered.
    public var fair: Bool

    public init(fair: Bool = true) {
        self.fair = fair
    }

    public func run(_ instance: Instance, options: SolveOptions) throws -> DimensioningResult {
        let started = ContinuousClock.now
        // Under a work limit the stages' work seconds add up instead of the wall clock (deterministic).
        let limit = options.workLimit ?? options.timeLimit
        var workSpent = 0.0
        // The covering stages use the plain objective; the instance's own fairness step returns in stage 3.
        let fairnessStep = instance.weights.fairnessStep
        var base = instance
        base.weights.fairnessStep = 0
        func elapsed() -> Double { options.workLimit == nil ? started.duration(to: .now).seconds : workSpent }
        func spent(_ result: SolveResult) -> SolveResult {
            workSpent += result.workSeconds ?? 0
            return result
        }
        let profile = base.openPosition ?? OpenPosition()
        let arithmetic = WeekendArithmetic(instance: base, largestPositionPercent: profile.desiredPercent)
        let positionHours = profile.desiredPercent / 100 * base.fullTimeHours
        var openCount = max(base.staff.isEmpty ? 1 : 0, (arithmetic.minimumHeadcount ?? 0) - base.staff.count)
        var attempts: [DimensioningAttempt] = []
        var shortfall: (headcount: Int, obstacles: [ObstacleCount], uncoveredHours: Double)?
        var last: (instance: Instance, result: SolveResult, report: CheckReport?)?

        while true {
            let staffed = profile.adding(openCount, to: base)
            let attemptStarted = elapsed()
            let remaining = limit - attemptStarted
            let progress = options.progress.map { report in
                { @Sendable (update: SolverProgress) in
                    var update = update
                    update.phase = "\(staffed.staff.count) heads: " + update.phase
                    if options.workLimit == nil { update.elapsedSeconds = started.duration(to: .now).seconds }
                    report(update)
                }
            }
            func stageOptions(_ seconds: Double) -> SolveOptions {
                SolveOptions(timeLimit: max(1, seconds), workLimit: options.workLimit == nil ? nil : max(1, seconds), verbose: options.verbose,
                             seed: options.seed, progress: progress)
            }
            // Stage 1: staggered weekends; stage 2: unrestricted from there when demand is still uncovered.
            // Everyone-off start: branch-and-cut finds no first rota on these symmetric units in the time it
            // takes (measured on the weekend-arithmetic samples), the neighbourhood search does.
            let everyoneOff = Roster(employees: staffed.staff.count, days: staffed.dayCount)
            var result = try spent(CompactSolver().solve(staggered(staffed, from: base.staff.count), options: stageOptions(remaining * 0.5),
                                                         start: everyoneOff))
            var report = result.roster.map { RosterChecker(instance: staffed).check($0) }
            var proven = false
            if uncovered(report) > 0, !Interruption.isRequested, limit - elapsed() > 1 {
                let unrestricted = try spent(CompactSolver().solve(staffed, options: stageOptions((limit - elapsed()) * 0.5),
                                                                   start: result.roster))
                let unrestrictedReport = unrestricted.roster.map { RosterChecker(instance: staffed).check($0) }
                proven = unrestricted.status == .optimal
                if uncovered(unrestrictedReport) <= uncovered(report) {
                    result = unrestricted
                    report = unrestrictedReport
                }
            }
            let missing = uncovered(report)
            attempts.append(DimensioningAttempt(headcount: staffed.staff.count, openPositions: openCount,
                                                uncoveredHours: report == nil ? nil : missing, proven: proven && report != nil,
                                                elapsedSeconds: elapsed() - attemptStarted))
            if let report, missing < 1e-6 {
                // Stage 3: the position structure, from the covering rota.
                var final = (instance: staffed, result: result, report: Optional(report))
                if fair, limit - elapsed() > 1, !Interruption.isRequested, let roster = result.roster {
                    var fairInstance = staffed
                    fairInstance.weights.fairnessStep = fairnessStep
                    fairInstance.weights.enableFairness()
                    let even = try spent(CompactSolver().solve(fairInstance, options: stageOptions(limit - elapsed()), start: roster))
                    if let evenRoster = even.roster {
                        final = (fairInstance, even, RosterChecker(instance: fairInstance).check(evenRoster))
                    }
                }
                return finish(arithmetic: arithmetic, final: final, openCount: openCount, attempts: attempts,
                              shortfall: shortfall, covered: uncovered(final.report) < 1e-6)
            }
            last = (staffed, result, report)
            if let report, let roster = result.roster {
                let analysis = OpenShiftAnalysis(instance: staffed, roster: roster, report: report).uncoveredDemandObstacles()
                shortfall = (staffed.staff.count, analysis.obstacles, missing)
            }
            let step = report == nil ? 1 : max(1, Int((missing / positionHours).rounded(.up)))
            if Interruption.isRequested || limit - elapsed() < 2 || staffed.staff.count + step > InstanceLoader.maximumStaff {
                break
            }
            openCount += step
        }
        return finish(arithmetic: arithmetic, final: last!, openCount: openCount, attempts: attempts,
                      shortfall: shortfall, covered: false)
    }

    /// Uncovered demand hours (people and skills) in a report; infinite without a roster.
    private func uncovered(_ report: CheckReport?) -> Double {
        guard let report else { return .infinity }
        return report.unit.uncoveredHours + report.unit.skillShortfallHours
    }

    /// The instance with open positions (staff from index `first` on) limited to every k-th weekend,
    /// position i to the weekends i, i + k, i + 2k, …: fixed days off on the other Saturdays and Sundays.
    func staggered(_ instance: Instance, from first: Int) -> Instance {
        let k = instance.rules.weekend.frequency
        guard k > 1, instance.horizon.weeks >= k else { return instance }
        var restricted = instance
        for index in first..<instance.staff.count {
            let group = (index - first) % k
            for week in 0..<instance.horizon.weeks where week % k != group {
                restricted.staff[index].daysOff += [week * 7 + 6, week * 7 + 7]
            }
        }
        return restricted
    }

    private func finish(arithmetic: WeekendArithmetic, final: (instance: Instance, result: SolveResult, report: CheckReport?),
                        openCount: Int, attempts: [DimensioningAttempt],
                        shortfall: (headcount: Int, obstacles: [ObstacleCount], uncoveredHours: Double)?,
                        covered: Bool) -> DimensioningResult {
        let heads = final.instance.staff.count
        let minimal: Bool
        let minimality: String
        if !covered {
            minimal = false
            minimality = "no rota covering all demand was found within the time limit (tried \(attempts.map { "\($0.headcount)" }.joined(separator: ", ")) heads)"
        } else if let least = arithmetic.minimumHeadcount, heads <= least {
            minimal = true
            minimality = "minimal: the arithmetic shows that no rota with fewer than \(least) heads covers the demand"
        } else if let previous = attempts.first(where: { $0.headcount == heads - 1 }), previous.proven {
            minimal = true
            minimality = "minimal: with \(heads - 1) heads the solver proved that demand stays uncovered"
        } else if attempts.contains(where: { $0.headcount == heads - 1 }) {
            minimal = false
            minimality = "not proven minimal: with \(heads - 1) heads no covering rota was found in the time given, which does not prove there is none"
        } else {
            minimal = false
            minimality = "not proven minimal: \(heads - 1) heads was not tried (the search added several positions at once)"
        }

        let binding: BindingRule
        let weekendHeads = arithmetic.weekendHeadcount ?? 0
        if let shortfall {
            let rules = shortfall.obstacles.prefix(3).map { "\($0.title) (\($0.count))" }.joined(separator: ", ")
            binding = BindingRule(key: shortfall.obstacles.first?.obstacle ?? BindingRule.solverStoppedKey, text: "with \(shortfall.headcount) heads, \(formatHours(shortfall.uncoveredHours)) h of demand stayed uncovered; giving those shifts to anyone would break: \(rules.isEmpty ? "no rule (the search ran out of time)" : rules)")
        } else if covered && heads == weekendHeads && weekendHeads >= arithmetic.hoursHeadcount && weekendHeads > 0 {
            binding = BindingRule(key: RuleKind.weekendFrequency.rawValue, text: "the weekend rule: every \(ordinal(arithmetic.weekendFrequency)) weekend with \(arithmetic.peopleOnTheBusiestWeekend) people per weekend needs \(weekendHeads) heads; no other rule binds, so the average position reaches the weekend ceiling")
        } else if covered && heads == arithmetic.hoursHeadcount {
            binding = BindingRule(key: BindingRule.hoursKey, text: "the hours: \(String(format: "%.2f", arithmetic.fte)) full-time equivalents need \(heads) positions of at most \(formatHours(arithmetic.largestPositionPercent)) %; the weekend rule does not bind")
        } else {
            binding = BindingRule(key: BindingRule.namedStaffKey, text: "the named staff: the unit already has \(heads) people")
        }
        return DimensioningResult(arithmetic: arithmetic, instance: final.instance, openPositions: openCount, result: final.result,
                                  report: final.report, attempts: attempts, isCovered: covered, headcountIsMinimal: minimal,
                                  minimality: minimality, bindingRule: binding, obstacles: shortfall?.obstacles ?? [])
    }
}
