import Foundation
import HeltidSolver

/// Installs a SIGINT (Ctrl-C) handler that asks the solver to stop and return the best roster so far.
/// A second Ctrl-C ends the process at once.
enum InterruptHandler {
    static func install() {
        signal(SIGINT) { _ in
            Interruption.request()
            signal(SIGINT, SIG_DFL)
        }
    }
}
