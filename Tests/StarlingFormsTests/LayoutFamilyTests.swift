import Foundation
import StarlingForms
import StarlingTestSupport
import Testing

/// WordprocessingML written by hand for each layout family a form from outside the
/// project may use: small, so each test says exactly which shape it reads. None of it
/// comes from the samples' generator.
enum WML {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func run(_ text: String, bold: Bool = false) -> String {
        let properties = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        return "<w:r>\(properties)<w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
    }

    /// A paragraph; `label` is written in bold before `text`.
    static func p(_ text: String = "", label: String? = nil, style: String? = nil, list: Bool = false) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if list { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
        let runs = (label.map { run($0, bold: true) } ?? "") + (text.isEmpty ? "" : run(text))
        return "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")\(runs)</w:p>"
    }

    static func heading(_ text: String, level: Int = 1) -> String { p(text, style: "Heading\(level)") }

    /// A cell of plain paragraphs (or `bold`), spanning `span` grid columns, opening or
    /// continuing a vertical merge.
    static func cell(_ paragraphs: [String], bold: Bool = false, span: Int = 1, vMerge: String? = nil) -> String {
        var properties = span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : ""
        if let vMerge { properties += vMerge == "restart" ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>" }
        let body = paragraphs.isEmpty ? "<w:p/>" : paragraphs.map { bold ? p(label: $0) : p($0) }.joined()
        return "<w:tc>\(properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>")\(body)</w:tc>"
    }

    static func cell(_ text: String, bold: Bool = false, span: Int = 1, vMerge: String? = nil) -> String {
        cell(text.isEmpty ? [] : [text], bold: bold, span: span, vMerge: vMerge)
    }

    static func table(_ rows: [[String]]) -> String {
        "<w:tbl>" + rows.map { "<w:tr>" + $0.joined() + "</w:tr>" }.joined() + "</w:tbl>"
    }

    /// A label cell in bold and its value beside it.
    static func pair(_ label: String, _ value: String) -> [String] { [cell(label, bold: true), cell(value)] }

    static let numbering = DocxBuilder.Part.numbering(
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>")

    static let styles = DocxBuilder.Part.styles(
        (1...2).map { "<w:style w:type=\"paragraph\" w:styleId=\"Heading\($0)\"><w:name w:val=\"heading \($0)\"/><w:pPr><w:outlineLvl w:val=\"\($0 - 1)\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>" }.joined())

    /// The identifying details every test form opens with, as bold-label paragraphs.
    static let details = heading("Monthly Case Audit") + [
        ("Audit month:", "March 2021"), ("Auditor:", "Imogen Varley"), ("Child ID:", "7204518"),
        ("Legal status:", "Child in need"), ("Team:", "Westbrook Team 2"),
    ].map { p(" " + $0.1, label: $0.0) }.joined()

    static func importAudit(_ body: String, comments: String? = nil, footer: String? = nil) throws -> FormRecord {
        var builder = DocxBuilder(body: details + body).adding(numbering).adding(styles)
        if let comments { builder = builder.adding(.comments(comments)) }
        if let footer { builder = builder.adding(.footer(footer)) }
        return try RepositoryPaths.importer.importData(try builder.data(), file: "layout.docx").record
    }
}

