import Foundation
import HeltidModel

/// Branch-and-price on cells: the search that proves a roster optimal when the master LP's bound is a few
/// points below it.
///
/// A node is a set of decisions, each requiring or forbidding one choice (a shift, or the day off) of one
/// employee on one day (``ScheduleRestriction``). At a node the master LP rules out the columns that break
/// its decisions and the column generation runs again within them until no schedule prices out: its
/// Lagrangian bound holds for every roster that keeps the decisions, so a node whose bound cannot beat the
/// incumbent is pruned. A node whose LP takes one whole schedule per person is a roster; otherwise it
/// branches on a fractional cell: one child requires that choice, the other forbids it. The cell is chosen by
/// strong branching among the most fractional ones (values nearest ½, ``strongBranchingCandidates`` of them): the
/// one whose children's LPs over the schedules known so far rise most (the product of the two rises). Every
/// roster keeps one of the two, so the search misses none, and as every person's schedule is a choice per day,
/// a node with no fractional cell is whole. After a branching the search plunges into
/// the child the LP leans to (require when the cell's value is at least ½) until a node is pruned or whole,
/// then goes on from the best open bound (deeper first among equal bounds): best bound alone seldom
/// reaches a whole LP, and the incumbent then stays the dives'. The lowest open bound is a valid bound on
/// the whole problem at any time.
///
/// The master LP is solved to GLPK's own reduced-cost tolerance here (``MasterLP/reducedCostTolerance`` nil), not
/// to the searches' coarser one: a node whose LP stops with reduced costs of −0.1 still prices those schedules out,
/// finds them known, and ends with its Lagrangian bound below its LP value. On Instance 7 (twenty-sixth session,
/// 2026-12-05) the nodes' bounds then stood up to 0.4 below their LP values; solved to the optimum, a run of 120
/// work s (seed 1) proved 1056 optimal after 485 nodes, the first proof of 7.
///
/// Reference: Barnhart, Johnson, Nemhauser, Savelsbergh and Vance, "Branch-and-price: column generation for
/// solving huge integer programs" (1998); branching on a person's day is the usual rule for rostering
/// (e.g. Maenhout and Vanhoucke 2010).
extension ColumnGeneration {
    /// One node: its decisions (their count is its depth) and the bound it inherited or proved.
    struct Node {
        var decisions: [Decision]
        var bound: Double
        /// The order nodes were made in (ties broken by it, so that the search is deterministic).
        var sequence: Int
    }

    /// Requires (or forbids) `shift` (nil: the day off) of `employee` on `day`.
    struct Decision {
        var employee: Int
        var day: Int
        var shift: Int?
        var required: Bool
    }

    /// What the search reached.
    struct Search {
        /// The best roster found below the cutoff, with its objective.
        var roster: (roster: Roster, value: Double)?
        /// When `roster` was found (seconds on the clock).
        var secondsToRoster: Double?
        /// A valid lower bound on every roster: the least bound of the nodes left open, or the cutoff when
        /// none is left.
        var bound: Double
        /// Nodes solved.
        var nodes: Int
        /// No node is left: the best roster (or the one at the cutoff) is optimal.
        var complete: Bool
    }

    /// Most master rounds at a node; a node still not converged then branches on its last LP (its bound is
    /// the best Lagrangian bound of its rounds).
    static let nodeRounds = 60

    /// How many of a node's most fractional cells strong branching weighs
    /// (``strongest(_:master:restrictions:nodeValue:cutoff:clock:deadline:)``). On Instance 7 (100 work s, seeds 1–4,
    /// twenty-seventh session, 2026-12-05) branching on the most fractional cell proved 1056 optimal in two runs (279
    /// and 811 nodes) and left the bound at 1054.5–1054.6 after 779–902 nodes in the others; with a first version of
    /// this rule weighing 4, 8 and 16 cells proved it in every run, after 34–150, 18–59 and 16–73 nodes
    /// (branch-and-price 10–36, 9–24 and 14–51 work s), and this one, weighing 8, after 20–108 nodes (the runs 32–68
    /// work s in all); in the 60 s benchmark run 7 was proven in 22.4 s.
    static let strongBranchingCandidates = 8

