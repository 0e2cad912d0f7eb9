import Foundation
import StarlingNative

/// What one story part yields besides its blocks.
struct StoryResult {
    var blocks: [Block] = []
    var contentControls: [ContentControl] = []
    var formFields: [FormField] = []
    var checkBoxes: [CheckBox] = []
    var revisions: [Revision] = []
    var hyperlinks: [Hyperlink] = []
    /// Comment id → where its range starts and the accepted text it covers.
    var commentAnchors: [String: (location: Location, text: String)] = [:]
    /// Comment id → where it is referenced (for comments with no range).
    var commentReferences: [String: Location] = [:]
    /// Namespace of the root element, which tells Strict from Transitional.
    var rootNamespace: String?
    /// Damage read past: numbers out of range, limits reached.
    var warnings: [String] = []
}

/// Streams one WordprocessingML story part (document, header, footer, notes) into blocks,
/// keeping a location on everything. One pass, no DOM: state lives in small builders.
struct StoryParser {
    let part: String
    let styles: StyleSheet
    let numbering: NumberingDefinitions
    let relationships: [String: Relationship]
    let limits: DocumentLimits

    private var result = StoryResult()
    private var elements = WordElementTable()
    private var stack: [WordElement] = []
    private var skipDepth: Int?
    private var containers: [BlockContainer] = [.story]
    private var paragraphs: [ParagraphBuilder] = []
    private var implicitParagraph = false
    private var tables: [TableBuilder] = []
    private var controls: [ControlBuilder] = []
    private var fields: [FieldBuilder] = []
    private var revisions: [RevisionBuilder] = []
    private var hyperlinks: [HyperlinkBuilder] = []
    private var openComments: CommentRanges
    private var ranges = RangeWarnings()
    /// `w:fldChar` begins past `limits.maxFieldNesting` deep, not yet ended: read as text.
    private var ignoredFieldDepth = 0
    private var deletionDepth = 0
    private var insertionDepth = 0
    private var runBold: Bool?
    private var runStyle: String?
    /// One entry per open `mc:AlternateContent`: whether a branch has been taken.
    private var alternates: [Bool] = []

