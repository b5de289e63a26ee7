import Foundation

/// Fuzz target: the JSON instance parser and validator (``InstanceLoader/decode(_:file:requireStaff:)``).
func fuzzInstanceJSON(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
    _ = try? InstanceLoader.decode(Data(bytes: bytes, count: count), file: "fuzz.json", requireStaff: false)
}