    /// Searches for a roster below `cutoff` until `deadline` or an interruption, from a root whose bound is
    /// `rootBound`. The master's restrictions are lifted at the end.
    func branchAndPrice(_ master: MasterLP, rootBound: Double, cutoff: Double,
                        clock: SearchClock, deadline: Double,
                        progress: (@Sendable (SolverProgress) -> Void)?) throws -> Search {
        func elapsed() -> Double { clock.elapsed }
        var search = Search(roster: nil, bound: rootBound, nodes: 0, complete: false)
        master.reducedCostTolerance = nil
        defer { master.reducedCostTolerance = MasterLP.coarseReducedCost }
        var cutoff = cutoff
        var open = [Node(decisions: [], bound: rootBound, sequence: 0)]
        var made = 1
        var lastReport = -1.0
        var unexplored: [Node] = []
        // The child a plunge goes on with (it is in `open` too, so that a stop leaves it there).
        var plunge: Int?
        while !open.isEmpty {
            // The plunge's child, else best bound first; among equal bounds the deeper node, then the later one.
            let next = open.indices.first { open[$0].sequence == plunge } ?? open.indices.min { first, second in
                let (a, b) = (open[first], open[second])
                if abs(a.bound - b.bound) > 1e-9 { return a.bound < b.bound }
                if a.decisions.count != b.decisions.count { return a.decisions.count > b.decisions.count }
                return a.sequence > b.sequence
            }!
            plunge = nil
            var node = open.remove(at: next)
            if meets(cutoff, bound: node.bound) { continue }
            guard elapsed() < deadline && !Interruption.isRequested else {
                open.append(node)
                break
            }
            guard let solved = try solve(&node, master: master, cutoff: cutoff, clock: clock, deadline: deadline) else {
                open.append(node) // time ran out within the node: its bound so far stands
                break
            }
            search.nodes += 1
            switch solved {
            case .pruned:
                break
            case .roster(let roster, let value, let converged):
                if value < cutoff - 1e-9 {
                    cutoff = value
                    search.roster = (roster, value)
                    search.secondsToRoster = elapsed()
                }
                // A roster from an LP that had not converged leaves the rest of its node unexplored.
                if !converged { unexplored.append(node) }
            case .fractional(let decision, let value):
                for required in [true, false] {
                    var child = node
                    child.decisions.append(Decision(employee: decision.employee, day: decision.day, shift: decision.shift, required: required))
                    child.sequence = made
                    made += 1
                    open.append(child)
                    // Plunge on the side the LP leans to, towards a roster.
                    if required == (value >= 0.5) { plunge = child.sequence }
                }
            }
            if elapsed() - lastReport >= 1 {
                lastReport = elapsed()
                let least = open.map(\.bound).min() ?? cutoff
                progress?(SolverProgress(phase: "branch-and-price (\(search.nodes) nodes, \(open.count) open, \(master.columns.count) columns)",
                                         incumbent: cutoff.isFinite ? cutoff : nil, bound: min(least, cutoff), elapsedSeconds: elapsed()))
            }
        }
        master.releaseRestrictions()
        open += unexplored
        open.removeAll { meets(cutoff, bound: $0.bound) }
        search.complete = open.isEmpty
        search.bound = min(open.map(\.bound).min() ?? cutoff, cutoff)
        return search
    }

    /// How a node ended.
    private enum NodeOutcome {
        /// Its bound cannot beat the cutoff (or no roster keeps its decisions).
        case pruned
        /// Its LP is a roster (the node's optimum when the LP had converged).
        case roster(Roster, Double, converged: Bool)
        /// Branch on this choice, of this LP value (the decision's `required` is left for the children to set).
        case fractional(Decision, Double)
    }

