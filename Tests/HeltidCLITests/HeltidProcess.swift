import Foundation

/// Runs the built `heltid` executable (it sits next to the test bundle in the build products).
struct HeltidProcess {
    static let executable = Bundle.main.bundleURL.appendingPathComponent("heltid")
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Outcome {
        var status: Int32
        var reason: Process.TerminationReason
        var stdout: String
        var stderr: String
    }

    /// Runs `heltid arguments` in the repository root; `interruptAfter` sends SIGINT after that many seconds.
    static func run(_ arguments: [String], interruptAfter: Double? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        if let interruptAfter {
            Thread.sleep(forTimeInterval: interruptAfter)
            process.interrupt()
        }
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let errorData = Data.read(errors.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, reason: process.terminationReason,
                       stdout: String(decoding: outputData, as: UTF8.self), stderr: String(decoding: errorData.value, as: UTF8.self))
    }

    /// The test process's own temporary directory, removed when the process exits (Swift Testing has no
    /// teardown after the last test).
    private static let temporaryRoot: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("heltid-tests-\(ProcessInfo.processInfo.processIdentifier)")
        atexit { try? FileManager.default.removeItem(at: HeltidProcess.temporaryRoot) }
        return url
    }()

    /// A new empty temporary directory within ``temporaryRoot``.
    static func temporaryDirectory() throws -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Data {
    /// Reads a pipe to its end on a background thread; `value` waits for it.
    final class Reader: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        var value: Data {
            done.wait()
            done.signal()
            return data
        }
    }

    static func read(_ handle: FileHandle) -> Reader { Reader(handle) }
}
