import Testing
@testable import HeltidSolver

/// The turns between the improvement searches (``SearchTurns``): each search once first, then the fastest
/// improver, with the longest-waiting search on every ``SearchTurns/explorationInterval``-th slice.
@Suite struct SearchTurnsTests {
    @Test func everySearchRunsOnceBeforeAnyRunsTwice() {
        var turns = SearchTurns(count: 3)
        var order: [Int] = []
        for _ in 0..<3 {
            let search = turns.next()
            order.append(search)
            turns.record(search, gain: search == 0 ? 100 : 0, seconds: 10)
        }
        #expect(order.sorted() == [0, 1, 2])
    }

    @Test func theFastestImproverGetsTheSlicesBetweenExplorations() {
        var turns = SearchTurns(count: 3)
        let gains = [50.0, 200.0, 0.0]
        var order: [Int] = []
        for _ in 0..<12 {
            let search = turns.next()
            order.append(search)
            turns.record(search, gain: gains[search], seconds: 10)
        }
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
        var turns = SearchTurns(count: 2)
        var order: [Int] = []
        for _ in 0..<6 {
            let search = turns.next()
            order.append(search)
            turns.record(search, gain: 0, seconds: 5)
        }
        #expect(order == [0, 1, 0, 1, 0, 1])
    }

    @Test func aWorseningIsRecordedAsNoGain() {
        var turns = SearchTurns(count: 2)
        turns.record(turns.next(), gain: -30, seconds: 5)
        #expect(turns.rates[0] == 0)
        #expect(turns.rates[1] == .infinity)
    }
}
