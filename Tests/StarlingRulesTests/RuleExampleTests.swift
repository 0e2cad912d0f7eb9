import StarlingForms
import StarlingRules
import Testing

/// Each rule's own examples, as its file declares them: passing snippets raise nothing
/// from the rule, failing ones raise at least one finding of it.
struct RuleExampleTests {
    static let rules = RuleEngine.rules.map { $0.description.id }

    static func run(_ id: String, _ snippet: String) throws -> [Finding] {
        let type = try #require(RuleEngine.rules.first { $0.description.id == id })
        let kinds = type.description.appliesTo
        let kind: FormKind = kinds.contains(.monthlyAudit) ? .monthlyAudit : kinds.sorted { $0.rawValue < $1.rawValue }.first!
        let record = try RuleExamples.record(snippet, kind: kind)
        let context = RuleContext(record: record, pack: TestPaths.engine.pack, today: TestPaths.today)
        return type.init().check(context).filter { $0.rule == id }
    }

    @Test(arguments: rules)
    func everyRuleHasBothKindsOfExample(_ id: String) throws {
        let description = try #require(RuleEngine.description(of: id))
        #expect(!description.passing.isEmpty, "\(id) has no passing example")
        #expect(!description.failing.isEmpty, "\(id) has no failing example")
        #expect(!description.guidance.isEmpty && !description.title.isEmpty && !description.standard.isEmpty)
    }

    @Test(arguments: rules)
    func passingExamplesRaiseNothing(_ id: String) throws {
        for snippet in RuleEngine.description(of: id)?.passing ?? [] {
            let findings = try Self.run(id, snippet)
            #expect(findings.isEmpty, "\(id) fired on its passing example \(snippet): \(findings.map(\.message))")
        }
    }

    @Test(arguments: rules)
    func failingExamplesRaiseTheRule(_ id: String) throws {
        for snippet in RuleEngine.description(of: id)?.failing ?? [] {
            let findings = try Self.run(id, snippet)
            #expect(!findings.isEmpty, "\(id) did not fire on its failing example \(snippet)")
            for finding in findings {
                #expect(finding.severity == RuleEngine.description(of: id)?.severity)
                #expect(!finding.field.isEmpty && !finding.message.isEmpty)
            }
        }
    }

    @Test func ruleIdsAreUnique() {
        #expect(Set(Self.rules).count == Self.rules.count)
    }
}
