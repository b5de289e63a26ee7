import Foundation

/// Writes command output to stdout or, atomically, to a file.
enum OutputWriter {
    /// Writes `text` to `path` through a temporary file and a rename, so an interrupted write never
    /// leaves half a file; without a path, writes to stdout.
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw UsageError(message: "\(path): cannot write the output file")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw UsageError(message: "\(path): cannot write the output file (\(reason))")
        }
    }

    /// `value` as pretty-printed JSON with sorted keys and a final newline (the tool's JSON outputs).
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Writes a line to stderr.
    static func diagnostic(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
