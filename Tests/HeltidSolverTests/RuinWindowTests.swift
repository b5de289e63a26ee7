@testable import HeltidSolver
import Testing

/// The days the rescheduling search's window ruins free: one stretch, or a block around each of two days,
/// blocks that touch merged and the horizon's ends respected.
@Suite struct RuinWindowTests {
    private let focus = RuinWindow.Focus(day: 19, shift: 0, employee: 3)

    @Test func oneStretchIsItsDays() {
        let window = RuinWindow(10..<24)
        #expect(window.stretches == [10..<24])
        #expect(window.days == Array(10..<24))
        #expect(window.weeks == [1, 2, 3])
        #expect(window.contains(10) && window.contains(23) && !window.contains(24) && !window.contains(9))
        #expect(window.focus == nil)
    }

    @Test func twoDaysAreTwoBlocks() {
        // 5 days around a Saturday (day 54 of a rota that begins on a Monday): Thursday to Monday.
        let window = RuinWindow(around: [54, 19], blockDays: 5, dayCount: 84, focus: focus)
        #expect(window.stretches == [17..<22, 52..<57])
        #expect(window.weeks == [2, 3, 7, 8])
        #expect(window.contains(17) && !window.contains(22) && window.contains(56) && !window.contains(51))
        #expect(window.focus == focus)
    }

    @Test func aBlockAroundAWeekendDayHoldsTheWeekend() {
        for blockDays in 3...9 {
            for weekendDay in [19, 20] {
                let window = RuinWindow(around: [weekendDay, 60], blockDays: blockDays, dayCount: 84, focus: focus)
                #expect(window.contains(19) && window.contains(20), "\(blockDays) days around day \(weekendDay)")
                #expect(window.days.count == 2 * blockDays)
            }
        }
    }

    @Test func blocksThatTouchMergeAndTheHorizonCuts() {
        #expect(RuinWindow(around: [19, 26], blockDays: 9, dayCount: 84, focus: focus).stretches == [15..<31])
        #expect(RuinWindow(around: [5, 82], blockDays: 9, dayCount: 84, focus: focus).stretches == [1..<10, 78..<84])
    }
}
