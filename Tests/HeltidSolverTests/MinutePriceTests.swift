import Foundation
import HeltidModel
@testable import HeltidSolver
import Testing

/// Pricing with the minutes left out of the completion bound (its table too large, as on a year's rota), the
/// minimum relaxed by a price per minute (``CompletionBound/minutePrice``): on random non-cyclic instances with a
/// narrow band of paid minutes, as in the benchmark, and costs mostly above 0 (so that the minimum binds and the
/// price is above 0), the exact labelling, pruned by that bound just above the optimum, still agrees with the
/// person's own MIP, and a beam's bound stays below it.
@Suite struct MinutePriceTests {
    @Test func labellingAndMIPAgreeWithTheMinutesPriced() throws {
        var priced = 0
        for seed in 0..<40 {
            var generator = RandomInstance(seed: UInt64(seed) &+ 13000)
            var instance = generator.make()
            instance.horizon.cyclic = false
            let shift = instance.shiftTypes[0].paidMinutes
            for person in instance.staff.indices {
                (instance.staff[person].currentPercent, instance.staff[person].desiredPercent) = (nil, nil)
                instance.staff[person].minimumPercent = nil
                instance.staff[person].limits.minimumMinutes = shift * (3 * instance.dayCount / 10)
                instance.staff[person].limits.maximumMinutes = shift * (9 * instance.dayCount / 20)
            }
            defer { GLPKProblem.releaseThreadEnvironment() }
            let demand = DemandTable(instance: instance)
            var random = SplitMix64(seed: UInt64(seed) &+ 17000)
            for employee in instance.staff.indices {
                var pricer = try #require(LabellingPricer(employee: employee, instance: instance, demand: demand))
                // Too small a table for any minutes: they are relaxed.
                pricer.completionBoundEntries = 1
                let cellCosts = (0..<instance.dayCount).map { _ in
                    instance.shiftTypes.indices.map { _ in Double(Int(random.next() % 4000)) / 100 - 5 }
                }
                if CompletionBound(pricer: pricer, costs: cellCosts, windowed: true).minutePrice > 0 { priced += 1 }
                let mip = try SchedulePricing.priceWithGLPK(employee, instance: instance, cellCosts: cellCosts,
                                                            budget: SearchBudget(clock: SearchClock(measure: .wallClock), deadline: 60))
                guard let best = mip?.schedules.first else {
                    let labelling = pricer.price(cellCosts: cellCosts, threshold: .infinity, limit: 1)
                    #expect(labelling?.schedules.isEmpty ?? true, "seed \(seed), employee \(employee): the MIP has no schedule, labelling found one")
                    continue
                }
                let labelling = try #require(pricer.price(cellCosts: cellCosts, threshold: best.value + 0.5, limit: 1))
                let found = try #require(labelling.schedules.first, "seed \(seed), employee \(employee): no schedule, MIP \(best.value)")
                #expect(abs(found.value - best.value) < 1e-6, "seed \(seed), employee \(employee): labelling \(found.value), MIP \(best.value)")
                let beam = try #require(pricer.price(cellCosts: cellCosts, threshold: best.value + 0.5, limit: 1, beamWidths: [4]))
                #expect(beam.lowerBound <= best.value + 1e-6, "seed \(seed), employee \(employee): beam bound \(beam.lowerBound) above \(best.value)")
            }
        }
        // The price was set, so the relaxation was what the bound rested on.
        #expect(priced > 20, "the minutes were priced for \(priced) people only")
    }

    /// With the minutes left out of the table, the bound still counts the shifts the minutes left allow: two weeks
    /// at -10 a day, room for two shifts of 480 minutes in all, so a label with none worked can gain at most 20, one
    /// with one worked 10, one at the maximum nothing; and one short of a minimum it can no longer reach is cut.
    @Test func theBoundCountsTheShiftsTheMinutesLeftAllow() throws {
        let instance = try oneShiftRota(days: 14, staff: ["P0,D=14,960,480,7,1,1,2"], file: "capacity.txt") { _ in (1, 100) }
        var pricer = try #require(LabellingPricer(employee: 0, instance: instance, demand: DemandTable(instance: instance)))
        pricer.completionBoundEntries = 1
        let costs = Array(repeating: [-10.0], count: 14)
        let bound = CompletionBound(pricer: pricer, costs: costs, windowed: true)
        func least(day: Int, minutes: Int) -> Double {
            bound.least(day: day, yesterday: nil, workRun: 0, offRun: 1, exempt: false, minutes: minutes, extra: nil)
        }
        #expect(least(day: 1, minutes: 0) == -20)
        #expect(least(day: 7, minutes: 480) == -10)
        #expect(least(day: 7, minutes: 960) == 0)
        #expect(least(day: 14, minutes: 0) == .infinity)
        #expect(least(day: 14, minutes: 480) == 0)
    }
}
