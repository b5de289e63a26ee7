import Foundation
import HeltidChecker
import HeltidModel
@testable import HeltidSolver
import Testing

/// The labelling pricer against the MIP pricer it replaces: on random non-cyclic instances with random cell
/// costs (as the master's duals would put on the cells), both find the same optimum for every employee, the
/// labelling schedule keeps every rule of its person by the independent checker, and its value is what the
/// person's own model says that schedule costs, and a beam's lower bound never exceeds the optimum. Every
/// other seed has benchmark-style people (minutes between personal bounds, shift-type maximums, no
/// positions), which the completion bound handles differently, and every other one of those prices with the
/// maximums relaxed until the cheapest schedule keeps them.
@Suite struct LabellingPricerTests {
    @Test(arguments: 0..<300)
    func labellingFindsTheMIPOptimum(seed: Int) throws {
        var generator = RandomInstance(seed: UInt64(seed))
        var instance = generator.make()
        instance.horizon.cyclic = false
        if seed % 2 == 1 {
            // Benchmark-style people: no positions, minutes between personal bounds, shift-type maximums.
            var limits = SplitMix64(seed: UInt64(seed) &+ 77)
            for index in instance.staff.indices {
                instance.staff[index].currentPercent = nil
                instance.staff[index].desiredPercent = nil
                instance.staff[index].minimumPercent = nil
                let minimum = Int(limits.next() % UInt64(instance.dayCount / 2 + 1)) * 450
                instance.staff[index].limits.minimumMinutes = minimum
                instance.staff[index].limits.maximumMinutes = minimum + Int(limits.next() % 4) * 480
                instance.staff[index].limits.maximumShifts = [instance.shiftTypes[0].id: Int(limits.next() % 6)]
            }
            // Weekend maximums below the rota's weeks on every other such seed (a beam's weekend ranking binds).
            if seed % 4 == 3 {
                var weekends = SplitMix64(seed: UInt64(seed) &+ 555)
                for index in instance.staff.indices {
                    instance.staff[index].limits.maximumWeekends = Int(weekends.next() % UInt64(instance.horizon.weeks))
                }
            }
        }
        defer { GLPKProblem.releaseThreadEnvironment() }
        let demand = DemandTable(instance: instance)
        var costSource = SplitMix64(seed: UInt64(seed) &+ 1000)
        for employee in instance.staff.indices {
            let cellCosts = (0..<instance.dayCount).map { _ in
                instance.shiftTypes.indices.map { _ in Double(Int(costSource.next() % 4000)) / 100 - 30 }
            }
            var pricer = try #require(LabellingPricer(employee: employee, instance: instance, demand: demand))
            // Every other benchmark-style seed relaxes the maximums (exact passes and beams) whatever their number.
            let relaxing = seed % 4 == 1
            if relaxing { pricer.relaxedFromMaximums = 0 }
            let labelling = try #require(pricer.price(cellCosts: cellCosts, threshold: .infinity, limit: 3))

            let formulation = CompactFormulation(schedulesOf: employee, instance: instance, cellCosts: cellCosts)
            let mipOptimum: Double?
            if formulation.model.variables.isEmpty {
                // Rows without variables are kept only when they fail (a minimum nobody can work towards).
                mipOptimum = formulation.model.constraints.isEmpty ? formulation.model.objectiveConstant : nil
            } else {
                let problem = GLPKProblem(verbose: false)
                try problem.load(formulation.model)
                let exact = try BranchAndCut(problem: problem, variableCount: formulation.model.variables.count)
                    .run(phase: "pricing", clock: SearchClock(measure: .wallClock), deadline: 60, progress: nil)
                #expect(exact.optimal || exact.provenInfeasible)
                mipOptimum = exact.optimal ? exact.objective : nil
            }
            guard let mipOptimum else {
                #expect(labelling.schedules.isEmpty, "seed \(seed), employee \(employee): the MIP has no schedule, labelling found one")
                let tightened = pricer.price(cellCosts: cellCosts, threshold: .infinity, limit: 3, beamWidths: [4, nil])
                #expect(tightened?.schedules.isEmpty == true && tightened?.lowerBound == .infinity)
                continue
            }
            let best = try #require(labelling.schedules.first, "seed \(seed), employee \(employee): no schedule, MIP optimum \(mipOptimum)")
            #expect(abs(best.value - mipOptimum) < 1e-6, "seed \(seed), employee \(employee): labelling \(best.value), MIP \(mipOptimum)")
            #expect(abs(labelling.lowerBound - best.value) < 1e-9)
            // A narrow beam drops labels, yet its bound stays a bound: at most the optimum, at most its own best;
            // also where it ranks its labels by their weekend shortfall too.
            for (width, ranked) in [(1, false), (4, false), (1, true), (4, true)] {
                var ranking = pricer
                ranking.ranksBeamsByWeekends = ranked
                let beam = try #require(ranking.price(cellCosts: cellCosts, threshold: .infinity, limit: 1, beamWidths: [width],
                                                      relaxingBeams: relaxing))
                #expect(beam.lowerBound <= mipOptimum + 1e-6, "seed \(seed), employee \(employee), beam \(width), ranked \(ranked): bound \(beam.lowerBound), optimum \(mipOptimum)")
                #expect(beam.lowerBound <= (beam.schedules.first?.value ?? .infinity) + 1e-9)
                #expect((beam.schedules.first?.value ?? .infinity) >= mipOptimum - 1e-6)
            }
            // A beam, then the exact labelling below the beam's best schedule: the same optimum, proven, and
            // the merged schedules distinct and cheapest first.
            for passes in [[1, nil], [4, nil]] as [[Int?]] {
                let tightened = try #require(pricer.price(cellCosts: cellCosts, threshold: .infinity, limit: 3, beamWidths: passes,
                                                          relaxingBeams: relaxing))
                let first = tightened.schedules.first?.value ?? .infinity
                #expect(abs(first - mipOptimum) < 1e-6, "seed \(seed), employee \(employee), passes \(passes): \(first), optimum \(mipOptimum)")
                #expect(abs(tightened.lowerBound - mipOptimum) < 1e-6, "seed \(seed), employee \(employee), passes \(passes): bound \(tightened.lowerBound)")
                #expect(zip(tightened.schedules, tightened.schedules.dropFirst()).allSatisfy { $0.value <= $1.value && $0.shifts != $1.shifts })
            }
            // A threshold just above the optimum prunes everything else but keeps the optimum; one below it
            // leaves nothing and proves the threshold as the bound.
            let above = try #require(pricer.price(cellCosts: cellCosts, threshold: mipOptimum + 0.5, limit: 1))
            #expect(abs((above.schedules.first?.value ?? .infinity) - mipOptimum) < 1e-6, "seed \(seed), employee \(employee)")
            let below = try #require(pricer.price(cellCosts: cellCosts, threshold: mipOptimum - 0.5, limit: 1))
            #expect(below.schedules.isEmpty && below.lowerBound == mipOptimum - 0.5)
            for (value, shifts) in labelling.schedules {
                #expect(value >= best.value - 1e-9)
                var alone = instance
                alone.staff = [instance.staff[employee]]
                var roster = Roster(employees: 1, days: instance.dayCount)
                roster.assignments[0] = shifts
                let report = RosterChecker(instance: alone).check(roster)
                #expect(report.isFeasible, "seed \(seed), employee \(employee): \(report.violations.map(\.message))")
                var single = Roster(employees: instance.staff.count, days: instance.dayCount)
                single.assignments[employee] = shifts
                let own = CompactFormulation(schedulesOf: employee, instance: instance, cellCosts: cellCosts, fixedTo: single)
                #expect(abs(own.model.objectiveConstant - value) < 1e-6, "seed \(seed), employee \(employee): value \(value), model \(own.model.objectiveConstant)")
            }
        }
    }

    /// A half-weekend charge (the rescheduling search's guidance where weekends are scarce) is counted exactly:
    /// each schedule's value is its value without the charge plus the charge for each of its half weekends,
    /// and the charged optimum lies between the uncharged optimum and the uncharged optimum's charged value.
    @Test(arguments: 0..<60)
    func halfWeekendChargeIsCountedExactly(seed: Int) throws {
        var generator = RandomInstance(seed: UInt64(seed))
        var instance = generator.make()
        instance.horizon.cyclic = false
        let demand = DemandTable(instance: instance)
        var costSource = SplitMix64(seed: UInt64(seed) &+ 2000)
        let charge = 7.5
        for employee in instance.staff.indices {
            let cellCosts = (0..<instance.dayCount).map { _ in
                instance.shiftTypes.indices.map { _ in Double(Int(costSource.next() % 4000)) / 100 - 30 }
            }
            let plain = try #require(LabellingPricer(employee: employee, instance: instance, demand: demand))
            var charged = plain
            charged.halfWeekendCharge = charge
            let uncharged = try #require(plain.price(cellCosts: cellCosts, threshold: .infinity, limit: 3))
            let found = try #require(charged.price(cellCosts: cellCosts, threshold: .infinity, limit: 3))
            func halves(_ shifts: [Int?]) -> Double {
                Double((0..<(shifts.count / 7)).filter { WeekendNeighbourhood.worksHalf(shifts, week: $0) }.count)
            }
            func value(_ shifts: [Int?]) -> Double {
                var total = ScheduleCost(employee: employee, instance: instance).value(of: shifts, instance: instance)
                for (day, shift) in shifts.enumerated() { if let shift { total += cellCosts[day][shift] } }
                return total
            }
            #expect(found.schedules.isEmpty == uncharged.schedules.isEmpty, "seed \(seed), employee \(employee)")
            for (schedule, shifts) in found.schedules {
                #expect(abs(schedule - value(shifts) - charge * halves(shifts)) < 1e-6, "seed \(seed), employee \(employee)")
            }
            if let best = found.schedules.first, let plainBest = uncharged.schedules.first {
                #expect(best.value >= plainBest.value - 1e-6, "seed \(seed), employee \(employee)")
                #expect(best.value <= plainBest.value + charge * halves(plainBest.shifts) + 1e-6, "seed \(seed), employee \(employee)")
            }
        }
    }
}
