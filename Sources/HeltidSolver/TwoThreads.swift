import Foundation

/// Runs `first` on the calling thread and `second` on a helper thread at the same time (the machine has two
/// cores; pricing and search attempts are independent), and returns both results once both are done. The
/// helper has a 16 MiB stack: labelling and GLPK need more than a secondary thread's default.
func onTwoThreads<First, Second: Sendable>(_ first: () -> First, _ second: @escaping @Sendable () -> Second) -> (First, Second) {
    let box = HelperResult<Second>()
    let done = DispatchSemaphore(value: 0)
    let helper = Thread {
        box.value = second()
        done.signal()
    }
    helper.stackSize = 16 << 20
    helper.start()
    let firstResult = first()
    done.wait()
    return (firstResult, box.value!)
}

/// The helper thread's result: written once by the helper before it signals, read by the caller after the
/// wait (the semaphore orders the two).
private final class HelperResult<Value>: @unchecked Sendable {
    var value: Value?
}
