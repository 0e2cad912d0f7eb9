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
public struct SheetRow: Sendable, Equatable {
    public var number: Int
    public var cells: [SheetCell?]

    public init(number: Int, cells: [SheetCell?]) {
        self.number = number
        self.cells = cells
    }

    public subscript(column: Int) -> SheetCell? { column < cells.count ? cells[column] : nil }

    public var isBlank: Bool { cells.allSatisfy { $0 == nil || $0!.isBlank } }
}
