extension MutableCollection where Self: RandomAccessCollection, Index == Int {
    /// Reorders the collection so that its first `count` elements are its `count` least under
    /// `areInIncreasingOrder`, a strict total order (no two elements equal), in no particular order among
    /// themselves; the rest follow. Quickselect with the middle element as pivot: expected linear time, where
    /// sorting the whole collection (as a beam's cut did) takes n log n. Deterministic, and with a total order
    /// the first `count` are the same elements a sort would put first.
    mutating func partitionLeast(_ count: Int, by areInIncreasingOrder: (Element, Element) -> Bool) {
        var (low, high) = (startIndex, endIndex - 1)
        guard count > 0, count < self.count else { return }
        let target = startIndex + count - 1
        while low < high {
            swapAt((low + high) / 2, high)
            var store = low
            for index in low..<high where areInIncreasingOrder(self[index], self[high]) {
                swapAt(index, store)
                store += 1
            }
            swapAt(store, high)
            if store == target { return }
            if store < target { low = store + 1 } else { high = store - 1 }
        }
    }
}
