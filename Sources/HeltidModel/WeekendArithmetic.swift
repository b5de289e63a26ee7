import Foundation

/// The weekend arithmetic that explains why part-time exists (see `docs/dimensioning.md`).
///
/// With k the weekend frequency (work every k-th weekend), H the people needed at work per weekend and
/// T the staffed hours per week, F the full-time weekly hours:
/// the weekend rule needs at least N = k · H heads; the hours are FTE = T ÷ F full-time equivalents; so the
/// average position can be at most T ÷ (F · k · H), the *weekend ceiling*, however the rota is built.
///
/// H is counted per rota weekend as the most shifts that start on one day (Friday, Saturday or Sunday) and
/// overlap the weekend window: a person works at most one shift a day, so that many different people work
/// the weekend. With weekends of unequal need, N is the weekend work (Σ H) spread over the weekends one
/// person may work, which is k · H when every weekend needs H.
public struct WeekendArithmetic: Sendable, Equatable, Codable {
    /// T: paid hours of demand minimums per week, averaged over the rota.
    public var staffedHoursPerWeek: Double
    /// F: full-time weekly hours.
    public var fullTimeWeeklyHours: Double
    /// k: the unit's weekend frequency.
    public var weekendFrequency: Int
    /// H for each rota weekend: the fewest different people who must work it.
    public var peoplePerWeekend: [Int]
    /// H: the largest of `peoplePerWeekend`.
    public var peopleOnTheBusiestWeekend: Int
    /// Weekends one person may work in the rota under the rule (weeks ÷ k, the reading and the wrap applied).
    public var weekendsPerPerson: Int
    /// Heads the weekend rule needs (k · H with equal weekends); nil when the rule lets nobody work a
    /// weekend that has demand.
    public var weekendHeadcount: Int?
    /// FTE = T ÷ F.
    public var fte: Double
    /// Largest position offered (percent); the hours alone then need FTE ÷ this share heads.
    public var largestPositionPercent: Double
    /// Heads the hours alone need when no position exceeds `largestPositionPercent`.
    public var hoursHeadcount: Int
    /// The larger of the two: no rota covering the demand has fewer heads.
    public var minimumHeadcount: Int?
    /// T ÷ (F · weekend heads) in percent: the highest possible average position under the weekend rule.
    public var weekendCeilingPercent: Double?

    /// The arithmetic of an instance's demand under its unit rules; positions at most `largestPositionPercent`.
    public init(instance: Instance, largestPositionPercent: Double = 100) {
        let demand = DemandTable(instance: instance)
        let weeks = instance.horizon.weeks
        let rule = instance.rules.weekend
        var totalMinutes = 0.0
        for day in 0..<instance.dayCount {
            for (shift, type) in instance.shiftTypes.enumerated() {
                totalMinutes += Double(demand[day, shift].minimum * type.paidMinutes)
            }
        }
        staffedHoursPerWeek = totalMinutes / 60 / Double(weeks)
        fullTimeWeeklyHours = instance.rules.fullTimeWeeklyHours
        weekendFrequency = rule.frequency
        fte = staffedHoursPerWeek / fullTimeWeeklyHours
        self.largestPositionPercent = largestPositionPercent
        hoursHeadcount = Int((fte / (largestPositionPercent / 100) - 1e-9).rounded(.up))

        peoplePerWeekend = (0..<weeks).map { week in
            (week * 7 + 4...week * 7 + 6).filter { $0 < instance.dayCount }.map { day in
                instance.shiftTypes.indices.reduce(0) { people, shift in
                    rule.countsAsWeekendWork(instance.shiftTypes[shift], dayOfWeek: day % 7) ? people + demand[day, shift].minimum : people
                }
            }.max() ?? 0
        }
        peopleOnTheBusiestWeekend = peoplePerWeekend.max() ?? 0

        weekendsPerPerson = instance.weekendsAllowed(frequency: rule.frequency)
        let weekendWork = peoplePerWeekend.reduce(0, +)
        if weekendWork == 0 {
            weekendHeadcount = 0
        } else if weekendsPerPerson == 0 {
            weekendHeadcount = nil
        } else {
            weekendHeadcount = max(peopleOnTheBusiestWeekend, (weekendWork + weekendsPerPerson - 1) / weekendsPerPerson)
        }
        minimumHeadcount = weekendHeadcount.map { max($0, hoursHeadcount) }
        weekendCeilingPercent = weekendHeadcount.flatMap { heads in
            heads == 0 ? nil : staffedHoursPerWeek / (fullTimeWeeklyHours * Double(heads)) * 100
        }
    }

    /// The arithmetic as one line, e.g. `T 597.5 h/week, F 35.5 h: FTE 16.83; k 3 × H 10 = 30 heads; ceiling 56.1 %`.
    public var summary: String {
        var text = "T \(formatHours(staffedHoursPerWeek)) h/week ÷ F \(formatHours(fullTimeWeeklyHours)) h = FTE \(String(format: "%.2f", fte))"
        if let heads = weekendHeadcount, heads > 0 {
            let h = peoplePerWeekend.allSatisfy { $0 == peopleOnTheBusiestWeekend } ? "H \(peopleOnTheBusiestWeekend)" : "H up to \(peopleOnTheBusiestWeekend)"
            text += "; every \(ordinal(weekendFrequency)) weekend, \(h) per weekend: \(heads) heads"
        } else if weekendHeadcount == nil {
            text += "; the weekend rule lets nobody work a weekend, but weekends have demand"
        }
        if let ceiling = weekendCeilingPercent {
            text += "; weekend ceiling T ÷ (F · heads) = \(formatHours((ceiling * 10).rounded() / 10)) %"
        }
        return text
    }
}
