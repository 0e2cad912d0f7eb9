import Foundation
import StarlingDocument

/// A piece of the form the mapper reasons about: a paragraph outside tables, or a table
/// cell (its own paragraphs; nested tables are units of their own). Each is consumed by a
/// field or ends up in `unmapped`, which is how nothing gets lost. A class: the walk hands
/// units around constantly, and copying a struct of strings and arrays retains each of them.
final class TextUnit {
    let id: Int
    let text: String
    let paragraphs: [Paragraph]
    let location: Location
    /// A heading, or a short paragraph in bold: how label paragraphs look.
    let looksLikeLabel: Bool
    /// For cells: which table, row and grid columns.
    let cell: CellPosition?
    /// For one paragraph of a cell that holds several: the cell's unit. A cell written like
    /// a page of its own (a bordered box with "Evidence:", statements, "Impact:", …) is read
    /// paragraph by paragraph through these; otherwise they are not read at all.
    var flowOf: Int?

    struct CellPosition {
        let table: Int
        let row: Int
        let gridColumn: Int
        let gridSpan: Int
        /// The cell continues a vertical merge from an earlier row (its content is there).
        let isMergeContinuation: Bool
    }

    init(id: Int, text: String, paragraphs: [Paragraph], location: Location, looksLikeLabel: Bool, cell: CellPosition?) {
        self.id = id
        self.text = text
        self.paragraphs = paragraphs
        self.location = location
        self.looksLikeLabel = looksLikeLabel
        self.cell = cell
    }

    /// Paragraphs with their list flag, for statement splitting.
    var statementSource: [(text: String, isListItem: Bool)] {
        paragraphs.map { ($0.text, $0.list != nil) }
    }
}

/// The document flattened into units, in reading order, with tables kept as grids.
struct FormLayout {
    enum Item {
        case paragraph(Int)
        case table(Int)
    }

    private(set) var units: [TextUnit] = []
    /// Table index → rows → unit ids of the row's cells, left to right.
    private(set) var tables: [[[Int]]] = []
    /// Reading order of top-level items (nested tables follow their cell).
    private(set) var items: [Item] = []
    /// Cell unit → a unit for each of its paragraphs, for cells of two paragraphs or more.
    private(set) var cellParagraphs: [Int: [Int]] = [:]

    init(document: WordDocument) {
        for story in document.headers + [document.main] + document.footers {
            for block in story.blocks { add(block) }
        }
    }

    private mutating func add(_ block: Block) {
        switch block {
        case .paragraph(let paragraph):
            let text = paragraph.text.trimmedWhitespace
            let short = text.count <= 120
            let unit = TextUnit(
                id: units.count, text: text, paragraphs: [paragraph], location: paragraph.location,
                looksLikeLabel: short && (paragraph.headingLevel != nil || paragraph.isBold), cell: nil)
            units.append(unit)
            items.append(.paragraph(unit.id))
        case .table(let table):
            addTable(table)
        }
    }

    private mutating func addTable(_ table: Table) {
        var index = tables.count
        tables.append([])
        items.append(.table(index))
        for row in table.rows where !row.isDeleted {
            var nested: [Table] = []
            let r = tables[index].count
            var ids: [Int] = []
            for cell in row.cells {
                var paragraphs: [Paragraph] = []
                for block in cell.blocks {
                    switch block {
                    case .paragraph(let p): paragraphs.append(p)
                    case .table(let t): nested.append(t)
                    }
                }
                let text = paragraphs.map(\.text).joined(separator: "\n").trimmedWhitespace
                let unit = TextUnit(
                    id: units.count, text: text, paragraphs: paragraphs, location: cell.location,
                    looksLikeLabel: paragraphs.contains { $0.isBold } || cell.shading.map { !["auto", "FFFFFF", "ffffff"].contains($0) } == true,
                    cell: .init(table: index, row: r, gridColumn: cell.gridColumn, gridSpan: cell.gridSpan,
                                isMergeContinuation: cell.mergedFromRow != nil))
                units.append(unit)
                ids.append(unit.id)
                // Only a cell with a paragraph after its first set apart as a label or heading
                // can be a page of its own: most cells are not, and need no paragraph units.
                let setApart = paragraphs.dropFirst().contains { $0.isBold || $0.headingLevel != nil || $0.boldLead != nil || $0.text.hasSuffix(":") }
                let written = setApart ? paragraphs.filter { !$0.text.trimmedWhitespace.isEmpty } : []
                if written.count >= 2 {
                    cellParagraphs[unit.id] = written.map { paragraph in
                        let text = paragraph.text.trimmedWhitespace
                        let sub = TextUnit(
                            id: units.count, text: text, paragraphs: [paragraph], location: paragraph.location,
                            looksLikeLabel: text.count <= 120 && (paragraph.headingLevel != nil || paragraph.isBold), cell: nil)
                        sub.flowOf = unit.id
                        units.append(sub)
                        return sub.id
                    }
                }
            }
            tables[index].append(ids)
            guard !nested.isEmpty else { continue }
            // Tables inside this row are read where they stand: before the rows after it,
            // which go on as a table of their own (an area's heading row, then its grid
            // nested in the next row, must not all be read before the grids).
            for table in nested { addTable(table) }
            index = tables.count
            tables.append([])
            items.append(.table(index))
        }
        if tables[index].isEmpty, case .table(index)? = items.last {
            tables.removeLast()
            items.removeLast()
        }
    }

    func unit(_ id: Int) -> TextUnit { units[id] }
}
