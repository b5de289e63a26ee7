import Foundation
import HeltidChecker
import HeltidModel
import HeltidSolver

/// What a running comparison reports, for progress lines.
public enum ComparisonEvent: Sendable {
    /// Scenario `index` started.
    case started(index: Int, name: String)
    /// The solver of scenario `index` reported progress.
    case progress(index: Int, name: String, SolverProgress)
    /// Scenario `index` is done.
    case finished(index: Int, ScenarioOutcome)
}

/// Solves every scenario of a ``ScenarioSet`` (`heltid compare`), several at a time on separate threads
/// (GLPK is single-threaded and thread-confined, so parallelism comes from independent scenarios).
///
/// A scenario with named staff gets a rota for that staff; a scenario without named staff is dimensioned
/// (``Dimensioner``: the smallest headcount of open positions). Each scenario has the full time limit.
public struct ScenarioComparison {
    /// Scenarios solved at the same time (default: one per core, at most two on this class of machine).
    public var workers: Int

    public init(workers: Int = max(1, min(2, ProcessInfo.processInfo.activeProcessorCount))) {
        self.workers = workers
    }

    /// Solves the scenarios with `options` each (its progress callback is replaced by `events`) and returns
    /// the outcomes in file order.
    public func run(_ set: ScenarioSet, options: SolveOptions, events: (@Sendable (ComparisonEvent) -> Void)? = nil) -> [ScenarioOutcome] {
        let queue = WorkQueue(count: set.scenarios.count)
        let done = DispatchSemaphore(value: 0)
        let threads = max(1, min(workers, set.scenarios.count))
        for _ in 0..<threads {
            let thread = Thread {
                while let index = queue.take() {
                    let scenario = set.scenarios[index]
                    events?(.started(index: index, name: scenario.name))
                    var scenarioOptions = options
                    scenarioOptions.progress = events.map { report in
                        { @Sendable update in report(.progress(index: index, name: scenario.name, update)) }
                    }
                    let outcome = Self.solve(scenario, options: scenarioOptions)
                    queue.store(outcome, at: index)
                    events?(.finished(index: index, outcome))
                }
                done.signal()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        for _ in 0..<threads { done.wait() }
        return queue.outcomes
    }

    /// Solves one scenario on the calling thread.
    public static func solve(_ scenario: ResolvedScenario, options: SolveOptions) -> ScenarioOutcome {
        let started = ContinuousClock.now
        let instance = scenario.instance
        func outcome(_ method: ScenarioOutcome.Method, _ instance: Instance, _ result: SolveResult?, _ report: CheckReport?,
                     _ arithmetic: WeekendArithmetic, _ binding: BindingRule, failure: String? = nil) -> ScenarioOutcome {
            ScenarioOutcome(name: scenario.name, description: scenario.description, method: method, instance: instance,
                            result: result, report: report, arithmetic: arithmetic, bindingRule: binding, failure: failure,
                            elapsedSeconds: started.duration(to: .now).seconds)
        }
        do {
            if instance.staff.isEmpty {
                let dimensioning = try Dimensioner(fair: true).run(instance, options: options)
                return outcome(.dimension, dimensioning.instance, dimensioning.result, dimensioning.report,
                               dimensioning.arithmetic, dimensioning.bindingRule)
            }
            let result = try CompactSolver().solve(instance, options: options)
            let arithmetic = WeekendArithmetic(instance: instance)
            guard let roster = result.roster else {
                let why = result.explanation.isEmpty ? "no rota was found in the time given" : result.explanation.joined(separator: "; ")
                return outcome(.rota, instance, result, nil, arithmetic, BindingRule(key: BindingRule.noRotaKey, text: why))
            }
            let report = RosterChecker(instance: instance).check(roster)
            return outcome(.rota, instance, result, report, arithmetic, BindingRule.of(instance: instance, roster: roster, report: report))
        } catch {
            return outcome(.rota, instance, nil, nil, WeekendArithmetic(instance: instance),
                           BindingRule(key: BindingRule.noRotaKey, text: "\(error)"), failure: "\(error)")
        }
    }
}

/// The scenarios still to solve and the outcomes so far, shared by the worker threads.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    private var results: [ScenarioOutcome?]

    init(count: Int) {
        self.count = count
        results = Array(repeating: nil, count: count)
    }

    /// The next scenario index to solve, nil when all are taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ outcome: ScenarioOutcome, at index: Int) {
        lock.lock()
        results[index] = outcome
        lock.unlock()
    }

    /// Every outcome, in scenario order (call after all workers are done).
    var outcomes: [ScenarioOutcome] {
        lock.lock()
        defer { lock.unlock() }
        return results.map { $0! }
    }
}
