@testable import HeltidSolver
import Testing

/// ``MutableCollection/partitionLeast(_:by:)`` against a full sort: on random arrays with many ties in the
/// first key (broken by the second, as the labelling's beam breaks them by label index), the first `count`
/// elements are the set a sort puts first, and the array keeps every element.
@Suite struct LeastElementsTests {
    @Test(arguments: 0..<200)
    func partitionLeastKeepsWhatASortPutsFirst(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &+ 91)
        let length = Int(random.next() % 300)
        let keys = (0..<length).map { _ in Int(random.next() % 7) }
        var indices = Array(0..<length)
        let count = length == 0 ? 0 : Int(random.next() % UInt64(length + 2))
        indices.partitionLeast(count) { (keys[$0], $0) < (keys[$1], $1) }
        let sorted = Array(0..<length).sorted { (keys[$0], $0) < (keys[$1], $1) }
        #expect(indices.sorted() == Array(0..<length))
        let kept = min(count, length)
        #expect(Set(indices.prefix(kept)) == Set(sorted.prefix(kept)), "seed \(seed): \(length) elements, count \(count)")
    }
}
