import Foundation
import HeltidSolver

/// Installs a SIGINT (Ctrl-C) handler that asks the solver to stop and return the best roster so far.
/// A second Ctrl-C ends the process at once.
enum InterruptHandler {
    static func install() {
        // A parent process may have left SIGINT blocked in the mask this process inherited.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        signal(SIGINT) { _ in
            Interruption.request()
            signal(SIGINT, SIG_DFL)
        }
    }
}
