/// The profile of an open position (ledig stilling) that `heltid dimension` may add to a unit: what a
/// new hire could work. Instances without named staff are dimensioned from open positions only.
///
/// One profile per instance: every open position is alike, so the headcount search adds identical
/// people. A unit that needs a skill mix (for example one nurse per shift) states the skills of the
/// scarce group here, or lists its current staff and lets the open positions fill the rest.
public struct OpenPosition: Sendable, Equatable, Codable {
    /// Name stem of the added positions ("Ledig stilling" gives "Ledig stilling 1", "Ledig stilling 2", …).
    public var name: String
    /// Skill ids an open position holds; absent means every skill the instance declares.
    public var skills: [String]?
    /// The position size a new hire is offered at most, in percent (default 100: full-time).
    public var desiredPercent: Double
    /// Shift types an open position may work; absent means all.
    public var shifts: [String]?
    /// Whether an open position accepts long shifts (langvakt) when the unit allows them (default true).
    public var acceptsLongShifts: Bool

    public init(name: String = "Ledig stilling", skills: [String]? = nil, desiredPercent: Double = 100,
                shifts: [String]? = nil, acceptsLongShifts: Bool = true) {
        self.name = name
        self.skills = skills
        self.desiredPercent = desiredPercent
        self.shifts = shifts
        self.acceptsLongShifts = acceptsLongShifts
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, skills, desiredPercent, shifts, acceptsLongShifts }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = OpenPosition()
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? defaults.name
        skills = try container.decodeIfPresent([String].self, forKey: .skills)
        desiredPercent = try container.decodeIfPresent(Double.self, forKey: .desiredPercent) ?? defaults.desiredPercent
        shifts = try container.decodeIfPresent([String].self, forKey: .shifts)
        acceptsLongShifts = try container.decodeIfPresent(Bool.self, forKey: .acceptsLongShifts) ?? defaults.acceptsLongShifts
    }

    /// `instance` with `count` open positions of this profile appended to its staff, numbered from 1 and
    /// skipping ids already in use.
    public func adding(_ count: Int, to instance: Instance) -> Instance {
        var staffed = instance
        let taken = Set(instance.staff.map(\.id))
        var number = 0
        while staffed.staff.count < instance.staff.count + count {
            number += 1
            let position = employee(number: number, in: instance)
            if !taken.contains(position.id) { staffed.staff.append(position) }
        }
        return staffed
    }

    /// The employee record of the `number`-th open position (1-based) in `instance`.
    public func employee(number: Int, in instance: Instance) -> Employee {
        Employee(id: "open-\(number)", name: "\(name) \(number)", skills: skills ?? instance.skills.map(\.id),
                 currentPercent: nil, desiredPercent: desiredPercent, shifts: shifts, acceptsLongShifts: acceptsLongShifts)
    }
}
