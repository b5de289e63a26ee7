/// Whether a wish is to work or to be off.
public enum WishKind: String, Sendable, Codable, CaseIterable {
    case work
    case off
}

/// A staff wish (ønske) for one day: to work a shift there, or to be off.
public struct Wish: Sendable, Equatable, Codable {
    /// Day number, 1-based (day 1 is the horizon's start date).
    public var day: Int
    /// The shift type id; absent means any shift (work: any shift; off: the whole day off).
    public var shift: String?
    public var kind: WishKind
    /// How much the wish matters, 1–1000 (default 1).
    public var weight: Int

    public init(day: Int, shift: String? = nil, kind: WishKind, weight: Int = 1) {
        self.day = day
        self.shift = shift
        self.kind = kind
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case day, shift, kind, weight }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        day = try container.decode(Int.self, forKey: .day)
        shift = try container.decodeIfPresent(String.self, forKey: .shift)
        kind = try container.decode(WishKind.self, forKey: .kind)
        weight = try container.decodeIfPresent(Int.self, forKey: .weight) ?? 1
    }

    /// True when working `shiftIndex` (nil = off) on the wish's day grants the wish.
    public func isGranted(by shiftIndex: Int?, wishShiftIndex: Int?) -> Bool {
        switch kind {
        case .work:
            guard let worked = shiftIndex else { return false }
            return wishShiftIndex == nil || wishShiftIndex == worked
        case .off:
            guard let worked = shiftIndex else { return true }
            return wishShiftIndex != nil && wishShiftIndex != worked
        }
    }
}
