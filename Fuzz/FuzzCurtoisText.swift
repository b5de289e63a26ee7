import Foundation

/// Fuzz target: the Curtois & Qu benchmark text parser (``CurtoisFormat/parse(_:file:)``).
func fuzzCurtoisText(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = try? CurtoisFormat.parse(text, file: "fuzz.txt")
}
