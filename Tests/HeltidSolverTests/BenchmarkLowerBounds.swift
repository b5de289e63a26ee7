import Foundation
import HeltidModel
import Testing

/// Expects `bound` on each of the benchmark's 24 instances to be at most the best lower bound `best_known.csv` gives
/// for it: no valid bound of ours may exceed one.
func expectNoBenchmarkBoundAboveTheBestLowerBound(_ bound: (Instance, DemandTable) -> Double,
                                                  sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = WeekendCoverBoundTests.benchmark
    let table = try String(contentsOf: folder.appendingPathComponent("best_known.csv"), encoding: .utf8)
    let rows = table.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(rows.count == 24, sourceLocation: sourceLocation)
    for row in rows {
        let name = String(row[0])
        let instance = try InstanceLoader.load(path: folder.appendingPathComponent("\(name).txt").path)
        let bestLowerBound = try #require(Double(row[5]), "no lower bound for \(name)", sourceLocation: sourceLocation)
        #expect(bound(instance, DemandTable(instance: instance)) <= bestLowerBound, "\(name)", sourceLocation: sourceLocation)
    }
}
