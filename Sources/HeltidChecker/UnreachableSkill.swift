import HeltidModel

/// A skill minimum that no one on the staff can meet on a shift: nobody holds the skill and may work the
/// shift. No rota can cover it; only a new hire (or a changed allowed-shift list) can.
public struct UnreachableSkill: Sendable, Equatable, Codable {
    public var skill: String
    public var shift: String
    /// Uncovered shifts (days) that miss the skill.
    public var shifts: Int
    /// What to tell the user.
    public var explanation: String

    /// The skill minimums left uncovered in `report` that nobody in `instance` could fill.
    public static func all(in report: CheckReport, instance: Instance) -> [UnreachableSkill] {
        var counts: [String: [String: Int]] = [:]
        for gap in report.uncovered {
            for skill in gap.missingSkills.keys { counts[gap.shift, default: [:]][skill, default: 0] += 1 }
        }
        var found: [UnreachableSkill] = []
        for (shift, skills) in counts.sorted(by: { $0.key < $1.key }) {
            for (skill, days) in skills.sorted(by: { $0.key < $1.key }) {
                let holders = instance.staff.filter { $0.skills.contains(skill) }
                guard !holders.contains(where: { $0.shifts?.contains(shift) ?? true }) else { continue }
                let why = holders.isEmpty ? "nobody on the staff holds \(skill)"
                    : "the \(holders.count) people holding \(skill) may not work \(shift) (\(holders.map(\.id).joined(separator: ", ")))"
                found.append(UnreachableSkill(skill: skill, shift: shift, shifts: days,
                                              explanation: "\(shift) needs \(skill) on \(days) shift\(days == 1 ? "" : "s") but \(why): no rota can cover it; it takes a hire with that skill or a changed list of allowed shifts"))
            }
        }
        return found
    }
}
