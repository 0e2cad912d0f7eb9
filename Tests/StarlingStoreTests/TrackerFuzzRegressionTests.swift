import Foundation
import StarlingNative
import StarlingStore
import StarlingTestSupport
import Testing

/// Every input in `Tests/Fixtures/fuzz/tracker-{csv,xlsx}` is read, or refused with a
/// `StoreError` that names the file, through the same entry as its fuzz harness.
struct TrackerFuzzRegressionTests {
    static func expectReadOrRefused(_ file: String, _ body: () throws -> Void) {
        do {
            try body()
        } catch let error as StoreError {
            #expect(error.message.contains(file), "the refusal names the file")
        } catch {
            Issue.record("\(file): \(type(of: error)) instead of a StoreError: \(error)")
        }
    }

    @Test(arguments: FuzzFixtures.files("tracker-csv"))
    func csv(_ url: URL) throws {
        let data = try Data(contentsOf: url)
        Self.expectReadOrRefused(url.lastPathComponent) {
            _ = try Tracker.parse(CSVReader.rows(data: data), file: url.lastPathComponent)
        }
    }

    /// As the harness does: the fixture is the first sheet of an otherwise valid workbook.
    @Test(arguments: FuzzFixtures.files("tracker-xlsx"))
    func xlsx(_ url: URL) throws {
        let template = try ZipArchive(path: RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/trackers/tracker-dates.xlsx").path)
        let entries = try template.entries.filter { $0.name != "xl/worksheets/sheet1.xml" }.map {
            ZipWriter.Entry(name: $0.name, data: try template.read($0), stored: true)
        }
        let workbook = try ZipWriter.data(entries + [ZipWriter.Entry(name: "xl/worksheets/sheet1.xml", data: try Data(contentsOf: url))])
        Self.expectReadOrRefused(url.lastPathComponent) {
            _ = try Tracker.parse(XLSXReader.rows(data: workbook, name: url.lastPathComponent), file: url.lastPathComponent)
        }
    }
}