    init(part: String, styles: StyleSheet, numbering: NumberingDefinitions, relationships: [Relationship], limits: DocumentLimits = .default) {
        self.part = part
        self.styles = styles
        self.numbering = numbering
        self.relationships = Dictionary(relationships.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.limits = limits
        self.openComments = CommentRanges(maxOpen: limits.maxOpenCommentRanges, maxText: limits.maxCommentAnchorBytes)
    }

    mutating func parse(_ reader: XMLStreamReader) throws -> StoryResult {
        while let kind = try reader.read() {
            switch kind {
            case .start:
                let element = elements.classify(namespace: reader.namespaceToken, local: reader.localToken) {
                    (reader.name.namespace, reader.name.local)
                }
                stack.append(element)
                if result.rootNamespace == nil { result.rootNamespace = reader.name.namespace }
                if skipDepth == nil, element != .other { start(element, reader) }
            case .end:
                let element = stack[stack.count - 1]
                if let skip = skipDepth {
                    if stack.count == skip { skipDepth = nil }
                } else if element != .other {
                    end(element)
                }
                stack.removeLast()
            case .text:
                guard skipDepth == nil, let top = stack.last else { continue }
                switch top {
                case .t: append(reader.text)
                case .delText: append(reader.text, deleted: true)
                case .instrText: fields.last?.instruction += reader.text
                default: break
                }
            }
        }
        closeImplicitParagraph()
        if openComments.refused > 0 {
            ranges.note("w:commentRangeStart", "ranges beyond \(limits.maxOpenCommentRanges) open at once in \(part): \(openComments.refused) not anchored")
        }
        result.warnings = ranges.messages
        return result
    }

    // MARK: - Elements

    private mutating func skipSubtree() { skipDepth = stack.count }

    private func parent(_ level: Int = 1) -> WordElement? {
        let index = stack.count - 1 - level
        return index >= 0 ? stack[index] : nil
    }

    /// `w:val` read within `range`; out of range it is held to the nearest bound, with a warning.
    private mutating func clamped(_ written: String?, _ attribute: String, _ range: ClosedRange<Int>) -> Int? {
        let parsed = bounded(written, attribute, range) { $0.clamped.map { "read as \($0)" } ?? "ignored" }
        return parsed?.clamped
    }

    /// `w:val` read within `range`; out of range it is left out, with a warning saying `instead`.
    private mutating func exact(_ written: String?, _ attribute: String, _ range: ClosedRange<Int>, instead: String = "ignored") -> BoundedInteger? {
        bounded(written, attribute, range) { _ in instead }
    }

    private mutating func bounded(_ written: String?, _ attribute: String, _ range: ClosedRange<Int>, action: (BoundedInteger) -> String) -> BoundedInteger? {
        guard let written else { return nil }
        let parsed = BoundedInteger(written, in: range)
        if parsed.value == nil {
            let place = currentLocation().description  // only worked out for damage
            ranges.noteOutOfRange(written, parsed, attribute, in: range, at: place, action: action(parsed))
        }
        return parsed
    }

    private mutating func start(_ element: WordElement, _ reader: XMLStreamReader) {
        let ns = reader.name.namespace
        func value(_ attribute: String = "val") -> String? { reader.attribute(attribute, namespace: ns) }
        switch element {
        case .p: startParagraph()
        case .r: runBold = nil; runStyle = nil
        case .b where parent() == .rPr && parent(2) == .r: runBold = OnOff.parse(value())
        case .rStyle: runStyle = value()
        case .pStyle where parent() == .pPr: paragraphs.last?.paragraph.style = value()
        case .outlineLvl where parent() == .pPr:
            // 0–8 are headings 1–9; 9 is body text.
            if let level = exact(value(), "w:outlineLvl", WordRanges.outlineLevel)?.value, level < 9 { paragraphs.last?.paragraph.headingLevel = level + 1 }
        case .numId where parent(2) == .pPr:
            // Canonical spelling, as the numbering part is keyed; a damaged id names no list.
            paragraphs.last?.numberingId = exact(value(), "w:numId", WordRanges.numberingId, instead: "read as no list").map { $0.value.map(String.init) ?? "0" }
        case .ilvl where parent(2) == .pPr: paragraphs.last?.numberingLevel = clamped(value(), "w:ilvl", WordRanges.listLevel)
        case .tab, .ptab: if parent() == .r { append("\t", synthetic: true) }
        case .br, .cr: if parent() == .r { append("\n", synthetic: true) }
        case .noBreakHyphen: append("-", synthetic: true)
        case .sym:
            if let code = value("char"), let character = CheckGlyphs.character(forSymbol: code, font: value("font")) { append(character) }
        case .fldChar: fieldCharacter(value("fldCharType"))
        case .ffData, .checkBox, .default, .checked, .ddList, .result, .listEntry, .textInput, .helpText, .statusText:
            formFieldData(element, value())
        case .name where parent() == .ffData: fields.last?.formField?.name = value()
        case .tbl: startTable()
        case .tr: startRow()
        case .tc: startCell()
        case .tblHeader where parent() == .trPr: tables.last?.row?.row.isHeader = OnOff.parse(value())
        case .gridBefore where parent() == .trPr: tables.last?.row?.nextGridColumn = clamped(value(), "w:gridBefore", WordRanges.gridSkip) ?? 0
        case .gridAfter where parent() == .trPr: _ = clamped(value(), "w:gridAfter", WordRanges.gridSkip)  // checked only: nothing follows the last cell
        case .gridSpan where parent() == .tcPr: tables.last?.cell?.cell.gridSpan = clamped(value(), "w:gridSpan", WordRanges.gridSpan) ?? 1
        case .vMerge where parent() == .tcPr: tables.last?.cell?.vMerge = value() == "restart" ? .restart : .continue
        case .shd where parent() == .tcPr: tables.last?.cell?.cell.shading = value("fill")
        case .ins, .del, .moveFrom, .moveTo: startRevision(element, author: value("author"), date: value("date"))
        case .rPrChange, .pPrChange, .sectPrChange, .tblPrChange, .trPrChange, .tcPrChange, .tblGridChange, .tblPrExChange, .numberingChange:
            result.revisions.append(Revision(kind: .formatting, author: value("author"), date: value("date"), location: currentLocation()))
            skipSubtree()  // the old properties inside must not be read as current ones
        case .sdt: startControl()
        case .sdtContent:
            if let control = controls.last {
                control.inProperties = false
                control.control.location.control = control.control.tag ?? control.control.title
            }
        case .tag where parent() == .sdtPr: controls.last?.control.tag = value()
        case .alias where parent() == .sdtPr: controls.last?.control.title = value()
        case .showingPlcHdr where parent() == .sdtPr: controls.last?.control.showingPlaceholder = OnOff.parse(value())
        case .text where parent() == .sdtPr: controls.last?.control.kind = .plainText
        case .richText: controls.last?.control.kind = .richText
        case .dropDownList: controls.last?.control.kind = .dropDown
        case .comboBox: controls.last?.control.kind = .comboBox
        case .listItem:
            let display = value("displayText") ?? value("value") ?? ""
            controls.last?.control.listEntries.append(.init(displayText: display, value: value("value") ?? display))
        case .date where parent() == .sdtPr:
            controls.last?.control.kind = .date
            controls.last?.control.fullDate = value("fullDate")
        case .dateFormat: controls.last?.control.dateFormat = value()
        case .picture where parent() == .sdtPr: controls.last?.control.kind = .picture
        case .group where parent() == .sdtPr: controls.last?.control.kind = .group
        case .docPartObj, .docPartList: controls.last?.control.kind = .buildingBlock
        case .citation: controls.last?.control.kind = .citation
        case .bibliography: controls.last?.control.kind = .bibliography
        case .equation: controls.last?.control.kind = .equation
        case .rPr where parent() == .sdtPr: skipSubtree()
        case .placeholder: skipSubtree()
        case .hyperlink: startHyperlink(reader, ns: ns)
        case .commentRangeStart: if let id = value("id") { _ = openComments.start(id, at: currentLocation()) }
        case .commentRangeEnd:
            if let id = value("id"), let anchor = openComments.end(id) { result.commentAnchors[id] = (anchor.location, anchor.text) }
        case .commentReference: if let id = value("id") { result.commentReferences[id] = currentLocation() }
        case .txbxContent: startTextBox()
        case .sectPr: skipSubtree()
        case .footnote, .endnote:
            if let type = value("type"), type != "normal" { skipSubtree() }
        case .alternateContent:
            alternates.append(false)
        case .choice, .fallback:
            // Exactly one branch: the first Choice (every branch carries the same text).
            if alternates.last == true { skipSubtree() } else if !alternates.isEmpty { alternates[alternates.count - 1] = true }
        case .w14Checkbox:
            controls.last?.control.kind = .checkBox
            if controls.last?.control.checked == nil { controls.last?.control.checked = false }
        case .w14Checked where parent() == .w14Checkbox:
            controls.last?.control.checked = OnOff.parse(reader.attribute("val", namespace: WordNamespace.w14))
        case .w15RepeatingSection:
            controls.last?.control.kind = .repeatingSection
        default: break
        }
    }

    private mutating func end(_ element: WordElement) {
        switch element {
        case .alternateContent: _ = alternates.popLast()
        case .p: finishParagraph()
        case .tbl: finishTable()
        case .tr: finishRow()
        case .tc: finishCell()
        case .ins, .del, .moveFrom, .moveTo: finishRevision(element)
        case .sdt: finishControl()
        case .hyperlink: if let link = hyperlinks.popLast() { result.hyperlinks.append(link.link) }
        case .txbxContent:
            closeImplicitParagraph()
            if case .textBox = containers.last { containers.removeLast() }
        default: break
        }
    }

    // MARK: - Locations

    private var controlName: String? {
        controls.last.flatMap { $0.control.tag ?? $0.control.title }
    }

    /// Where the next paragraph would go, without claiming the position.
    private func nextLocation() -> Location {
        var location: Location
        switch containers.last ?? .story {
        case .story:
            location = Location(part: part, block: result.blocks.count)
        case .cell(let cell):
            location = cell.cell.location
            location.paragraph = cell.nextParagraph
        case .textBox(let host):
            location = host.paragraph.location
            location.paragraph = host.textBoxParagraphs
        }
        location.control = controlName
        return location
    }

    /// The location of whatever is being read now.
    private func currentLocation() -> Location {
        guard var location = paragraphs.last?.paragraph.location else { return nextLocation() }
        location.control = controlName
        return location
    }

    // MARK: - Paragraphs and text

    private mutating func startParagraph() {
        closeImplicitParagraph()
        let location = nextLocation()
        switch containers.last ?? .story {
        case .story: break
        case .cell(let cell): cell.nextParagraph += 1
        case .textBox(let host): host.textBoxParagraphs += 1
        }
        let builder = ParagraphBuilder(location: location)
        if case .textBox = containers.last { builder.paragraph.inTextBox = true }
        paragraphs.append(builder)
    }

    private mutating func closeImplicitParagraph() {
        if implicitParagraph {
            implicitParagraph = false
            finishParagraph()
        }
    }

    private mutating func finishParagraph() {
        guard let builder = paragraphs.popLast() else { return }
        var paragraph = builder.paragraph
        let style = paragraph.style ?? styles.defaultParagraphStyle
        if let style {
            paragraph.styleName = styles.name(of: style)
            if paragraph.headingLevel == nil { paragraph.headingLevel = styles.headingLevel(of: style) }
        }
        let styleNumbering = style.flatMap { styles.numbering(of: $0) }
        if let id = builder.numberingId ?? styleNumbering?.id, id != "0" {
            let level = builder.numberingLevel ?? styleNumbering?.level ?? 0
            paragraph.list = ListItem(numberingId: id, level: level, format: numbering.format(numberingId: id, level: level))
        }
        paragraph.isBold = builder.boldCharacters > 0 && builder.plainCharacters == 0
        if builder.boldCharacters > 0, builder.plainCharacters > 0, builder.boldLeadBytes > 0 {
            let text = paragraph.text.utf8
            let end = text.index(text.startIndex, offsetBy: min(builder.boldLeadBytes, text.count))
            let lead = paragraph.text[..<end].trimmingCharacters(in: .whitespacesAndNewlines)
            if !lead.isEmpty { paragraph.boldLead = lead }
        }
        emit(.paragraph(paragraph))
        for block in builder.textBoxBlocks { emit(block) }
        for control in controls where control.control.scope != .run { control.pendingNewline = true }
        // A legacy field's result can run over several paragraphs (one statement each):
        // keep them apart, as the paragraphs are, rather than run their sentences together.
        if let field = fields.last, field.inResult, !field.result.isEmpty, !field.result.hasSuffix("\n") { field.result += "\n" }
    }

    private mutating func emit(_ block: Block) {
        switch containers.last ?? .story {
        case .story:
            var block = block
            if case .paragraph(let p) = block, p.inTextBox, p.location.block != result.blocks.count {
                block = Self.renumbered(block, to: result.blocks.count)  // text-box paragraphs follow their host
            } else if case .table(let t) = block, t.location.block < result.blocks.count {
                block = Self.renumbered(block, to: result.blocks.count)  // so does a table from a text box
            }
            result.blocks.append(block)
        case .cell(let cell): cell.cell.blocks.append(block)
        case .textBox(let host): host.textBoxBlocks.append(block)
        }
    }

    /// The block, with it and everything inside it numbered as story block `index`.
    static func renumbered(_ block: Block, to index: Int) -> Block {
        switch block {
        case .paragraph(var paragraph):
            paragraph.location.block = index
            return .paragraph(paragraph)
        case .table(var table):
            table.location.block = index
            for r in table.rows.indices {
                for c in table.rows[r].cells.indices {
                    table.rows[r].cells[c].location.block = index
                    table.rows[r].cells[c].blocks = table.rows[r].cells[c].blocks.map { renumbered($0, to: index) }
                }
            }
            return .table(table)
        }
    }

    /// Adds text to the open paragraph in the views it belongs to, and to everything open
    /// around it (content controls, field results, hyperlinks, comment ranges, revisions).
    private mutating func append(_ text: String, deleted: Bool = false, synthetic: Bool = false) {
        if paragraphs.isEmpty {
            startParagraph()
            implicitParagraph = true
        }
        // Text inside a field's instruction (a field nested in `IF { MERGEFIELD x } = …`)
        // is part of that instruction, not of the paragraph.
        if let outer = fields.first(where: { !$0.inResult }), fields.count > 1 {
            outer.instruction += text
            return
        }
        let paragraph = paragraphs[paragraphs.count - 1]
        let isDeleted = deleted || deletionDepth > 0
        if insertionDepth == 0 { paragraph.paragraph.originalText += text }
        if !isDeleted {
            paragraph.paragraph.text += text
            let visible = Self.visibleCount(text)
            if visible > 0 {
                if runBold == nil, let runStyle { runBold = styles.isBold(runStyle) }
                if paragraph.styleBold == nil {
                    paragraph.styleBold = (paragraph.paragraph.style ?? styles.defaultParagraphStyle).flatMap { styles.isBold($0) } ?? false
                }
                if runBold ?? paragraph.styleBold ?? false {
                    paragraph.boldCharacters += visible
                    if paragraph.plainCharacters == 0 { paragraph.boldLeadBytes = paragraph.paragraph.text.utf8.count }
                } else {
                    paragraph.plainCharacters += visible
                }
            }
            for control in controls { control.append(text) }
            if let field = fields.last, field.inResult { field.result += text }
            for link in hyperlinks { link.link.text += text }
            openComments.append(text)
            if !synthetic { recordGlyphs(in: text) }
        }
        revisions.last?.revision.text += text
    }

    /// Characters that are not white space, counted on UTF-8 bytes (lead bytes only):
    /// the bold test runs on every text node, so it must not touch Unicode tables.
    static func visibleCount(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 && byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            count += 1
        }
        return count
    }

