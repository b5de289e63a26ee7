import HeltidChecker
import HeltidModel
import HeltidPlanning
import HeltidSolver

extension ReportLanguage {
    /// How the scenario's solve ended, short: "time limit, gap 2.10 %", "optimal", "covered with 30 heads".
    public func status(of outcome: ScenarioOutcome) -> String {
        guard let result = outcome.result else { return text(.noRota) + ": " + (outcome.failure ?? "") }
        let gap = result.gap.map { number($0 * 100, decimals: 2) + " %" }
        switch (result.status, self) {
        case (.optimal, .en): return "optimal (proven)"
        case (.optimal, .nb): return "optimal (bevist)"
        case (.timeLimit, .en): return "time limit" + (gap.map { ", gap \($0)" } ?? "")
        case (.timeLimit, .nb): return "tidsgrense" + (gap.map { ", gap \($0)" } ?? "")
        case (.interrupted, .en): return "interrupted" + (gap.map { ", gap \($0)" } ?? "")
        case (.interrupted, .nb): return "avbrutt" + (gap.map { ", gap \($0)" } ?? "")
        case (.infeasible, .en): return "infeasible: the rules cannot all hold"
        case (.infeasible, .nb): return "umulig: reglene kan ikke alle holdes"
        case (.noSolutionFound, _): return text(.noRota)
        }
    }

    /// The binding rule in a few words (the table cell); the full sentence is ``BindingRule/text`` (English).
    public func shortName(of rule: BindingRule, in instance: Instance) -> String {
        let k = instance.rules.weekend.frequency
        if rule.key.hasPrefix("skill:") {
            let skill = String(rule.key.dropFirst("skill:".count))
            return self == .nb ? "kompetanse: \(skill)" : "skill: \(skill)"
        }
        if self == .en {
            switch rule.key {
            case RuleKind.weekendFrequency.rawValue: return "weekend rule (every \(ordinal(k)) weekend)"
            case BindingRule.noneKey: return "none"
            case BindingRule.solverStoppedKey: return "none found (solver stopped)"
            case BindingRule.demandKey: return "demand (all covered)"
            case BindingRule.hoursKey: return "hours of demand"
            case BindingRule.namedStaffKey: return "named staff"
            case BindingRule.noRotaKey: return "no rota"
            default: return RuleKind(rawValue: rule.key)?.title ?? rule.key
            }
        }
        switch rule.key {
        case RuleKind.weekendFrequency.rawValue: return "helgeregelen (hver \(k). helg)"
        case BindingRule.noneKey: return "ingen"
        case BindingRule.solverStoppedKey: return "ingen funnet (løseren stoppet)"
        case BindingRule.demandKey: return "behovet (alt dekket)"
        case BindingRule.hoursKey: return "timebehovet"
        case BindingRule.namedStaffKey: return "ansatte som finnes"
        case BindingRule.noRotaKey: return "ingen turnus"
        default: return RuleKind(rawValue: rule.key).map(norwegianTitle) ?? rule.key
        }
    }

    private func norwegianTitle(_ rule: RuleKind) -> String {
        switch rule {
        case .shiftNotAllowed: return "vakter personen ikke kan ta"
        case .dayOff: return "faste fridager"
        case .longShift: return "maks vaktlengde"
        case .dailyRest: return "daglig hviletid"
        case .forbiddenSuccession: return "forbudt vaktrekkefølge"
        case .shiftTypeLimit: return "maks vakter av en type"
        case .totalMinutes: return "samlet arbeidstid"
        case .minimumConsecutiveWorkDays: return "minst dager på rad"
        case .minimumConsecutiveDaysOff: return "minst fridager på rad"
        case .maximumWeekends: return "maks helger"
        case .weeklyRest: return "ukentlig hviletid"
        case .consecutiveWorkDays: return "maks dager på rad"
        case .consecutiveNights: return "maks netter på rad"
        case .weekendFrequency: return "helgeregelen"
        case .weeklyHours: return "maks timer i én uke"
        case .averageWeeklyHours: return "maks gjennomsnittlig ukearbeidstid"
        case .aboveDesiredPosition: return "ønsket stillingsstørrelse"
        case .belowMinimumPosition: return "minste stillingsstørrelse"
        case .overstaffed: return "maks bemanning på vakten"
        }
    }

    /// One-letter weekday for rota headers.
    public func letter(of weekday: Weekday) -> String {
        self == .nb ? ["M", "T", "O", "T", "F", "L", "S"][weekday.index] : weekday.letter
    }

    /// What binds, as much as this language has: the full sentence in English, the rule's name in bokmål
    /// (the explanatory sentences are English only).
    public func bindingRuleSentence(of outcome: ScenarioOutcome) -> String {
        self == .en ? outcome.bindingRule.text : shortName(of: outcome.bindingRule, in: outcome.instance)
    }

    /// How the scenario was solved.
    public func method(of outcome: ScenarioOutcome) -> String {
        outcome.method == .rota ? text(.rotaMethod) : text(.dimensionMethod)
    }
}
