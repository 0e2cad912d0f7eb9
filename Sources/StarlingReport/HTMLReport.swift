import StarlingForms
/// The report as one self-contained HTML page: inline CSS and SVG, no script, no
/// external resource, so it opens offline and prints on A4 as it shows on screen.
public enum HTMLReport {
    public static func render(_ figures: ReportFigures, sections: [ReportSection]) -> String {
        var body = "<header><h1>Children's Services Quality Assurance report: \(HTMLText.escape(figures.month.longLabel))</h1>"
        body += "<p class=\"meta\">Produced from the audit store. Actions as of \(HTMLText.escape(figures.asOf)).</p></header>"
        body += "<nav aria-label=\"Contents\"><h2>Contents</h2><ol>"
            + sections.enumerated().map { "<li><a href=\"#section-\($0.offset + 1)\">\(HTMLText.escape($0.element.title))</a></li>" }.joined()
            + "<li><a href=\"#method\">How the figures are counted</a></li></ol></nav>"
        for (index, section) in sections.enumerated() {
            body += "<section id=\"section-\(index + 1)\"><h2>\(index + 1). \(HTMLText.escape(section.title))</h2>"
            body += section.paragraphs.map { "<p>\(HTMLText.escape($0))</p>" }.joined()
            body += section.tables.map(block).joined()
            body += "</section>"
        }
        body += "<section id=\"method\" class=\"method\"><h2>How the figures are counted</h2><ul>"
            + methodNotes(figures).map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul></section>"
        return """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>QA report \(HTMLText.escape(figures.month.label))</title><style>\(css)</style></head>
            <body>\(body)</body></html>

            """
    }

    static func methodNotes(_ f: ReportFigures) -> [String] {
        [
            "Only admissible audits are counted: those that pass the blocking admissibility checks and that the moderator has not ruled inadmissible.",
            "An audit submitted after the last day of its month is not counted in that month; it is listed under Audits not counted.",
            "An audit's rating is the moderator's rating where it was moderated, and the auditor's otherwise.",
            "Quarters are UK financial-year quarters: Q1 April–June, Q2 July–September, Q3 October–December, Q4 January–March.",
            f.method,
            "No child's name or ID appears in this report: teams and counts only.",
        ]
    }

    /// A table with its chart beside it; the chart is hidden from screen readers' reading
    /// order only in the sense that its title points at the table, which carries every figure.
    static func block(_ table: ReportTable) -> String {
        // A table of more than five columns does not fit beside its chart: it goes under it;
        // on A4 a table of five columns goes under it too.
        let columns = table.chart == nil ? 0 : table.header.count
        var html = "<div class=\"block\(table.chart == nil ? "" : " pair")\" id=\"\(table.id)\""
            + (columns > 5 ? " data-layout=\"stacked\"" : columns == 5 ? " data-print=\"stacked\"" : "") + ">"
        if let chart = table.chart {
            html += "<figure>\(chart.svg(id: table.id + "-chart"))<figcaption>\(HTMLText.escape(chart.title))</figcaption></figure>"
        }
        html += "<div class=\"table\"><table><caption>\(HTMLText.escape(table.title))</caption><thead><tr>"
            + table.header.map { "<th scope=\"col\">\(headerText($0))</th>" }.joined() + "</tr></thead><tbody>"
        for (index, row) in table.rows.enumerated() {
            if table.subheadingRows.contains(index) {
                html += "<tr class=\"sub\"><th scope=\"rowgroup\" colspan=\"\(table.header.count)\">\(HTMLText.escape(row.first ?? ""))</th></tr>"
                continue
            }
            html += "<tr>" + row.enumerated().map { i, cell in
                i == 0 ? "<th scope=\"row\">\(HTMLText.escape(cell))</th>" : "<td>\(HTMLText.escape(cell))</td>"
            }.joined() + "</tr>"
        }
        html += "</tbody></table>"
        if let note = table.note { html += "<p class=\"note\">\(HTMLText.escape(note))</p>" }
        return html + "</div></div>"
    }

    /// A column heading that may wrap between words but never inside one ("Nov-19", not "Nov-" / "19").
    static func headerText(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.contains("-") ? "<span class=\"nw\">\(HTMLText.escape(String($0)))</span>" : HTMLText.escape(String($0)) }
            .joined(separator: " ")
    }

    static let css = """
        body{font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;max-width:1100px;margin:0 auto;padding:1rem 1.5rem;line-height:1.4;\
        -webkit-print-color-adjust:exact;print-color-adjust:exact}
        h1{font-size:1.6rem;border-bottom:3px solid #08306b;padding-bottom:.3rem}h2{font-size:1.25rem;color:#08306b;margin-top:1.6rem;break-after:avoid}
        .meta{color:#444}nav ol{columns:2}a{color:#0b4f9c}
        .block{margin:1rem 0 1.5rem;break-inside:avoid;page-break-inside:avoid}
        .pair{display:grid;grid-template-columns:minmax(0,600px) minmax(0,1fr);gap:1.5rem;align-items:start}
        .pair[data-layout=stacked]{grid-template-columns:minmax(0,1fr)}.pair figure{max-width:600px}
        .pair[data-layout=stacked] table{width:auto;min-width:60%}
        figure{margin:0}figcaption{font-size:.85em;color:#333;margin-top:.2rem}
        svg.chart{display:block;width:100%;height:auto;font-family:Arial,Helvetica,sans-serif}
        svg .grid{stroke:#d4d4d4;stroke-width:1}svg .baseline{stroke:#555;stroke-width:1}
        svg .axis,svg .legend{font-size:12px;fill:#1a1a1a}svg .value{font-size:11px;fill:#111}
        svg .inbar{font-weight:bold}svg .none{fill:#555;font-style:italic}
        .table{overflow-x:auto}
        table{border-collapse:collapse;font-size:.85em;width:100%}caption{text-align:left;font-weight:bold;padding:.3rem 0}
        .block:not(.pair) table{width:auto;min-width:50%}
        th,td{border:1px solid #888;padding:.2rem .4rem;text-align:right;vertical-align:top}td,.nw{white-space:nowrap}
        th[scope=row],thead th:first-child{text-align:left}th[scope=row]{min-width:4.5em}
        thead th{background:#e8eef6;vertical-align:bottom}tr.sub th{background:#f0f0f0;text-align:left}
        thead{display:table-header-group}tr{break-inside:avoid}
        .note{font-size:.8em;color:#333}.method{border-top:1px solid #888}
        @page{size:A4;margin:15mm;@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt Arial,Helvetica,sans-serif;color:#444}}
        @media print{body{max-width:none;padding:0;font-size:10pt}nav{display:none}
          .pair{grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:.6rem}.pair[data-print=stacked]{grid-template-columns:minmax(0,1fr)}
          .pair[data-layout=stacked] figure,.pair[data-print=stacked] figure{max-width:125mm}
          .pair[data-print=stacked] table{width:auto;min-width:60%}
          h2{break-after:avoid}section>p{break-inside:avoid}section>p:last-of-type{break-after:avoid}p{orphans:3;widows:3}
          a{color:inherit;text-decoration:none}.table{overflow:visible}}
        @media screen and (max-width:900px){.pair{grid-template-columns:minmax(0,1fr)}.pair table{width:auto;min-width:60%}}
        """
}
