import Foundation
import HeltidChecker
import HeltidModel
import HeltidSolver

/// heltid-bench: solves instances, re-checks every roster with the independent checker, prints a table
/// and writes the same rows as CSV to Benchmarks/results/.
///
///     swift run -c release heltid-bench [--instances 1-24] [--time-limit S | --work-limit W] [--seeds 1-3]
///                                       [--benchmark-dir DIR] [--output FILE]
///                                       [--without-column-generation | --compare-compact] [INSTANCE ...]
///
/// `--work-limit` gives each run a deterministic limit in work seconds instead of the wall clock (the solver's
/// `--work-limit`): the same seed then gives the same roster on any machine and under any load, so two versions of
/// the solver can be compared without the wall clock's noise; the time columns are work seconds then, and the wall
/// clock is shown but not held to a limit. `--seeds` (e.g. `1-3`, `1,4`) solves each instance once per seed, adds a
/// `seed` column, and ends with each instance's spread over the seeds (mean, least and greatest objective and
/// objective ÷ best known): on the long rotas one seed's result differs from another's by several per cent.
///
/// `--compare-compact` solves each instance twice in the same run, with the default solver and with the
/// compact core alone (`--without-column-generation`), and adds the compact core's objective, bound and
/// time to best to each row, with its objective ÷ the default's: the gain as a ratio measured in one run.
/// `--instances` selects Curtois & Qu benchmark instances (e.g. `1-24`, `1,3,5-7`) from `--benchmark-dir`
/// (default `../shared/benchmarks/curtois`) and compares with its `best_known.csv`. Instance files given
/// by path are run too; with neither, the bundled samples run. Each instance is solved in a child process
/// of this program, so its peak memory is measured on its own and a failure cannot end the run.

struct Measurement: Codable {
    var instance: String
    var size: String
    var status: String
    var objective: Double?
    var bound: Double?
    var secondsToBest: Double?
    var seconds: Double
    var feasible: Bool?
    var peakMemoryMegabytes: Double
    var note: String?
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("heltid-bench: \(message)\n".utf8))
    exit(2)
}

