import Foundation
import StarlingNative

/// A monthly audit written for the corpus test, and its Word form: either a two-column
/// table or "Label: value" paragraphs, with label synonyms varied by `variant`, so the
/// admissibility checks are tested through import, not on hand-made records.
public struct GeneratedAudit: Sendable {
    public struct Area: Sendable { public var name: String; public var rating: String?; public var evidence: [String]; public var impact: [String] }
    public struct Action: Sendable { public var description: String; public var owner: String?; public var due: String? }
    public struct Party: Sendable {
        public var label: String; public var outcome: String; public var reason: String?
        public init(label: String, outcome: String, reason: String? = nil) { self.label = label; self.outcome = outcome; self.reason = reason }
    }

    public var variant = 0
    public var month: String? = "December 2019"
    public var auditor: String? = "Alex Rowe"
    public var childID: String? = "5067991"
    public var childName = "Tia Morgan"
    public var legalStatus: String? = "Child in Need (CIN)"
    public var team: String? = "Eastfield Team 3"
    public var completed = "16/12/2019"
    public var submitted = "18/12/2019"
    public var overall: String? = "Good"
    public var category: String? = "None"
    public var parties = [
        Party(label: "Social worker spoken with", outcome: "Spoken with"),
        Party(label: "Team manager spoken with", outcome: "Spoken with"),
        Party(label: "Child / young person contacted", outcome: "Spoken with"),
        Party(label: "Parent / carer contacted", outcome: "Attempted", reason: "Mum did not answer three calls during the audit week."),
    ]
    public var areas = [
        Area(name: "Assessment and analysis", rating: "Good",
             evidence: ["The assessment of 02/10/2019 records Tia's own account of home life."],
             impact: ["Tia feels listened to and says the plan reflects what she wants."]),
        Area(name: "Planning", rating: "Good",
             evidence: ["The plan names who does what by when, with a contingency."],
             impact: ["Tia knows who to call if she is worried and has not missed school since October."]),
    ]
    public var actions = [Action(description: "Share the plan with Tia in her own words so that she knows what will happen next.", owner: "Sam Reid", due: "17/01/2020")]

    public var tableLayout: Bool { variant % 2 == 0 }
    private func pick(_ options: [String]) -> String { options[variant % options.count] }

    /// Label, value pairs of the form's single fields, in form order.
    public var fields: [(String, String?)] {
        [
            (pick(["Audit month", "Month of audit"]), month), ("Auditor", auditor),
            ("Date audit completed", completed), (pick(["Date submitted", "Submission date"]), submitted),
            (pick(["Child ID", "LCS number", "Mosaic number"]), childID), ("Child's name", childName),
            (pick(["Legal status", "Child's status"]), legalStatus), ("Team", team),
        ]
    }

    public init(variant: Int = 0) { self.variant = variant }

    /// The same form with every value left empty: a blank template.
    public static func blank(variant: Int = 0) -> GeneratedAudit {
        var audit = GeneratedAudit(variant: variant)
        (audit.month, audit.auditor, audit.childID, audit.legalStatus, audit.team, audit.overall, audit.category) = (nil, nil, nil, nil, nil, nil, nil)
        (audit.childName, audit.completed, audit.submitted) = ("", "", "")
        audit.parties = audit.parties.map { var party = $0; party.outcome = ""; party.reason = nil; return party }
        audit.areas = audit.areas.map { var area = $0; area.rating = nil; area.evidence = []; area.impact = []; return area }
        audit.actions = []
        return audit
    }

    public func docx() throws -> Data {
        var body = paragraph("Monthly Case Audit", bold: true)
        if tableLayout {
            body += table(fields.map { [$0.0, $0.1 ?? ""] })
            body += table(parties.map { [$0.label, $0.outcome, $0.reason ?? ""] })
        } else {
            for (label, value) in fields { body += paragraph("\(label): \(value ?? "")") }
            for party in parties {
                body += paragraph("\(party.label): \(party.outcome)")
                if let reason = party.reason { body += paragraph("Reason: \(reason)") }
            }
        }
        for area in areas {
            body += paragraph(area.name, bold: true)
            let impactLabel = pick(["Impact for the child", "What difference has this made", "Impact"])
            let ratingLabel = pick(["Rating", "Grade"])
            if tableLayout {
                body += table([["Evidence", area.evidence.joined(separator: " ")], [impactLabel, area.impact.joined(separator: " ")],
                               [ratingLabel, area.rating ?? ""]])
            } else {
                body += paragraph("Evidence", bold: true) + area.evidence.map { paragraph($0) }.joined()
                body += paragraph(impactLabel, bold: true) + area.impact.map { paragraph($0) }.joined()
                body += paragraph("\(ratingLabel): \(area.rating ?? "")")
            }
        }
        let judgement = [(pick(["Overall judgement", "Overall rating", "Overall grade"]), overall), ("Category of concern", category)]
        if tableLayout { body += table(judgement.map { [$0.0, $0.1 ?? ""] }) } else { for (l, v) in judgement { body += paragraph("\(l): \(v ?? "")") } }
        body += paragraph("Actions", bold: true)
        body += table([[pick(["Action", "Action required"]), pick(["Owner", "By whom"]), pick(["Due date", "By when"])]]
                      + actions.map { [$0.description, $0.owner ?? "", $0.due ?? ""] })
        return try Self.package(body)
    }

    private func paragraph(_ text: String, bold: Bool = false) -> String {
        let properties = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        return "<w:p><w:r>\(properties)<w:t xml:space=\"preserve\">\(Self.escape(text))</w:t></w:r></w:p>"
    }

    private func table(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 1
        let grid = String(repeating: "<w:gridCol w:w=\"2000\"/>", count: columns)
        let body = rows.map { row in
            "<w:tr>" + row.enumerated().map { index, text in
                "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>\(paragraph(text, bold: index == 0))</w:tc>"
            }.joined() + "</w:tr>"
        }.joined()
        return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>\(body)</w:tbl><w:p/>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    public static func package(_ body: String) throws -> Data {
        let document = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
            + body + "<w:sectPr/></w:body></w:document>"
        let types = #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
        let rels = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#
        return try ZipWriter.data([
            .init(name: "[Content_Types].xml", data: Data(types.utf8)), .init(name: "_rels/.rels", data: Data(rels.utf8)),
            .init(name: "word/document.xml", data: Data(document.utf8)),
        ])
    }
}
