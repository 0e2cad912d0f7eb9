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

    @Test func aRuleStarlingDoesNotHaveIsAnErrorWithItsLine() throws {
        do {
            _ = try findings(with: "version: '1'\nrules:\n  AUD-001: {enabled: true}\n  AUD-999: {enabled: false}\n" + words)
            Issue.record("a pack naming AUD-999 loaded")
        } catch let error as RulePackError {
            #expect(error.file.hasSuffix(".yaml:4"))
            #expect(error.message.contains("AUD-999"))
        }
    }

    /// Every rule written in `Sources/StarlingRules/Rules/` runs: a rule type whose line in
    /// `RuleEngine.rules` is forgotten (and its examples with it) fails here.
    @Test func everyRuleTypeIsInTheEngine() throws {
        let folder = TestPaths.root.appendingPathComponent("Sources/StarlingRules/Rules")
        var declared: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains(": Rule {") || line.contains(": Rule,") {
                let words = line.split(whereSeparator: { $0 == " " || $0 == ":" })
                if let index = words.firstIndex(where: { $0 == "struct" || $0 == "enum" || $0 == "final" || $0 == "class" }),
                   let typeName = words.dropFirst(index + 1).first(where: { $0 != "class" }) {
                    declared.insert(String(typeName))
                }
            }
        }
        let registered = Set(RuleEngine.rules.map { String(describing: $0) })
        #expect(declared.count >= 27)
        #expect(declared.subtracting(registered).isEmpty, "rules not in RuleEngine.rules: \(declared.subtracting(registered).sorted())")
        #expect(Set(RuleEngine.rules.map { $0.description.id }).count == RuleEngine.rules.count, "two rules share an id")
    }
}

/// The classifier's index is built once per pack; a pack whose word lists change gets a new one.
struct WordIndexTests {
    @Test func changingTheWordListsChangesTheVerdicts() throws {
        let record = try RuleExamples.record(#"{"child": {"name": "Tia Example"}}"#, kind: .monthlyAudit)
        var pack = TestPaths.engine.pack
        let statement = "The plan should say when Tia's contact resumes."
        let before = RuleContext(record: record, pack: pack, today: TestPaths.today)
        #expect(before.statements.classify(statement, in: before).advice == ["should"])
        #expect(before.statements.classify(statement, in: before).aboutChild.contains("Tia"))
        pack.words.advice = ["resumes"]
        let after = RuleContext(record: record, pack: pack, today: TestPaths.today)
        #expect(after.statements.classify(statement, in: after).advice == ["resumes"])
        // The original pack keeps its own index.
        let again = RuleContext(record: record, pack: TestPaths.engine.pack, today: TestPaths.today)
        #expect(again.statements.classify(statement, in: again).advice == ["should"])
    }
}

/// "Today" for date rules is the local date, as a date formatter would write it.
@Test func todayIsTheLocalDateInISOForm() {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    let before = formatter.string(from: Date())
    let today = RuleEngine.today()
    let after = formatter.string(from: Date())
    #expect(today == before || today == after, "\(today) vs \(before)")
}
