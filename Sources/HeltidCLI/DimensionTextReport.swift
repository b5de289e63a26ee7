import Foundation
import HeltidChecker
import HeltidModel
import HeltidPlanning

/// The human-readable output of `heltid dimension`.
struct DimensionTextReport {
    let dimensioning: DimensioningResult
    let elapsedSeconds: Double

    func text() -> String {
        let instance = dimensioning.instance
        let arithmetic = dimensioning.arithmetic
        var sections: [String] = []
        var head = [
            "Heltid dimensioning — \(instance.unit.name)",
            "Rota: \(instance.horizon.weeks) weeks\(instance.horizon.cyclic ? " (cyclic base rota)" : ""), full-time \(formatHours(instance.rules.fullTimeWeeklyHours)) h/week",
            "Arithmetic: \(arithmetic.summary)",
            "Least headcount by the arithmetic: \(arithmetic.minimumHeadcount.map(String.init) ?? "none (the weekend rule cannot be met)")",
        ]
        let namedStaff = dimensioning.namedStaff
        let staffText = namedStaff == 0 ? "\(dimensioning.openPositions) open positions" : "\(namedStaff) named staff + \(dimensioning.openPositions) open positions"
        if let unit = dimensioning.report?.unit {
            let ceiling = arithmetic.weekendCeilingPercent.map { " (weekend ceiling \(number($0)) %)" } ?? ""
            head.append("Result: \(dimensioning.headcount) heads (\(staffText)), FTE \(String(format: "%.2f", unit.fte)), average position \(number(unit.averagePositionPercent)) %\(ceiling), median \(number(unit.medianPositionPercent)) %, full-time \(unit.fullTimeCount)")
            head.append(dimensioning.isCovered ? "All demand is covered." : "Demand left uncovered: \(number(unit.uncoveredHours + unit.skillShortfallHours)) h.")
        } else {
            head.append("Result: no rota found (\(staffText)).")
        }
        head.append("Headcount: \(dimensioning.minimality).")
        head.append("Binding rule: \(dimensioning.bindingRule.text).")
        head.append("Attempts: " + dimensioning.attempts.map { attempt in
            let uncovered = attempt.uncoveredHours.map { "\(number($0)) h uncovered" } ?? "no rota"
            return "\(attempt.headcount) heads → \(uncovered)\(attempt.proven ? " (proven)" : "") in \(String(format: "%.1f", attempt.elapsedSeconds)) s"
        }.joined(separator: "; "))
        head.append("Solver: \(dimensioning.result.solver), \(String(format: "%.1f", elapsedSeconds)) s in all.")
        sections.append(head.joined(separator: "\n"))
        if let report = dimensioning.report {
            let sizes = Dictionary(grouping: report.employees.map(\.positionPercent), by: { $0 })
                .sorted { $0.key > $1.key }.map { "\(number($0.key)) % × \($0.value.count)" }
            sections.append("Positions: " + sizes.joined(separator: ", "))
        }
        if let roster = dimensioning.result.roster, let report = dimensioning.report {
            let rota = RotaTextReport(instance: instance, roster: roster, report: report)
            sections.append(rota.grid())
            sections.append(rota.figures())
            sections.append(rota.violations())
        }
        return sections.joined(separator: "\n\n") + "\n"
    }
}
