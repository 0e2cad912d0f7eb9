import Foundation
import StarlingRules
import Testing

/// Each sample form raises exactly the findings its manifest lists (severity and field).
struct SampleFindingsTests {
    struct Sample: Sendable, CustomStringConvertible {
        let file: String
        let admissible: Bool
        let defects: Set<String>
        var description: String { (file as NSString).lastPathComponent }
    }

    static let samples: [Sample] = {
        let url = TestPaths.root.appendingPathComponent("Samples/manifest.json")
        let list = (try? JSONSerialization.jsonObject(with: Data(contentsOf: url))) as? [[String: Any]] ?? []
        return list.map { entry in
            let defects = (entry["defects"] as? [[String: Any]] ?? []).map { "\($0["severity"] ?? "") \($0["field"] ?? "")" }
            return Sample(file: entry["file"] as? String ?? "", admissible: entry["admissible"] as? Bool ?? false, defects: Set(defects))
        }
    }()

    @Test func theManifestListsTheSamples() {
        #expect(Self.samples.count >= 12)
    }

    @Test(arguments: samples)
    func findsExactlyTheKnownDefects(_ sample: Sample) throws {
        let imported = try TestPaths.importer.importFile(at: TestPaths.root.appendingPathComponent(sample.file).path)
        let validation = TestPaths.engine.validate(imported, today: TestPaths.today)
        let found = Set(validation.findings.map { "\($0.severity.rawValue) \($0.field)" })
        #expect(found == sample.defects, "\(sample): found \(validation.findings.map { "\($0.rule) \($0.field)" })")
        #expect(validation.admissible == sample.admissible)
        for finding in validation.findings where finding.field != "document" {
            #expect(finding.location != nil, "\(finding.rule) on \(finding.field) does not say where")
        }
    }
}
