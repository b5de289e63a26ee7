/// The first label of each state's Pareto front on one day of the labelling (``LabellingPricer``): an
/// open-addressing hash table of label indices, the states themselves kept in the layer's own array.
///
/// A plain `Dictionary` keyed by the state hashes each key with SipHash, which took a fifth of the rescheduling
/// search's time on the benchmark's Instance 20; here a key's hash is a few multiplications of its packed
/// fields, and a slot holds only the label index.
struct FrontTable<Key: Equatable> {
    /// Label indices (-1: empty); the length is a power of two.
    private var slots: [Int32]
    private var filled = 0

    init(expected: Int = 8) {
        var size = 16
        while size < 2 * expected { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    /// The slot of the key with `hash`: the one holding a label whose key (in `keys`) equals `key`, or the
    /// empty one where such a label would go.
    func slot(of key: Key, hash: UInt64, keys: [Key]) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let label = slots[slot]
            if label < 0 || keys[Int(label)] == key { return slot }
            slot = (slot + 1) & mask
        }
    }

    /// The label in `slot` (from ``slot(of:hash:keys:)``), -1 when it is empty.
    func label(at slot: Int) -> Int32 { slots[slot] }

    /// Puts `label` (whose key is in `keys`, hashed by `hash`) into `slot`; the table grows when half full.
    mutating func set(_ label: Int32, at slot: Int, keys: [Key], hash: (Key) -> UInt64) {
        if slots[slot] < 0 { filled += 1 }
        slots[slot] = label
        guard 2 * filled > slots.count else { return }
        let old = slots
        slots = Array(repeating: -1, count: 2 * old.count)
        let mask = slots.count - 1
        for label in old where label >= 0 {
            var slot = Int(truncatingIfNeeded: hash(keys[Int(label)])) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = label
        }
    }
}