    private mutating func recordGlyphs(in text: String) {
        // Every tick-box glyph is a three-byte UTF-8 sequence starting 0xE2.
        guard text.utf8.contains(0xE2),
              text.unicodeScalars.contains(where: { (0x2610...0x2718).contains($0.value) || $0.value == 0x25A1 || $0.value == 0x2705 }),
              !controls.contains(where: { $0.control.kind == .checkBox })
        else { return }
        for scalar in text.unicodeScalars where scalar.value >= 0x25A1 {
            if let checked = CheckGlyphs.state(of: Character(scalar)) {
                result.checkBoxes.append(CheckBox(source: .glyph, checked: checked, location: currentLocation()))
            }
        }
    }

    // MARK: - Tables

    private mutating func startTable() {
        closeImplicitParagraph()
        var location = nextLocation()
        location.paragraph = nil
        tables.append(TableBuilder(location: location))
    }

    private mutating func startRow() {
        guard let table = tables.last else { return }
        table.rowIndex += 1
        table.cellIndex = -1
        table.row = RowBuilder()
    }

    private mutating func startCell() {
        guard let table = tables.last else { return }
        if table.row == nil { startRow() }
        table.cellIndex += 1
        let step = Location.CellStep(row: table.rowIndex, cell: table.cellIndex)
        let location = Location(part: part, block: table.table.location.block, cells: table.table.location.cells + [step])
        let cell = CellBuilder(cell: TableCell(location: location, gridColumn: table.row?.nextGridColumn ?? 0))
        table.cell = cell
        containers.append(.cell(cell))
    }

