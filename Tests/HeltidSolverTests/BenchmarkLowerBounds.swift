import Foundation
import HeltidModel

/// The benchmark's 24 instances, each with the best lower bound `best_known.csv` gives for it: what no valid bound
/// of ours may exceed.
func benchmarkInstancesWithBestLowerBounds() throws -> [(name: String, instance: Instance, bestLowerBound: Double)] {
    let folder = WeekendCoverBoundTests.benchmark
    let table = try String(contentsOf: folder.appendingPathComponent("best_known.csv"), encoding: .utf8)
    let rows = table.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    return try rows.map { row in
        let name = String(row[0])
        let instance = try InstanceLoader.load(path: folder.appendingPathComponent("\(name).txt").path)
        guard let bound = Double(row[5]) else { throw InputError(file: "best_known.csv", message: "no lower bound for \(name)") }
        return (name, instance, bound)
    }
}
