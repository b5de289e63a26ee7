import Foundation
import HeltidChecker
import HeltidModel
import HeltidPlanning
import HeltidReport
import HeltidSolver

/// `heltid compare SCENARIOS`: every scenario solved and its figures side by side.
enum CompareCommand {
    /// How `heltid compare` writes its result.
    enum Format: String, CaseIterable {
        case text, csv, json, html
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        guard let parsed = try ParsedArguments.forCommand("compare", arguments, valued: ["--time-limit", "--work-limit", "--format", "--output", "--lang", "--seed"],
                                                          flags: ["--quiet", "--verbose"], help: HelpText.compare) else { return 0 }
        let path = try parsed.singleOperand("SCENARIOS file", command: "compare")
        let limit = try parsed.searchLimit(default: 50)
        let timeLimit = limit.timeLimit
        let format: Format = try parsed.choice("--format", default: .text)
        let language: ReportLanguage = try parsed.choice("--lang", default: .en)
        let seed = try parsed.seed()
        let quiet = parsed.flags.contains("--quiet")
        let verbose = parsed.flags.contains("--verbose")
        let set = try ScenarioLoader.load(path: path)

        InterruptHandler.install()
        let options = SolveOptions(timeLimit: timeLimit, workLimit: limit.workLimit, verbose: verbose, seed: seed)
        let comparison = ScenarioComparison()
        if !quiet {
            OutputWriter.diagnostic("Comparing \(set.scenarios.count) scenarios, \(comparison.workers) at a time, \(formatHours(timeLimit)) \(limit.workLimit == nil ? "s" : "work s") each")
        }
        let outcomes = comparison.run(set, options: options, events: quiet ? nil : progressPrinter(scenarios: set.scenarios.count, verbose: verbose))

        let text: String
        switch format {
        case .text: text = ComparisonText(title: set.title, outcomes: outcomes, language: language).text()
        case .csv: text = ComparisonCSV(outcomes: outcomes, language: language).text()
        case .json: text = try OutputWriter.json(ComparisonDocument(title: set.title, scenarioFile: path, baseInstance: set.basePath,
                                                                  timeLimitSeconds: timeLimit, limitCountsWork: limit.workLimit != nil,
                                                                  outcomes: outcomes))
        case .html: text = ComparisonHTML(title: set.title, outcomes: outcomes, language: language).html()
        }
        try OutputWriter.write(text, to: parsed.options["--output"])
        var status: Int32 = 0
        for outcome in outcomes {
            guard let report = outcome.report else {
                status = 1
                continue
            }
            if !report.isFeasible {
                OutputWriter.diagnostic("internal error: the checker rejects the rota of \(outcome.name):\n" + report.violations.map(\.message).joined(separator: "\n"))
                status = 1
            }
        }
        return status
    }

    /// Prints a line when a scenario starts and ends, and solver progress (one line per scenario every 10 s,
    /// or every line with `verbose`).
    static func progressPrinter(scenarios count: Int, verbose: Bool) -> @Sendable (ComparisonEvent) -> Void {
        let throttle = ProgressThrottle(interval: verbose ? 0 : 10)
        return { event in
            switch event {
            case .started(let index, let name):
                OutputWriter.diagnostic("[\(index + 1)/\(count)] \(name): started")
            case .progress(let index, let name, let update):
                if throttle.shouldPrint(index) { OutputWriter.diagnostic("[\(index + 1)/\(count)] \(name): " + update.line) }
            case .finished(let index, let outcome):
                let average = outcome.value(of: .averagePositionPercent).map { String(format: "%.1f %%", $0) } ?? "-"
                let uncovered = outcome.value(of: .uncoveredHours).map { formatHours(($0 * 10).rounded() / 10) + " h" } ?? "-"
                let elapsed = String(format: "%.1f s", outcome.elapsedSeconds)
                OutputWriter.diagnostic("[\(index + 1)/\(count)] \(outcome.name): done in \(elapsed), "
                    + "\(ReportLanguage.en.status(of: outcome)); average position \(average), uncovered \(uncovered)")
            }
        }
    }
}

/// Lets one progress line per scenario through every `interval` seconds (all of them with 0).
final class ProgressThrottle: @unchecked Sendable {
    private let interval: Double
    private let lock = NSLock()
    private var last: [Int: ContinuousClock.Instant] = [:]

    init(interval: Double) {
        self.interval = interval
    }

    func shouldPrint(_ scenario: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        if let previous = last[scenario], previous.duration(to: now).seconds < interval { return false }
        last[scenario] = now
        return true
    }
}
