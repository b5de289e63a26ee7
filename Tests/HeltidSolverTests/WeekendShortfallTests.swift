@testable import HeltidSolver
import Testing

/// The weekend shortfall a beam adds to a label's estimate: the smallest gains of the weekends ahead that the
/// label's weekend maximum no longer lets it work, this week's counted ahead until Thursday.
@Suite struct WeekendShortfallTests {
    /// Four weeks with weekend gains 5, 1, 3 and 0, at most two weekends.
    let shortfall = WeekendShortfall(gains: [5, 1, 3, 0], maximum: 2)

    @Test func losesTheSmallestGainsOfTheWeekendsItCanNoLongerWork() {
        // Monday of week 0: four weekends ahead, two allowed: the two smallest gains (0 and 1) are lost.
        #expect(shortfall.shortfall(after: 0, weekendsWorked: 0) == 1)
        // One weekend worked already: three of the four are lost (0, 1 and 3).
        #expect(shortfall.shortfall(after: 0, weekendsWorked: 1) == 4)
        // Thursday still has this week's weekend ahead.
        #expect(shortfall.shortfall(after: 3, weekendsWorked: 1) == 4)
        // Friday of week 0, working it: weeks 1–3 ahead (1, 3, 0), one allowed: 0 and 1 lost.
        #expect(shortfall.shortfall(after: 4, weekendsWorked: 1) == 1)
        // Sunday of week 0 with both weekends spent: all three ahead are lost.
        #expect(shortfall.shortfall(after: 6, weekendsWorked: 2) == 4)
    }

    @Test func isZeroWhereTheMaximumAllowsEveryWeekendAhead() {
        #expect(shortfall.shortfall(after: 13, weekendsWorked: 0) == 0)
        #expect(shortfall.shortfall(after: 20, weekendsWorked: 1) == 0)
        #expect(shortfall.shortfall(after: 27, weekendsWorked: 2) == 0)
    }
}
