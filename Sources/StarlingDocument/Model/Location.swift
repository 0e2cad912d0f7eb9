/// Where a piece of a document came from, precise enough for feedback to point at it:
/// the part, the top-level block, the path through (possibly nested) tables, the paragraph
/// within a cell, and the innermost content control.
public struct Location: Codable, Hashable, Sendable, CustomStringConvertible {
    /// One step into a table: row and cell index (cell index counts `w:tc` elements, not grid columns).
    public struct CellStep: Codable, Hashable, Sendable {
        public var row: Int
        public var cell: Int
        public init(row: Int, cell: Int) {
            self.row = row
            self.cell = cell
        }
    }

    /// The package part, e.g. `word/document.xml` or `word/header1.xml`.
    public var part: String
    /// Index of the top-level block (paragraph or table) in the part's story.
    public var block: Int
    /// Path through tables to the cell, outermost first; empty outside tables.
    public var cells: [CellStep]
    /// Index of the paragraph within its cell (or within a text box); nil for the block itself.
    public var paragraph: Int?
    /// Tag (or, failing that, title) of the innermost content control.
    public var control: String?
    /// Line in the part's XML, for XML forms and debugging.
    public var line: Int?

    public init(part: String, block: Int, cells: [CellStep] = [], paragraph: Int? = nil, control: String? = nil, line: Int? = nil) {
        self.part = part
        self.block = block
        self.cells = cells
        self.paragraph = paragraph
        self.control = control
        self.line = line
    }

    /// A human form: `word/document.xml block 4, table row 3 cell 2, paragraph 1 [child_id]`.
    /// Rows and cells are counted from 1 here because people read it.
    public var description: String {
        // An XML form's location is its line; block numbers mean nothing there.
        if let line, cells.isEmpty, paragraph == nil, !part.hasPrefix("word/") { return "\(part) line \(line)" + (control.map { " [\($0)]" } ?? "") }
        var text = "\(part) block \(block + 1)"
        for step in cells { text += ", table row \(step.row + 1) cell \(step.cell + 1)" }
        if let paragraph { text += ", paragraph \(paragraph + 1)" }
        if let control { text += " [\(control)]" }
        if let line { text += " (line \(line))" }
        return text
    }
}
