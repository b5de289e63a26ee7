import HeltidModel
import HeltidPlanning

/// One scenario's rota as a colour-coded HTML grid: a row per person (with the planned and desired
/// position), a column per day in blocks of up to six weeks, weekends shaded, shift types coloured by
/// category, and a legend.
struct RotaGridHTML {
    let outcome: ScenarioOutcome
    let index: Int
    let language: ReportLanguage

    /// Cell colour per shift category.
    static func colour(of category: ShiftCategory) -> String {
        switch category {
        case .day: return "#bbdefb"
        case .evening: return "#ffcc80"
        case .night: return "#b39ddb"
        case .long: return "#a5d6a7"
        }
    }

    func html() -> String {
        let instance = outcome.instance
        var parts = ["<section class=\"rota\" data-scenario=\"\(index)\">",
                     "<h2>\(escapeHTML(language.text(.rota))): \(escapeHTML(outcome.name))</h2>"]
        guard let roster = outcome.roster, let report = outcome.report else {
            parts.append("<p>\(escapeHTML(language.status(of: outcome)))</p></section>")
            return parts.joined(separator: "\n")
        }
        if !report.isFeasible { parts.append("<p class=\"warning\">\(escapeHTML(language.text(.checkerRejects)))</p>") }
        let blockWeeks = 6
        for firstWeek in stride(from: 0, to: instance.horizon.weeks, by: blockWeeks) {
            let days = (firstWeek * 7)..<(min(instance.horizon.weeks, firstWeek + blockWeeks) * 7)
            parts.append("<table class=\"grid\"><thead><tr><th></th><th class=\"pos\">%</th>")
            for week in stride(from: days.lowerBound / 7, to: days.upperBound / 7, by: 1) {
                parts.append("<th colspan=\"7\" class=\"week\">\(escapeHTML(language.text(.week))) \(week + 1)</th>")
            }
            parts.append("</tr><tr><th></th><th class=\"pos\"></th>")
            for day in days {
                let weekday = instance.weekday(ofDay: day)
                parts.append("<th class=\"\(weekday.isWeekend ? "we" : "wd")\">\(language.letter(of: weekday))</th>")
            }
            parts.append("</tr></thead><tbody>")
            for (person, figures) in report.employees.enumerated() {
                let desired = figures.desiredPercent.map { " / " + language.number($0, decimals: 0) } ?? ""
                parts.append("<tr><th class=\"name\">\(escapeHTML(figures.name))</th><td class=\"pos\" data-value=\"\(figures.positionPercent)\">\(language.number(figures.positionPercent, decimals: 0))\(desired)</td>")
                for day in days {
                    let weekend = instance.weekday(ofDay: day).isWeekend ? " we" : ""
                    if let shift = roster[person, day] {
                        let type = instance.shiftTypes[shift]
                        parts.append("<td class=\"s\(weekend)\" style=\"background:\(Self.colour(of: type.category))\">\(escapeHTML(type.id))</td>")
                    } else {
                        parts.append("<td class=\"off\(weekend)\"></td>")
                    }
                }
                parts.append("</tr>")
            }
            parts.append("</tbody></table>")
        }
        var legend = instance.shiftTypes.map { type in
            "<span class=\"key\"><span class=\"swatch\" style=\"background:\(Self.colour(of: type.category))\">\(escapeHTML(type.id))</span> \(escapeHTML(type.name)) \(type.start)–\(type.end)</span>"
        }
        legend.append("<span class=\"key\"><span class=\"swatch we\"></span> \(escapeHTML(language.text(.weekendShading)))</span>")
        legend.append("<span class=\"key\">% = \(escapeHTML(language.text(.position))) / \(escapeHTML(language.text(.desired)))</span>")
        parts.append("<p class=\"legend\"><b>\(escapeHTML(language.text(.legend))):</b> " + legend.joined(separator: " ") + "</p>")
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }
}
