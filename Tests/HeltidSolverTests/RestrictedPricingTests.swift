import Foundation
import HeltidChecker
import HeltidModel
@testable import HeltidSolver
import Testing

/// Pricing within a dive's or a branch's decisions (``ScheduleRestriction``): on random non-cyclic
/// instances with random cell costs and random decisions (some days required to be a given shift or off,
/// some choices forbidden), the labelling pricer and the person's own MIP with the same restriction agree on
/// the optimum or on there being no schedule, and every schedule the labelling returns keeps the decisions.
@Suite struct RestrictedPricingTests {
    @Test(arguments: 0..<100)
    func labellingAndMIPAgreeUnderRestrictions(seed: Int) throws {
        var generator = RandomInstance(seed: UInt64(seed) &+ 5000)
        var instance = generator.make()
        instance.horizon.cyclic = false
        defer { GLPKProblem.releaseThreadEnvironment() }
        let demand = DemandTable(instance: instance)
        var random = SplitMix64(seed: UInt64(seed) &+ 9000)
        let shiftCount = instance.shiftTypes.count
        for employee in instance.staff.indices {
            let cellCosts = (0..<instance.dayCount).map { _ in
                instance.shiftTypes.indices.map { _ in Double(Int(random.next() % 4000)) / 100 - 30 }
            }
            var restriction = ScheduleRestriction(dayCount: instance.dayCount, shiftCount: shiftCount)
            for day in 0..<instance.dayCount {
                let choice = Int(random.next() % UInt64(shiftCount + 1)) - 1
                switch random.next() % 6 {
                case 0: restriction.require(day: day, shift: choice >= 0 ? choice : nil)
                case 1: restriction.forbid(day: day, shift: choice >= 0 ? choice : nil)
                default: break
                }
            }
            let pricer = try #require(LabellingPricer(employee: employee, instance: instance, demand: demand))
            let labelling = try #require(pricer.price(cellCosts: cellCosts, threshold: .infinity, limit: 3, restriction: restriction))
            for (_, shifts) in labelling.schedules {
                #expect(restriction.admits(shifts), "seed \(seed), employee \(employee): \(shifts) breaks the restriction")
            }
            let mip = try SchedulePricing.priceWithGLPK(employee, instance: instance, cellCosts: cellCosts, restriction: restriction,
                                                        budget: SearchBudget(clock: SearchClock(measure: .wallClock), deadline: 60))
            // No LP solution (nil) or no integer one: the restriction leaves no schedule.
            if let best = mip?.schedules.first {
                #expect(restriction.admits(best.shifts), "seed \(seed), employee \(employee): the MIP's schedule breaks the restriction")
                let found = try #require(labelling.schedules.first, "seed \(seed), employee \(employee): no schedule, MIP \(best.value)")
                #expect(abs(found.value - best.value) < 1e-6, "seed \(seed), employee \(employee): labelling \(found.value), MIP \(best.value)")
            } else {
                #expect(labelling.schedules.isEmpty, "seed \(seed), employee \(employee): the MIP has no schedule, labelling found one")
            }
        }
    }
}

/// Pricing with every day outside a window fixed, as the rescheduling search's window ruins do: the completion
/// bound then covers only the window (``CompletionBound``: a walk through the fixed days after it, a bound
/// before it, rows only of the totals the window can add), and the labelling still agrees with the person's own
/// MIP on the optimum or on there being none; every other instance has the benchmark's minutes band instead of
/// position terms.
@Suite struct WindowPricingTests {
    @Test(arguments: 0..<100)
    func labellingAndMIPAgreeWithTheDaysOutsideAWindowFixed(seed: Int) throws {
        var generator = RandomInstance(seed: UInt64(seed) &+ 7000)
        var instance = generator.make()
        instance.horizon.cyclic = false
        if seed % 2 == 1 {
            // As in the benchmark: no position terms (the bound then takes minima over the totals a label may
            // still add), a band of paid minutes instead: a narrow one (scanned at each query) or a wide one
            // (minima taken over the table).
            let shift = instance.shiftTypes[0].paidMinutes
            let band = seed % 4 == 1 ? (3 * instance.dayCount / 10, 9 * instance.dayCount / 20) : (1, 2 * instance.dayCount / 3)
            for person in instance.staff.indices {
                (instance.staff[person].currentPercent, instance.staff[person].desiredPercent) = (nil, nil)
                instance.staff[person].minimumPercent = nil
                instance.staff[person].limits.minimumMinutes = shift * band.0
                instance.staff[person].limits.maximumMinutes = shift * band.1
            }
        }
        defer { GLPKProblem.releaseThreadEnvironment() }
        let demand = DemandTable(instance: instance)
        var random = SplitMix64(seed: UInt64(seed) &+ 11000)
        func randomCosts() -> [[Double]] {
            (0..<instance.dayCount).map { _ in instance.shiftTypes.indices.map { _ in Double(Int(random.next() % 4000)) / 100 - 30 } }
        }
        for employee in instance.staff.indices {
            let pricer = try #require(LabellingPricer(employee: employee, instance: instance, demand: demand))
            // A schedule that keeps the person's rules, then a window of it opened on other costs.
            guard let base = pricer.price(cellCosts: randomCosts(), threshold: .infinity, limit: 1)?.schedules.first?.shifts else { continue }
            let length = 1 + Int(random.next() % UInt64(instance.dayCount))
            let start = Int(random.next() % UInt64(instance.dayCount - length + 1))
            var restriction = ScheduleRestriction(dayCount: instance.dayCount, shiftCount: instance.shiftTypes.count)
            for day in base.indices where !(start..<(start + length)).contains(day) { restriction.require(day: day, shift: base[day]) }
            let cellCosts = randomCosts()
            let mip = try SchedulePricing.priceWithGLPK(employee, instance: instance, cellCosts: cellCosts, restriction: restriction,
                                                        budget: SearchBudget(clock: SearchClock(measure: .wallClock), deadline: 60))
            // The base schedule is admitted, so there is an optimum. Just above it, the threshold prunes every
            // label whose completion bound overstates what is left.
            let best = try #require(mip?.schedules.first, "seed \(seed), employee \(employee): the MIP found no schedule")
            let labelling = try #require(pricer.price(cellCosts: cellCosts, threshold: best.value + 0.5, limit: 1, restriction: restriction))
            let found = try #require(labelling.schedules.first, "seed \(seed), employee \(employee): no schedule, MIP \(best.value)")
            #expect(restriction.admits(found.shifts), "seed \(seed), employee \(employee): \(found.shifts) leaves the window")
            #expect(abs(found.value - best.value) < 1e-6, "seed \(seed), employee \(employee): labelling \(found.value), MIP \(best.value)")
            // A beam's bound holds too.
            let beam = try #require(pricer.price(cellCosts: cellCosts, threshold: best.value + 0.5, limit: 1, beamWidths: [4],
                                                 restriction: restriction))
            #expect(beam.lowerBound <= best.value + 1e-6, "seed \(seed), employee \(employee): beam bound \(beam.lowerBound) above \(best.value)")
        }
    }
}
