import HeltidModel
import HeltidPlanning

/// `heltid compare --format csv`: one row per figure, one column per scenario, then one difference column
/// per scenario after the baseline. Numbers use a decimal point whatever the language, for spreadsheets.
public struct ComparisonCSV {
    public let outcomes: [ScenarioOutcome]
    public let language: ReportLanguage

    public init(outcomes: [ScenarioOutcome], language: ReportLanguage) {
        self.outcomes = outcomes
        self.language = language
    }

    public func text() -> String {
        let table = ComparisonTable(outcomes: outcomes, language: language)
        let others = table.names.dropFirst()
        let differenceHeading = language == .nb ? "forskjell" : "difference"
        var lines = [CSV.line(["key", "label"] + table.names + others.map { "\($0) (\(differenceHeading))" })]
        for row in table.rows {
            let decimals = ComparisonMetric(rawValue: row.key)?.decimals
            let cells = row.values.indices.map { index -> String in
                guard let decimals else { return row.cells[index] }
                return row.values[index].map { ReportLanguage.en.number($0, decimals: decimals) } ?? ""
            }
            let differences = row.values.indices.dropFirst().map { index -> String in
                guard let decimals, let value = row.values[index], let baseline = row.values[0] else { return "" }
                return ReportLanguage.en.number(value - baseline, decimals: decimals)
            }
            lines.append(CSV.line([row.key, row.label] + cells + differences))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
