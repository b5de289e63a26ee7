import HeltidModel

/// `--objective`: how unwanted part-time is weighed.
enum ObjectiveChoice: String, CaseIterable {
    /// The plain sum of hours below desired positions (and the instance's own `fairnessStep`).
    case sum
    /// Fairness: hours go to whoever is furthest below their desired position first
    /// (`weights.fairnessStep` 1 unless the instance sets another step).
    case fair

    /// `instance` with this objective applied.
    func applied(to instance: Instance) -> Instance {
        var instance = instance
        switch self {
        case .sum: instance.weights.fairnessStep = 0
        case .fair: instance.weights.enableFairness()
        }
        return instance
    }
}
