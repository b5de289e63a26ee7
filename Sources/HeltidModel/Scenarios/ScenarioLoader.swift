import Foundation

/// Reads scenario files (``ScenarioFile``) and applies their changes.
public enum ScenarioLoader {
    /// Most scenarios in one file (each is a full solve).
    public static let maximumScenarios = 12

    /// Reads the scenario file at `path`, loads its base (a relative base path is taken from the scenario
    /// file's folder) and applies every scenario's changes.
    /// - Throws: ``InputError`` naming the scenario file (or the base file, for problems in it), the field
    ///   path and what is wrong.
    public static func load(path: String) throws -> ScenarioSet {
        let data = try InstanceLoader.read(path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try decode(data, file: path, folder: folder)
    }

    /// Decodes scenario-file data; `file` names it in errors, `folder` resolves a relative base path.
    public static func decode(_ data: Data, file: String, folder: URL) throws -> ScenarioSet {
        let scenarioFile = try InstanceLoader.decodeJSON(ScenarioFile.self, from: data, file: file)
        var problems: [FieldProblem] = []
        let base: Instance
        var basePath: String?
        switch scenarioFile.base {
        case .path(let relative):
            let resolved = relative.hasPrefix("/") ? relative : folder.appendingPathComponent(relative).path
            guard FileManager.default.fileExists(atPath: resolved) else {
                throw InputError(file: file, path: "base", message: "the base instance \(resolved) does not exist")
            }
            base = try InstanceLoader.load(path: resolved, requireStaff: false)
            basePath = resolved
        case .inline(let instance):
            base = instance
            problems += InstanceValidator.problems(in: instance).map { FieldProblem(path: "base.\($0.path)", message: $0.message) }
        }
        if scenarioFile.scenarios.isEmpty {
            problems.append(FieldProblem(path: "scenarios", message: "at least one scenario is needed (the first is the baseline)"))
        }
        if scenarioFile.scenarios.count > maximumScenarios {
            problems.append(FieldProblem(path: "scenarios", message: "\(scenarioFile.scenarios.count) scenarios; at most \(maximumScenarios) are compared at once"))
        }
        var names = Set<String>()
        var resolved: [ResolvedScenario] = []
        for (index, scenario) in scenarioFile.scenarios.enumerated() {
            let path = "scenarios[\(index)]"
            if scenario.name.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(FieldProblem(path: "\(path).name", message: "must not be empty"))
            } else if !names.insert(scenario.name).inserted {
                problems.append(FieldProblem(path: "\(path).name", message: "\"\(scenario.name)\" is used by an earlier scenario"))
            }
            var applier = ScenarioApplier(base: base, path: "\(path).changes")
            applier.apply(scenario.changes)
            problems += applier.problems
            if applier.problems.isEmpty {
                problems += InstanceValidator.problems(in: applier.instance).map {
                    FieldProblem(path: path, message: "after the changes, \($0)")
                }
            }
            resolved.append(ResolvedScenario(name: scenario.name, description: scenario.description, instance: applier.instance))
        }
        guard problems.isEmpty else { throw InputError(file: file, problems: problems) }
        return ScenarioSet(title: scenarioFile.title, basePath: basePath, base: base, scenarios: resolved)
    }
}
