import Foundation
import StarlingDocument
import StarlingForms
import StarlingTestSupport
import Testing

/// Every quarantine reason is documented where a QA team or a script reads them: README's
/// list and the records JSON Schema's enum for import's errors.
struct QuarantineReasonTests {
    @Test func readmeNamesEveryReason() throws {
        let readme = try String(contentsOf: RepositoryRoot.url.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "- **Quarantine.**"))
        let paragraph = readme[start.lowerBound...].prefix(2400)
        for reason in QuarantineReason.allCases {
            #expect(paragraph.contains("`\(reason.rawValue)`"), "README does not explain \(reason.rawValue)")
        }
    }

    @Test func theRecordsSchemaAllowsEveryReason() throws {
        let data = try Data(contentsOf: RepositorySchema.directory.appendingPathComponent("records.schema.json"))
        let text = String(decoding: data, as: UTF8.self)
        for reason in QuarantineReason.allCases { #expect(text.contains("\"\(reason.rawValue)\""), "\(reason.rawValue)") }
    }

    @Test func everyDocumentErrorIsAReasonOfTheSameName() {
        let reasons: [DocumentError.Reason] = [.empty, .notAZip, .legacyWordDocument, .encrypted, .limitExceeded, .duplicatePartName,
                                               .noMainDocument, .malformedPart, .forbiddenDoctype, .tooDeep, .unreadable]
        for reason in reasons { #expect(QuarantineReason(reason).rawValue == reason.rawValue) }
        #expect(QuarantineReason.allCases.filter(\.isWorkerFailure) == [.crashed, .timeout, .tooMuchMemory])
    }
}
