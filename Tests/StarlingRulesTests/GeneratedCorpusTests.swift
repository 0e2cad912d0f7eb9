import Foundation
import StarlingForms
import StarlingRules
import StarlingTestSupport
import Testing

/// 40 generated forms with one or two known blocking defects (four of each blocking audit
/// rule, in both layouts) and 20 clean ones: every defect is found, no clean form is
/// judged inadmissible.
struct GeneratedCorpusTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let expected: Set<String>   // blocking rule ids that must be found
        let make: @Sendable (Int) -> GeneratedAudit
        let variant: Int
        var description: String { "\(name) #\(variant)" }
    }

    static let defects: [(String, Set<String>, @Sendable (inout GeneratedAudit, Int) -> Void)] = [
        ("identifying field missing", ["AUD-001"], { audit, v in
            switch v % 4 { case 0: audit.childID = nil; case 1: audit.auditor = nil; case 2: audit.team = nil; default: audit.month = nil }
        }),
        ("no overall judgement", ["AUD-002"], { audit, v in audit.overall = v % 2 == 0 ? nil : "" }),
        ("rated area without evidence", ["AUD-003"], { audit, _ in audit.areas[0].evidence = [] }),
        ("rated area without impact", ["AUD-004"], { audit, _ in audit.areas[1].impact = [] }),
        ("inadequate without category", ["AUD-005"], { audit, v in
            audit.overall = "Inadequate"
            audit.category = v % 2 == 0 ? nil : "None"
        }),
        ("requires improvement without actions", ["AUD-006"], { audit, v in
            audit.overall = v % 2 == 0 ? "Requires Improvement" : "RI"
            audit.actions = []
        }),
        ("action without owner", ["AUD-007"], { audit, _ in audit.actions[0].owner = nil }),
        ("action without due date", ["AUD-008"], { audit, _ in audit.actions[0].due = nil }),
        ("neither social worker nor team manager", ["AUD-009"], { audit, _ in
            audit.parties[0].outcome = "Not contacted"
            audit.parties[0].reason = "Off sick."
            audit.parties[1].outcome = "Not contacted"
            audit.parties[1].reason = "Post vacant."
        }),
        ("child not spoken to, no reason", ["AUD-010"], { audit, v in
            audit.parties[v % 2 == 0 ? 2 : 3].outcome = "Not contacted"
            audit.parties[v % 2 == 0 ? 2 : 3].reason = nil
        }),
    ]

    static let defective: [Case] = defects.flatMap { name, expected, apply in
        (0..<4).map { variant in
            Case(name: name, expected: expected, make: { v in
                var audit = GeneratedAudit(variant: v)
                apply(&audit, v)
                if v == 3, name != "action without owner" { audit.actions[safe: 0]?.owner = nil }  // a second defect
                return audit
            }, variant: variant)
        }
    }

    static let clean: [Case] = (0..<20).map { variant in
        Case(name: "clean", expected: [], make: { v in
            var audit = GeneratedAudit(variant: v)
            audit.overall = ["Good", "Outstanding", "Requires improvement", "Requiring Improvement"][v % 4]
            if v % 5 == 0 { audit.legalStatus = "CP" }
            if v % 3 == 0 { audit.parties[2].outcome = "Not appropriate"; audit.parties[2].reason = "Tia is eight months old." }
            return audit
        }, variant: variant)
    }

    static func validate(_ audit: GeneratedAudit, _ name: String) throws -> Validation {
        let imported = try TestPaths.importer.importData(try audit.docx(), file: "\(name).docx")
        #expect(imported.record.kind == .monthlyAudit, "\(name) not recognised as an audit")
        return TestPaths.engine.validate(imported, today: TestPaths.today)
    }

    @Test func theCorpusIsLargeEnough() {
        #expect(Self.defective.count >= 40)
        #expect(Self.clean.count >= 20)
        #expect(Set(Self.defects.flatMap(\.1)) == Set((1...10).map { String(format: "AUD-%03d", $0) }))
    }

    @Test(arguments: defective)
    func everyBlockingDefectIsFound(_ item: Case) throws {
        let validation = try Self.validate(item.make(item.variant), item.description)
        let blocking = Set(validation.findings.filter { $0.severity == .blocking }.map(\.rule))
        #expect(blocking.isSuperset(of: item.expected), "\(item): found \(validation.findings.map { "\($0.rule) \($0.field)" })")
        #expect(!validation.admissible)
        if item.variant == 3, item.name != "action without owner", item.name != "requires improvement without actions" {
            #expect(blocking.contains("AUD-007"), "\(item): the second defect was missed")
        }
    }

    @Test(arguments: clean)
    func noCleanFormIsInadmissible(_ item: Case) throws {
        let validation = try Self.validate(item.make(item.variant), item.description)
        let blocking = validation.findings.filter { $0.severity == .blocking }
        #expect(blocking.isEmpty, "\(item): \(blocking.map { "\($0.rule) \($0.field): \($0.message)" })")
        #expect(validation.admissible)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        get { indices.contains(index) ? self[index] : nil }
        set { if let newValue, indices.contains(index) { self[index] = newValue } }
    }
}