@Suite struct ActionLayoutTests {
    @Test func numberedParagraphsEachWithOwnerAndDueDateLines() throws {
        let body = WML.heading("Actions")
            + WML.p("Arrange a visit to see Noah alone so that his worries are heard.", list: true)
            + WML.p(" Dev Okafor", label: "Owner:") + WML.p(" 12/04/2021", label: "Due date:") + WML.p(" Yes", label: "Add to child's plan:")
            + WML.p("Update the safety plan with the school so that Noah knows who to talk to.", list: true)
            + WML.p(" Ruth Ellison", label: "Owner:") + WML.p(" 30 April 2021", label: "Due date:") + WML.p(" No", label: "Add to child's plan:")
            + WML.heading("Moderation") + WML.p(" Ian Morrow", label: "Moderator:")
        let record = try WML.importAudit(body)
        let actions = try #require(record.audit?.actions)
        #expect(actions.map(\.description) == [
            "Arrange a visit to see Noah alone so that his worries are heard.",
            "Update the safety plan with the school so that Noah knows who to talk to.",
        ])
        #expect(actions.map(\.owner) == ["Dev Okafor", "Ruth Ellison"])
        #expect(actions.map(\.dueOn) == ["2021-04-12", "2021-04-30"])
        #expect(actions.map(\.intoCarePlan) == [true, false])
        #expect(record.audit?.moderation?.moderator == "Ian Morrow", "the heading after the actions closes their section")
    }

    @Test func labelAboveGroupsRepeatedPerAction() throws {
        let rows: [[String]] = [[WML.cell("Actions", bold: true)]]
            + [("Action", "Book a life story session so that Noah understands his move."), ("Owner", "Dev Okafor"), ("Due date", "01/05/2021"),
               ("Action", "Share the plan with Noah's grandmother so that she knows her part."), ("Owner", "Ruth Ellison"), ("Due date", "08/05/2021")]
            .flatMap { [[WML.cell($0.0, bold: true)], [WML.cell($0.1)]] }
        let actions = try #require(try WML.importAudit(WML.table(rows)).audit?.actions)
        #expect(actions.count == 2)
        #expect(actions.map(\.owner) == ["Dev Okafor", "Ruth Ellison"])
        #expect(actions.map(\.dueOn) == ["2021-05-01", "2021-05-08"])
    }

    @Test func labelBesideValueGroupsWithSynonymsAndNumberedLabels() throws {
        let rows = [("Action 1", "Agree contact arrangements so that Noah sees his sister."), ("By whom", "Dev Okafor"), ("By when", "3rd May 2021"),
                    ("Action 2", "Record Noah's wishes before the review so that they shape it."), ("Responsible", "Ruth Ellison"), ("Timescale", "10/05/2021")]
            .map { WML.pair($0.0, $0.1) }
        let actions = try #require(try WML.importAudit(WML.table(rows)).audit?.actions)
        #expect(actions.map(\.owner) == ["Dev Okafor", "Ruth Ellison"])
        #expect(actions.map(\.dueOn) == ["2021-05-03", "2021-05-10"])
    }

    @Test func aTableWithItsColumnsInAnotherOrderUnderAMergedTitle() throws {
        let rows = [
            [WML.cell("Actions agreed", bold: true, span: 4)],
            ["Due date", "Owner", "Action", "Add to child's plan"].map { WML.cell($0, bold: true) },
            [WML.cell("14/06/2021"), WML.cell("Dev Okafor"), WML.cell("Complete the pathway plan with Noah so that he knows what happens at 18."), WML.cell("☒")],
        ]
        let actions = try #require(try WML.importAudit(WML.table(rows)).audit?.actions)
        #expect(actions.count == 1)
        #expect(actions.first?.owner == "Dev Okafor")
        #expect(actions.first?.dueOn == "2021-06-14")
        #expect(actions.first?.intoCarePlan == true)
    }

    @Test func noneWrittenUnderActionsIsNoAction() throws {
        let paragraphs = try WML.importAudit(WML.heading("Actions") + WML.p("None required") + WML.heading("Moderation"))
        #expect(paragraphs.audit?.actions.isEmpty == true)
        let table = try WML.importAudit(WML.table([["Action", "Owner", "Due date"].map { WML.cell($0, bold: true) }, [WML.cell("N/A"), WML.cell(""), WML.cell("")]]))
        #expect(table.audit?.actions.isEmpty == true)
    }

    @Test func noActionsAgreedInASentenceIsNoActionAndIsKept() throws {
        let record = try WML.importAudit(WML.heading("Action plan") + WML.p("No actions were agreed.") + WML.heading("Moderation"))
        #expect(record.audit?.actions.isEmpty == true)
        #expect(record.source.labels.contains("No actions were agreed."))
    }

    @Test func anActionPlanHeadingOpensTheActions() throws {
        let body = WML.heading("Action plan") + WML.p("Share the safety plan with the school so that Noah's teachers know what to do.", list: true)
            + WML.p(" Ruth Ellison", label: "Responsible:") + WML.p(" 1 October 2021", label: "Timescale:")
        let actions = try #require(try WML.importAudit(body).audit?.actions)
        #expect(actions.count == 1)
        #expect(actions.first?.owner == "Ruth Ellison")
        #expect(actions.first?.dueOn == "2021-10-01")
    }

    @Test func anActionWithItsOwnerAndDateOnTheSameLine() throws {
        let body = WML.heading("5. Actions") + WML.p("Update the plan with Noah so that his goals are his own — Owner: Dev Okafor, By: 01/12/2021", list: true)
        let actions = try #require(try WML.importAudit(body).audit?.actions)
        #expect(actions.first?.description == "Update the plan with Noah so that his goals are his own")
        #expect(actions.first?.owner == "Dev Okafor")
        #expect(actions.first?.dueOn == "2021-12-01")
    }

    @Test func aFooterAfterTheActionsIsNoAction() throws {
        let body = WML.heading("Actions") + WML.p("Arrange a visit to see Noah alone so that his worries are heard.", list: true)
            + WML.p(" Dev Okafor", label: "Owner:") + WML.p(" 12/04/2021", label: "Due date:")
        let record = try WML.importAudit(body, footer: WML.p("Westbrook Council | Page 1"))
        #expect(record.audit?.actions.count == 1)
        #expect(record.unmapped.contains { $0.text == "Westbrook Council | Page 1" })
    }
}

