import Synchronization

/// A process-wide request to stop solving and return the best roster so far (Ctrl-C).
///
/// `request()` only stores into a lock-free atomic, so it may be called from a signal handler.
public enum Interruption {
    private static let flag = Atomic<Bool>(false)

    /// Asks every running solver to stop at its next check.
    public static func request() {
        flag.store(true, ordering: .relaxed)
    }

    /// Whether a stop was requested.
    public static var isRequested: Bool {
        flag.load(ordering: .relaxed)
    }
}
