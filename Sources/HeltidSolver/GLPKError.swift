/// A failure reported by GLPK, as a Swift error instead of a process abort.
public struct GLPKError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var message: String

    public var description: String { "GLPK failed in \(operation): \(message)" }
}
