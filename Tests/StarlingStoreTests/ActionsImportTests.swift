import Foundation
import StarlingNative
@testable import StarlingStore
import StarlingTestSupport
import Testing

/// `starling actions import`: the same tracker as CSV, as an .xlsx LibreOffice wrote from
/// that CSV (dates as text), and as an .xlsx with real date cells, on both backends.
@Suite(.serialized) struct ActionsImportTests {
    static let trackers = StoreFixtures.root.appendingPathComponent("Tests/Fixtures/trackers")

    /// Child 5000001's December audit has two actions; 5000002's November audit three.
    static func audits() -> [GeneratedAudit] {
        // GeneratedAudit.Action has no public initialiser: change a copy of the default one.
        func action(_ description: String, due: String) -> GeneratedAudit.Action {
            var action = GeneratedAudit().actions[0]
            action.description = description
            action.due = due
            return action
        }
        var december = GeneratedAudit(variant: 0)
        december.childID = "5000001"
        december.actions = [
            action("Share the plan with Tia in her own words so that she knows what will happen next.", due: "17/01/2020"),
            action("Book a review of the contact arrangements with the independent reviewing officer.", due: "31/01/2020"),
        ]
        var november = GeneratedAudit(variant: 1)
        november.childID = "5000002"
        november.month = "November 2019"
        november.completed = "20/11/2019"
        november.submitted = "22/11/2019"
        november.actions = [
            action("Complete the updated chronology, and add it to the case file.", due: "15/12/2019"),
            action("Arrange a visit to see the child alone at school.", due: "20/12/2019"),
            action("Refer the family to the early help parenting programme.", due: "10/01/2020"),
        ]
        return [december, november]
    }

    /// A store with both audits migrated, plus a copy of the first under another name (a
    /// duplicate, which must not make its child's month ambiguous).
    static func store(_ backend: Backend, in folder: URL) async throws -> RecordStore {
        let forms = folder.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        for (index, audit) in audits().enumerated() { try audit.docx().write(to: forms.appendingPathComponent("audit-\(index).docx")) }
        // A byte-for-byte copy: zipping the form again could stamp another second into it.
        try FileManager.default.copyItem(at: forms.appendingPathComponent("audit-0.docx"), to: forms.appendingPathComponent("copy of audit-0.docx"))
        let store = try await RecordStore.open(try await StoreFixtures.newStore(backend, in: folder))
        let summary = try await StoreFixtures.migrator(store).run(paths: [forms.path])
        #expect(summary.imported == 2 && summary.duplicates == 1)
        return store
    }

    /// child ID, month, action number (from 1) → completion date.
    static func completions(_ store: RecordStore) async throws -> [String: String] {
        let rows = try await store.database.query("""
            SELECT r.child_id, r.month, a.position, a.completed_on FROM actions a JOIN records r ON r.source_id = a.source_id
            JOIN source_files s ON s.id = a.source_id WHERE s.outcome = 'imported' AND a.completed_on IS NOT NULL
            """, [])
        return Dictionary(uniqueKeysWithValues: rows.map { ("\($0[0])/\($0[1])/\(($0[2].integer ?? 0) + 1)", $0[3].text ?? "") })
    }

    static let expected = [
        "5000001/2019-12/1": "2020-01-20", "5000001/2019-12/2": "2020-01-28",
        "5000002/2019-11/1": "2019-12-10", "5000002/2019-11/3": "2020-01-05",
    ]

    @Test(arguments: Backend.allCases, ["tracker.csv", "tracker-text.xlsx", "tracker-dates.xlsx"])
    func matchesReportsAndIsIdempotent(_ backend: Backend, _ file: String) async throws {
        let folder = try StoreFixtures.temporaryFolder("actions")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await Self.store(backend, in: folder)
        let tracker = try Tracker.read(path: Self.trackers.appendingPathComponent(file).path)
        #expect(tracker.columns.headerRow == 3)

        let first = try await ActionsImporter(store: store).run(tracker)
        #expect(first.rowsRead == 10)
        #expect(first.matched == 6 && first.updated == 4 && first.unchanged == 0 && first.notCompleted == 1)
        #expect(first.unmatched.map(\.row) == [9, 10, 11, 12])
        #expect(first.unmatched.map(\.reason) == [.noSuchAudit, .noSuchAction, .unreadableDate, .noSuchAction])
        #expect(first.unmatched[2].message == "'31/02/2020' is not a date")
        // Row 13 gives action 1 a second, different date: reported, the first one kept.
        #expect(first.conflicts.map(\.row) == [13])
        #expect(first.conflicts.first?.message.contains("kept 2020-01-20") == true)
        #expect(try await Self.completions(store) == Self.expected)

        // Importing the same tracker again changes nothing.
        let before = try await StoreFixtures.dump(store)
        let second = try await ActionsImporter(store: store).run(tracker)
        #expect(second.updated == 0 && second.unchanged == 4 && second.matched == 6)
        #expect(second.unmatched == first.unmatched && second.conflicts == first.conflicts)
        #expect(try await Self.completions(store) == Self.expected)
        #expect(try await StoreFixtures.dump(store) == before)
        try await store.close()
    }

