/// A table with merged cells resolved.
public struct Table: Codable, Hashable, Sendable {
    public var location: Location
    public var rows: [TableRow]

    public init(location: Location, rows: [TableRow] = []) {
        self.location = location
        self.rows = rows
    }

    /// The cell covering grid column `column` of row `row`, following horizontal spans
    /// and vertical merges back to the cell that holds the content.
    public func cell(row: Int, gridColumn column: Int) -> TableCell? {
        guard rows.indices.contains(row) else { return nil }
        guard let cell = rows[row].cells.first(where: { column >= $0.gridColumn && column < $0.gridColumn + $0.gridSpan }) else {
            return nil
        }
        if let origin = cell.mergedFromRow, origin != row {
            return self.cell(row: origin, gridColumn: cell.gridColumn)
        }
        return cell
    }
}

public struct TableRow: Codable, Hashable, Sendable {
    public var cells: [TableCell]
    /// A header row repeated on each page (`w:tblHeader`).
    public var isHeader: Bool
    /// The row was deleted as a tracked change (absent from the accepted view).
    public var isDeleted: Bool

    public init(cells: [TableCell] = [], isHeader: Bool = false, isDeleted: Bool = false) {
        self.cells = cells
        self.isHeader = isHeader
        self.isDeleted = isDeleted
    }
}

public struct TableCell: Codable, Hashable, Sendable {
    public var location: Location
    /// First grid column the cell occupies (0-based), counting `w:gridBefore` and spans.
    public var gridColumn: Int
    /// Number of grid columns the cell spans (`w:gridSpan`).
    public var gridSpan: Int
    /// For a vertically merged continuation cell, the row of the cell it continues;
    /// nil for ordinary cells and for the first cell of a merge.
    public var mergedFromRow: Int?
    /// Number of rows a merge starting here covers (1 for ordinary cells).
    public var rowSpan: Int
    /// Fill colour (`w:shd/@w:fill`), which templates use to mark label cells.
    public var shading: String?
    public var blocks: [Block]

    public init(location: Location, gridColumn: Int, gridSpan: Int = 1) {
        self.location = location
        self.gridColumn = gridColumn
        self.gridSpan = gridSpan
        self.rowSpan = 1
        self.blocks = []
    }

    /// Accepted text of the cell's paragraphs (nested tables included), one line each.
    public var text: String { blocks.map(\.text).joined(separator: "\n") }
    public var originalText: String { blocks.map(\.originalText).joined(separator: "\n") }

    /// The cell's paragraphs in reading order, nested tables included.
    public var paragraphs: [Paragraph] { blocks.flatMap(\.paragraphs) }
}
