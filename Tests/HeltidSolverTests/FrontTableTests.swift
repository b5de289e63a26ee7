import Testing
@testable import HeltidSolver

/// The labelling's hash table of state fronts (``FrontTable``): every key finds its own label through
/// collisions and growth, and an unknown key finds an empty slot.
@Suite struct FrontTableTests {
    /// With `colliding`, every key hashes alike (each lookup probes past all the others).
    @Test(arguments: [true, false])
    func everyKeyFindsItsLabelThroughCollisionsAndGrowth(colliding: Bool) {
        let hash = { (key: Int) -> UInt64 in colliding ? 7 : UInt64(key) &* 0x9E37_79B9_7F4A_7C15 }
        var table = FrontTable<Int>(expected: 2)
        var keys: [Int] = []
        for key in stride(from: 0, to: 3000, by: 3) {
            let slot = table.slot(of: key, hash: hash(key), keys: keys)
            #expect(table.label(at: slot) == -1, "key \(key) found before it was added")
            keys.append(key)
            table.set(Int32(keys.count - 1), at: slot, keys: keys, hash: hash)
        }
        for (label, key) in keys.enumerated() {
            #expect(table.label(at: table.slot(of: key, hash: hash(key), keys: keys)) == Int32(label), "key \(key)")
        }
        // A newer label of a known key replaces the older one in its slot.
        keys.append(keys[10])
        table.set(Int32(keys.count - 1), at: table.slot(of: keys[10], hash: hash(keys[10]), keys: keys), keys: keys, hash: hash)
        #expect(table.label(at: table.slot(of: keys[10], hash: hash(keys[10]), keys: keys)) == Int32(keys.count - 1))
        #expect(table.label(at: table.slot(of: 1, hash: hash(1), keys: keys)) == -1)
    }
}