/// Solves one instance in this process and prints its measurement as JSON (the child's job).
func measure(path: String, limit: RunLimit, seed: UInt64, columnGeneration: Bool) -> Never {
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    var measurement = Measurement(instance: name, size: "-", status: "error", seconds: 0, peakMemoryMegabytes: 0)
    do {
        let instance = try InstanceLoader.load(path: path)
        measurement.size = "\(instance.staff.count)×\(instance.dayCount)×\(instance.shiftTypes.count)"
        let options = SolveOptions(timeLimit: limit.timeLimit, workLimit: limit.workLimit, seed: seed, columnGeneration: columnGeneration)
        let result = try CompactSolver().solve(instance, options: options)
        let report = result.roster.map { RosterChecker(instance: instance).check($0) }
        measurement.status = result.status.rawValue
        measurement.objective = report?.penalty.total
        measurement.bound = result.bound
        measurement.secondsToBest = result.secondsToBest
        // The solver's own clock: work seconds under a work limit, as its time to best is.
        measurement.seconds = result.workSeconds ?? result.elapsedSeconds
        measurement.feasible = report?.isFeasible
        measurement.note = result.explanation.first
        if let report, let objective = result.objective, abs(report.penalty.total - objective) > 1e-6 * max(1, objective) {
            measurement.note = "solver objective \(objective) differs from the checker's \(report.penalty.total)"
        }
    } catch {
        measurement.note = "\(error)"
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    measurement.peakMemoryMegabytes = Double(usage.ru_maxrss) / 1024
    let data = try! JSONEncoder().encode(measurement)
    FileHandle.standardOutput.write(data)
    exit(0)
}

/// A run's limit: wall-clock seconds, or work seconds (deterministic) when `workLimit` is set.
struct RunLimit {
    var timeLimit = 60.0
    var workLimit: Double?

    /// The child's arguments for this limit.
    var arguments: [String] { ["--time-limit", String(timeLimit)] + (workLimit.map { ["--work-limit", String($0)] } ?? []) }

    /// The limit in the log: "60 s" or "60 work s".
    var description: String { workLimit.map { "\(format($0, 0)) work s" } ?? "\(format(timeLimit, 0)) s" }
}

/// Runs `measure` for one instance in a child process.
func measureInChild(path: String, limit: RunLimit, seed: UInt64, columnGeneration: Bool) -> Measurement {
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["--child", path, "--seeds", String(seed)] + limit.arguments
        + (columnGeneration ? [] : ["--without-column-generation"])
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do {
        try process.run()
    } catch {
        return Measurement(instance: name, size: "-", status: "error", seconds: 0, peakMemoryMegabytes: 0, note: "\(error)")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if let measurement = try? JSONDecoder().decode(Measurement.self, from: data) { return measurement }
    return Measurement(instance: name, size: "-", status: "crashed (exit \(process.terminationStatus))", seconds: 0,
                       peakMemoryMegabytes: 0)
}

/// Parses "1-24" or "1,3,5-7" given to `option`.
func numbers(_ text: String, option: String) -> [Int] {
    var numbers: [Int] = []
    for part in text.split(separator: ",") {
        let bounds = part.split(separator: "-").map { Int($0) }
        guard !bounds.isEmpty, bounds.count <= 2, bounds.allSatisfy({ ($0 ?? -1) >= 0 }) else {
            fail("\(option): \"\(text)\" is not like 1-24 or 1,3,5-7")
        }
        numbers += bounds.count == 1 ? [bounds[0]!] : Array(bounds[0]!...max(bounds[0]!, bounds[1]!))
    }
    if numbers.isEmpty { fail("\(option): \"\(text)\" names no number") }
    return numbers
}

/// Best known upper bounds by instance name, from the benchmark's best_known.csv.
func bestKnown(in directory: String) -> [String: Double] {
    guard let text = try? String(contentsOfFile: directory + "/best_known.csv", encoding: .utf8),
          let records = CSV.parse(text), let header = records.first,
          let nameColumn = header.firstIndex(of: "instance"), let valueColumn = header.firstIndex(of: "best_ub")
    else { return [:] }
    var values: [String: Double] = [:]
    for record in records.dropFirst() where record.count > max(nameColumn, valueColumn) {
        values[record[nameColumn]] = Double(record[valueColumn])
    }
    return values
}

var limit = RunLimit()
var seeds: [UInt64]?
var outputPath: String?
var benchmarkDirectory = "../shared/benchmarks/curtois"
var paths: [String] = []
var arguments = CommandLine.arguments.dropFirst()
var childPath: String?
var columnGeneration = true
var compareCompact = false
var selection: [Int] = []
while let argument = arguments.popFirst() {
    switch argument {
    case "--time-limit":
        guard let text = arguments.popFirst(), let value = Double(text), value > 0 else { fail("--time-limit needs seconds") }
        limit.timeLimit = value
    case "--work-limit":
        guard let text = arguments.popFirst(), let value = Double(text), value > 0 else { fail("--work-limit needs work seconds") }
        limit.workLimit = value
    case "--seeds":
        guard let text = arguments.popFirst() else { fail("--seeds needs a list such as 1-3") }
        seeds = numbers(text, option: "--seeds").map { UInt64($0) }
    case "--output":
        guard let text = arguments.popFirst() else { fail("--output needs a file") }
        outputPath = text
    case "--instances":
        guard let text = arguments.popFirst() else { fail("--instances needs a list such as 1-24") }
        selection = numbers(text, option: "--instances")
    case "--benchmark-dir":
        guard let text = arguments.popFirst() else { fail("--benchmark-dir needs a folder") }
        benchmarkDirectory = text
    case "--without-column-generation":
        columnGeneration = false
    case "--compare-compact":
        compareCompact = true
    case "--child":
        childPath = arguments.popFirst()
    case "-h", "--help":
        print("USAGE: heltid-bench [--instances 1-24] [--time-limit S | --work-limit W] [--seeds 1-3] [--benchmark-dir DIR] [--output FILE] [--without-column-generation | --compare-compact] [INSTANCE ...]")
        exit(0)
    default:
        if argument.hasPrefix("-") { fail("unknown option \(argument)") }
        paths.append(argument)
    }
}
if let childPath { measure(path: childPath, limit: limit, seed: seeds?.first ?? 1, columnGeneration: columnGeneration) }
paths += selection.map { "\(benchmarkDirectory)/Instance\($0).txt" }
if paths.isEmpty { paths = ["Instances/kindergarten.json", "Instances/nursing-home.json"] }
let best = bestKnown(in: benchmarkDirectory)

func format(_ value: Double?, _ decimals: Int = 1) -> String {
    value.map { String(format: "%.\(decimals)f", $0) } ?? "-"
}

/// Whether a run's roster passed the checker: "yes", "NO", or "no roster".
func feasibility(of measurement: Measurement) -> String {
    measurement.feasible.map { $0 ? "yes" : "NO" } ?? "no roster"
}

if compareCompact && !columnGeneration { fail("--compare-compact already runs the compact core alone; leave out --without-column-generation") }
let header = ["instance"] + (seeds == nil ? [] : ["seed"])
    + ["staff×days×shifts", "status", "objective", "lower bound", "gap %", "best known", "objective ÷ best",
       "time to best s", "total s", "wall s", "within limit", "feasible", "peak MB"]
    + (compareCompact ? ["compact: status", "objective", "lower bound", "time to best s", "feasible", "objective ÷ default"] : [])
var table: [[String]] = []
var notes: [String] = []
/// Each instance's objectives over the seeds, in the order the instances ran.
var objectivesBySeed: [(instance: String, objectives: [Double])] = []
/// A time limit is honoured when the whole child process (load, solve, check) ends within 10 % plus 2 s of it. A
/// work limit is not a wall-clock limit: its rows show the wall clock only.
let wallAllowance = limit.workLimit == nil ? limit.timeLimit * 1.1 + 2 : nil
var withinLimit = 0
for path in paths {
    var objectives: [Double] = []
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    for seed in seeds ?? [1] {
        FileHandle.standardError.write(Data("solving \(path) (limit \(limit.description)\(seeds == nil ? "" : ", seed \(seed)"))…\n".utf8))
        let started = ContinuousClock.now
        let row = measureInChild(path: path, limit: limit, seed: seed, columnGeneration: columnGeneration)
        let wall = started.duration(to: .now)
        let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
        let within = wallAllowance.map { wallSeconds <= $0 }
        if within == true { withinLimit += 1 }
        if let objective = row.objective, row.feasible == true { objectives.append(objective) }
        let known = best[row.instance]
        let gap = row.objective.flatMap { objective in row.bound.map { max(0, objective - $0) / max(abs(objective), 1e-9) * 100 } }
        let ratio: String = row.objective.flatMap { objective in known.map { format(objective / $0, 3) } } ?? "-"
        let withinText: String = within.map { $0 ? "yes" : "NO" } ?? "-"
        let seedCells: [String] = seeds == nil ? [] : [String(seed)]
        let cells: [String] = [row.size, row.status, format(row.objective), format(row.bound), format(gap, 2), format(known, 0), ratio,
                               format(row.secondsToBest), format(row.seconds), format(wallSeconds), withinText, feasibility(of: row),
                               format(row.peakMemoryMegabytes, 0)]
        table.append([row.instance] + seedCells + cells)
        if let note = row.note { notes.append("\(row.instance)\(seeds == nil ? "" : " (seed \(seed))"): \(note)") }
        if compareCompact {
            FileHandle.standardError.write(Data("solving \(path) with the compact core alone…\n".utf8))
            let compact = measureInChild(path: path, limit: limit, seed: seed, columnGeneration: false)
            let ratio = compact.objective.flatMap { objective in row.objective.map { format(objective / max($0, 1e-9), 3) } } ?? "-"
            table[table.count - 1] += [compact.status, format(compact.objective), format(compact.bound), format(compact.secondsToBest),
                                       feasibility(of: compact), ratio]
            if let note = compact.note { notes.append("\(compact.instance) (compact): \(note)") }
        }
    }
    objectivesBySeed.append((name, objectives))
}

let widths = header.indices.map { column in ([header[column]] + table.map { $0[column] }).map(\.count).max()! }
func line(_ cells: [String]) -> String {
    "| " + cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: " | ") + " |"
}
print(line(header))
print("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|")
for cells in table { print(line(cells)) }
for note in notes { print("  \(note)") }
if let wallAllowance {
    print("time limit honoured (whole run within \(format(wallAllowance)) s = limit + 10 % + 2 s) on \(withinLimit) of \(table.count) runs")
} else {
    print("work limit \(limit.description) (deterministic: the same seed gives the same roster on any machine); time columns in work seconds")
}
if let seeds, seeds.count > 1 {
    for (instance, objectives) in objectivesBySeed {
        guard !objectives.isEmpty else {
            print("\(instance): no feasible roster over seeds \(seeds.map(String.init).joined(separator: ", "))")
            continue
        }
        let (mean, least, greatest) = (objectives.reduce(0, +) / Double(objectives.count), objectives.min()!, objectives.max()!)
        var spread = "\(instance) over \(objectives.count) of \(seeds.count) seeds: objective mean \(format(mean)), "
            + "least \(format(least)), greatest \(format(greatest))"
        if let known = best[instance] {
            spread += "; ÷ best known mean \(format(mean / known, 3)), least \(format(least / known, 3)), "
                + "greatest \(format(greatest / known, 3))"
        }
        print(spread)
    }
}

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
