import HeltidModel

/// The objective of a roster that keeps every hard rule, without building a model: the cover cost
/// (``CoverLedger``) plus each person's own cost (``ScheduleCost``), the same terms as
/// ``CompactFormulation``'s objective.
enum RosterObjective {
    static func value(of roster: Roster, instance: Instance, demand: DemandTable) -> Double {
        let ledger = CoverLedger(instance: instance, demand: demand, roster: roster)
        var own = 0.0
        for employee in instance.staff.indices {
            own += ScheduleCost(employee: employee, instance: instance).value(of: roster.assignments[employee], instance: instance)
        }
        return ledger.cost + own
    }

    /// Whether every roster's objective is a whole number: no position terms (their bands are priced per
    /// minute of a fractional target) and whole-number wish, cover and skill weights.
    static func isIntegral(instance: Instance, demand: DemandTable) -> Bool {
        func whole(_ value: Double) -> Bool { value == value.rounded() }
        let weights = instance.weights
        guard instance.staff.allSatisfy({ $0.currentPercent == nil && $0.desiredPercent == nil }),
              instance.staff.allSatisfy({ $0.wishes.allSatisfy { whole(weights.wish * Double($0.weight)) } }) else { return false }
        return demand.cells.allSatisfy { day in
            day.indices.allSatisfy { shift in
                let cell = day[shift]
                let hourCost = weights.uncoveredHour * instance.shiftTypes[shift].paidHours
                return (cell.minimum == 0 || whole(cell.underWeight ?? hourCost)) && whole(cell.overWeight ?? 0)
                    && (cell.skillMinimums.isEmpty || whole(hourCost))
            }
        }
    }
}
