import Foundation
import StarlingTestSupport
import Testing
@testable import StarlingSchema

/// The repository's own schema loads and says what the brief says.
struct SchemaLoadingTests {
    static let directory = RepositorySchema.directory

    @Test func loadsTheRepositorySchema() throws {
        let schema = try StarlingSchema.load(from: Self.directory)
        #expect(!schema.version.isEmpty)
        #expect(schema.standards.map(\.id) == ["S1", "S2", "S3", "S4", "S5", "S6"])
        #expect(schema.customerServiceStandards.count == 8)
        #expect(Set(schema.forms.map(\.kind)) == ["monthly_audit", "practice_observation", "meeting_observation"])
    }

    @Test func areasTestTheBriefsStandards() throws {
        let schema = try StarlingSchema.load(from: Self.directory)
        let expected: [String: [String]] = [
            "response_to_risk": ["S1", "S3"], "assessment": ["S1", "S2"], "planning": ["S2", "S3"], "intervention": ["S4"],
            "relational_practice": ["S1", "S4"], "management_oversight": ["S6"], "permanence": ["S3"], "recording": ["S5"],
        ]
        #expect(Dictionary(uniqueKeysWithValues: schema.areas.map { ($0.key, $0.standards) }) == expected)
        let permanence = try #require(schema.area("permanence"))
        #expect(permanence.isExpected(forLegalStatus: "child_looked_after"))
        #expect(!permanence.isExpected(forLegalStatus: "child_in_need"))
        #expect(schema.area("planning")?.isExpected(forLegalStatus: nil) == true)
    }

    @Test func requiredAuditFieldsAreTheIdentifyingOnes() throws {
        let audit = try #require(try StarlingSchema.load(from: Self.directory).form("monthly_audit"))
        let required = Set(audit.fields.filter(\.required).map(\.key))
        #expect(required.isSuperset(of: ["child.id", "auditor.name", "audit.month", "child.legal_status", "team", "judgement.rating"]))
        #expect(audit.field("child.id")?.labels.contains("Mosaic number") == true)
        #expect(audit.field("judgement.rating")?.type == .vocabulary("rating"))
    }

    @Test(arguments: [
        ("rating", "RI", "requires_improvement"), ("rating", "Requiring Improvement", "requires_improvement"),
        ("rating", "  GOOD ", "good"), ("legal_status", "CiC", "child_looked_after"),
        ("legal_status", "Child Protection (CP)", "child_protection"), ("legal_status", "CWD", "disabled_children"),
        ("audit_type", "Monthly (journey and impact)", "monthly"), ("participation", "Not appropriate", "not_appropriate"),
        ("meeting_type", "Strategy discussion/meeting", "strategy_discussion"),
        ("meeting_type", "Child Protection Conference - Initial", "cp_conference_initial"),
        ("concern_category", "Cat 2", "category_2"), ("practitioner_stage", "ASYE", "asye"),
    ])
    func vocabularySpellingsMapToKeys(_ vocabulary: String, _ written: String, _ key: String) throws {
        let schema = try StarlingSchema.load(from: Self.directory)
        #expect(schema.vocabulary(vocabulary)?.key(for: written) == key)
    }

    @Test func unknownSpellingsMapToNothing() throws {
        let rating = try #require(try StarlingSchema.load(from: Self.directory).vocabulary("rating"))
        #expect(rating.key(for: "Excellent") == nil)
        #expect(rating.key(for: "") == nil)
    }

    @Test func locatesTheSchemaFromAnExplicitPathOrTheEnvironment() {
        #expect(StarlingSchema.locateDirectory(explicit: "/some/where")?.path == "/some/where")
    }
}
