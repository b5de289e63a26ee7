import HeltidModel

/// One employee's own objective terms, the part of the objective that depends on that person's schedule
/// alone: wishes (a cost on cells plus a constant for work wishes) and the position terms (shortfall below
/// the desired and the current position, priced in bands as a function of the planned minutes).
///
/// The compact formulation and the labelling pricer both price schedules from this one description.
struct ScheduleCost {
    /// One shortfall term: planned minutes below the sum of the band widths cost each band's price per
    /// minute, the cheapest band (nearest the target) filled first.
    typealias Bands = [(width: Double, costPerMinute: Double)]

    /// Cost added whatever the schedule (each work wish is paid unless a matching cell is worked).
    private(set) var constant = 0.0
    /// `cellCosts[day][shift]`: wish terms of working that cell.
    private(set) var cellCosts: [[Double]]
    /// The shortfall terms, each convex in the planned minutes.
    private(set) var shortfalls: [Bands] = []

    init(employee: Int, instance: Instance) {
        cellCosts = Array(repeating: Array(repeating: 0, count: instance.shiftTypes.count), count: instance.dayCount)
        let person = instance.staff[employee]
        let weights = instance.weights
        for wish in person.wishes {
            let day = wish.day - 1
            let wishShift = wish.shift.flatMap(instance.shiftIndex(of:))
            let penalty = weights.wish * Double(wish.weight)
            for shift in instance.shiftTypes.indices where wishShift == nil || wishShift == shift {
                cellCosts[day][shift] += wish.kind == .work ? -penalty : penalty
            }
            if wish.kind == .work { constant += penalty }
        }
        let fullTimeMinutes = instance.fullTimeHours * 60
        if let desired = person.desiredPercent ?? person.currentPercent, desired > 0 {
            if let bands = ScheduleCost.unwantedPartTime(target: desired / 100 * fullTimeMinutes, instance: instance) {
                shortfalls.append(bands)
            }
        }
        if let current = person.currentPercent, current > 0, weights.belowCurrentPositionHour > 0 {
            shortfalls.append([(current / 100 * fullTimeMinutes, weights.belowCurrentPositionHour / 60)])
        }
    }

    /// Unwanted part-time below `target` minutes: the plain cost per hour, rising by the fairness step for
    /// every band further below the target (convex, so an LP fills the cheap bands nearest the target first).
    private static func unwantedPartTime(target: Double, instance: Instance) -> Bands? {
        let weights = instance.weights
        let plainPerMinute = weights.unwantedPartTimeHour / 60
        guard weights.fairnessStep > 0 else { return plainPerMinute > 0 ? [(target, plainPerMinute)] : nil }
        let bandMinutes = ObjectiveWeights.fairnessBandPercent / 100 * instance.fullTimeHours * 60
        var bands: Bands = []
        var covered = 0.0
        while covered < target - 1e-9 {
            let width = min(bandMinutes, target - covered)
            bands.append((width, plainPerMinute * (1 + weights.fairnessStep * Double(bands.count))))
            covered += width
        }
        return bands
    }

    /// The cost of one shortfall term at `planned` minutes: the missing minutes fill the bands in order.
    static func cost(of bands: Bands, planned: Double) -> Double {
        var missing = max(0, bands.map(\.width).reduce(0, +) - planned)
        var cost = 0.0
        for band in bands where missing > 0 {
            cost += min(band.width, missing) * band.costPerMinute
            missing -= band.width
        }
        return cost
    }

    /// The own cost of one schedule of the employee (`shifts[day]`, nil off).
    func value(of shifts: [Int?], instance: Instance) -> Double {
        var value = constant + positionCost(planned: instance.paidMinutes(of: shifts))
        for (day, shift) in shifts.enumerated() { if let shift { value += cellCosts[day][shift] } }
        return value
    }

    /// The position terms' cost at `planned` minutes (not increasing in the minutes).
    func positionCost(planned: Double) -> Double {
        shortfalls.reduce(0) { $0 + ScheduleCost.cost(of: $1, planned: planned) }
    }
}