    @Test func aNewVersionOfAnAuditKeepsItsActionsCompletionDates() async throws {
        let folder = try StoreFixtures.temporaryFolder("actions-version")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await Self.store(.sqlite, in: folder)
        let tracker = try Tracker.read(path: Self.trackers.appendingPathComponent("tracker.csv").path)
        _ = try await ActionsImporter(store: store).run(tracker)
        var changed = Self.audits()[0]
        changed.team = "Renamed Team"
        try changed.docx().write(to: folder.appendingPathComponent("forms/audit-0.docx"))
        let summary = try await StoreFixtures.migrator(store).run(paths: [folder.appendingPathComponent("forms").path])
        #expect(summary.newVersions == 1)
        let current = try await store.database.query("""
            SELECT a.position, a.completed_on FROM actions a JOIN source_files s ON s.id = a.source_id
            JOIN records r ON r.source_id = a.source_id
            WHERE s.is_current = 1 AND s.outcome = 'imported' AND r.child_id = '5000001' ORDER BY a.position
            """, [])
        let previous = try await store.database.query("""
            SELECT a.position, a.completed_on FROM actions a JOIN source_files s ON s.id = a.source_id
            JOIN records r ON r.source_id = a.source_id
            WHERE s.is_current = 0 AND s.outcome = 'imported' AND r.child_id = '5000001' ORDER BY a.position
            """, [])
        #expect(previous.contains { $0[1].text != nil }, "the tracker set no date on this audit; the test proves nothing")
        #expect(current.map { $0[1] } == previous.map { $0[1] })
        try await store.close()
    }

    @Test func aDryRunWritesNothing() async throws {
        let folder = try StoreFixtures.temporaryFolder("actions-dry")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await Self.store(.sqlite, in: folder)
        let tracker = try Tracker.read(path: Self.trackers.appendingPathComponent("tracker.csv").path)
        let summary = try await ActionsImporter(store: store).run(tracker, dryRun: true)
        #expect(summary.updated == 4)
        #expect(try await Self.completions(store).isEmpty)
        try await store.close()
    }

    @Test func twoAuditsOfOneChildInAMonthAreAmbiguous() async throws {
        let folder = try StoreFixtures.temporaryFolder("actions-two")
        defer { try? FileManager.default.removeItem(at: folder) }
        var second = Self.audits()[0]
        second.team = "Westfield Team 1"
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("more"), withIntermediateDirectories: true)
        try second.docx().write(to: folder.appendingPathComponent("more/second.docx"))
        let store = try await Self.store(.sqlite, in: folder)
        _ = try await StoreFixtures.migrator(store).run(paths: [folder.appendingPathComponent("more").path])
        let tracker = try Tracker.parse(CSVReader.rows(text: "Child ID,Month,Action,Completed\n5000001,Dec-19,1,20/01/2020\n"), file: "t.csv")
        let summary = try await ActionsImporter(store: store).run(tracker)
        #expect(summary.unmatched.map(\.reason) == [.ambiguous])
        #expect(summary.unmatched.first?.message == "2 audits of this child in 2019-12")
        try await store.close()
    }

    @Test func aTrackerWithoutTheColumnsIsRefused() throws {
        let rows = CSVReader.rows(text: "Name,Team\nTia,East\n")
        #expect(throws: StoreError.self) { try Tracker.parse(rows, file: "t.csv") }
    }
}

