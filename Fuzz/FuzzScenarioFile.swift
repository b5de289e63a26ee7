import Foundation

/// Fuzz target: the scenario-file parser with every change applied and validated
/// (``ScenarioLoader/decode(_:file:folder:)``; a relative base path is looked up in `Instances/`).
func fuzzScenarioFile(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
    _ = try? ScenarioLoader.decode(Data(bytes: bytes, count: count), file: "fuzz.json",
                                   folder: URL(fileURLWithPath: "Instances", isDirectory: true))
}
