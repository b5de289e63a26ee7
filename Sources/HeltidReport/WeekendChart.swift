import HeltidPlanning

/// Weekends worked per person in each scenario as an inline SVG: a bar to the average, a line from the
/// least to the most, on a scale of the rota's weekends.
struct WeekendChart {
    let outcomes: [ScenarioOutcome]
    let language: ReportLanguage

    func svg() -> String {
        let labelWidth = 230.0, scaleWidth = 480.0, rowHeight = 34.0, top = 10.0
        let weekends = max(1, outcomes.map(\.instance.horizon.weeks).max() ?? 1)
        func x(_ count: Double) -> Double { labelWidth + scaleWidth * count / Double(weekends) }
        let axisY = top + rowHeight * Double(outcomes.count) + 4
        let height = axisY + 30
        var parts = ["<svg class=\"chart\" id=\"weekend-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\" height=\"\(Int(height))\" viewBox=\"0 0 1000 \(Int(height))\" role=\"img\">"]
        for (row, outcome) in outcomes.enumerated() {
            let y = top + rowHeight * Double(row)
            let spread = outcome.weekendsPerPerson
            parts.append("<text x=\"0\" y=\"\(y + 19)\" class=\"label\">\(escapeHTML(String(outcome.name.prefix(34))))</text>")
            guard outcome.report != nil else { continue }
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y + 6)\" width=\"\(x(spread.average) - labelWidth)\" height=\"\(rowHeight - 14)\" fill=\"#5c6bc0\" data-scenario=\"\(row)\" data-average=\"\(spread.average)\"/>")
            let middle = y + rowHeight / 2 - 1
            parts.append("<line x1=\"\(x(spread.minimum))\" y1=\"\(middle)\" x2=\"\(x(spread.maximum))\" y2=\"\(middle)\" class=\"whisker\"/>")
            for end in [spread.minimum, spread.maximum] {
                parts.append("<line x1=\"\(x(end))\" y1=\"\(middle - 7)\" x2=\"\(x(end))\" y2=\"\(middle + 7)\" class=\"whisker\"/>")
            }
            let text = "\(language.text(.average)) \(language.number(spread.average, decimals: 1)) (\(language.number(spread.minimum, decimals: 0))–\(language.number(spread.maximum, decimals: 0))) / \(outcome.instance.horizon.weeks)"
            parts.append("<text x=\"\(x(Double(weekends)) + 10)\" y=\"\(y + 21)\" class=\"note\">\(escapeHTML(text))</text>")
        }
        parts.append("<line x1=\"\(labelWidth)\" y1=\"\(axisY)\" x2=\"\(x(Double(weekends)))\" y2=\"\(axisY)\" class=\"axis\"/>")
        for tick in 0...weekends {
            parts.append("<line x1=\"\(x(Double(tick)))\" y1=\"\(axisY)\" x2=\"\(x(Double(tick)))\" y2=\"\(axisY + 5)\" class=\"axis\"/>")
            parts.append("<text x=\"\(x(Double(tick)))\" y=\"\(axisY + 18)\" class=\"tick\">\(tick)</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