extension ActionsImportTests {
    /// The readers and matcher on their own (nested, so `--filter ActionsImport` runs them too).
    struct TrackerReaderTests {
        @Test func csvWithBOMSemicolonsAndQuotedLineBreaks() {
            let text = "\u{FEFF}Title only\r\nChild ID;Month;Action;Completed\r\n1;Dec-19;\"Plan; then \"\"review\"\"\nwith Tia\";20/01/2020\r\n\r\n2;2019-12;2;\n"
            let rows = CSVReader.rows(data: Data(text.utf8))
            #expect(rows.map(\.number) == [1, 2, 3, 4, 5])
            #expect(rows[0][0] == .text("Title only"))
            #expect(rows[2].cells == [.text("1"), .text("Dec-19"), .text("Plan; then \"review\"\nwith Tia"), .text("20/01/2020")])
            #expect(rows[3].isBlank)
            #expect(rows[4].cells == [.text("2"), .text("2019-12"), .text("2"), nil])
            let tracker = try? Tracker.parse(rows, file: "t.csv")
            #expect(tracker?.rows.map(\.number) == [3, 5])
        }

        @Test func headingsHaveSynonyms() throws {
            let rows = CSVReader.rows(text: "Mosaic number,Audit Month,Action no.,Description,Date Completed\n")
            let columns = try #require(TrackerColumns.find(in: rows)?.columns)
            #expect(columns.childID == 0 && columns.month == 1 && columns.actions == [2, 3] && columns.completed == 4)
        }

        @Test func serialDatesIncludingExcelsLeapYearBug() {
            #expect(ExcelDate.isoDate(serial: 1, date1904: false) == "1900-01-01")
            #expect(ExcelDate.isoDate(serial: 59, date1904: false) == "1900-02-28")
            #expect(ExcelDate.isoDate(serial: 60, date1904: false) == nil)  // Excel's 1900-02-29, a day that never was
            #expect(ExcelDate.isoDate(serial: 61, date1904: false) == "1900-03-01")
            #expect(ExcelDate.isoDate(serial: 43850, date1904: false) == "2020-01-20")
            #expect(ExcelDate.isoDate(serial: 43850.75, date1904: false) == "2020-01-20")
            #expect(ExcelDate.isDateFormat(id: 164, code: "dd/mm/yyyy") && ExcelDate.isDateFormat(id: 165, code: "mmm\\-yy"))
            #expect(!ExcelDate.isDateFormat(id: 164, code: "General") && !ExcelDate.isDateFormat(id: 166, code: "h:mm"))
            #expect(!ExcelDate.isDateFormat(id: 167, code: "0.0\"d\"") && ExcelDate.isDateFormat(id: 14, code: nil))
            #expect(ExcelDate.isoDate(serial: 0, date1904: true) == "1904-01-01")
            #expect(ExcelDate.isoDate(serial: 42388, date1904: true) == "2020-01-20")
        }

        /// The matched action's number from 1, or "none" / "ambiguous".
        func match(_ cell: SheetCell?, _ descriptions: [String]) -> String {
            switch ActionMatcher.match(cell, descriptions: descriptions) {
            case .action(let index): String(index + 1)
            case .none: "none"
            case .ambiguous: "ambiguous"
            }
        }

        @Test func actionsByNumberOrDescription() {
            let descriptions = ["Share the plan with Tia in her own words.", "Book a review of the contact arrangements.", "Book a review of the contact arrangements."]
            #expect(match(.text("Action 2"), descriptions) == "2")
            #expect(match(.number(1), descriptions) == "1")
            #expect(match(.text("#4"), descriptions) == "none")
            #expect(match(.text("SHARE the plan with Tia, in her own words"), descriptions) == "1")
            #expect(match(.text("Share the plan with Tia"), descriptions) == "1")  // cut short
            #expect(match(.text("Share the plan with Tia in her words"), descriptions) == "1")
            #expect(match(.text("Book a review of the contact arrangements"), descriptions) == "ambiguous")
            #expect(match(.text("Visit the school"), descriptions) == "none")
            #expect(match(nil, [descriptions[0]]) == "1")
            #expect(match(nil, descriptions) == "ambiguous")
        }
    }
}