@Suite struct OptionGridLayoutTests {
    /// A label whose options and a Reason heading run across its row, marks and the reason
    /// in the row under them.
    @Test func aRowOfOptionsWithAReasonColumnReadsTheMarkedOptionAndTheReason() throws {
        let options = ["Spoken with", "Attempted", "Not appropriate", "Not contacted"]
        let rows = [
            [WML.cell("Child / young person contacted", bold: true, vMerge: "restart")] + options.map { WML.cell($0) } + [WML.cell("Reason")],
            [WML.cell("", vMerge: "continue"), WML.cell("☐"), WML.cell("☒"), WML.cell("☐"), WML.cell("☐"), WML.cell("Noah was at school on both visits.")],
        ]
        let child = try WML.importAudit(WML.table(rows)).audit?.participation?.child
        #expect(child?.outcome == "attempted")
        #expect(child?.reason == "Noah was at school on both visits.")
    }

    @Test func gridRowsNamedOnlyByTheParty() throws {
        let header = ["Who", "Spoken with", "Attempted", "Not appropriate", "Not contacted", "Reason"].map { WML.cell($0, bold: true) }
        let rows = [
            header,
            [WML.cell("Social worker"), WML.cell("X"), WML.cell(""), WML.cell(""), WML.cell(""), WML.cell("")],
            [WML.cell("Child"), WML.cell(""), WML.cell(""), WML.cell("X"), WML.cell(""), WML.cell("Noah is eleven months old.")],
            [WML.cell("Parent / carer"), WML.cell(""), WML.cell("X"), WML.cell(""), WML.cell(""), WML.cell("Two calls were not answered.")],
        ]
        let participation = try WML.importAudit(WML.table(rows)).audit?.participation
        #expect(participation?.socialWorker?.outcome == "spoken")
        #expect(participation?.child?.outcome == "not_appropriate")
        #expect(participation?.child?.reason == "Noah is eleven months old.")
        #expect(participation?.parentCarer?.outcome == "attempted")
        #expect(participation?.parentCarer?.reason == "Two calls were not answered.")
    }

    @Test func areaRowsWithTheRatingsAsColumns() throws {
        let header = ["Area of practice", "Evidence", "Impact", "Outstanding", "Good", "Requires improvement", "Inadequate"].map { WML.cell($0, bold: true) }
        let rows = [header,
                    [WML.cell("Planning"), WML.cell("The plan is clear."), WML.cell("Noah is safer."), WML.cell(""), WML.cell("X"), WML.cell(""), WML.cell("")],
                    [WML.cell("Quality of recording"), WML.cell("Records are late."), WML.cell("Noah cannot follow his story."), WML.cell(""), WML.cell(""), WML.cell("✓"), WML.cell("")]]
        let areas = try #require(try WML.importAudit(WML.table(rows)).audit?.areas)
        #expect(areas.first { $0.area == "planning" }?.rating == "good")
        #expect(areas.first { $0.area == "recording" }?.rating == "requires_improvement")
        #expect(areas.first { $0.area == "recording" }?.impact == ["Noah cannot follow his story."])
    }

