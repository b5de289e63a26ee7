import Foundation
import HeltidChecker
import HeltidModel
import HeltidPlanning
import HeltidSolver

/// The language of report labels (`--lang`): English (default) or Norwegian bokmål. JSON field names
/// and keys stay English in both.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case en
    case nb

    /// A number with `decimals` decimals, in this language's notation (56.1 / 56,1).
    public func number(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value == 0 ? 0 : value)
        return self == .nb ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A difference with its sign (+3.2, -1, ±0).
    public func difference(_ value: Double, decimals: Int) -> String {
        let scale = pow(10, Double(decimals))
        let rounded = (value * scale).rounded() / scale
        if rounded == 0 { return "±" + number(0, decimals: decimals) }
        return (rounded > 0 ? "+" : "") + number(rounded, decimals: decimals)
    }

    /// Row label of a compared figure.
    public func label(_ metric: ComparisonMetric) -> String {
        switch (metric, self) {
        case (.headcount, .en): return "Headcount"
        case (.headcount, .nb): return "Antall ansatte"
        case (.fte, .en): return "Full-time equivalents (FTE)"
        case (.fte, .nb): return "Årsverk"
        case (.averagePositionPercent, .en): return "Average position %"
        case (.averagePositionPercent, .nb): return "Gjennomsnittlig stillingsprosent"
        case (.medianPositionPercent, .en): return "Median position %"
        case (.medianPositionPercent, .nb): return "Median stillingsprosent"
        case (.fullTimeCount, .en): return "Full-time staff"
        case (.fullTimeCount, .nb): return "Ansatte i heltid"
        case (.fullTimeSharePercent, .en): return "Full-time share %"
        case (.fullTimeSharePercent, .nb): return "Heltidsandel %"
        case (.positionsBelow50Percent, .en): return "Positions below 50 %"
        case (.positionsBelow50Percent, .nb): return "Stillinger under 50 %"
        case (.positionsBelow40Percent, .en): return "Positions below 40 %"
        case (.positionsBelow40Percent, .nb): return "Stillinger under 40 %"
        case (.weekendCeilingPercent, .en): return "Weekend ceiling T ÷ (F·k·H) %"
        case (.weekendCeilingPercent, .nb): return "Helgetak T ÷ (F·k·H) %"
        case (.uncoveredHours, .en): return "Uncovered demand, hours (extra shifts, temps)"
        case (.uncoveredHours, .nb): return "Udekket behov, timer (ekstravakter, vikar)"
        case (.skillShortfallHours, .en): return "Skill minimums not met, hours"
        case (.skillShortfallHours, .nb): return "Kompetansekrav ikke dekket, timer"
        case (.wishesGrantedPercent, .en): return "Wishes granted %"
        case (.wishesGrantedPercent, .nb): return "Ønsker innfridd %"
        case (.weekendsMinimum, .en): return "Weekends per person, min"
        case (.weekendsMinimum, .nb): return "Helger per person, minst"
        case (.weekendsAverage, .en): return "Weekends per person, average"
        case (.weekendsAverage, .nb): return "Helger per person, snitt"
        case (.weekendsMaximum, .en): return "Weekends per person, max"
        case (.weekendsMaximum, .nb): return "Helger per person, flest"
        case (.nightsMinimum, .en): return "Nights per person, min"
        case (.nightsMinimum, .nb): return "Netter per person, minst"
        case (.nightsAverage, .en): return "Nights per person, average"
        case (.nightsAverage, .nb): return "Netter per person, snitt"
        case (.nightsMaximum, .en): return "Nights per person, max"
        case (.nightsMaximum, .nb): return "Netter per person, flest"
        case (.quickReturns, .en): return "Quick returns (rest below the norm)"
        case (.quickReturns, .nb): return "Kort hviletid mellom vakter"
        case (.unwantedPartTimeHours, .en): return "Unwanted part-time, hours"
        case (.unwantedPartTimeHours, .nb): return "Uønsket deltid, timer"
        }
    }

    /// Fixed words of the reports.
    public func text(_ word: Word) -> String {
        switch self {
        case .en: return word.english
        case .nb: return word.norwegian
        }
    }

    /// The words reports use besides the figures' labels.
    public enum Word: Sendable {
        case comparison, baseline, status, bindingRule, differenceNote, scenarios, positionChart, weekendChart
        case rota, legend, people, average, weekendShading, generatedBy, solvedAs
        case rotaMethod, dimensionMethod, noRota, checkerRejects, positionChartNote, weekendChartNote, desired
        case position, week, noWeekendWork

        var english: String {
            switch self {
            case .comparison: return "Scenario comparison"
            case .baseline: return "baseline"
            case .status: return "Solver status"
            case .bindingRule: return "What binds"
            case .differenceNote: return "In brackets: the difference to the baseline (the first scenario)."
            case .scenarios: return "The scenarios"
            case .positionChart: return "Position sizes"
            case .weekendChart: return "Weekend load"
            case .rota: return "Rota"
            case .legend: return "Legend"
            case .people: return "people"
            case .average: return "average"
            case .weekendShading: return "weekends shaded"
            case .generatedBy: return "Made with Heltid"
            case .solvedAs: return "Solved as"
            case .rotaMethod: return "rota for the staff"
            case .dimensionMethod: return "smallest headcount (dimensioned)"
            case .noRota: return "no rota"
            case .checkerRejects: return "the checker rejects this rota"
            case .positionChartNote: return "Number of people by planned position size; the bar length is the headcount."
            case .weekendChartNote: return "Weekends worked per person: the bar is the average, the line runs from the least to the most."
            case .desired: return "desired"
            case .position: return "position"
            case .week: return "Week"
            case .noWeekendWork: return "Nobody works weekends in these scenarios."
            }
        }

        var norwegian: String {
            switch self {
            case .comparison: return "Sammenligning av scenarioer"
            case .baseline: return "utgangspunkt"
            case .status: return "Løserstatus"
            case .bindingRule: return "Hva som binder"
            case .differenceNote: return "I parentes: forskjellen fra utgangspunktet (første scenario)."
            case .scenarios: return "Scenarioene"
            case .positionChart: return "Stillingsstørrelser"
            case .weekendChart: return "Helgebelastning"
            case .rota: return "Turnus"
            case .legend: return "Forklaring"
            case .people: return "personer"
            case .average: return "snitt"
            case .weekendShading: return "helger skyggelagt"
            case .generatedBy: return "Laget med Heltid"
            case .solvedAs: return "Løst som"
            case .rotaMethod: return "turnus for de ansatte"
            case .dimensionMethod: return "minste bemanning (dimensjonert)"
            case .noRota: return "ingen turnus"
            case .checkerRejects: return "kontrollen avviser denne turnusen"
            case .positionChartNote: return "Antall personer etter planlagt stillingsstørrelse; søylens lengde er antall ansatte."
            case .weekendChartNote: return "Helger på jobb per person: søylen er snittet, streken går fra færrest til flest."
            case .desired: return "ønsket"
            case .position: return "stilling"
            case .week: return "Uke"
            case .noWeekendWork: return "Ingen jobber helg i disse scenarioene."
            }
        }
    }
}