extension ActionsImportTests {
    /// The .xlsx reader on a workbook written by hand, so each feature is known to be there.
    struct XLSXReaderTests {
        /// `sheetData`, when given, replaces the tracker sheet's rows.
        static func workbook(date1904: Bool, sheetData: String? = nil) throws -> Data {
            let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
            let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
            let package = "http://schemas.openxmlformats.org/package/2006/relationships"
            func part(_ name: String, _ xml: String) -> ZipWriter.Entry {
                .init(name: name, data: Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).utf8))
            }
            return try ZipWriter.data([
                part("_rels/.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
                // A hidden sheet comes first in tab order; the tracker is the first visible one,
                // and its part is not called sheet1.xml.
                part("xl/workbook.xml", """
                    <workbook xmlns="\(main)" xmlns:r="\(rel)"><workbookPr date1904="\(date1904 ? 1 : 0)"/><sheets>
                    <sheet name="Lookups" sheetId="2" state="hidden" r:id="rId9"/><sheet name="Tracker" sheetId="1" r:id="rId7"/></sheets></workbook>
                    """),
                part("xl/_rels/workbook.xml.rels", """
                    <Relationships xmlns="\(package)"><Relationship Id="rId7" Type="\(rel)/worksheet" Target="worksheets/data.xml"/>
                    <Relationship Id="rId9" Type="\(rel)/worksheet" Target="/xl/worksheets/lookups.xml"/>
                    <Relationship Id="rId2" Type="\(rel)/sharedStrings" Target="strings.xml"/><Relationship Id="rId3" Type="\(rel)/styles" Target="styles.xml"/></Relationships>
                    """),
                part("xl/strings.xml", """
                    <sst xmlns="\(main)"><si><t>Child ID</t></si><si><r><rPr><b/></rPr><t>Completed</t></r><r><t xml:space="preserve"> on</t></r></si>
                    <si><t>Dec-19</t><rPh sb="0" eb="1"><t>phonetic</t></rPh></si></sst>
                    """),
                // Style 0 general, 1 dd/mm/yyyy, 2 built-in 14 (a date), 3 [Red]0.00, 4 h:mm; the
                // cellStyleXfs entry must not shift the cellXfs positions.
                part("xl/styles.xml", """
                    <styleSheet xmlns="\(main)"><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[Red]0.00"/>
                    <numFmt numFmtId="166" formatCode="h:mm"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>
                    <cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>
                    """),
                part("xl/worksheets/lookups.xml", "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Teams</t></is></c></row></sheetData></worksheet>"),
                part("xl/worksheets/data.xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(sheetData ?? Self.trackerRows(date1904: date1904))</sheetData></worksheet>"),
            ])
        }

        static func trackerRows(date1904: Bool) -> String {
            """
                    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>Acti</t></r><r><t>on</t></r></is></c><c r="D1" t="s"><v>1</v></c></row>
                    <row r="3"><c r="A3"><v>5000001</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="n"><v>2</v></c><c r="D3" s="1"><v>\(date1904 ? 42388 : 43850)</v></c>
                    <c r="E3" s="3"><v>1.5</v></c><c r="F3" s="4"><v>0.5</v></c><c r="G3" t="b"><v>1</v></c><c r="H3" t="str"><f>LOWER("X")</f><v>x</v></c><c r="I3" s="1"/></row>
                    <row><c><v>7</v></c><c s="2"><v>\(date1904 ? 42389 : 43851)</v></c></row>
            """
        }

        @Test(arguments: [false, true])
        func sharedAndInlineStringsDatesAndSparseCells(date1904: Bool) throws {
            let rows = try XLSXReader.rows(data: try Self.workbook(date1904: date1904), name: "t.xlsx")
            #expect(rows.map(\.number) == [1, 3, 4])
            #expect(rows[0].cells == [.text("Child ID"), nil, .text("Action"), .text("Completed on")])
            #expect(rows[1].cells == [.number(5_000_001), .text("Dec-19"), .number(2), .date("2020-01-20"), .number(1.5), .number(0.5), .bool(true), .text("x")])
            #expect(rows[1][0]?.text == "5000001")
            #expect(rows[2].cells == [.number(7), .date("2020-01-21")])
        }

        @Test func notAWorkbook() {
            #expect(throws: StoreError.self) { try XLSXReader.rows(data: Data("Child ID,Month\n".utf8), name: "t.xlsx") }
        }

        @Test func libreOfficeDateCells() throws {
            let path = ActionsImportTests.trackers.appendingPathComponent("tracker-dates.xlsx").path
            let rows = try XLSXReader.rows(data: try Data(contentsOf: URL(fileURLWithPath: path)), name: path)
            #expect(rows.first { $0.number == 4 }?.cells == [.number(5_000_001), .date("2019-12-01"), .number(1), nil, .date("2020-01-20")])
        }
    }
}
