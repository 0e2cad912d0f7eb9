import Foundation
import StarlingForms
import StarlingRules
import Testing

/// A council switches rules off or changes severities in the pack file, without a rebuild.
struct RulePackTests {
    static let missingTeam = #"{"child": {"id": "1", "legal_status": "child_in_need"}, "auditor": {"name": "A"}, "audit": {"month": "2019-12"}, "judgement": {"rating": "good"}}"#

    func findings(with yaml: String) throws -> [Finding] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pack-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let engine = RuleEngine(pack: try RulePack.load(from: url), schema: TestPaths.schema)
        return engine.validate(record: try RuleExamples.record(Self.missingTeam, kind: .monthlyAudit), today: TestPaths.today).findings
    }

    var words: String {
        let text = (try? String(contentsOf: TestPaths.root.appendingPathComponent("Schemas/rules/pack.yaml"), encoding: .utf8)) ?? ""
        return String(text[text.range(of: "\nwords:")!.lowerBound...])
    }

    @Test func theShippedPackFindsTheMissingTeam() throws {
        #expect(try findings(with: "version: '1'\n" + words).contains { $0.rule == "AUD-001" && $0.field == "team" && $0.severity == .blocking })
    }

    @Test func aRuleCanBeSwitchedOff() throws {
        let found = try findings(with: "version: '1'\nrules:\n  AUD-001: {enabled: false}\n" + words)
        #expect(!found.contains { $0.rule == "AUD-001" })
    }

    @Test func aSeverityCanBeChanged() throws {
        let found = try findings(with: "version: '1'\nrules:\n  AUD-001: {severity: advisory}\n" + words)
        #expect(found.contains { $0.rule == "AUD-001" && $0.severity == .advisory })
    }

    @Test func aBrokenPackNamesItsFile() throws {
        #expect(throws: RulePackError.self) { try findings(with: "version: '1'\nrules: [\n") }
    }
}
