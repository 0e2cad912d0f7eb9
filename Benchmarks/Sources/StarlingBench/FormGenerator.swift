import Foundation
import StarlingNative

/// Generates typical audit forms for benchmarks: a two-column details table, eight areas of
/// practice with evidence and impact paragraphs, a rating grid, an actions table, content
/// controls, a tracked change and a comment. Deterministic for a given index.
enum FormGenerator {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func write(count: Int, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for index in 0..<count {
            let url = directory.appendingPathComponent(String(format: "audit-%05d.docx", index))
            try ZipWriter.write(entries(index: index), to: url.path)
        }
    }

    static func entries(index: Int) -> [ZipWriter.Entry] {
        func entry(_ name: String, _ text: String) -> ZipWriter.Entry { .init(name: name, data: Data(text.utf8)) }
        return [
            entry("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>
                """),
            entry("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """),
            entry("word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>
                """),
            entry("word/comments.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:comments xmlns:w="\(w)"><w:comment w:id="0" w:author="Moderator" w:date="2019-12-20T10:00:00Z"><w:p><w:r><w:t>Please say what changed for the child.</w:t></w:r></w:p></w:comment></w:comments>
                """),
            entry("word/document.xml", document(index: index)),
        ]
    }

    private static let areas = [
        "Assessment of and response to risk", "Assessment and analysis", "Planning", "Intervention, purposeful visits and direct work",
        "Relational practice and the voice of the child", "Management oversight and supervision", "Permanence", "Quality of recording",
    ]
    private static let ratings = ["Outstanding", "Good", "Requires Improvement", "Inadequate"]

    static func document(index: Int) -> String {
        var body = paragraph("Monthly Case Audit", style: "Title")
        let details: [(String, String)] = [
            ("Audit month", "December 2019"), ("Auditor", "Auditor \(index % 97)"), ("Child ID", String(5_000_000 + index)),
            ("Child's name", "Child \(index)"), ("Date of birth", "0\(1 + index % 9)/0\(1 + index % 8)/2012"), ("Legal status", "Child in Need"),
            ("Team", "Team \(index % 23)"), ("Allocated social worker", "Worker \(index % 151)"), ("Team manager", "Manager \(index % 41)"),
            ("Date audit completed", "1\(index % 9)/12/2019"),
        ]
        body += table(details.map { [cell($0.0, bold: true), control(tag: $0.0.lowercased().replacingOccurrences(of: " ", with: "_"), text: $0.1)] })
        for (a, area) in areas.enumerated() {
            body += paragraph(area, style: "Heading2")
            let evidence = (0..<(3 + (index + a) % 3)).map { "Evidence statement \($0 + 1) for \(area.lowercased()): the record of the visit on \(1 + $0)/11/2019 shows the child was seen alone and their wishes were recorded in detail." }
            let impact = (0..<(2 + (index + a) % 2)).map { "Impact \($0 + 1): the child now feels safer at home and attends school more often than before the plan." }
            let rating = ratings[(index + a) % 4]
            body += table([
                [cell("Evidence", bold: true), cellParagraphs(evidence)],
                [cell("Impact", bold: true), cellParagraphs(impact)],
                [cell("Rating", bold: true)] + ratings.map { cell(($0 == rating ? "☒ " : "☐ ") + $0) },
            ])
        }
        body += paragraph("Overall judgement: \(ratings[index % 4])")
        body += """
            <w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">Summary of impact: </w:t></w:r><w:del w:id="1" w:author="Moderator" w:date="2019-12-20T10:00:00Z"><w:r><w:delText>nothing</w:delText></w:r></w:del><w:ins w:id="2" w:author="Moderator" w:date="2019-12-20T10:00:00Z"><w:r><w:t>the child's school attendance rose to 95%.</w:t></w:r></w:ins><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>
            """
        body += table([["Action", "Owner", "Due date", "Add to child's plan"].map { cell($0, bold: true) }] + (0..<3).map { i in
            [cell("Action \(i + 1): update the plan with the child's views."), cell("Worker \(index % 151)"), cell("3\(i % 2)/01/2020"), cell(i % 2 == 0 ? "Yes" : "No")]
        })
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(w)" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
            """
    }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    private static func run(_ text: String, bold: Bool = false) -> String {
        "<w:r w:rsidR=\"00A1B2C3\"><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>\(bold ? "<w:b/>" : "")<w:sz w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
    }

    private static func paragraph(_ text: String, style: String? = nil, bold: Bool = false) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00A1B2C3\">\(properties)\(run(text, bold: bold))</w:p>"
    }

    private static func cell(_ text: String, bold: Bool = false) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/>\(bold ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>" : "")</w:tcPr>\(paragraph(text, bold: bold))</w:tc>"
    }

    private static func cellParagraphs(_ texts: [String]) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"7000\" w:type=\"dxa\"/><w:gridSpan w:val=\"4\"/></w:tcPr>\(texts.map { paragraph($0) }.joined())</w:tc>"
    }

    private static func control(tag: String, text: String) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"7000\" w:type=\"dxa\"/></w:tcPr><w:sdt><w:sdtPr><w:alias w:val=\"\(tag)\"/><w:tag w:val=\"\(tag)\"/><w:text/></w:sdtPr><w:sdtContent>\(paragraph(text))</w:sdtContent></w:sdt></w:tc>"
    }

    private static func table(_ rows: [[String]]) -> String {
        "<w:tbl><w:tblPr><w:tblW w:w=\"9000\" w:type=\"dxa\"/></w:tblPr>" + rows.map { "<w:tr>" + $0.joined() + "</w:tr>" }.joined() + "</w:tbl>"
    }
}
