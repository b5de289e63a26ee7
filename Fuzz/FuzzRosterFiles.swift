import Foundation

/// The instance the roster inputs are read against (the kindergarten sample, 4 weeks, 12 staff).
let fuzzRosterInstance = try! InstanceLoader.load(path: "Instances/kindergarten.json")

/// Fuzz target: the roster-file reader, JSON, CSV and benchmark solution formats
/// (``RosterFile/parse(_:file:instance:)``).
func fuzzRosterFiles(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
    _ = try? RosterFile.parse(Data(bytes: bytes, count: count), file: "fuzz.csv", instance: fuzzRosterInstance)
}