    /// Runs the column generation within a node's decisions; the node's bound is raised to what it proves.
    /// Nil when time runs out first.
    private func solve(_ node: inout Node, master: MasterLP, cutoff: Double,
                       clock: SearchClock, deadline: Double) throws -> NodeOutcome? {
        let shiftCount = instance.shiftTypes.count
        var restrictions: [Int: ScheduleRestriction] = [:]
        for decision in node.decisions {
            var restriction = restrictions[decision.employee]
                ?? ScheduleRestriction(dayCount: instance.dayCount, shiftCount: shiftCount)
            if decision.required {
                restriction.require(day: decision.day, shift: decision.shift)
            } else {
                restriction.forbid(day: decision.day, shift: decision.shift)
            }
            restrictions[decision.employee] = restriction
        }
        let open = ScheduleRestriction(dayCount: instance.dayCount, shiftCount: shiftCount)
        for employee in instance.staff.indices {
            master.restrict(employee, to: restrictions[employee] ?? open)
        }
        var last: Round?
        var lastAdded = -1
        var converged = false
        for count in 1...ColumnGeneration.nodeRounds {
            if clock.elapsed >= deadline || Interruption.isRequested { return nil }
            let exact = ColumnGeneration.isExactRound(count, lastAdded: lastAdded)
            guard let round = try round(master, exact: exact, purging: true, clock: clock, deadline: deadline) else {
                return .pruned
            }
            if let lagrangian = round.lagrangian { node.bound = max(node.bound, lagrangian) }
            if meets(cutoff, bound: node.bound) { return .pruned }
            last = round
            if round.isConverged(exact: exact) {
                converged = true
                break
            }
            lastAdded = round.added
        }
        guard let last else { return nil }
        let shares = LPShares(master: master, primal: last.primal, choices: shiftCount + 1)
        if shares.usesArtificial { return .pruned }
        if shares.fractional.isEmpty {
            let roster = Roster(assignments: shares.largest.map { master.columns[$0.index].shifts })
            return .roster(roster, RosterObjective.value(of: roster, instance: instance, demand: demand), converged: converged)
        }
        var candidates: [Candidate] = []
        for employee in shares.fractional {
            for (cell, value) in shares.cellValues[employee].enumerated() where value > 1e-6 && value < 1 - 1e-6 {
                candidates.append(Candidate(value: value, employee: employee, cell: cell))
            }
        }
        // Most fractional first; among equals the order found (by employee, then cell): deterministic.
        candidates = candidates.enumerated().sorted { first, second in
            let (a, b) = (abs(first.element.value - 0.5), abs(second.element.value - 0.5))
            return abs(a - b) > 1e-9 ? a < b : first.offset < second.offset
        }.map(\.element)
        guard let branching = try strongest(Array(candidates.prefix(ColumnGeneration.strongBranchingCandidates)), master: master,
                                            restrictions: restrictions, nodeValue: last.value, cutoff: cutoff,
                                            clock: clock, deadline: deadline) else { return .pruned }
        let (day, shift) = LPShares.dayAndShift(of: branching.cell, choices: shiftCount + 1)
        return .fractional(Decision(employee: branching.employee, day: day, shift: shift, required: true), branching.value)
    }

    /// A fractional cell of a node's LP: `employee`'s choice `cell` (``LPShares/cellValues``), taken to `value`.
    private struct Candidate {
        var value: Double
        var employee: Int
        var cell: Int
    }

    /// The candidate whose two children move the master LP most (strong branching on the restricted master): for
    /// each, the LP over the schedules known so far is solved once with the choice required and once with it
    /// forbidden, and the candidate with the largest product of the two rises above `nodeValue` (each capped at
    /// `cutoff`, at least 0.001) wins; the first on ties, and the first when `deadline` passes before any is weighed.
    /// Nil when there is no candidate.
    private func strongest(_ candidates: [Candidate], master: MasterLP, restrictions: [Int: ScheduleRestriction], nodeValue: Double,
                           cutoff: Double, clock: SearchClock, deadline: Double) throws -> Candidate? {
        guard candidates.count > 1 else { return candidates.first }
        let choices = instance.shiftTypes.count + 1
        var best: (candidate: Candidate, score: Double)?
        for candidate in candidates {
            // Past the deadline the search stops after this node and the choice no longer matters: no more simplex calls.
            if clock.elapsed >= deadline || Interruption.isRequested { break }
            let (day, shift) = LPShares.dayAndShift(of: candidate.cell, choices: choices)
            let own = restrictions[candidate.employee]
                ?? ScheduleRestriction(dayCount: instance.dayCount, shiftCount: instance.shiftTypes.count)
            var score = 1.0
            for required in [true, false] {
                var child = own
                if required { child.require(day: day, shift: shift) } else { child.forbid(day: day, shift: shift) }
                master.restrict(candidate.employee, to: child)
                // No solution within the budget: the child's LP counts as reaching the cutoff.
                let value = try master.solve(budget: SearchBudget(clock: clock, deadline: deadline))?.value ?? cutoff
                score *= max(1e-3, min(value, cutoff) - nodeValue)
            }
            master.restrict(candidate.employee, to: own)
            if best == nil || score > best!.score * (1 + 1e-9) { best = (candidate, score) }
        }
        return best?.candidate ?? candidates.first
    }
}
