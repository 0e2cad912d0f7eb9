import StarlingForms

/// One table of the report: shown in the HTML (beside its chart, if it has one) and
/// written as its own CSV file.
public struct ReportTable: Sendable {
    /// File stem and HTML id, e.g. `table-01-ratings-by-month`.
    public var id: String
    public var title: String
    public var header: [String]
    public var rows: [[String]]
    public var chart: Chart?
    /// Says what the figures are of, under the table.
    public var note: String?
    /// Rows that head a block of the table (e.g. "By percentage"), drawn as sub-headings.
    public var subheadingRows: Set<Int> = []

    public var csv: CSVTable {
        var table = CSVTable(header: header)
        table.rows = rows
        return table
    }
}

/// A section of the report: a heading, a few sentences that read the figures, and tables.
public struct ReportSection: Sendable {
    public var title: String
    public var paragraphs: [String]
    public var tables: [ReportTable]
}
