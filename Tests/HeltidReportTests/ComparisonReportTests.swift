import Foundation
import HeltidChecker
import HeltidModel
import HeltidPlanning
import HeltidReport
import HeltidSolver
import Testing

/// The comparison's outputs agree with each other: the HTML report shows the JSON output's numbers, charts
/// and rotas; the text and CSV tables carry the same figures; bokmål labels replace the English ones.
@Suite struct ComparisonReportTests {
    static let instances = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Instances")

    /// The kindergarten sample compared once for all tests.
    static let outcomes: [ScenarioOutcome] = {
        let set = try! ScenarioLoader.load(path: instances.appendingPathComponent("kindergarten-scenarios.json").path)
        return ScenarioComparison().run(set, options: SolveOptions(timeLimit: 5))
    }()

    static func json() throws -> [[String: Any]] {
        let encoder = JSONEncoder()
        let data = try encoder.encode(ComparisonDocument(title: "t", scenarioFile: "f", baseInstance: "b", timeLimitSeconds: 5, outcomes: outcomes))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["format"] as? String == "heltid-compare/1")
        return try #require(document["scenarios"] as? [[String: Any]])
    }

    /// Every match of `pattern`'s capture groups in `text` ("" for a group that did not take part).
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { group in Range(match.range(at: group), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    @Test func theJSONCarriesTheCheckersFigures() throws {
        let scenarios = try Self.json()
        #expect(scenarios.count == 2)
        for (index, entry) in scenarios.enumerated() {
            let outcome = Self.outcomes[index]
            let report = RosterChecker(instance: outcome.instance).check(try #require(outcome.roster))
            #expect(report.isFeasible)
            #expect(entry["feasible"] as? Bool == true)
            #expect(entry["headcount"] as? Int == report.unit.headcount)
            #expect(entry["averagePositionPercent"] as? Double == report.unit.averagePositionPercent)
            #expect(entry["medianPositionPercent"] as? Double == report.unit.medianPositionPercent)
            #expect(entry["fullTimeCount"] as? Int == report.unit.fullTimeCount)
            #expect(entry["uncoveredHours"] as? Double == report.unit.uncoveredHours)
            #expect(entry["weekendCeilingPercent"] is NSNull, "a kindergarten has no weekend work")
            #expect((entry["positions"] as? [Any])?.count == report.employees.count)
            let difference = try #require(entry["differenceToBaseline"] as? [String: Double])
            let baseline = scenarios[0]["averagePositionPercent"] as! Double
            #expect(abs(difference["averagePositionPercent"]! - (report.unit.averagePositionPercent - baseline)) < 1e-6)
        }
    }

    @Test func theHTMLReportShowsTheJSONNumbersChartsAndRotas() throws {
        let scenarios = try Self.json()
        let html = ComparisonHTML(title: "t", outcomes: Self.outcomes, language: .en).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href=") && !html.contains("@import"),
                "self-contained: nothing loaded from elsewhere")
        // The table: every figure cell holds the JSON value.
        let rows = Self.matches(#"<tr data-key="(\w+)">(.*?)</tr>"#, in: html)
        let figureRows = rows.filter { ComparisonMetric(rawValue: $0[0]) != nil }
        #expect(figureRows.count >= 10)
        for row in figureRows {
            let values = Self.matches(#"<td(?: data-value="([^"]*)")?>"#, in: row[1]).map { $0[0] }
            #expect(values.count == scenarios.count)
            for (index, value) in values.enumerated() {
                let expected = (scenarios[index][row[0]] as? NSNumber)?.doubleValue
                #expect(Double(value) == expected, "\(row[0]) of scenario \(index)")
            }
        }
        #expect(html.contains("<tr data-key=\"bindingRule\" class=\"words\">"))
        // The position chart: one bar per scenario, its segments add up to the headcount.
        #expect(html.contains("<svg class=\"chart\" id=\"position-chart\""))
        #expect(!html.contains("id=\"weekend-chart\""), "a kindergarten has no weekend load to chart")
        #expect(html.contains("Nobody works weekends in these scenarios."))
        for (index, entry) in scenarios.enumerated() {
            let counts = Self.matches(#"data-scenario="\#(index)" data-band="\d" data-count="(\d+)""#, in: html).map { Int($0[0])! }
            #expect(counts.reduce(0, +) == entry["headcount"] as? Int)
        }
        // The rotas: a grid per scenario whose cells are the JSON rota, day by day.
        let sections = Self.matches(#"<section class="rota" data-scenario="(\d)">(.*?)</section>"#, in: html)
        #expect(sections.count == scenarios.count)
        for section in sections {
            let entry = scenarios[Int(section[0])!]
            let positions = try #require(entry["positions"] as? [[String: Any]])
            let cells = Self.matches(#"<td class="(?:s[^"]*" style="[^"]*">([^<]*)|off[^"]*">)</td>"#, in: section[1]).map { $0[0] }
            #expect(cells == positions.flatMap { $0["shifts"] as! [String] })
            #expect(section[1].contains("class=\"legend\""))
        }
    }

    @Test func theWeekendChartShowsEachScenariosWeekendsPerPerson() throws {
        var set = try ScenarioLoader.load(path: Self.instances.appendingPathComponent("nursing-home-scenarios.json").path)
        set.scenarios = Array(set.scenarios.prefix(2))
        let outcomes = ScenarioComparison().run(set, options: SolveOptions(timeLimit: 3))
        let html = ComparisonHTML(title: nil, outcomes: outcomes, language: .en).html()
        #expect(html.contains("<svg class=\"chart\" id=\"weekend-chart\""))
        for (index, outcome) in outcomes.enumerated() {
            let report = try #require(outcome.report)
            let average = Double(report.employees.map(\.weekendsWorked).reduce(0, +)) / Double(report.employees.count)
            let shown = Self.matches(#"data-scenario="\#(index)" data-average="([^"]+)""#, in: html).map { Double($0[0])! }
            #expect(shown.count == 1 && abs(shown[0] - average) < 1e-9)
        }
    }

    @Test func textAndCSVCarryTheSameFiguresInEitherLanguage() throws {
        let scenarios = try Self.json()
        let english = ComparisonText(title: "t", outcomes: Self.outcomes, language: .en).text()
        let norwegian = ComparisonText(title: "t", outcomes: Self.outcomes, language: .nb).text()
        #expect(english.contains("Average position %"))
        #expect(norwegian.contains("Gjennomsnittlig stillingsprosent"))
        #expect(!norwegian.contains("Average position"))
        let average = scenarios[1]["averagePositionPercent"] as! Double
        #expect(english.contains(String(format: "%.1f", average)))
        #expect(norwegian.contains(String(format: "%.1f", average).replacingOccurrences(of: ".", with: ",")))
        let csv = try #require(CSV.parse(ComparisonCSV(outcomes: Self.outcomes, language: .nb).text()))
        #expect(csv[0].prefix(4) == ["key", "label", "7.5 h days", "Staggered long days"])
        let row = try #require(csv.first { $0.first == "averagePositionPercent" })
        #expect(row[1] == "Gjennomsnittlig stillingsprosent")
        #expect(Double(row[3]) == (average * 10).rounded() / 10)
        let html = ComparisonHTML(title: nil, outcomes: Self.outcomes, language: .nb).html()
        #expect(html.contains("<html lang=\"nb\">") && html.contains("Turnus: 7.5 h days") && html.contains("Stillingsstørrelser"))
    }
}