    private mutating func finishCell() {
        guard let table = tables.last, let cell = table.cell else { return }
        closeImplicitParagraph()
        if case .cell = containers.last { containers.removeLast() }
        // Cannot overflow: every span is held to 1–63 and a part has far fewer than 2^56 cells.
        table.row?.nextGridColumn += cell.cell.gridSpan
        table.row?.row.cells.append(cell.cell)
        table.row?.merges.append(cell.vMerge)
        table.cell = nil
    }

    private mutating func finishRow() {
        guard let table = tables.last, let row = table.row else { return }
        table.table.rows.append(row.row)
        table.merges.append(row.merges)
        table.row = nil
    }

    private mutating func finishTable() {
        guard let table = tables.popLast() else { return }
        table.resolveMerges()
        emit(.table(table.table))
    }

    // MARK: - Tracked changes

    private mutating func startRevision(_ element: WordElement, author: String?, date: String?) {
        let isRemoval = element == .del || element == .moveFrom
        switch parent() {
        case .trPr?:
            tables.last?.row?.row.isDeleted = isRemoval
            result.revisions.append(Revision(kind: isRemoval ? .rowDeletion : .rowInsertion, author: author, date: date, location: currentLocation()))
        case let parent? where parent.isProperties:
            // A paragraph mark (or other property) inserted or deleted: no text of its own.
            result.revisions.append(Revision(kind: isRemoval ? .deletion : .insertion, author: author, date: date, location: currentLocation()))
        default:
            let kind: Revision.Kind = switch element {
            case .del: .deletion
            case .moveFrom: .moveFrom
            case .moveTo: .moveTo
            default: .insertion
            }
            revisions.append(RevisionBuilder(Revision(kind: kind, author: author, date: date, location: currentLocation())))
            if isRemoval { deletionDepth += 1 } else { insertionDepth += 1 }
        }
    }

