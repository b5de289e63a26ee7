import Foundation
import HeltidModel
import Testing

/// The fuzzers' seed corpus (Fuzz/corpus) stays meaningful: every seed is a valid input that its parser
/// reads, so fuzzing starts from real instances, scenario files, benchmark files and rosters.
@Suite struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func seeds(_ target: String) throws -> [URL] {
        let folder = root.appendingPathComponent("Fuzz/corpus/\(target)")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
    }

    @Test func everySeedIsReadByItsParser() throws {
        for seed in try Self.seeds("instance-json") {
            _ = try InstanceLoader.decode(Data(contentsOf: seed), file: seed.path, requireStaff: false)
        }
        for seed in try Self.seeds("scenario-file") {
            let set = try ScenarioLoader.decode(Data(contentsOf: seed), file: seed.path, folder: Self.root.appendingPathComponent("Instances"))
            #expect(!set.scenarios.isEmpty)
        }
        for seed in try Self.seeds("curtois-text") {
            _ = try CurtoisFormat.parse(String(contentsOf: seed, encoding: .utf8), file: seed.path)
        }
        let kindergarten = try InstanceLoader.load(path: Self.root.appendingPathComponent("Instances/kindergarten.json").path)
        let rosters = try Self.seeds("roster-files")
        #expect(rosters.count == 3)
        for seed in rosters {
            let roster = try RosterFile.parse(Data(contentsOf: seed), file: seed.path, instance: kindergarten)
            #expect(roster.assignments.count == kindergarten.staff.count)
        }
    }
}
