import HeltidModel
import HeltidPlanning

/// `heltid compare --format html`: one self-contained, printable page (no scripts, no external assets):
/// the comparison table, the position-size chart and the weekend-load chart (inline SVG), what binds in
/// each scenario, and every scenario's rota as a colour-coded grid. Every figure cell carries its exact
/// value in `data-value`, the same number as the JSON output.
public struct ComparisonHTML {
    public let title: String?
    public let outcomes: [ScenarioOutcome]
    public let language: ReportLanguage

    public init(title: String?, outcomes: [ScenarioOutcome], language: ReportLanguage) {
        self.title = title
        self.outcomes = outcomes
        self.language = language
    }

    static let style = """
    body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 13px; color: #212121; margin: 24px; }
    h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 22px 0 8px; }
    .meta, .note { color: #555; }
    table.comparison { border-collapse: collapse; margin-top: 8px; }
    table.comparison th, table.comparison td { border-bottom: 1px solid #ddd; padding: 4px 10px; }
    table.comparison thead th { background: #eceff1; text-align: center; vertical-align: bottom; }
    table.comparison tbody th { text-align: left; font-weight: normal; }
    table.comparison td { text-align: right; white-space: nowrap; }
    table.comparison tr.words td { text-align: center; white-space: normal; font-size: 12px; }
    .base { font-weight: normal; color: #555; font-size: 11px; }
    .diff { color: #555; font-size: 11px; } .better { color: #1b5e20; } .worse { color: #b71c1c; }
    svg.chart text { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12px; }
    svg.chart text.count { fill: #fff; text-anchor: middle; font-weight: bold; }
    svg.chart text.tick { text-anchor: middle; fill: #555; } svg.chart text.note { fill: #333; }
    svg.chart .whisker { stroke: #1a237e; stroke-width: 2; } svg.chart .axis { stroke: #777; }
    table.grid { border-collapse: collapse; margin-bottom: 10px; font-size: 10px; }
    table.grid th, table.grid td { border: 1px solid #ccc; width: 17px; height: 15px; padding: 0; text-align: center; }
    table.grid th.name { width: auto; text-align: left; padding: 0 6px; white-space: nowrap; font-weight: normal; }
    table.grid .pos { width: auto; padding: 0 4px; white-space: nowrap; color: #333; }
    table.grid th.week { font-weight: normal; color: #555; }
    table.grid .we { background-color: #e0e0e0; } table.grid td.s.we { box-shadow: inset 0 -3px 0 #616161; }
    .legend .key { margin-right: 14px; white-space: nowrap; }
    .swatch { display: inline-block; min-width: 18px; text-align: center; border: 1px solid #aaa; font-size: 10px; }
    .swatch.we { background: #e0e0e0; height: 12px; vertical-align: middle; }
    .warning { color: #b71c1c; font-weight: bold; }
    @page { size: A4 landscape; margin: 10mm; }
    @media print { body { margin: 0; } section.rota { page-break-before: always; } }
    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    """

    public func html() -> String {
        let table = ComparisonTable(outcomes: outcomes, language: language)
        let heading = language.text(.comparison) + (title.map { ": \($0)" } ?? "")
        var parts = ["<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
                     "<title>\(escapeHTML(heading))</title>", "<style>\n\(Self.style)\n</style>", "</head>", "<body>"]
        parts.append("<header><h1>\(escapeHTML(heading))</h1>")
        if let base = outcomes.first?.instance {
            let rota = language == .nb ? "turnus på \(base.horizon.weeks) uker fra \(base.horizon.startDate)"
                : "\(base.horizon.weeks)-week rota from \(base.horizon.startDate)"
            parts.append("<p class=\"meta\">\(escapeHTML(base.unit.name)) · \(escapeHTML(rota)) · \(escapeHTML(language.text(.generatedBy)))</p>")
        }
        parts.append("</header>")
        parts.append("<section id=\"comparison\"><table class=\"comparison\"><thead><tr><th></th>")
        for (index, name) in table.names.enumerated() {
            let note = index == 0 ? "<br><span class=\"base\">(\(escapeHTML(language.text(.baseline))))</span>" : ""
            parts.append("<th data-scenario=\"\(index)\">\(escapeHTML(name))\(note)</th>")
        }
        parts.append("</tr></thead><tbody>")
        for row in table.rows {
            let isFigure = ComparisonMetric(rawValue: row.key) != nil
            parts.append("<tr data-key=\"\(row.key)\"\(isFigure ? "" : " class=\"words\"")><th>\(escapeHTML(row.label))</th>")
            for index in row.cells.indices {
                let value = row.values[index].map { " data-value=\"\($0)\"" } ?? ""
                var cell = escapeHTML(row.cells[index])
                if let difference = row.differences[index] {
                    let tone = row.improvements[index].map { $0 ? " better" : " worse" } ?? ""
                    cell += " <span class=\"diff\(tone)\">(\(escapeHTML(difference)))</span>"
                }
                parts.append("<td\(value)>\(cell)</td>")
            }
            parts.append("</tr>")
        }
        parts.append("</tbody></table>")
        parts.append("<p class=\"note\">\(escapeHTML(language.text(.differenceNote)))</p>")
        parts.append("<h2>\(escapeHTML(language.text(.scenarios)))</h2><ul class=\"scenarios\">")
        for outcome in outcomes {
            var item = "<li><b>\(escapeHTML(outcome.name))</b>"
            if let description = outcome.description { item += ": \(escapeHTML(description))" }
            item += "<br>\(escapeHTML(language.text(.bindingRule))): \(escapeHTML(language.bindingRuleSentence(of: outcome)))"
            parts.append(item + "</li>")
        }
        parts.append("</ul></section>")
        parts.append("<section id=\"positions\"><h2>\(escapeHTML(language.text(.positionChart)))</h2>")
        parts.append("<p class=\"note\">\(escapeHTML(language.text(.positionChartNote)))</p>")
        parts.append(PositionChart(outcomes: outcomes, language: language).svg())
        parts.append("</section>")
        parts.append("<section id=\"weekends\"><h2>\(escapeHTML(language.text(.weekendChart)))</h2>")
        if outcomes.contains(where: { ($0.value(of: .weekendsMaximum) ?? 0) > 0 }) {
            parts.append("<p class=\"note\">\(escapeHTML(language.text(.weekendChartNote)))</p>")
            parts.append(WeekendChart(outcomes: outcomes, language: language).svg())
        } else {
            parts.append("<p class=\"note\">\(escapeHTML(language.text(.noWeekendWork)))</p>")
        }
        parts.append("</section>")
        for (index, outcome) in outcomes.enumerated() {
            parts.append(RotaGridHTML(outcome: outcome, index: index, language: language).html())
        }
        parts += ["</body>", "</html>"]
        return parts.joined(separator: "\n") + "\n"
    }
}
