import HeltidPlanning

/// The position-size distribution per scenario as an inline SVG: one stacked bar per scenario, a segment
/// per size band (people in it), the bar's length the headcount.
struct PositionChart {
    let outcomes: [ScenarioOutcome]
    let language: ReportLanguage

    /// Size bands: lower bound (inclusive), label, colour. 100 % means at least 99.95 %.
    static let bands: [(lower: Double, label: String, colour: String)] = [
        (0, "< 20 %", "#b71c1c"), (20, "20–39 %", "#e64a19"), (40, "40–49 %", "#f9a825"), (50, "50–59 %", "#c0ca33"),
        (60, "60–79 %", "#7cb342"), (80, "80–99 %", "#43a047"), (99.95, "100 %", "#1b5e20"),
    ]

    /// People per band for one scenario.
    static func counts(_ positions: [Double]) -> [Int] {
        bands.indices.map { band in
            let upper = band + 1 < bands.count ? bands[band + 1].lower : .infinity
            return positions.filter { $0 >= bands[band].lower && $0 < upper }.count
        }
    }

    func svg() -> String {
        let labelWidth = 230.0, barWidth = 500.0, rowHeight = 34.0, top = 10.0
        let largest = max(1, outcomes.map { $0.positions.count }.max() ?? 1)
        let height = top + rowHeight * Double(outcomes.count) + 50
        var parts = ["<svg class=\"chart\" id=\"position-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\" height=\"\(Int(height))\" viewBox=\"0 0 1000 \(Int(height))\" role=\"img\">"]
        for (row, outcome) in outcomes.enumerated() {
            let y = top + rowHeight * Double(row)
            parts.append("<text x=\"0\" y=\"\(y + 19)\" class=\"label\">\(escapeHTML(String(outcome.name.prefix(34))))</text>")
            var x = labelWidth
            for (band, count) in Self.counts(outcome.positions).enumerated() where count > 0 {
                let width = barWidth * Double(count) / Double(largest)
                parts.append("<rect x=\"\(x)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"\(rowHeight - 10)\" fill=\"\(Self.bands[band].colour)\" data-scenario=\"\(row)\" data-band=\"\(band)\" data-count=\"\(count)\"/>")
                if width >= 16 {
                    parts.append("<text x=\"\(x + width / 2)\" y=\"\(y + 21)\" class=\"count\">\(count)</text>")
                }
                x += width
            }
            let average = outcome.value(of: .averagePositionPercent).map { language.number($0, decimals: 1) + " %" } ?? "–"
            parts.append("<text x=\"\(x + 8)\" y=\"\(y + 21)\" class=\"note\">\(outcome.positions.count) \(language.text(.people)), \(language.text(.average)) \(average)</text>")
        }
        var x = labelWidth
        let legendY = top + rowHeight * Double(outcomes.count) + 18
        for band in Self.bands {
            parts.append("<rect x=\"\(x)\" y=\"\(legendY)\" width=\"14\" height=\"14\" fill=\"\(band.colour)\"/>")
            parts.append("<text x=\"\(x + 19)\" y=\"\(legendY + 12)\" class=\"note\">\(escapeHTML(band.label))</text>")
            x += 78
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
