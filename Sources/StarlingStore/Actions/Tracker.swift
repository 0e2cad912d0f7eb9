import Foundation

/// A QA team's action tracker, read from CSV or .xlsx: one row per action with the child,
/// the audit month, which action, and when it was completed.
public struct Tracker: Sendable {
    public struct Row: Sendable {
        public var number: Int
        public var childID: SheetCell?
        public var month: SheetCell?
        /// The first non-empty action column (a number column before a description).
        public var action: SheetCell?
        public var completed: SheetCell?
    }

    public var file: String
    public var columns: TrackerColumns
    /// Data rows below the header; wholly empty rows are left out.
    public var rows: [Row]

    /// Reads `path`: .xlsx by its zip signature (whatever its name), else CSV.
    public static func read(path: String) throws -> Tracker {
        guard let data = FileManager.default.contents(atPath: path) else { throw StoreError("\(path): cannot read the file") }
        let isZip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if !isZip, path.lowercased().hasSuffix(".xlsx") { throw StoreError("\(path): not an .xlsx workbook") }
        if !isZip, path.lowercased().hasSuffix(".xls") { throw StoreError("\(path): old Excel .xls files are not read; save it as .xlsx or CSV") }
        return try parse(isZip ? try XLSXReader.rows(data: data, name: path) : CSVReader.rows(data: data), file: path)
    }

    public static func parse(_ sheet: [SheetRow], file: String) throws -> Tracker {
        guard let (index, columns) = TrackerColumns.find(in: sheet) else {
            throw StoreError("\(file): no header row naming a child ID, an audit month and a completion date in the first 20 rows")
        }
        let rows = sheet.dropFirst(index + 1).filter { !$0.isBlank }.map { row in
            Row(number: row.number, childID: row[columns.childID], month: row[columns.month],
                action: columns.actions.lazy.compactMap { row[$0] }.first { !$0.isBlank }, completed: row[columns.completed])
        }
        return Tracker(file: file, columns: columns, rows: rows)
    }
}
