/// Which of several improvement searches gets the next slice of time: the one whose last slice improved the
/// roster fastest.
///
/// The searches after the column generation (the rescheduling search, the column generation's neighbourhood
/// search on its master, the MIP neighbourhood search on the compact model) find different moves, and which one
/// pays changes over a run: on Instance 19 (84 days, 300 work s, seed 1) the rescheduling search took the roster
/// from 26,411 to 5760 and then went on improving slowly, never stalling for its patience, so the MIP
/// neighbourhoods, which took that roster on to 4795 when they were given the rest of the time, never ran.
/// Each slice goes to the search with the highest gain per second in its last slice; one never run comes
/// first, ties go to the one that has waited longest, and every ``explorationInterval``-th slice, a shorter probe
/// (``probeShare``), goes to the one that has waited longest, so that a search whose last slice found nothing is
/// tried again now and then.
///
/// Tried in the thirty-second session and not kept (300 work s, 2026-12-05): the rate over each search's last three
/// slices, and the last slice's where it gained and the three's where it did not. Late in Instance 13's run the
/// master's neighbourhoods then had most of the slices and still gained 0–15 a slice; over 13 and 19–24 (twelve
/// runs) the rosters moved within their spread, 23 worse on both seeds (`Benchmarks/PROBES.md`).
struct SearchTurns {
    /// Each search's gain per second in its last slice (infinite before its first).
    private(set) var rates: [Double]
    /// The slice number (from 1) of each search's last slice (0: none yet).
    private var lastSlice: [Int]
    /// Slices handed out so far.
    private var slices = 0

    /// The shortest slice, in seconds: a few of the compact model's neighbourhoods (each at most
    /// ``NeighbourhoodSearch/secondsPerNeighbourhood``).
    static let shortestSlice = 5.0

    /// Every this many slices, the search that has waited longest gets the slice whatever the rates. Late in runs of
    /// Instances 13 and 19 (300 work s, 2026-12-05) the master's neighbourhoods made nearly every gain in about half
    /// the slices after 150 work s; with every eighth slice to the one that waited longest instead of every fourth, 19
    /// ended at 3498, 3395 and 3600 (seeds 1–3; 3506, 3303 and 3472) and 13 at 1429 (seed 2; the same).
    static let explorationInterval = 4

    /// Turns between `count` searches.
    init(count: Int) {
        rates = Array(repeating: .infinity, count: count)
        lastSlice = Array(repeating: 0, count: count)
    }

    /// An exploration slice is a probe: this share of a slice (at least half the ``shortestSlice``), since the gain
    /// per second it measures is what decides. Late in runs of the long rotas the exploration slices went to searches
    /// that improved several times more slowly than the rescheduling search: on Instance 24 (300 work s, seed 1) in
    /// the second half of the run the ruins gained 352 a work second, the whole schedules re-planned 85 and the MIP
    /// neighbourhoods 40 (on 23: 34, 19 and 1.6), while those two held 40 % of the time. Measured at 300 work s
    /// (2026-12-05, thirty-first session; seeds 1 and 2 unless said), against whole exploration slices: Instance 21
    /// ended at 23,674 (23,986; seed 1), 22 at 45,276 (45,905; seed 1), 23 at 31,286 and 30,794 (31,507 and
    /// 32,565), 24 at 85,876 and 82,856 (87,520 and 85,358); where the turns matter less, 19 at 3399, 3314 and 3581
    /// (seeds 1–3; 3506, 3303 and 3472), 13 at 1471 and 1429 (1479 and 1429), 20 at 5282 (5218; seed 1), and 8, 9 and
    /// 12 at 60 work s the same (seeds 1 and 2).
    static let probeShare = 1.0 / 3

    /// The search that gets the next slice (record what it did with ``record(_:gain:seconds:)``), and whether the
    /// slice is an exploration (the search that has waited longest, whatever the rates): such a slice is a probe
    /// (``probeLength(of:)``).
    mutating func next() -> (search: Int, exploring: Bool) {
        slices += 1
        let longestWaiting = rates.indices.min { lastSlice[$0] < lastSlice[$1] }!
        if slices % SearchTurns.explorationInterval == 0 { return (longestWaiting, true) }
        let fastest = rates.indices.max { rates[$0] < rates[$1] || (rates[$0] == rates[$1] && lastSlice[$0] > lastSlice[$1]) }!
        return (fastest, false)
    }

    /// The length of an exploration slice when the others last `slice` seconds (``probeShare``).
    static func probeLength(of slice: Double) -> Double {
        max(shortestSlice / 2, slice * probeShare)
    }

    /// Records that `search` improved the roster by `gain` in `seconds`.
    mutating func record(_ search: Int, gain: Double, seconds: Double) {
        lastSlice[search] = slices
        rates[search] = max(0, gain) / max(seconds, 1e-3)
    }
}