    /// Parties across the top, outcomes and reasons in the rows under them.
    @Test func partiesAcrossTheTopAndTheirAnswersUnderThem() throws {
        let rows = [
            ["", "Social worker", "Team manager", "Child", "Parent / carer"].map { WML.cell($0, bold: true) },
            ["Outcome", "Spoken", "Attempted", "Not appropriate", "Spoken"].map { WML.cell($0) },
            ["Reason", "", "On leave", "Noah is a baby.", ""].map { WML.cell($0) },
        ]
        let audit = try #require(try WML.importAudit(WML.table(rows)).audit)
        #expect(audit.socialWorker == nil, "an outcome is not the social worker's name")
        #expect(audit.participation?.socialWorker?.outcome == "spoken")
        #expect(audit.participation?.teamManager?.outcome == "attempted")
        #expect(audit.participation?.teamManager?.reason == "On leave")
        #expect(audit.participation?.child?.reason == "Noah is a baby.")
    }

    /// A two-column table that names each party alone, its outcome beside it.
    @Test func partiesDownTheSideWithTheirOutcomes() throws {
        let rows = [WML.pair("Social worker", "Attempted"), WML.pair("Child", "Not appropriate"), WML.pair("Parent / carer", "Spoken"), WML.pair("Team manager", "Ruth Ellison")]
        let audit = try #require(try WML.importAudit(WML.table(rows)).audit)
        #expect(audit.socialWorker == nil)
        #expect(audit.participation?.socialWorker?.outcome == "attempted")
        #expect(audit.participation?.child?.outcome == "not_appropriate")
        #expect(audit.participation?.parentCarer?.outcome == "spoken")
        #expect(audit.teamManager == "Ruth Ellison", "a name stays a name")
    }

    /// "Spoken with? | If not, why not" over rows named by the party's text-field label.
    @Test func aPartysAnswerAndReasonBesideItsName() throws {
        let rows = [["Party", "Spoken with?", "If not, why not"].map { WML.cell($0, bold: true) },
                    ["Social worker", "Yes", ""].map { WML.cell($0) }, ["Team manager", "No", "Post vacant"].map { WML.cell($0) }]
        let audit = try #require(try WML.importAudit(WML.table(rows)).audit)
        #expect(audit.teamManager == nil)
        #expect(audit.participation?.socialWorker?.outcome == "spoken")
        #expect(audit.participation?.teamManager?.outcome == "not_contacted")
        #expect(audit.participation?.teamManager?.reason == "Post vacant")
    }

    @Test func twoMarksAreAWarningNotAGuess() throws {
        let rows = [
            [WML.cell("Overall judgement", bold: true)] + ["Outstanding", "Good", "Requires improvement", "Inadequate"].map { WML.cell($0) },
            [WML.cell(""), WML.cell(""), WML.cell("X"), WML.cell("X"), WML.cell("")],
        ]
        let record = try WML.importAudit(WML.table(rows))
        #expect(record.audit?.judgement?.rating == nil)
        #expect(record.warnings.contains { $0.field == "judgement.rating" && $0.message.contains("more than one") })
    }

    /// Word check box content controls sharing one tag, without titles, each before its option.
    @Test func checkBoxControlsInARowOfOptions() throws {
        func box(_ option: String, checked: Bool) -> String {
            "<w:tc><w:p><w:sdt><w:sdtPr><w:tag w:val=\"overall_rating\"/><w14:checkbox><w14:checked w14:val=\"\(checked ? 1 : 0)\"/></w14:checkbox></w:sdtPr>"
                + "<w:sdtContent>\(WML.run(checked ? "☒" : "☐"))</w:sdtContent></w:sdt>\(WML.run(" " + option))</w:p></w:tc>"
        }
        let row = [WML.cell("Overall judgement", bold: true)] + ["Outstanding", "Good", "Requires improvement", "Inadequate"].map { box($0, checked: $0 == "Requires improvement") }
        let record = try WML.importAudit(WML.table([row]))
        #expect(record.audit?.judgement?.rating == "requires_improvement")
        #expect(record.warnings.isEmpty, "\(record.warnings)")
    }