    private mutating func finishRevision(_ element: WordElement) {
        guard let parent = parent(), !parent.isProperties, let builder = revisions.popLast() else { return }
        if element == .del || element == .moveFrom { deletionDepth -= 1 } else { insertionDepth -= 1 }
        result.revisions.append(builder.revision)
    }

    // MARK: - Content controls

    private mutating func startControl() {
        var scope = ContentControl.Scope.block
        for level in 1..<stack.count {
            switch parent(level) {
            case .p?: scope = .run
            case .tbl?: scope = .row
            case .tr?: scope = .cell
            case .tc?, .body?, .txbxContent?, .hdr?, .ftr?, .footnote?, .endnote?, .comment?, .docPartBody?: scope = .block
            default: continue
            }
            break
        }
        controls.append(ControlBuilder(control: ContentControl(scope: scope, location: currentLocation())))
    }

    private mutating func finishControl() {
        guard let builder = controls.popLast() else { return }
        var control = builder.control
        control.text = control.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if control.kind == .checkBox {
            result.checkBoxes.append(CheckBox(source: .contentControl, checked: control.checked ?? false, location: control.location, name: control.tag ?? control.title))
        }
        result.contentControls.append(control)
    }

    // MARK: - Fields

    /// Fields nest (`IF { MERGEFIELD x } …`), but only so deep: past `maxFieldNesting` a
    /// begin and its matching separate and end are ignored, so begins never ended cannot
    /// make every run scan a growing stack.
    private mutating func fieldCharacter(_ type: String?) {
        if ignoredFieldDepth > 0 || (type == "begin" && fields.count >= limits.maxFieldNesting) {
            switch type {
            case "begin":
                if ignoredFieldDepth == 0 {
                    let place = currentLocation().description
                    ranges.note("w:fldChar", "fields nested more than \(limits.maxFieldNesting) deep at \(place); the inner ones read as text")
                }
                ignoredFieldDepth += 1
            case "end": ignoredFieldDepth -= 1
            default: break
            }
            return
        }
        switch type {
        case "begin": fields.append(FieldBuilder(location: currentLocation()))
        case "separate": fields.last?.inResult = true
        case "end": finishField()
        default: break
        }
    }

