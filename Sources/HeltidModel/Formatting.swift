import Foundation

/// Formats hours or percentages without needless decimals: 7.5, 35.5, 11.
public func formatHours(_ value: Double) -> String {
    if value.isNaN || value.isInfinite { return "\(value)" }
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    var text = String(format: "%.2f", value)
    while text.hasSuffix("0") { text.removeLast() }
    return text
}

/// An English ordinal: 1st, 2nd, 3rd, 4th … (as in "every 3rd weekend").
public func ordinal(_ number: Int) -> String {
    let lastTwo = number % 100
    if (11...13).contains(lastTwo) { return "\(number)th" }
    switch number % 10 {
    case 1: return "\(number)st"
    case 2: return "\(number)nd"
    case 3: return "\(number)rd"
    default: return "\(number)th"
    }
}
