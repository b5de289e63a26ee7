import Foundation
import HeltidModel
import Testing

@Suite struct DocumentationExampleTests {
    @Test func commentedExampleInTheFormatDocumentLoads() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let document = try String(contentsOf: root.appendingPathComponent("docs/instance-format.md"), encoding: .utf8)
        let start = try #require(document.range(of: "```jsonc\n"))
        let end = try #require(document.range(of: "\n```", range: start.upperBound..<document.endIndex))
        let json = document[start.upperBound..<end.lowerBound]
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line) }
            .joined(separator: "\n")
        let instance = try InstanceLoader.decode(Data(json.utf8), file: "docs/instance-format.md")
        #expect(instance.staff.count == 3)
        #expect(instance.staff[2].desiredPercent == 67.6)
        #expect(instance.demand.count == 6)
    }
}
