import Foundation
import HeltidPlanning

/// The comparison as rows × scenarios, formatted in one language: what the text, CSV and HTML outputs show.
public struct ComparisonTable {
    /// One row: a compared figure, or a line of words (status, method, binding rule).
    public struct Row {
        /// The JSON field name of the figure, or `status`, `method`, `bindingRule`.
        public var key: String
        public var label: String
        /// The figure's value per scenario (nil where it does not exist, and for rows of words).
        public var values: [Double?]
        /// The formatted cell per scenario.
        public var cells: [String]
        /// The formatted difference to the baseline per scenario (nil for the baseline and rows of words).
        public var differences: [String?]
        /// For figures: whether the difference per scenario is better (true), worse (false) or neither (nil).
        public var improvements: [Bool?]
    }

    public let names: [String]
    public let rows: [Row]

    public init(outcomes: [ScenarioOutcome], language: ReportLanguage) {
        names = outcomes.map(\.name)
        func words(_ key: String, _ label: String, _ cell: (ScenarioOutcome) -> String) -> Row {
            Row(key: key, label: label, values: outcomes.map { _ in nil }, cells: outcomes.map(cell),
                differences: outcomes.map { _ in nil }, improvements: outcomes.map { _ in nil })
        }
        var rows = [
            words("method", language.text(.solvedAs), language.method(of:)),
            words("status", language.text(.status), language.status(of:)),
        ]
        let absent = Set(ComparisonMetric.allCases.compactMap(\.workPattern)).filter { pattern in
            ComparisonMetric.allCases.filter { $0.workPattern == pattern }
                .allSatisfy { metric in outcomes.allSatisfy { ($0.value(of: metric) ?? 0) == 0 } }
        }
        for metric in ComparisonMetric.allCases {
            let values = outcomes.map { $0.value(of: metric) }
            // Weekend and night rows say nothing for a unit without weekend or night work (a kindergarten).
            if let pattern = metric.workPattern, absent.contains(pattern) { continue }
            let baseline = values.first ?? nil
            var differences: [String?] = []
            var improvements: [Bool?] = []
            for (index, value) in values.enumerated() {
                guard index > 0, let value, let baseline else {
                    differences.append(nil)
                    improvements.append(nil)
                    continue
                }
                let change = value - baseline
                differences.append(language.difference(change, decimals: metric.decimals))
                let visible = abs(change) >= 0.5 * pow(10, -Double(metric.decimals))
                improvements.append(visible ? metric.higherIsBetter.map { $0 == (change > 0) } : nil)
            }
            rows.append(Row(key: metric.rawValue, label: language.label(metric), values: values,
                            cells: values.map { $0.map { language.number($0, decimals: metric.decimals) } ?? "–" },
                            differences: differences, improvements: improvements))
        }
        rows.append(words("bindingRule", language.text(.bindingRule)) { language.shortName(of: $0.bindingRule, in: $0.instance) })
        self.rows = rows
    }
}
