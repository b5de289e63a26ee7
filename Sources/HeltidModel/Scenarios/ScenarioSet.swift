/// A scenario file read, its base loaded and every scenario's changes applied.
public struct ScenarioSet: Sendable {
    public var title: String?
    /// The base instance's file, when the scenario file names one (resolved against the scenario file).
    public var basePath: String?
    public var base: Instance
    /// The scenarios in file order; the first is the baseline.
    public var scenarios: [ResolvedScenario]
}