    /// Legacy form-field data (`w:ffData`) inside a field's begin character.
    private mutating func formFieldData(_ element: WordElement, _ value: String?) {
        guard let field = fields.last, stack.contains(.ffData) else { return }
        if element == .ffData {
            field.formField = FormField(kind: .text, location: field.location)
            return
        }
        switch (element, parent()) {
        case (.checkBox, _): field.formField?.kind = .checkBox
        case (.ddList, _): field.formField?.kind = .dropDown
        case (.textInput, _): field.formField?.kind = .text
        case (.default, .checkBox?): field.checkBoxDefault = OnOff.parse(value)
        case (.checked, .checkBox?): field.checkBoxChecked = OnOff.parse(value)
        case (.result, .ddList?): field.listResult = exact(value, "w:result", WordRanges.dropDownIndex, instead: "no entry chosen")
        case (.default, .ddList?): field.listDefault = exact(value, "w:default", WordRanges.dropDownIndex, instead: "no entry chosen")
        case (.listEntry, .ddList?): if let value { field.formField?.entries.append(value) }
        case (.helpText, .ffData?), (.statusText, .ffData?):
            if let value, !value.isEmpty, field.formField?.helpText == nil { field.formField?.helpText = value }
        default: break
        }
    }

    private mutating func finishField() {
        guard let field = fields.popLast(), var formField = field.formField else { return }
        switch formField.kind {
        case .checkBox:
            // w:checked wins over w:default; a ticked box read as unticked is the classic bug.
            let checked = field.checkBoxChecked ?? field.checkBoxDefault ?? false
            formField.checked = checked
            append(checked ? "☒" : "☐", synthetic: true)
            result.checkBoxes.append(CheckBox(source: .formField, checked: checked, location: formField.location, name: formField.name))
        case .dropDown:
            // The result, else the default, else the first entry; a damaged index chooses none.
            let written = field.listResult ?? field.listDefault
            if let index = written == nil ? 0 : written?.value, formField.entries.indices.contains(index) { formField.value = formField.entries[index] }
            if field.result.isEmpty, let value = formField.value { append(value, synthetic: true) }
        case .text:
            let value = field.result.trimmingCharacters(in: .whitespacesAndNewlines)
            // Word shows five en spaces (U+2002) in an empty text field.
            formField.value = value.isEmpty || value.allSatisfy({ $0 == "\u{2002}" }) ? nil : value
        }
        result.formFields.append(formField)
    }

    // MARK: - Hyperlinks and text boxes

    private mutating func startHyperlink(_ reader: XMLStreamReader, ns: String) {
        let id = reader.attribute("id", namespace: WordNamespace.relationshipsTransitional)
            ?? reader.attribute("id", namespace: WordNamespace.relationshipsStrict)
        let target = id.flatMap { relationships[$0]?.target }
        hyperlinks.append(HyperlinkBuilder(Hyperlink(text: "", target: target, anchor: reader.attribute("anchor", namespace: ns), location: currentLocation())))
    }

    private mutating func startTextBox() {
        guard let host = paragraphs.last else { return }
        containers.append(.textBox(host))
    }
}
