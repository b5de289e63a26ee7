import Foundation
import HeltidChecker
import HeltidModel
import HeltidSolver

/// heltid-bench: solves instance files, re-checks every roster with the independent checker, prints a
/// table and writes the same rows as CSV to Benchmarks/results/.
///
/// USAGE: swift run -c release heltid-bench [--time-limit S] [--output FILE] [INSTANCE ...]
/// Without instances it runs the bundled samples in Instances/.

struct Row {
    var instance: String
    var size: String
    var status: String
    var objective: Double?
    var bound: Double?
    var gap: Double?
    var secondsToBest: Double?
    var seconds: Double
    var feasible: Bool?
    var uncoveredHours: Double?
    var averagePosition: Double?
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("heltid-bench: \(message)\n".utf8))
    exit(2)
}

var timeLimit = 60.0
var outputPath: String?
var paths: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--time-limit":
        guard let text = arguments.popFirst(), let value = Double(text), value > 0 else { fail("--time-limit needs seconds") }
        timeLimit = value
    case "--output":
        guard let text = arguments.popFirst() else { fail("--output needs a file") }
        outputPath = text
    case "-h", "--help":
        print("USAGE: heltid-bench [--time-limit S] [--output FILE] [INSTANCE ...]")
        exit(0)
    default:
        if argument.hasPrefix("-") { fail("unknown option \(argument)") }
        paths.append(argument)
    }
}
if paths.isEmpty {
    paths = ["Instances/kindergarten.json", "Instances/nursing-home.json"]
}

func format(_ value: Double?, _ decimals: Int = 1) -> String {
    value.map { String(format: "%.\(decimals)f", $0) } ?? "-"
}

var rows: [Row] = []
for path in paths {
    let instance: Instance
    do {
        instance = try InstanceLoader.load(path: path)
    } catch {
        fail("\(error)")
    }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    FileHandle.standardError.write(Data("solving \(name) (time limit \(format(timeLimit, 0)) s)…\n".utf8))
    do {
        let result = try CompactSolver().solve(instance, options: SolveOptions(timeLimit: timeLimit))
        let report = result.roster.map { RosterChecker(instance: instance).check($0) }
        rows.append(Row(instance: name, size: "\(instance.staff.count)×\(instance.dayCount)×\(instance.shiftTypes.count)",
                        status: result.status.rawValue, objective: report?.penalty.total, bound: result.bound,
                        gap: result.gap.map { $0 * 100 }, secondsToBest: result.secondsToBest, seconds: result.elapsedSeconds,
                        feasible: report?.isFeasible, uncoveredHours: report?.unit.uncoveredHours,
                        averagePosition: report?.unit.averagePositionPercent))
    } catch {
        rows.append(Row(instance: name, size: "-", status: "error: \(error)", seconds: 0))
    }
}

let header = ["instance", "staff×days×shifts", "status", "objective (checker)", "bound", "gap %", "time to best s",
              "total s", "feasible", "uncovered h", "average position %"]
let table = rows.map { row in
    [row.instance, row.size, row.status, format(row.objective), format(row.bound), format(row.gap, 2),
     format(row.secondsToBest), format(row.seconds), row.feasible.map { $0 ? "yes" : "NO" } ?? "-",
     format(row.uncoveredHours), format(row.averagePosition)]
}
let widths = header.indices.map { column in ([header[column]] + table.map { $0[column] }).map(\.count).max()! }
func line(_ cells: [String]) -> String {
    "| " + cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: " | ") + " |"
}
print(line(header))
print("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|")
for cells in table { print(line(cells)) }

let csv = ([header] + table).map { CSV.line($0) }.joined(separator: "\n") + "\n"
let stamp = ISO8601DateFormatter().string(from: Date()).prefix(19).replacingOccurrences(of: ":", with: "")
let destination = outputPath ?? "Benchmarks/results/heltid-bench-\(stamp).csv"
do {
    try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: destination).deletingLastPathComponent().path,
                                            withIntermediateDirectories: true)
    try csv.write(toFile: destination, atomically: true, encoding: .utf8)
    FileHandle.standardError.write(Data("wrote \(destination)\n".utf8))
} catch {
    fail("cannot write \(destination): \(error)")
}
exit(rows.allSatisfy { $0.feasible == true } ? 0 : 1)
