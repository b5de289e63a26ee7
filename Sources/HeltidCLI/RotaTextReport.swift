import Foundation
import HeltidChecker
import HeltidModel

/// The human-readable report: the rota as a staff × days grid (weekends marked) and the key figures.
struct RotaTextReport {
    let instance: Instance
    let roster: Roster
    let report: CheckReport

    /// The rota grid: one column per day, weeks separated by `|`, weekend columns marked below the header.
    func grid() -> String {
        let cellWidth = max(2, (instance.shiftTypes.map(\.id.count).max() ?? 1) + 1)
        let labels = instance.staff.map { "\($0.id) \($0.name)" }
        let labelWidth = min(28, max(8, labels.map(\.count).max() ?? 8)) + 2
        func cell(_ text: String) -> String { pad(text, cellWidth) }
        var weekHeader = pad("", labelWidth), dayHeader = pad("Employee", labelWidth), weekendRow = pad("", labelWidth)
        for week in 0..<instance.horizon.weeks {
            weekHeader += pad("Week \(week + 1)", cellWidth * 7) + "  "
            for day in (week * 7)..<(week * 7 + 7) {
                let weekday = instance.weekday(ofDay: day)
                dayHeader += cell(weekday.letter)
                weekendRow += cell(weekday.isWeekend ? String(repeating: "~", count: cellWidth - 1) : "")
            }
            dayHeader += "| "
            weekendRow += "  "
        }
        var lines = [weekHeader, dayHeader, weekendRow]
        for (index, label) in labels.enumerated() {
            var line = pad(String(label.prefix(labelWidth - 2)), labelWidth)
            for week in 0..<instance.horizon.weeks {
                for day in (week * 7)..<(week * 7 + 7) {
                    line += cell(roster[index, day].map { instance.shiftTypes[$0].id } ?? ".")
                }
                line += "| "
            }
            lines.append(line)
        }
        let legend = instance.shiftTypes.map { "\($0.id) = \($0.name) \($0.start)–\($0.end)" }.joined(separator: ", ")
        lines.append("")
        lines.append("Legend: \(legend), . = off, ~~ = weekend")
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n")
    }

    /// Key figures per employee and for the unit, uncovered demand and the penalty split.
    func figures() -> String {
        var lines: [String] = []
        let header = [("Employee", 24), ("Skills", 18), ("Hours", 7), ("Pos %", 6), ("Current", 8), ("Desired", 8),
                      ("Gap h", 7), ("Weekends", 9), ("Nights", 7), ("Quick ret.", 11), ("Wishes", 7)]
        lines.append(header.map { pad($0.0, $0.1) }.joined())
        for (index, employee) in report.employees.enumerated() {
            let person = instance.staff[index]
            let row: [(String, Int)] = [
                ("\(employee.id) \(employee.name)", 24), (person.skills.joined(separator: ","), 18),
                (number(employee.plannedHours), 7), (number(employee.positionPercent), 6),
                (employee.currentPercent.map(number) ?? "-", 8), (employee.desiredPercent.map(number) ?? "-", 8),
                (number(employee.unwantedPartTimeHours), 7), ("\(employee.weekendsWorked)", 9), ("\(employee.nights)", 7),
                ("\(employee.quickReturns)", 11), ("\(employee.wishesGranted)/\(employee.wishes)", 7),
            ]
            lines.append(row.map { pad(String($0.0.prefix($0.1 - 1)), $0.1) }.joined())
        }
        let unit = report.unit
        let fullTimeShare = unit.headcount == 0 ? 0 : Double(unit.fullTimeCount) / Double(unit.headcount) * 100
        lines.append("")
        lines.append("Unit: headcount \(unit.headcount), FTE \(String(format: "%.2f", unit.fte)), average position \(number(unit.averagePositionPercent)) %, median \(number(unit.medianPositionPercent)) %, full-time \(unit.fullTimeCount) (\(number(fullTimeShare)) %)")
        lines.append("Unwanted part-time: \(number(unit.unwantedPartTimeHours)) h below desired positions")
        lines.append("Uncovered demand: \(unit.uncoveredShifts) shifts, \(number(unit.uncoveredHours)) h; skill shortfall \(number(unit.skillShortfallHours)) h")
        let wishShare = unit.wishes == 0 ? 100 : Double(unit.wishesGranted) / Double(unit.wishes) * 100
        lines.append("Wishes granted: \(unit.wishesGranted) of \(unit.wishes) (\(number(wishShare)) %); quick returns: \(unit.quickReturns)")
        let penalty = report.penalty
        if unit.overCoverShifts > 0 { lines.append("Over-cover: \(unit.overCoverShifts) people above the minimum where demand penalises it") }
        lines.append("Penalty: \(number(penalty.total)) = uncovered (under-cover) \(number(penalty.uncoveredDemand)) + over-cover \(number(penalty.overCover)) + unwanted part-time \(number(penalty.unwantedPartTime)) + below current \(number(penalty.belowCurrentPosition)) + work wishes (on-requests) \(number(penalty.workWishesNotGranted)) + off wishes (off-requests) \(number(penalty.offWishesNotGranted))\(instance.weights.fairnessStep > 0 ? " + fairness \(number(penalty.fairness))" : "")")
        if !report.uncovered.isEmpty {
            lines.append("")
            lines.append("Uncovered shifts:")
            for gap in report.uncovered {
                var text = "  \(instance.weekday(ofDay: gap.day).fullName.prefix(3)) \(gap.date) (day \(gap.day + 1)) \(gap.shift): \(gap.planned) planned of \(gap.required)"
                if gap.missing > 0 { text += ", \(gap.missing) missing" }
                for (skill, count) in gap.missingSkills.sorted(by: { $0.key < $1.key }) { text += ", \(count) \(skill) missing" }
                lines.append(text)
            }
            for unreachable in UnreachableSkill.all(in: report, instance: instance) {
                lines.append("  Cannot be covered: \(unreachable.explanation).")
            }
        }
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n")
    }

    /// Everyone with unwanted part-time and what keeps them there; empty when nobody has any.
    func partTimeReasons() -> String {
        let reasons = OpenShiftAnalysis(instance: instance, roster: roster, report: report).partTimeReasons(report: report)
        guard !reasons.isEmpty else { return "" }
        var lines = ["Still below their desired position, and why:"]
        for reason in reasons {
            lines.append("  \(reason.employee) \(reason.name): \(number(reason.gapHours)) h below desired; \(reason.explanation)")
        }
        return lines.joined(separator: "\n")
    }

    /// Hard-rule violations, or a line saying there are none.
    func violations() -> String {
        guard !report.violations.isEmpty else { return "Feasible: no hard-rule violations." }
        var lines = ["NOT feasible: \(report.violations.count) hard-rule violation\(report.violations.count == 1 ? "" : "s"):"]
        for violation in report.violations {
            lines.append("  [\(violation.rule.title)] \(violation.message)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Pads or leaves `text` to at least `width` characters.
func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

/// A number with at most one decimal, as contracts write position percentages.
func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
}
