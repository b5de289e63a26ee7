import Foundation

/// The target this fuzz binary exercises, from `HELTID_FUZZ_TARGET` (one binary serves every parser, so
/// the model is compiled once).
let fuzzTarget: (UnsafePointer<UInt8>, Int) -> Void = {
    switch ProcessInfo.processInfo.environment["HELTID_FUZZ_TARGET"] {
    case "instance-json": return fuzzInstanceJSON
    case "scenario-file": return fuzzScenarioFile
    case "curtois-text": return fuzzCurtoisText
    case "roster-files": return fuzzRosterFiles
    default:
        FileHandle.standardError.write(Data("HELTID_FUZZ_TARGET must be instance-json, scenario-file, curtois-text or roster-files\n".utf8))
        exit(2)
    }
}()

/// libFuzzer's entry point: one input for the chosen target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    fuzzTarget(bytes, count)
    return 0
}
