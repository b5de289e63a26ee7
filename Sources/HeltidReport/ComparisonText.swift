import HeltidPlanning

/// `heltid compare --format text`: the comparison table with one column per scenario (differences to the
/// baseline in brackets), then what binds in each scenario.
public struct ComparisonText {
    public let title: String?
    public let outcomes: [ScenarioOutcome]
    public let language: ReportLanguage

    public init(title: String?, outcomes: [ScenarioOutcome], language: ReportLanguage) {
        self.title = title
        self.outcomes = outcomes
        self.language = language
    }

    public func text() -> String {
        let table = ComparisonTable(outcomes: outcomes, language: language)
        var columns: [[String]] = [[""] + table.rows.map(\.label)]
        for (index, name) in table.names.enumerated() {
            let heading = index == 0 ? "\(name) (\(language.text(.baseline)))" : name
            columns.append([heading] + table.rows.map { row in
                row.differences[index].map { "\(row.cells[index]) (\($0))" } ?? row.cells[index]
            })
        }
        let widths = columns.map { column in min(50, column.map(\.count).max() ?? 0) }
        var lines: [String] = [language.text(.comparison) + (title.map { ": \($0)" } ?? ""), ""]
        for line in 0..<columns[0].count {
            let cells = columns.indices.map { column in
                let cell = columns[column][line]
                let width = widths[column]
                let clipped = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
                return column == 0 ? clipped.padding(toLength: width, withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: width - clipped.count) + clipped
            }
            lines.append(cells.joined(separator: "  "))
            if line == 0 { lines.append(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))) }
        }
        lines.append("")
        lines.append(language.text(.differenceNote))
        lines.append("")
        lines.append(language.text(.bindingRule) + ":")
        for outcome in outcomes {
            lines.append("  - \(outcome.name): \(language.bindingRuleSentence(of: outcome))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
