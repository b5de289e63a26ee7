import Testing
@testable import HeltidSolver

/// The turns between the improvement searches (``SearchTurns``): each search once first, then the fastest
/// improver, with the longest-waiting search on every ``SearchTurns/explorationInterval``-th slice, a shorter one.
@Suite struct SearchTurnsTests {
    /// The searches that get `slices` slices of `seconds` each, search `s` gaining `gains[s]`
    /// in each of its slices.
    func searchesGiven(slices: Int, gains: [Double], seconds: Double = 10) -> [Int] {
        var turns = SearchTurns(count: gains.count)
        return (0..<slices).map { _ in
            let search = turns.next().search
            turns.record(search, gain: gains[search], seconds: seconds)
            return search
        }
    }

    @Test func everySearchRunsOnceBeforeAnyRunsTwice() {
        #expect(searchesGiven(slices: 3, gains: [100, 0, 0]).sorted() == [0, 1, 2])
    }

    @Test func theFastestImproverGetsTheSlicesBetweenExplorations() {
        let order = searchesGiven(slices: 12, gains: [50, 200, 0])
        // After the first round and the first exploration, search 1 (20 a second) takes every slice but each
        // fourth, which goes to the one that has waited longest.
        for (index, search) in order.enumerated() where index >= 4 {
            let slice = index + 1
            if slice % SearchTurns.explorationInterval == 0 {
                #expect(search != 1, "slice \(slice) should explore, got \(order)")
            } else {
                #expect(search == 1, "slice \(slice) should go to the fastest, got \(order)")
            }
        }
        #expect(order.contains(2) && order.filter { $0 == 0 }.count >= 2)
    }

    @Test func searchesThatFindNothingTakeTurnsInOrderOfWaiting() {
        let order = searchesGiven(slices: 6, gains: [0, 0], seconds: 5)
        #expect(order == [0, 1, 0, 1, 0, 1] || order == [1, 0, 1, 0, 1, 0])
    }

    @Test func explorationSlicesAreShorterProbes() {
        var turns = SearchTurns(count: 2)
        let exploring = (0..<8).map { _ in turns.next().exploring }
        #expect(exploring == [false, false, false, true, false, false, false, true])
        #expect(SearchTurns.probeLength(of: 15) == 15 * SearchTurns.probeShare)
        #expect(SearchTurns.probeLength(of: SearchTurns.shortestSlice) == SearchTurns.shortestSlice / 2)
    }

    @Test func aWorseningIsRecordedAsNoGain() {
        var turns = SearchTurns(count: 2)
        turns.record(turns.next().search, gain: -30, seconds: 5)
        #expect(turns.rates[0] == 0)
        #expect(turns.rates[1] == .infinity)
    }
}
