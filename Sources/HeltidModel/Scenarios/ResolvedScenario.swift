/// One scenario with its changes applied: a complete, validated instance.
public struct ResolvedScenario: Sendable {
    public var name: String
    public var description: String?
    public var instance: Instance
}