    /// Legacy check boxes under a Yes | No header: the header is also participation's spellings.
    @Test func legacyCheckBoxesUnderAYesNoHeader() throws {
        func box(_ name: String, checked: Bool) -> String {
            "<w:tc><w:p><w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"\(name)\"/><w:checkBox><w:default w:val=\"\(checked ? 1 : 0)\"/></w:checkBox></w:ffData></w:fldChar></w:r>"
                + "<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:tc>"
        }
        let rows = [
            [WML.cell(""), WML.cell("Yes", bold: true), WML.cell("No", bold: true)],
            [WML.cell("Practice could become inadequate without management action"), box("Check1", checked: true), box("Check2", checked: false)],
        ]
        let record = try WML.importAudit(WML.table(rows))
        #expect(record.audit?.judgement?.atRiskOfInadequate == true)
        #expect(record.unmapped.isEmpty, "\(record.unmapped.map(\.text))")
    }

    @Test func twoTickedBoxesOnOneLineAreAWarningNotAGuess() throws {
        let record = try WML.importAudit(WML.p(" ☒ Good ☐ Requires improvement ☒ Inadequate", label: "Overall judgement:"))
        #expect(record.audit?.judgement?.rating == nil)
        #expect(record.warnings.contains { $0.field == "judgement.rating" && $0.message.contains("more than one") })
    }

    @Test func boxesEachInACellOfTheirOwnBesideTheirOption() throws {
        let rows = [[WML.cell("Overall rating", bold: true), WML.cell("Good"), WML.cell("☒"), WML.cell("Inadequate"), WML.cell("☐")]]
        #expect(try WML.importAudit(WML.table(rows)).audit?.judgement?.rating == "good")
    }
}

@Suite struct DetailsTableLayoutTests {
    /// Label | value | label | value, some values empty, some values options of a choice.
    @Test func aFourColumnDetailsTableReadsBothPairsOfEachRow() throws {
        let rows = [
            [WML.cell("Participation", bold: true, span: 4)],
            WML.pair("Theme:", "") + WML.pair("Auditor name:", "Isla Jessop"),
            WML.pair("Social worker spoken with:", "Yes") + WML.pair("Team manager spoken with:", "Not contacted"),
            WML.pair("Reason:", "The post was vacant.") + WML.pair("Child / young person contacted:", "Not appropriate"),
            WML.pair("Reason:", "Noah is one year old.") + [WML.cell("", span: 2)],
        ]
        let audit = try #require(try WML.importAudit(WML.table(rows)).audit)
        #expect(audit.auditor?.name == "Isla Jessop")
        #expect(audit.audit?.theme == nil, "an empty value is not the next label")
        #expect(audit.participation?.socialWorker?.outcome == "spoken")
        #expect(audit.participation?.teamManager?.outcome == "not_contacted")
        #expect(audit.participation?.teamManager?.reason == "The post was vacant.")
        #expect(audit.participation?.child?.outcome == "not_appropriate")
        #expect(audit.participation?.child?.reason == "Noah is one year old.")
    }
}

@Suite struct BoxedSectionLayoutTests {
    /// A one-cell table used as a bordered box around a whole section, written inside like a page.
    @Test func aSectionWrittenInsideOneCell() throws {
        let box = WML.cell([]).replacingOccurrences(of: "<w:p/>", with: WML.p(label: "Planning") + WML.p(label: "Evidence:")
            + WML.p("The plan names who does what by when.", list: true) + WML.p("The contingency is written down.", list: true)
            + WML.p(label: "Impact:") + WML.p("Noah knows when he will see his sister.") + WML.p(" Good", label: "Rating:"))
        let record = try WML.importAudit(WML.table([[box]]))
        let planning = record.audit?.areas.first { $0.area == "planning" }
        #expect(planning?.evidence == ["The plan names who does what by when.", "The contingency is written down."])
        #expect(planning?.impact == ["Noah knows when he will see his sister."])
        #expect(planning?.rating == "good")
        #expect(record.unmapped.isEmpty, "\(record.unmapped.map(\.text))")
    }

