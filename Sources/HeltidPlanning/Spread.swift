/// Least, mean and largest of a per-person figure (weekends worked, nights).
public struct Spread: Sendable, Equatable, Codable {
    public var minimum: Double
    public var average: Double
    public var maximum: Double

    /// The spread of `values`; zeros for an empty list.
    public init(_ values: [Double]) {
        minimum = values.min() ?? 0
        maximum = values.max() ?? 0
        average = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
