import Foundation
import HeltidChecker
import HeltidModel
@testable import HeltidSolver
import Testing

/// The rescheduling search and the cover ledger it prices against, on random non-cyclic instances: the
/// ledger's marginal cost of a cell is exactly what the cover cost changes by, the objective without a model
/// (``RosterObjective``) is the checker's penalty, and the search's rosters (with whole-schedule or window
/// ruins, whole schedules re-planned one at a time, and people re-planned in sliding windows) keep every hard rule,
/// never get worse, and are the same for the same seed.
@Suite struct ReschedulingSearchTests {
    private func instance(seed: Int) -> Instance {
        var generator = RandomInstance(seed: UInt64(seed))
        var instance = generator.make()
        instance.horizon.cyclic = false
        return instance
    }

    @Test(arguments: 0..<60)
    func marginalCostsAreWhatTheCoverCostChangesBy(seed: Int) {
        let instance = instance(seed: seed)
        let demand = DemandTable(instance: instance)
        var random = SplitMix64(seed: UInt64(seed))
        let shifts = instance.shiftTypes.count
        let roster = Roster(assignments: instance.staff.indices.map { _ in
            (0..<instance.dayCount).map { _ in
                let draw = Int(random.next() % UInt64(shifts + 1))
                return draw < shifts ? draw : nil
            }
        })
        for employee in instance.staff.indices {
            var others = CoverLedger(instance: instance, demand: demand)
            for other in instance.staff.indices where other != employee { others.add(other, roster.assignments[other]) }
            let marginal = others.marginalCosts(of: employee)
            for day in 0..<instance.dayCount {
                for shift in 0..<shifts {
                    var single: [Int?] = Array(repeating: nil, count: instance.dayCount)
                    single[day] = shift
                    var with = others
                    with.add(employee, single)
                    let cell = demand[day, shift]
                    let working = instance.staff.indices.filter { $0 != employee && roster[$0, day] == shift }.count
                    if let maximum = cell.maximum, working >= maximum {
                        #expect(marginal[day][shift] == CoverLedger.blocked)
                    } else {
                        #expect(abs(with.cost - others.cost - marginal[day][shift]) < 1e-9,
                                "seed \(seed), employee \(employee), day \(day), shift \(shift)")
                    }
                }
            }
        }
    }

    /// The cells the search's cover-directed ruins start from: a cell is uncovered exactly when fewer people
    /// work it than its minimum or than one of its skill minimums asks for, and over-covered exactly when more
    /// people work it than its minimum.
    @Test(arguments: 0..<30)
    func uncoveredAndOverCoveredCellsAreThoseOfTheCounts(seed: Int) {
        let instance = instance(seed: seed)
        let demand = DemandTable(instance: instance)
        var random = SplitMix64(seed: UInt64(seed) + 1000)
        let shifts = instance.shiftTypes.count
        let roster = Roster(assignments: instance.staff.indices.map { _ in
            (0..<instance.dayCount).map { _ in
                let draw = Int(random.next() % UInt64(shifts + 2))
                return draw < shifts ? draw : nil
            }
        })
        var ledger = CoverLedger(instance: instance, demand: demand)
        for employee in instance.staff.indices { ledger.add(employee, roster.assignments[employee]) }
        var expected: [String] = []
        for day in 0..<instance.dayCount {
            for shift in 0..<shifts {
                let cell = demand[day, shift]
                let working = instance.staff.indices.filter { roster[$0, day] == shift }
                let skillShort = cell.skillMinimums.contains { skill, required in
                    working.filter { instance.staff[$0].skills.contains(instance.skills[skill].id) }.count < required
                }
                if working.count < cell.minimum || skillShort { expected.append("\(day)/\(shift)") }
                #expect(ledger.isOverCovered(day: day, shift: shift) == (working.count > cell.minimum), "seed \(seed), day \(day), shift \(shift)")
                #expect(ledger.couldTake(day: day, working: shift) == (working.count > cell.minimum) && ledger.couldTake(day: day, working: nil))
            }
        }
        #expect(ledger.uncoveredCells.map { "\($0.day)/\($0.shift)" } == expected, "seed \(seed)")
        #expect(Set(ledger.uncoveredCells.map(\.day)) == Set(ledger.uncoveredDays))
    }

    /// With `windows`, the search ruins windows of the short random rotas (``ReschedulingSearch/windowHorizonDays``
    /// lowered to a day), stretches and transfers, and places people within placement plans first, as it does on
    /// long, large ones; on odd seeds it charges half
    /// weekends (as on long rotas where weekends are scarce), and still returns rosters no worse than those it began
    /// from, by the objective.
    @Test(arguments: 0..<60, [false, true])
    func searchRostersKeepEveryRuleAndImprove(seed: Int, windows: Bool) throws {
        let instance = instance(seed: seed)
        let demand = DemandTable(instance: instance)
        let checker = RosterChecker(instance: instance)
        defer { GLPKProblem.releaseThreadEnvironment() }
        var search = try #require(ReschedulingSearch(instance: instance, demand: demand, seed: 3, halfWeekendCharge: seed % 2 == 1 ? 15 : 0))
        if windows {
            search.windowHorizonDays = 1
            search.drawsTransfers = true
            search.plansPlacements = true
        }
        var again = search
        let clock = SearchClock(measure: .wallClock)
        let placed = try search.construct(clock: clock, deadline: 30)
        guard placed else {
            // Placing people one by one fails only for a person whose own rules admit no schedule at all (GLPK
            // proves it), or on cells filled to their maximum by those placed before (the one rule that ties
            // people together; the solver's other phases take over then).
            let zero = Array(repeating: Array(repeating: 0.0, count: instance.shiftTypes.count), count: instance.dayCount)
            let someoneHasNone = try instance.staff.indices.contains { employee in
                try SchedulePricing.priceWithGLPK(employee, instance: instance, cellCosts: zero, budget: SearchBudget(clock: SearchClock(measure: .wallClock), deadline: 30))?.schedules.isEmpty == true
            }
            let hasMaximums = demand.cells.joined().contains { $0.maximum != nil }
            #expect(someoneHasNone || hasMaximums, "seed \(seed): no first roster")
            return
        }
        #expect(try again.construct(clock: clock, deadline: 30) && again.roster == search.roster, "seed \(seed): same seed, another roster")
        let first = checker.check(search.roster)
        #expect(first.isFeasible, "seed \(seed): \(first.violations.map(\.message))")
        #expect(abs(first.penalty.total - search.objective) < 1e-6, "seed \(seed): search \(search.objective), checker \(first.penalty.total)")
        #expect(abs(RosterObjective.value(of: search.roster, instance: instance, demand: demand) - search.objective) < 1e-6)

        let before = search.objective
        let improved = search.improve(clock: SearchClock(measure: .wallClock), deadline: 0.3, bound: nil, progress: nil)
        let report = checker.check(improved.roster)
        #expect(report.isFeasible, "seed \(seed): \(report.violations.map(\.message))")
        #expect(abs(report.penalty.total - improved.objective) < 1e-6, "seed \(seed): search \(improved.objective), checker \(report.penalty.total)")
        #expect(improved.objective <= before + 1e-9)

        // The search goes on from its own roster, which half-weekend charges may have led past the best one: whole
        // schedules re-planned one at a time, then people in sliding windows (the same for the same work).
        var (twin, otherTwin) = (search, search)
        for sliding in [false, true] {
            let (current, guided) = (search.objective, search.guidedObjective)
            let replanned = sliding ? search.replanInSlidingWindows(clock: SearchClock(measure: .wallClock), deadline: 0.3)
                : search.replanWholeSchedules(clock: SearchClock(measure: .wallClock), deadline: 0.3)
            let checked = checker.check(replanned.roster)
            #expect(checked.isFeasible, "seed \(seed), sliding \(sliding): \(checked.violations.map(\.message))")
            #expect(abs(checked.penalty.total - replanned.objective) < 1e-6,
                    "seed \(seed), sliding \(sliding): search \(replanned.objective), checker \(checked.penalty.total)")
            #expect(replanned.objective <= current + 1e-9)
            #expect(search.guidedObjective <= guided + 1e-9)
        }
        let slidOnce = twin.replanInSlidingWindows(clock: SearchClock(measure: .work), deadline: 5)
        let slidTwice = otherTwin.replanInSlidingWindows(clock: SearchClock(measure: .work), deadline: 5)
        #expect(slidOnce.roster == slidTwice.roster && twin.roster == otherTwin.roster, "seed \(seed): same work, another roster")
    }

    /// A placement plan leaves each person no more weekends open than they may work, and no more days of a capped
    /// shift type than its maximum; it never closes a day off.
    @Test(arguments: 0..<40)
    func placementPlansLeaveNoMoreWeekendsOrCappedDaysThanAllowed(seed: Int) throws {
        var instance = instance(seed: seed)
        let weeks = instance.dayCount / 7
        for person in instance.staff.indices where seed % 3 != 0 {
            instance.staff[person].limits.maximumWeekends = max(1, weeks / 2)
        }
        let demand = DemandTable(instance: instance)
        var search = try #require(ReschedulingSearch(instance: instance, demand: demand, seed: UInt64(seed)))
        for employee in instance.staff.indices {
            let pricer = try #require(LabellingPricer(employee: employee, instance: instance, demand: demand))
            guard let plan = search.placementPlan(for: employee) else {
                #expect(pricer.hasWeekendPattern || pricer.mostWeekends >= weeks, "seed \(seed), employee \(employee): no plan")
                continue
            }
            func isClosedWeekend(_ week: Int) -> Bool {
                (7 * week + 4...7 * week + 6).allSatisfy { day in
                    instance.shiftTypes.indices.allSatisfy { !plan.allows(day: day, shift: $0) || !pricer.countsAsWeekend(day: day, shift: $0) }
                }
            }
            if !pricer.hasWeekendPattern && pricer.mostWeekends < weeks {
                let closed = (0..<weeks).filter(isClosedWeekend).count
                #expect(closed >= weeks - pricer.mostWeekends, "seed \(seed), employee \(employee): \(closed) of \(weeks) weekends closed")
            }
            for (shift, maximum) in pricer.bindingShiftMaximums {
                let open = (0..<instance.dayCount).filter { pricer.usable[$0][shift] && plan.allows(day: $0, shift: shift) }
                #expect(open.count <= maximum, "seed \(seed), employee \(employee): \(open.count) days of a type capped at \(maximum)")
            }
            #expect((0..<instance.dayCount).allSatisfy { plan.allows(day: $0, shift: nil) }, "seed \(seed): a day off closed")
        }
    }

    /// A placement plan leaves open the weekends where the most people are still missing, the person's own shifts
    /// (counted in the ledger here) not counted as cover. Four weeks, one shift; on each day of weekends 0, 2 and 3
    /// one, three and two people wanted; everyone may work two weekends. With nobody placed, weekends 2 and 3 (where
    /// the marginal costs alone tie three weekends); with P1 and P2 on weekends 2 and 3, weekends 0 and 2, also when
    /// P0 works weekend 2 already.
    @Test(arguments: 1...5)
    func placementPlansOpenTheWeekendsMostShortOfPeople(seed: Int) throws {
        let wanted = [1, 0, 3, 2]
        let instance = try oneShiftRota(days: 28, staff: (0..<3).map { "P\($0),D=28,13440,0,7,1,1,2" }, file: "weekends.txt") { day in
            (day % 7 >= 5 ? wanted[day / 7] : 0, 100)
        }
        var search = try #require(ReschedulingSearch(instance: instance, demand: DemandTable(instance: instance), seed: UInt64(seed)))
        func openWeekends() throws -> [Int] {
            let found = search.placementPlan(for: 0)
            let plan = try #require(found)
            return (0..<4).filter { week in (7 * week + 5...7 * week + 6).contains { plan.allows(day: $0, shift: 0) } }
        }
        #expect(try openWeekends() == [2, 3])
        var days = Array(repeating: [Int?](repeating: nil, count: 28), count: 3)
        for person in [1, 2] {
            for day in [19, 20, 26, 27] { days[person][day] = 0 }
        }
        search.load(Roster(assignments: days))
        #expect(try openWeekends() == [0, 2])
        days[0][19] = 0
        days[0][20] = 0
        search.load(Roster(assignments: days))
        #expect(try openWeekends() == [0, 2])
    }

    /// Sliding windows re-plan each person against the others within weeks they can see whole. A year of one shift,
    /// one person wanted every day but Sundays. P1 works Monday to Friday, P0 Tuesday to Saturday, both exactly as many
    /// shifts as that (their minimum and maximum minutes), at most five in a row; in week 30 P0 works Monday to Friday
    /// instead, and that Saturday nobody works. The best rosters move P0's or P1's shift from that Monday to that
    /// Saturday: 101 lower (the missing person, 100, and the one too many on Monday, 1).
    @Test(arguments: 1...3)
    func slidingWindowsCoverAShiftNobodyTakes(seed: Int) throws {
        let staff = ["P0,D=364,124800,124800,5,1,1,52", "P1,D=364,124800,124800,5,1,1,52"]
        let instance = try oneShiftRota(days: 364, staff: staff, file: "sliding.txt") { day in (day % 7 == 6 ? 0 : 1, 100) }
        var search = try #require(ReschedulingSearch(instance: instance, demand: DemandTable(instance: instance), seed: UInt64(seed)))
        let shifted = (7 * 30)..<(7 * 31)
        let days: [[Int?]] = [
            (0..<364).map { day in (shifted.contains(day) ? 0...4 : 1...5).contains(day % 7) ? 0 : nil },
            (0..<364).map { day in day % 7 <= 4 ? 0 : nil },
        ]
        search.load(Roster(assignments: days))
        let before = search.objective
        let found = search.replanInSlidingWindows(clock: SearchClock(measure: .work), deadline: 60)
        let report = RosterChecker(instance: instance).check(found.roster)
        #expect(report.isFeasible, "\(report.violations.map(\.message))")
        #expect(abs(report.penalty.total - found.objective) < 1e-6)
        #expect(abs(found.objective - (before - 101)) < 1e-6, "before \(before), after \(found.objective)")
        #expect(found.roster.assignments.contains { $0[7 * 30 + 5] == 0 })
    }

    /// A placement plan leaves open the days of a capped shift type where the most people are still missing on it,
    /// the person's own shifts (counted in the ledger here) not counted as cover. One week, one shift; one, three and
    /// two people wanted on days 0, 2 and 3; P0 may work the shift twice. With nobody placed, days 2 and 3; with P1
    /// and P2 on days 2 and 3, days 0 and 2, also when P0 works day 2 already.
    @Test(arguments: 1...5)
    func placementPlansOpenTheCappedDaysMostShortOfPeople(seed: Int) throws {
        let wanted = [1, 0, 3, 2, 0, 0, 0]
        let staff = ["P0,D=2,3360,0,7,1,1,1", "P1,D=7,3360,0,7,1,1,1", "P2,D=7,3360,0,7,1,1,1"]
        let instance = try oneShiftRota(days: 7, staff: staff, file: "capped.txt") { day in (wanted[day], 100) }
        var search = try #require(ReschedulingSearch(instance: instance, demand: DemandTable(instance: instance), seed: UInt64(seed)))
        func openDays() throws -> [Int] {
            let found = search.placementPlan(for: 0)
            let plan = try #require(found)
            return (0..<7).filter { plan.allows(day: $0, shift: 0) }
        }
        #expect(try openDays() == [2, 3])
        var days = Array(repeating: [Int?](repeating: nil, count: 7), count: 3)
        for person in [1, 2] {
            for day in [2, 3] { days[person][day] = 0 }
        }
        search.load(Roster(assignments: days))
        #expect(try openDays() == [0, 2])
        days[0][2] = 0
        search.load(Roster(assignments: days))
        #expect(try openDays() == [0, 2])
    }

    /// Instance 22's person AC needs 232 of at most 234 possible shifts (36 fixed days off, runs of 2–5 days,
    /// at most 26 weekends and 46 of each capped shift type): a beam rewarding every shift alike spends the
    /// weekends and the capped types early and misses every schedule; rewarding each shift by how freely it
    /// can be worked (the scarcity shares) finds one, and the checker finds nothing wrong with AC in it.
    @Test func scarcitySharesLetTheBeamPlaceATightlyBoundPerson() throws {
        let instance = try InstanceLoader.load(path: ColumnGenerationTests.benchmark.appendingPathComponent("Instance22.txt").path)
        let employee = try #require(instance.staff.firstIndex { $0.id == "AC" })
        let pricer = try #require(LabellingPricer(employee: employee, instance: instance, demand: DemandTable(instance: instance)))
        let reward = pricer.scarcityShares().map { day in day.map { -ReschedulingSearch.shiftReward * $0 } }
        let found = pricer.price(cellCosts: reward, threshold: CoverLedger.blocked / 2, limit: 1,
                                 beamWidths: [ReschedulingSearch.beamWidth])
        let schedule = try #require(found?.schedules.first?.shifts)
        let planned = schedule.compactMap { $0 }.map { instance.shiftTypes[$0].paidMinutes }.reduce(0, +)
        #expect(planned >= instance.staff[employee].limits.minimumMinutes ?? .max)
        var assignments = Array(repeating: Array(repeating: Int?.none, count: instance.dayCount), count: instance.staff.count)
        assignments[employee] = schedule
        let violations = RosterChecker(instance: instance).check(Roster(assignments: assignments)).violations
        #expect(violations.filter { $0.employee == employee }.isEmpty, "\(violations.filter { $0.employee == employee }.prefix(3).map(\.message))")
    }

    /// Half weekends are charged where weekends are scarce: on Instance 23 (364 days) the Saturday and Sunday
    /// demand (4617 shifts) is 95 % of what its staff may work on weekends (4850), and a missing person weighs 100,
    /// so a half weekend is charged 20; with everyone allowed every weekend (10,400), nothing is. On the 4-week
    /// Instance 13 the weekend demand (482) is 96 % of 500: charged 20 too; on Instance 9 it is 64 % (118 of 184):
    /// nothing.
    @Test func halfWeekendsAreChargedWhereWeekendsAreScarce() throws {
        func charge(_ name: String, allowingEveryWeekend: Bool = false) throws -> Double {
            var instance = try InstanceLoader.load(path: ColumnGenerationTests.benchmark.appendingPathComponent(name).path)
            if allowingEveryWeekend {
                for index in instance.staff.indices { instance.staff[index].limits.maximumWeekends = instance.horizon.weeks }
            }
            return try #require(ReschedulingSearch(instance: instance, demand: DemandTable(instance: instance), seed: 1)).halfWeekendCharge
        }
        #expect(abs(try charge("Instance23.txt") - 20) < 1e-9)
        #expect(try charge("Instance23.txt", allowingEveryWeekend: true) == 0)
        #expect(abs(try charge("Instance13.txt") - 20) < 1e-9)
        #expect(try charge("Instance9.txt") == 0)
    }

    /// Two weeks, one shift; one person wanted on each day of weekend 0 and on Saturday 12 of weekend 1; staff with
    /// the given weekend allowances.
    private static func chainRota(allowances: [Int]) throws -> Instance {
        try oneShiftRota(days: 14, staff: allowances.enumerated().map { "P\($0.offset),D=14,4800,0,7,1,1,\($0.element)" },
                         file: "chain.txt") { day in ([5, 6, 12].contains(day) ? 1 : 0, 100) }
    }

    /// Chain transfers for Saturday 12, uncovered: the person at their one weekend who works weekend 0 gives it up
    /// to a helper who may work one more weekend (either day), or to someone working only its other day when
    /// their own shift on that day is above its demand; with no allowance to spare and no half weekend, none.
    @Test func chainTransfersPairSomeoneAtTheirWeekendMaximumWithAHelper() throws {
        let instance = try Self.chainRota(allowances: [1, 2, 1])
        let demand = DemandTable(instance: instance)
        var search = try #require(ReschedulingSearch(instance: instance, demand: demand, seed: 1))
        var days = Array(repeating: [Int?](repeating: nil, count: 14), count: 3)
        days[0][5] = 0
        days[0][6] = 0
        days[2][5] = 0
        search.load(Roster(assignments: days))
        let chains = Set(search.chainChoices(day: 12, shift: 0).map { "\($0.employee)/\($0.day)/\($0.helper)" })
        // P0 gives up Sunday to P1 (a spare weekend) or to P2 (whose Saturday becomes a whole weekend; P0's Saturday
        // is above its demand), or Saturday to P1; P2 gives up its Saturday to P1.
        #expect(chains == ["0/6/1", "0/6/2", "0/5/1", "2/5/1"])

        let fullInstance = try Self.chainRota(allowances: [1, 0, 0])
        var full = try #require(ReschedulingSearch(instance: fullInstance, demand: DemandTable(instance: fullInstance), seed: 1))
        days[2][5] = nil
        full.load(Roster(assignments: days))
        #expect(full.chainChoices(day: 12, shift: 0).isEmpty)
    }
}