    @Test func aCellOfStatementsIsNotReadAsAPage() throws {
        let rows = [[WML.cell("Planning", bold: true, span: 2)],
                    [WML.cell("Evidence", bold: true), WML.cell(["The plan is clear.", "Supervision", "It was reviewed in May."])]]
        let planning = try WML.importAudit(WML.table(rows)).audit?.areas.first { $0.area == "planning" }
        #expect(planning?.evidence == ["The plan is clear.", "Supervision", "It was reviewed in May."])
    }
}

@Suite struct ParagraphLayoutTests {
    @Test func aLabelNamedForTheYoungPersonAndAYesNoQuestionAnsweredY() throws {
        let audit = try WML.importAudit(WML.p(" 15", label: "Young person's age:") + WML.p(" Y", label: "Was the child spoken to?")).audit
        #expect(audit?.child?.age == 15)
        #expect(audit?.participation?.child?.outcome == "spoken")
    }

    @Test func anAreaHeadingWithItsRatingAndSeveralPairsOnOneLine() throws {
        let body = WML.p(" 40 | Social worker: Tom Hale | Team manager: Ruth Ellison", label: "Age:")
            + WML.heading("Planning – Requires improvement", level: 2) + WML.p(" The plan has no dates.", label: "Evidence:")
        let audit = try #require(try WML.importAudit(body).audit)
        #expect(audit.socialWorker == "Tom Hale")
        #expect(audit.teamManager == "Ruth Ellison")
        #expect(audit.areas.first { $0.area == "planning" }?.rating == "requires_improvement")
        #expect(audit.areas.first { $0.area == "planning" }?.evidence == ["The plan has no dates."])
    }

    @Test func outlineNumberedHeadings() throws {
        let body = WML.heading("3.1 Planning", level: 2) + WML.p(" The plan is reviewed monthly.", label: "Evidence:")
            + WML.p(" Noah goes to college every day.", label: "Impact:") + WML.p(" Good", label: "2.4.1 Rating:")
        let planning = try WML.importAudit(body).audit?.areas.first { $0.area == "planning" }
        #expect(planning?.evidence == ["The plan is reviewed monthly."])
        #expect(planning?.rating == "good")
    }

    @Test func aValueUnderItsLabelThatReadsLikeAnAreaHeading() throws {
        let record = try WML.importAudit(WML.p(label: "Audit theme") + WML.p("Permanence planning") + WML.p(" Ann Lee", label: "Auditor role:"))
        #expect(record.audit?.audit?.theme == "Permanence planning")
        #expect(record.audit?.areas.isEmpty == true)
    }

    @Test func aViewAndTheCommentOnTheLinesAfterIt() throws {
        let body = WML.p(" Mixed", label: "Parent / carer's view of the service:")
            + WML.p("Noah's mother values the visits but finds the meetings hard to follow.")
            + WML.heading("Areas of practice")
        let feedback = try WML.importAudit(body).audit?.feedback?.parentCarer
        #expect(feedback?.view == "mixed")
        #expect(feedback?.comment == "Noah's mother values the visits but finds the meetings hard to follow.")
    }

    @Test func aViewAndItsCommentInOneCell() throws {
        let rows = [[WML.cell("Child's view of the service", bold: true), WML.cell(["Positive", "Noah said his worker listens to him."])]]
        let feedback = try WML.importAudit(WML.table(rows)).audit?.feedback?.child
        #expect(feedback?.view == "positive")
        #expect(feedback?.comment == "Noah said his worker listens to him.")
    }

    @Test func aBoldLabelAndItsValueInOneParagraphWithoutAColon() throws {
        let body = WML.heading("Planning", level: 2)
            + WML.p(label: "Evidence") + WML.p("The plan names who does what by when.")
            + WML.p(label: "Impact") + WML.p("Noah now knows when he will see his sister.")
            + WML.p(" Requires improvement", label: "Rating")
            + WML.heading("Overall", level: 1) + WML.p("Overall judgement Good")
        let audit = try #require(try WML.importAudit(body).audit)
        let planning = audit.areas.first { $0.area == "planning" }
        #expect(planning?.rating == "requires_improvement")
        #expect(planning?.impact == ["Noah now knows when he will see his sister."], "the rating line is no impact statement")
        #expect(audit.judgement?.rating == "good")
    }

