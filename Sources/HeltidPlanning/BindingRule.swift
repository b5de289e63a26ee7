import HeltidChecker
import HeltidModel

/// The rule that keeps a rota where it is (positions below what staff want, demand uncovered, the
/// headcount): a stable key for translations and a sentence in English.
public struct BindingRule: Sendable, Equatable, Codable {
    /// An obstacle key (a ``RuleKind`` raw value such as `weekendFrequency`, or `skill:<id>`), or one of the
    /// keys below.
    public var key: String
    /// What binds, in words, with the numbers behind it.
    public var text: String

    public init(key: String, text: String) {
        self.key = key
        self.text = text
    }

    /// Everyone has their desired position and all demand is covered.
    public static let noneKey = "none"
    /// Open shifts still fit someone below their wish: the solver stopped before using them.
    public static let solverStoppedKey = "solverStopped"
    /// All demand is covered: more hours need more demand (base staffing).
    public static let demandKey = "demand"
    /// The hours of demand set the headcount (dimensioning).
    public static let hoursKey = "hours"
    /// The named staff set the headcount (dimensioning).
    public static let namedStaffKey = "namedStaff"
    /// No rota was found (infeasible rules, or no rota in the time given); the text says why.
    public static let noRotaKey = "noRota"

    /// What binds in a finished rota: for people below their desired position, the rule that blocks the
    /// open shifts most often; else, for uncovered demand, the rule that keeps anyone from taking it.
    public static func of(instance: Instance, roster: Roster, report: CheckReport) -> BindingRule {
        let analysis = OpenShiftAnalysis(instance: instance, roster: roster, report: report)
        let reasons = analysis.partTimeReasons(report: report)
        if !reasons.isEmpty {
            let free = reasons.reduce(0) { $0 + $1.freeShifts }
            let pairs = reasons.reduce(0) { $0 + $1.openShifts }
            if free > 0 {
                return BindingRule(key: solverStoppedKey, text: "\(free) open shifts would still fit someone below their desired position; the solver stopped before using them")
            }
            if pairs == 0 {
                if let skill = missingSkill(report) { return skill }
                return BindingRule(key: demandKey, text: "no open shifts: all demand is covered, so more hours need more demand (base staffing)")
            }
            var tally: [String: (title: String, count: Int)] = [:]
            for reason in reasons {
                for obstacle in reason.obstacles {
                    tally[obstacle.obstacle, default: (obstacle.title, 0)].count += obstacle.count
                }
            }
            let ranked = tally.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            let top = ranked[0]
            let others = ranked.dropFirst().prefix(2).map { "\($0.value.title) (\($0.value.count))" }
            return BindingRule(key: top.key, text: "\(top.value.title): blocks \(top.value.count) of \(pairs) (person, open shift) pairs for the \(reasons.count) people below their desired position"
                + (others.isEmpty ? "" : "; next: " + others.joined(separator: ", ")))
        }
        if report.unit.uncoveredHours + report.unit.skillShortfallHours > 1e-6 {
            let blocked = analysis.uncoveredDemandObstacles()
            guard let top = blocked.obstacles.first, blocked.freePairs == 0 else {
                return BindingRule(key: solverStoppedKey, text: "uncovered demand would still fit someone; the solver stopped before using it")
            }
            return BindingRule(key: top.obstacle, text: "\(top.title): keeps \(top.count) of \(blocked.pairs) (person, uncovered shift) pairs apart; everyone has their desired position")
        }
        return BindingRule(key: noneKey, text: "no rule binds: everyone has their desired position and all demand is covered")
    }

    /// The skill missing most often on shifts that are full (people enough, skills short), if any.
    private static func missingSkill(_ report: CheckReport) -> BindingRule? {
        var missing: [String: Int] = [:]
        for gap in report.uncovered where gap.missing == 0 {
            for (skill, count) in gap.missingSkills { missing[skill, default: 0] += count }
        }
        guard let top = missing.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
        return BindingRule(key: "skill:\(top.key)", text: "skill \(top.key): \(top.value) shift\(top.value == 1 ? "" : "s") \(top.value == 1 ? "has" : "have") people enough but lack\(top.value == 1 ? "s" : "") it (\(formatHours(report.unit.skillShortfallHours)) h); more of that skill, not more hours, would close the gap")
    }
}
