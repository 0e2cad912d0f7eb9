import Foundation

/// One cell of a tracker as the file gave it: CSV cells are all text; an .xlsx cell keeps
/// its type, so a date cell arrives as a date however the sheet displays it.
public enum SheetCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    /// A number with a date format, converted from the spreadsheet's serial: `YYYY-MM-DD`.
    case date(String)
    case bool(Bool)

    /// The cell as text: whole numbers without a decimal point ("5000001", not "5000001.0").
    public var text: String {
        switch self {
        case .text(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .date(let iso): iso
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        }
    }

    public var isBlank: Bool {
        if case .text(let text) = self { return text.allSatisfy(\.isWhitespace) }
        return false
    }
}

/// One row of a tracker: its number as the user sees it (spreadsheet row, or CSV record
/// counting the first as 1) and its cells by column, nil where a cell is empty or absent.
/// Cells are kept by column, not in an array padded to the rightmost: a sheet can put one
/// cell in column XFD of every row, and padding each row to 16,384 slots made a small
/// file cost gigabytes.
public struct SheetRow: Sendable, Equatable {
    public var number: Int
    private var byColumn: [Int: SheetCell]
    /// One past the rightmost column with a cell (or, from CSV, with a field).
    public private(set) var width: Int

    public init(number: Int, cells: [SheetCell?]) {
        self.number = number
        self.width = cells.count
        self.byColumn = [:]
        for (column, cell) in cells.enumerated() { if let cell { byColumn[column] = cell } }
    }

    /// The cells from column 0 to the rightmost, nil where empty.
    public var cells: [SheetCell?] { (0..<width).map { byColumn[$0] } }

    public subscript(column: Int) -> SheetCell? { byColumn[column] }

    mutating func set(_ cell: SheetCell, column: Int) {
        byColumn[column] = cell
        width = max(width, column + 1)
    }

    public var isBlank: Bool { byColumn.values.allSatisfy(\.isBlank) }
}
