import Foundation
@testable import StarlingStore
import Testing

/// Trackers are files from outside too: a reference, index or number out of Excel's range
/// is reported as damage or refused as a value, never trusted (issue 10).
@Suite("Tracker bounds: cell references, shared strings, huge numbers")
struct TrackerBoundsTests {
    typealias Workbook = ActionsImportTests.XLSXReaderTests

    private func damage(_ sheetData: String) -> String? {
        do {
            _ = try XLSXReader.rows(data: try Workbook.workbook(date1904: false, sheetData: sheetData), name: "t.xlsx")
            Issue.record("the damaged sheet was read")
            return nil
        } catch let error as StoreError {
            return "\(error)"
        } catch {
            Issue.record("expected a StoreError, got \(error)")
            return nil
        }
    }

    @Test(arguments: ["XFD1048577", "XFE1", "AAAA1", "A99999999999999999999999", "A0", "A-1"])
    func cellReferencesOutsideExcelsGridAreDamage(_ reference: String) {
        let message = damage("<row r=\"1\"><c r=\"\(reference)\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
        #expect(message?.contains("t.xlsx: damaged workbook") == true)
        #expect(message?.contains("Excel") == true)
    }

    @Test(arguments: ["9223372036854775807", "1048577", "0", "-3", "three"])
    func rowNumbersOutsideExcelsGridAreDamage(_ number: String) {
        // Before: the next row's number, r + 1, trapped on Int.max.
        let message = damage("<row r=\"\(number)\"><c r=\"A1\"><v>1</v></c></row><row><c><v>2</v></c></row>")
        #expect(message?.contains("not one of Excel's rows") == true)
    }

    @Test(arguments: ["3", "-1", "99999999999999999999", "x"])
    func sharedStringIndexesOutOfRangeAreDamage(_ index: String) {
        let message = damage("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(index)</v></c></row>")
        #expect(message?.contains("a shared string the workbook does not have (it has 3)") == true)
    }

    /// One cell at XFD in each row used to pad every row to 16,384 slots.
    @Test func farRightCellsTakeNoRoomForTheEmptyOnes() throws {
        let sheet = (1...2_000).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>\($0)</v></c></row>" }.joined()
        let rows = try XLSXReader.rows(data: try Workbook.workbook(date1904: false, sheetData: sheet), name: "t.xlsx")
        #expect(rows.count == 2_000)
        #expect(rows[0].width == 16_384)
        #expect(rows[1999][16_383] == .number(2_000))
        #expect(rows[1999][0] == nil)
    }

    @Test func excelDatesStopAtTheLastDayInBothSystems() {
        #expect(ExcelDate.isoDate(serial: 2_958_465, date1904: false) == "9999-12-31")
        #expect(ExcelDate.isoDate(serial: 2_957_003, date1904: true) == "9999-12-31")
        #expect(ExcelDate.isoDate(serial: 2_958_465, date1904: true) == nil)  // would be year 10003
        #expect(ExcelDate.isoDate(serial: 1e300, date1904: false) == nil)
        #expect(ExcelDate.isoDate(serial: -.infinity, date1904: false) == nil)
    }

    @Test func csvWithHugeNumbersReadsAndMatchesNothing() throws {
        let csv = """
            Child ID,Audit month,Action no.,Completed on
            99999999999999999999,12/99999999999999999999,99999999999999999999,99/99/99999999999999999999
            5000001,Dec-19,9223372036854775808,1e308
            """
        let tracker = try Tracker.parse(CSVReader.rows(text: csv), file: "t.csv")
        #expect(tracker.rows.count == 2)
        let first = tracker.rows[0]
        #expect(first.month.flatMap(TrackerValues.month) == nil)
        #expect(first.completed.flatMap(TrackerValues.date) == nil)
        #expect(first.action.flatMap(ActionMatcher.number) == nil)
        #expect(TrackerValues.childKey(first.childID?.text ?? "") == "99999999999999999999")
        #expect(tracker.rows[1].action.flatMap(ActionMatcher.number) == nil)
        #expect(ActionMatcher.match(tracker.rows[1].action, descriptions: ["a", "b"]) == .none("no action of the audit matches the description"))
        #expect(ActionMatcher.number(.number(1e300)) == nil)
        #expect(SheetCell.number(1e300).text == "1e+300")
    }
}
