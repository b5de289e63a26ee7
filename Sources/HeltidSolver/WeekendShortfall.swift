/// What a label of the labelling pricer can no longer gain on the weekends ahead because its weekend maximum is
/// nearly spent: added to a label's estimate where a beam chooses the labels it keeps
/// (``LabellingPricer/ranksBeamsByWeekends``), never to a bound.
///
/// The completion bound does not count weekends, so it promises every label the gains of every weekend still
/// ahead. A label that has worked its most weekends early looks as good as one that kept them for the weekends
/// the master needs most, and a beam, which keeps the labels with the least estimates, keeps the early ones: on
/// the benchmark's Instance 19 (12 weeks, at most 6 weekends each, weekend demand above what the staff may work)
/// the column generation's master stalled at 3337 after 240 beam rounds (300 s, 2026-12-06), above the best known
/// roster (3149). A label that has worked `w` of its `m` weekends with `r` weekends ahead, `r > m − w`, can gain
/// on at most `m − w` of them; its estimate here grows by the `r − (m − w)` smallest of those weekends' gains,
/// a weekend's gain being what its shifts that count as weekend work can lower a schedule's value at most (the
/// negative part of the cheapest such shift, summed over Friday to Sunday).
struct WeekendShortfall {
    /// `lost[start][count]`: the sum of the `count` smallest gains among the weeks from `start` (from 0) to the last.
    private let lost: [[Double]]
    /// The most weekends the person may work.
    private let maximum: Int

    /// The shortfall table for the weekend `gains` of each whole week and a maximum of `maximum` weekends.
    init(gains: [Double], maximum: Int) {
        lost = (0...gains.count).map { start in
            var sums = [0.0]
            for gain in gains[start...].sorted() { sums.append(sums.last! + gain) }
            return sums
        }
        self.maximum = maximum
    }

    /// The addition to the estimate of a label after `day` (from 0; the horizon begins on a Monday) that has
    /// worked `weekendsWorked` weekends, this week's included once it has worked a shift of it. This week's
    /// weekend counts as ahead until Thursday; from Friday on it is left out, worked or not.
    func shortfall(after day: Int, weekendsWorked: Int) -> Double {
        let weeks = lost.count - 1
        let start = min(weeks, day % 7 <= 3 ? day / 7 : day / 7 + 1)
        let ahead = weeks - start
        let allowed = max(0, maximum - weekendsWorked)
        guard allowed < ahead else { return 0 }
        return lost[start][ahead - allowed]
    }
}
