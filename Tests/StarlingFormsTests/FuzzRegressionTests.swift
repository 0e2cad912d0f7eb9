import Foundation
import StarlingDocument
import StarlingForms
import StarlingTestSupport
import Testing

/// Every input in `Tests/Fixtures/fuzz/{package,document,xmlform}` goes through the same
/// entry as its fuzz harness and is read, or refused with an error that names the file:
/// never a trap, which would end this test process.
struct FuzzRegressionTests {
    static let importer = RepositorySchema.importer

    /// Read, or a refusal that names the file; anything else (another error type) fails.
    static func expectReadOrRefused(_ file: String, _ body: () throws -> Void) {
        do {
            try body()
        } catch let error as DocumentError {
            #expect(error.file == file, "the refusal names the file")
            #expect(!error.description.isEmpty)
        } catch {
            Issue.record("\(file): \(type(of: error)) instead of a DocumentError: \(error)")
        }
    }

    @Test(arguments: FuzzFixtures.files("package"))
    func rawPackage(_ url: URL) throws {
        let data = try Data(contentsOf: url)
        Self.expectReadOrRefused(url.lastPathComponent) {
            _ = try WordDocumentReader.read(data: data, file: url.lastPathComponent)
        }
    }

    @Test(arguments: FuzzFixtures.files("document"))
    func documentPart(_ url: URL) throws {
        var builder = DocxBuilder(body: "")
        builder.rawMainPart = try String(contentsOf: url, encoding: .utf8)
        let package = try builder.data()
        Self.expectReadOrRefused(url.lastPathComponent) {
            let form = try Self.importer.importData(package, file: url.lastPathComponent)
            #expect(form.record.source.file == url.lastPathComponent)
        }
    }

    @Test(arguments: FuzzFixtures.files("xmlform"))
    func xmlForm(_ url: URL) throws {
        let data = try Data(contentsOf: url)
        Self.expectReadOrRefused(url.lastPathComponent) {
            _ = try Self.importer.importData(data, file: url.lastPathComponent)
        }
    }

    /// The folders are not empty by accident: the issue's own crash is the first fixture.
    @Test func theFirstFixtureIsTheIssuesGridSpan() {
        #expect(FuzzFixtures.files("document").map(\.lastPathComponent).contains("gridspan-int64-max.xml"))
    }
}
