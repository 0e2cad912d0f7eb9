/// Mutable builders the story parser fills while it streams; each becomes a model value.
/// Each lives inside one parse on one thread, so their properties skip dynamic exclusivity
/// checks, which profiling showed on the hot path.

final class ParagraphBuilder {
    @exclusivity(unchecked) var paragraph: Paragraph
    @exclusivity(unchecked) var boldCharacters = 0
    @exclusivity(unchecked) var plainCharacters = 0
    /// UTF-8 length of the paragraph's text up to the end of its opening bold runs, while
    /// no plain character has come yet: where "**Rating** Good" splits into label and value.
    @exclusivity(unchecked) var boldLeadBytes = 0
    @exclusivity(unchecked) var numberingId: String?
    @exclusivity(unchecked) var numberingLevel: Int?
    /// Whether the paragraph's style is bold, worked out at its first text.
    @exclusivity(unchecked) var styleBold: Bool?
    /// Blocks from text boxes anchored in this paragraph, emitted after it.
    @exclusivity(unchecked) var textBoxBlocks: [Block] = []
    @exclusivity(unchecked) var textBoxParagraphs = 0

    init(location: Location) { paragraph = Paragraph(location: location) }
}

final class CellBuilder {
    @exclusivity(unchecked) var cell: TableCell
    @exclusivity(unchecked) var vMerge: VerticalMerge?
    @exclusivity(unchecked) var nextParagraph = 0
    init(cell: TableCell) { self.cell = cell }
    enum VerticalMerge { case restart, `continue` }
}

final class RowBuilder {
    @exclusivity(unchecked) var row = TableRow()
    @exclusivity(unchecked) var nextGridColumn = 0
    @exclusivity(unchecked) var merges: [CellBuilder.VerticalMerge?] = []
}

final class TableBuilder {
    @exclusivity(unchecked) var table: Table
    @exclusivity(unchecked) var row: RowBuilder?
    @exclusivity(unchecked) var cell: CellBuilder?
    @exclusivity(unchecked) var rowIndex = -1
    @exclusivity(unchecked) var cellIndex = -1
    @exclusivity(unchecked) var merges: [[CellBuilder.VerticalMerge?]] = []

    init(location: Location) { table = Table(location: location) }

    /// Links vertically merged continuation cells to the cell where the merge starts.
    func resolveMerges() {
        // Each row's first cell at each grid column, found once: searching the row above for
        // every cell made a table of a few wide rows cost the square of its width.
        let cellAtColumn = table.rows.map { row in
            var index: [Int: Int] = [:]
            for (c, cell) in row.cells.enumerated() where index[cell.gridColumn] == nil { index[cell.gridColumn] = c }
            return index
        }
        for r in table.rows.indices where r > 0 {
            for c in table.rows[r].cells.indices where merges[r][c] == .continue {
                let column = table.rows[r].cells[c].gridColumn
                guard let above = cellAtColumn[r - 1][column] else { continue }
                let origin = table.rows[r - 1].cells[above].mergedFromRow ?? (r - 1)
                table.rows[r].cells[c].mergedFromRow = origin
                if let start = cellAtColumn[origin][column] {
                    table.rows[origin].cells[start].rowSpan += 1
                }
            }
        }
    }
}

final class ControlBuilder {
    @exclusivity(unchecked) var control: ContentControl
    @exclusivity(unchecked) var inProperties = true
    @exclusivity(unchecked) var pendingNewline = false
    init(control: ContentControl) { self.control = control }

    func append(_ text: String) {
        if pendingNewline, !control.text.isEmpty { control.text += "\n" }
        pendingNewline = false
        control.text += text
    }
}

final class FieldBuilder {
    @exclusivity(unchecked) var instruction = ""
    @exclusivity(unchecked) var inResult = false
    @exclusivity(unchecked) var result = ""
    @exclusivity(unchecked) var formField: FormField?
    @exclusivity(unchecked) var checkBoxDefault: Bool?
    @exclusivity(unchecked) var checkBoxChecked: Bool?
    @exclusivity(unchecked) var listResult: BoundedInteger?
    @exclusivity(unchecked) var listDefault: BoundedInteger?
    @exclusivity(unchecked) var location: Location
    init(location: Location) { self.location = location }
}

final class RevisionBuilder {
    @exclusivity(unchecked) var revision: Revision
    init(_ revision: Revision) { self.revision = revision }
}

final class HyperlinkBuilder {
    @exclusivity(unchecked) var link: Hyperlink
    init(_ link: Hyperlink) { self.link = link }
}

/// Where finished blocks go: the story, a table cell, or a text box inside a paragraph.
enum BlockContainer {
    case story
    case cell(CellBuilder)
    case textBox(ParagraphBuilder)
}