    @Test func aReasonWrittenAfterTheAnswerOnItsLine() throws {
        let participation = try WML.importAudit(
            WML.p(" Attempted – Noah was at school on both visits", label: "Child / young person contacted:")
                + WML.p(" Attempted - on leave", label: "Team manager spoken with:")
                + WML.p(" Not contacted – no address", label: "Parent / carer contacted:")
                + WML.p(" The family moved and left no forwarding address.", label: "Reason:")
        ).audit?.participation
        #expect(participation?.child?.outcome == "attempted")
        #expect(participation?.child?.reason == "Noah was at school on both visits")
        #expect(participation?.teamManager?.reason == "on leave")
        #expect(participation?.parentCarer?.reason == "The family moved and left no forwarding address.", "a reason written in its own place wins")
    }

    @Test func aReasonRowUnderAnAnswerInTheSameTable() throws {
        let rows = [WML.pair("Audit admissible", "Yes"), WML.pair("Reason", "Evidence and impact are kept apart throughout.")]
        let admissible = try WML.importAudit(WML.table(rows)).audit?.moderation?.admissible
        #expect(admissible?.value == true)
        #expect(admissible?.reason == "Evidence and impact are kept apart throughout.")
    }

    @Test func aReasonHeadingInAnotherTableIsNotTheLastFieldsReason() throws {
        let first = WML.table([WML.pair("Parent / carer contacted", "Spoken")])
        let second = WML.table([["Whose view", "View", "What they said"].map { WML.cell($0, bold: true) },
                                [WML.cell("Child's view of the service"), WML.cell("Negative"), WML.cell("Noah said nobody explains things.")]])
        let audit = try #require(try WML.importAudit(first + second).audit)
        #expect(audit.participation?.parentCarer?.reason == nil)
        #expect(audit.feedback?.child?.view == "negative")
        #expect(audit.feedback?.child?.comment == "Noah said nobody explains things.")
    }
}

@Suite struct FidelityOfTextTests {
    @Test func aLegacyTextFieldOverSeveralParagraphsKeepsEachStatement() throws {
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"PlanEvidence\"/><w:textInput/></w:ffData></w:fldChar></w:r>"
            + "<w:r><w:instrText> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        let cell = "<w:tc><w:p>\(begin)\(WML.run("The plan has clear timescales."))</w:p><w:p>\(WML.run("Noah's views are quoted in it."))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:tc>"
        let body = WML.table([[WML.cell("Planning", bold: true, span: 2)], [WML.cell("Evidence", bold: true), cell]])
        let planning = try WML.importAudit(body).audit?.areas.first { $0.area == "planning" }
        #expect(planning?.evidence == ["The plan has clear timescales.", "Noah's views are quoted in it."])
    }

    @Test func headingsAndTheLabelsOfEmptyFieldsStayInTheRecord() throws {
        let body = WML.heading("Child of concern") + WML.p(label: "Category of concern:") + WML.p(label: "Reason for concern:")
            + WML.heading("Views of the service")
        let record = try WML.importAudit(body)
        let texts = record.source.labels + record.unmapped.map(\.text)
        for text in ["Child of concern", "Category of concern:", "Reason for concern:", "Views of the service", "Audit month:"] {
            #expect(texts.contains(text), "\(text) vanished")
        }
        #expect(record.source.written["audit.month"] == "March 2021")
    }

    @Test func aModeratorsWordCommentsAreModerationCommentsButStarlingsOwnAreNot() throws {
        func comment(_ id: Int, _ author: String, _ text: String) -> String {
            "<w:comment w:id=\"\(id)\" w:author=\"\(author)\"><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:comment>"
        }
        let comments = comment(0, "Rhian Moss", "Is this impact or evidence?") + comment(1, FormMapper.annotationAuthor, "A finding.")
        let record = try WML.importAudit(WML.p("x"), comments: comments)
        #expect(record.audit?.moderation?.comments == "Is this impact or evidence?")
    }
}
