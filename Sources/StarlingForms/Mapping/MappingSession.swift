import Foundation
import StarlingDocument
import StarlingSchema

/// One pass of mapping a Word document onto a form definition. Walks the layout in
/// reading order, keeping the current area of practice and a pending label, and records
/// each value with where it came from. Whatever no field consumes ends up in `unmapped`.
final class MappingSession {
    /// How a value was found; a better method wins when the same field is found twice.
    enum Method: Int, Comparable {
        /// Read from the tail of another field's answer ("Attempted – he was at school"):
        /// anything written in the field's own place wins over it.
        case inferred = 0
        case paragraph = 1, table = 2, formField = 3, contentControl = 4
        static func < (a: Method, b: Method) -> Bool { a.rawValue < b.rawValue }
        var layoutName: String {
            switch self {
            case .paragraph, .inferred: "paragraph"
            case .table: "table"
            case .formField: "form_field"
            case .contentControl: "content_control"
            }
        }
    }

    struct Hit {
        var value: RecordValue
        var location: Location
        var method: Method
    }

    final class AreaBuilder {
        var rating: Hit?
        var evidence: Hit?
        var impact: Hit?
    }

    let document: WordDocument
    let spec: FormSpec
    let normaliser: ValueNormaliser
    let layout: FormLayout
    private(set) var hits: [String: Hit] = [:]
    private(set) var areas: [String: AreaBuilder] = [:]
    private(set) var actions: [[String: Hit]] = []
    private(set) var warnings: [RecordWarning] = []
    private(set) var title: String?
    /// Where each field's label was found, value or not.
    private(set) var labelLocations: [String: Location] = [:]
    /// Label and heading texts read as labels, in reading order, so that nothing written on
    /// the form vanishes from the record: a label's words are not a value.
    private var labelTexts: [FormLabel] = []
    /// Units whose text went into a value.
    private var valueUnits: Set<Int> = []
    /// Record key → the value exactly as written, where normalising changed it.
    private(set) var written: [String: String] = [:]
    /// Inside the actions section: there "Owner" or "When" name columns of an action.
    private var inActions = false
    /// The action that a repeated label group ("Action", "Owner", "Due date" again for
    /// each action) or an action paragraph with its "Owner:" lines is filling.
    private var openAction: Int?
    /// The last field labelled that has a reason or comment beside it: a bare "Reason"
    /// or "Comment" label that follows it belongs to it.
    private var lastFieldWithSubFields: FormSpec.FieldSpec?
    private var unitByPlace: [Place: Int] = [:]
    /// The paragraph units of cells read paragraph by paragraph, by their exact location.
    private var paragraphUnitByLocation: [Location: Int] = [:]
    /// Cells read paragraph by paragraph: their paragraphs, not the cell, are what is left
    /// unmapped or kept as labels.
    private var flowedCells: Set<Int> = []
    /// The last field read from a "Label: value" line, for a "Reason: …" line after it.
    private var inlineField: FormSpec.FieldSpec?
    private var consumed: Set<Int> = []
    private var currentArea: String?
    private var pending: (target: FormSpec.Target, units: [Int], area: String?, styled: Bool)?
    private var controlsByUnit: [Int: [ContentControl]] = [:]
    private var fieldsByUnit: [Int: [FormField]] = [:]
    private var placeholderText: [Int: [String]] = [:]
    /// Each unit's text without placeholders, worked out once: the walk asks many times.
    private var valueTexts: [String?]
    /// Each unit's value text as label candidates, worked out once (no rehashing the text).
    private var unitCandidates: [[String]?]

    /// `layout` and the spec's label cache are the ones the detector already built for
    /// this document; nothing is worked out twice.
    init(document: WordDocument, layout: FormLayout, spec: FormSpec, normaliser: ValueNormaliser) {
        self.document = document
        self.spec = spec
        self.normaliser = normaliser
        self.layout = layout
        self.valueTexts = Array(repeating: nil, count: layout.units.count)
        self.unitCandidates = Array(repeating: nil, count: layout.units.count)
        indexControlsAndFields()
    }

    var layoutsUsed: [String] {
        let methods = Set(hits.values.map(\.method) + areas.values.flatMap { [$0.rating, $0.evidence, $0.impact].compactMap { $0?.method } })
        return methods.sorted().map(\.layoutName) + (actions.isEmpty ? [] : [])
    }

    func run() {
        var part: String?
        for item in layout.items {
            let itemPart = switch item {
            case .paragraph(let id): layout.unit(id).location.part
            case .table(let index): layout.tables[index].first?.first.map { layout.unit($0).location.part }
            }
            if let itemPart, itemPart != part {
                // A header or footer is no continuation of the section before it.
                flushPending()
                (currentArea, inActions, openAction, inlineField, lastFieldWithSubFields) = (nil, false, nil, nil, nil)
                part = itemPart
            }
            switch item {
            case .paragraph(let id): paragraph(id)
            case .table(let index): table(index)
            }
        }
        flushPending()
        readWordComments()
    }

    /// The form's `word_comments_field` (the audit's moderation comments: the domain brief
    /// counts a moderator's Word comments as such) when nothing is written in it.
    private func readWordComments() {
        guard let key = spec.wordCommentsField, hits[key] == nil, let field = spec.field(key: key) else { return }
        // Starling's own annotations (validate --annotate) are findings, not a moderator's words.
        let comments = document.comments.filter { $0.author != FormMapper.annotationAuthor && !$0.text.trimmedWhitespace.isEmpty }
        let texts = comments.map { $0.text.trimmedWhitespace }
        guard let first = comments.first else { return }
        let location = first.anchor ?? Location(part: "word/comments.xml", block: 0)
        assign(.field(field), paragraphs: texts.map { ($0, false) }, location: location, method: .paragraph)
    }

    /// Text of units that nothing consumed.
    var unmapped: [UnmappedText] {
        layout.units.filter { !consumed.contains($0.id) && !valueText($0).isEmpty && isRead($0) }
            .map { UnmappedText(text: valueText($0), location: $0.location) }
    }

    // MARK: - Controls and legacy fields

    private func indexControlsAndFields() {
        for unit in layout.units {
            if unit.flowOf != nil { paragraphUnitByLocation[unit.location] = unit.id; continue }
            unitByPlace[Place(unit.location)] = unit.id
        }
        func unitFor(_ location: Location) -> Int? {
            unitByPlace[Place(location)]
        }
        for control in document.contentControls where ![.group, .repeatingSection, .buildingBlock, .picture].contains(control.kind) {
            guard let id = unitFor(control.location) else { continue }
            if control.showingPlaceholder, !control.text.isEmpty { placeholderText[id, default: []].append(control.text) }
            controlsByUnit[id, default: []].append(control)
        }
        for field in document.formFields {
            if let id = unitFor(field.location) { fieldsByUnit[id, default: []].append(field) }
        }
    }

    /// The paragraph or cell a location falls in: what a content control or form field is
    /// matched to its unit by.
    private struct Place: Hashable {
        let part: String
        let block: Int
        let cells: [Location.CellStep]
        init(_ location: Location) { (part, block, cells) = (location.part, location.block, location.cells) }
    }

    /// A unit's text without template placeholder text.
    func valueText(_ unit: TextUnit) -> String {
        if let known = valueTexts[unit.id] { return known }
        var text = unit.text
        for placeholder in placeholderText[unit.id] ?? [] { text = text.replacingOccurrences(of: placeholder, with: "") }
        text = text.trimmedWhitespace
        valueTexts[unit.id] = text
        return text
    }

    private func candidates(_ unit: TextUnit) -> [String] {
        if let known = unitCandidates[unit.id] { return known }
        let found = spec.candidates(valueText(unit))
        unitCandidates[unit.id] = found
        return found
    }

    /// The field, area part or action column the unit's text names as a label; `inArea`
    /// defaults to whether the walk is inside an area of practice. A bare "Reason" or
    /// "Comment" names the reason or comment of the field labelled just before it.
    private func target(of unit: TextUnit, inArea: Bool? = nil) -> FormSpec.Target? {
        let found = candidates(unit)
        if let target = spec.target(forCandidates: found, inArea: inArea ?? (currentArea != nil), inActions: inActions) { return target }
        if let field = lastFieldWithSubFields, let sub = subField(of: field, forCandidates: found) { return .field(sub) }
        return nil
    }

    /// `spec.target(forLabel:…)` in the walk's current section.
    private func target(forLabel label: String) -> FormSpec.Target? {
        if let target = spec.target(forLabel: label, inArea: currentArea != nil, inActions: inActions) { return target }
        if let field = lastFieldWithSubFields, let sub = subField(of: field, forLabel: label) { return .field(sub) }
        return nil
    }

    private func area(of unit: TextUnit) -> FormSpec.AreaSpec? {
        spec.area(forCandidates: candidates(unit))
    }

    /// Reads the unit's content controls and form fields; consumes the unit if they
    /// account for all its text.
    private func applyControls(_ id: Int) {
        var covered: [String] = placeholderText[id] ?? []
        for control in controlsByUnit[id] ?? [] {
            guard let target = control.tag.flatMap(spec.target(forTag:)) ?? control.title.flatMap({ spec.target(forLabel: $0, inArea: currentArea != nil) })
                ?? control.title.flatMap(spec.target(forTag:))
            else { continue }
            // A control in an action's cell or line is read with its action, by the layout.
            if case .actionColumn = target { continue }
            covered.append(control.text)
            if control.showingPlaceholder { continue }
            let written: String?
            switch control.kind {
            case .checkBox:
                // In a grid of boxes sharing one tag, each box's title is its option ("Good").
                // Without titles, its option is the text beside the box ("☒ Good").
                let option = control.title.flatMap { title in choiceType(target).map { isOption(title, $0) } == true ? title : nil }
                    ?? choiceType(target).flatMap { optionBeside(control, in: id, type: $0) }
                if let option, !isBooleanTarget(target) || BooleanNormaliser.bool(from: option) != nil {
                    guard control.checked == true else { continue }
                    written = option
                } else if isBooleanTarget(target) {
                    written = control.checked.map { $0 ? "Yes" : "No" }
                } else {
                    continue  // a box of a choice whose option cannot be told: the layout reads it
                }
            case .date: written = control.fullDate.map { String($0.prefix(10)) } ?? control.enteredText
            default: written = control.enteredText
            }
            guard let written else { continue }
            let paragraphs = control.scope == .block || control.scope == .cell
                ? layout.unit(id).statementSource : [(written, false)]
            assign(target, paragraphs: control.kind == .richText && paragraphs.count > 1 ? paragraphs : [(written, false)],
                   location: control.location, method: .contentControl)
        }
        for field in fieldsByUnit[id] ?? [] {
            guard let name = field.name, let target = spec.target(forTag: name) ?? field.helpText.flatMap({ spec.target(forLabel: $0, inArea: currentArea != nil) })
            else { continue }
            if case .actionColumn = target { continue }
            let written: String? = switch field.kind {
            case .checkBox: field.checked.map { $0 ? "Yes" : "No" }
            default: field.value
            }
            covered.append(field.kind == .checkBox ? (field.checked == true ? "☒" : "☐") : field.value ?? "")
            if let written { assign(target, paragraphs: [(written, false)], location: field.location, method: .formField) }
        }
        guard !covered.isEmpty else { return }
        var rest = layout.unit(id).text
        for text in covered where !text.isEmpty { rest = rest.replacingOccurrences(of: text, with: "") }
        if rest.trimmedWhitespace.isEmpty { consumed.insert(id) }
    }

    /// The option written beside a check box control in its paragraph: the paragraph's text
    /// without its boxes, when that is one of the choice's options.
    private func optionBeside(_ control: ContentControl, in id: Int, type: FieldType) -> String? {
        let paragraphs = layout.unit(id).paragraphs
        let paragraph = control.location.paragraph.flatMap { $0 < paragraphs.count ? paragraphs[$0] : nil } ?? paragraphs.first
        guard let text = paragraph?.text else { return nil }
        let option = text.filter { !"☐□☒☑✓✔✗✘".contains($0) }.trimmedWhitespace
        return isOption(option, type) ? option : nil
    }

    // MARK: - Paragraphs

    private func paragraph(_ id: Int) {
        applyControls(id)
        let unit = layout.unit(id)
        let text = valueText(unit)
        guard !consumed.contains(id), !text.isEmpty else { return }
        if title == nil, unit.location.part == document.main.part || unit.cell == nil, spec.isTitle(candidates: candidates(unit)), target(of: unit, inArea: false) == nil {
            title = text
            consumed.insert(id)
            return
        }
        // A plain line under a label still waiting for its value is that value, even when it
        // reads like an area's heading ("Audit theme" then "Permanence planning").
        let awaitedValue = pending.map { $0.units.isEmpty && !unit.looksLikeLabel } ?? false
        if let area = area(of: unit), unit.looksLikeLabel || (text.count <= 80 && !awaitedValue) {
            flushPending()
            enterArea(area.key, heading: unit)
            return
        }
        let inline = inlineLabel(unit)
        if let open = pending, open.units.isEmpty, open.styled, !unit.looksLikeLabel, area(of: unit) == nil,
           inline.flatMap({ target(forLabel: $0.label) }) == nil {
            // Under a bold label, a plain paragraph is its value even when it reads like
            // another label ("Team Manager" as the auditor's role).
            pending?.units.append(id)
            consumed.insert(id)
            return
        }
        if let (label, value) = inline, !value.isEmpty,
           let field = pending.flatMap({ open -> FormSpec.FieldSpec? in if case .field(let f) = open.target { f } else { nil } }) ?? inlineField,
           let sub = subField(of: field, forLabel: label) {
            // "Reason: …" / "Comment: …" under a participation or feedback answer.
            flushPending()
            noteLabel(.field(sub), text: writtenLabel(text, value: value), at: unit.location)
            assign(.field(sub), paragraphs: [(value, false)], location: unit.location, method: .paragraph)
            consumed.insert(id)
            return
        }
        if let target = target(of: unit) {
            flushPending()
            if case .field = target { currentArea = nil }
            noteLabel(target, text: text, at: unit.location)
            inlineField = nil
            pending = (target, [], currentArea, unit.looksLikeLabel)
            consumed.insert(id)
            return
        }
        if let (label, value) = inline, let target = target(forLabel: label) {
            flushPending()
            if case .field = target { currentArea = nil }
            noteLabel(target, text: writtenLabel(text, value: value), at: unit.location)
            inlineField = nil
            if case .field(let field) = target, !field.subFields.isEmpty { inlineField = field }
            if value.isEmpty {
                pending = (target, [], currentArea, unit.looksLikeLabel)
            } else {
                assign(target, paragraphs: valueParagraphs(of: unit, after: value), location: unit.location, method: .paragraph)
            }
            consumed.insert(id)
            return
        }
        let isListItem = unit.paragraphs.first?.list != nil
        if let open = pending, case .actionColumn(FormSpec.actionDescription) = open.target, !open.units.isEmpty,
           isListItem || layout.unit(open.units[0]).paragraphs.first?.list != nil {
            // One numbered or bulleted paragraph per action.
            flushPending()
            pending = (.actionColumn(FormSpec.actionDescription), [id], currentArea, false)
            consumed.insert(id)
            return
        }
        if let open = pending, !(unit.looksLikeLabel && unit.paragraphs.first?.headingLevel != nil),
           !(unit.looksLikeLabel && open.units.isEmpty && !isAnswer(text, to: open.target)) {
            pending?.units.append(id)
            consumed.insert(id)
            return
        }
        flushPending()
        if let field = inlineField, !unit.looksLikeLabel, let sub = field.subFields.first.flatMap(spec.field(key:)) {
            // The free text on the lines after "Parent's view of the service: Mixed".
            inlineField = nil
            pending = (.field(sub), [id], currentArea, false)
            consumed.insert(id)
            return
        }
        if inActions, !unit.looksLikeLabel || isListItem {
            // In the actions section, a paragraph no label claims is the next action; the
            // "Owner:", "Due date:" lines after it fill in the rest.
            openAction = nil
            pending = (.actionColumn(FormSpec.actionDescription), [id], currentArea, false)
            consumed.insert(id)
            return
        }
        if unit.looksLikeLabel {
            // A heading no field claims closes the section before it.
            inActions = false
            openAction = nil
            inlineField = nil
            lastFieldWithSubFields = nil
        }
    }

    /// "Label: value", "**Label** value" (a bold label run, colon or not), or "Rating Good"
    /// (a choice's label and one of its options, nothing else) in one paragraph or cell.
    /// The paragraphs of a value written in the same cell as its label: the value's part
    /// of the first paragraph, or the paragraphs after a label that stands on its own.
    private func valueParagraphs(of unit: TextUnit, after value: String) -> [(text: String, isListItem: Bool)] {
        let paragraphs = statements(of: unit)
        guard let first = paragraphs.first else { return [(value, false)] }
        let firstValue = first.text.hasSuffix(value) ? value : ""
        if firstValue.isEmpty, let label = first.text.split(whereSeparator: \.isNewline).first,
           target(forLabel: String(label)) != nil {
            // "Evidence" then a line break and the statements: keep the lines after the label.
            let rest = first.text.split(whereSeparator: \.isNewline).dropFirst().joined(separator: "\n")
            return ([(rest, first.isListItem)] + paragraphs.dropFirst()).filter { !$0.text.trimmedWhitespace.isEmpty }
        }
        return [(value, first.isListItem)] + paragraphs.dropFirst()
    }

    /// The label part of "Label: value" as written, colon and all.
    private func writtenLabel(_ text: String, value: String) -> String {
        guard !value.isEmpty, text.hasSuffix(value) else { return text }
        return String(text.dropLast(value.count)).trimmedWhitespace
    }

    private func inlineLabel(_ unit: TextUnit) -> (label: String, value: String)? {
        let text = valueText(unit)
        if let split = LabelText.splitInline(text), target(forLabel: split.label) != nil { return split }
        if let lead = unit.paragraphs.first?.boldLead, unit.paragraphs.count == 1, text.hasPrefix(lead) {
            let label = lead.trimmingCharacters(in: CharacterSet(charactersIn: ":：-–— \u{00A0}"))
            let value = text.dropFirst(lead.count).trimmingCharacters(in: CharacterSet(charactersIn: ":：-–— \u{00A0}\t"))
            if !label.isEmpty, target(forLabel: label) != nil { return (label, value) }
        }
        for separator in ["\t", "\n"] {
            // "Child ID<tab>7204518", or a label on its own line above its value in one cell.
            guard let range = text.range(of: separator) else { continue }
            let label = String(text[..<range.lowerBound]).trimmedWhitespace
            let value = String(text[range.upperBound...]).trimmedWhitespace
            if !label.isEmpty, target(forLabel: label) != nil { return (label, value) }
        }
        if let split = LabelText.splitInline(text) { return split }
        return choicePrefix(text)
    }

    /// "Rating Good", "Overall judgement Requires improvement": a choice's label followed
    /// by exactly one of its options. Only a clean option counts, so prose is never split.
    private func choicePrefix(_ text: String) -> (label: String, value: String)? {
        guard text.count <= 90, !text.contains("\n") else { return nil }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
        guard words.count >= 2 else { return nil }
        for cut in stride(from: min(words.count - 1, 9), through: 1, by: -1) {
            let label = words[..<cut].joined(separator: " ")
            guard let target = target(forLabel: label), let type = choiceType(target) else { continue }
            let value = words[cut...].joined(separator: " ")
            let outcome = normaliser.normalise(value, as: type)
            if outcome.value != nil, outcome.warning == nil, isOption(value, type) { return (label, value) }
        }
        return nil
    }

    /// An area's heading opens its section and closes any other.
    private func enterArea(_ key: String, heading unit: TextUnit) {
        currentArea = key
        inActions = false
        openAction = nil
        inlineField = nil
        lastFieldWithSubFields = nil
        consumed.insert(unit.id)
        labelTexts.append(FormLabel(text: valueText(unit), field: "areas.\(key)", location: unit.location))
    }

    private func flushPending() {
        guard let open = pending else { return }
        pending = nil
        guard let first = open.units.first else { return }
        let paragraphs = open.units.flatMap { statements(of: layout.unit($0)) }
        assign(open.target, paragraphs: paragraphs, location: layout.unit(first).location, method: .paragraph, area: open.area)
    }

    // MARK: - Tables

    private func table(_ index: Int) {
        let rows = layout.tables[index]
        // A bare "Reason" heading in this table is no reason of a field in another one.
        lastFieldWithSubFields = nil
        for row in rows { for id in row { applyControls(id) } }
        if readActionsTable(rows) { return }
        if readAreaGrid(rows) { return }
        if let open = pending, let type = choiceType(open.target), readOptionsGrid(rows, target: open.target, type: type, area: open.area, startingAt: 0) {
            pending = nil
            return
        }
        flushPending()
        if readChoiceColumns(rows) { return }
        if readChoiceColumnsAcross(rows) { return }
        for r in rows.indices { row(rows, r) }
    }

    private func row(_ rows: [[Int]], _ r: Int) {
        let row = rows[r]
        let open = row.filter { !consumed.contains($0) && !valueText(layout.unit($0)).isEmpty }
        if open.count == 1, let area = area(of: layout.unit(open[0])) {
            enterArea(area.key, heading: layout.unit(open[0]))
            return
        }
        var i = 0
        while i < row.count {
            let id = row[i]
            let unit = layout.unit(id)
            let text = valueText(unit)
            if consumed.contains(id) || text.isEmpty || unit.cell?.isMergeContinuation == true { i += 1; continue }
            if let paragraphs = layout.cellParagraphs[id], readsAsPage(paragraphs) {
                // A cell written like a page: its labels, headings and values, in order.
                flushPending()
                flowedCells.insert(id)
                consumed.insert(id)
                for paragraph in paragraphs { self.paragraph(paragraph) }
                flushPending()
                i += 1
                continue
            }
            if let area = area(of: unit), unit.looksLikeLabel || row.count == 1 {
                enterArea(area.key, heading: unit)
                i += 1
                continue
            }
            guard let target = target(of: unit) ?? partyLabel(unit, besideIn: row, at: i) else {
                if let (label, value) = inlineLabel(unit), let target = target(forLabel: label) {
                    noteLabel(target, text: writtenLabel(text, value: value), at: unit.location)
                    consumed.insert(id)
                    if value.isEmpty {
                        // "Owner:" in a cell with its value under it or beside it.
                        i = readValue(rows, r, row, i, unit, target)
                        continue
                    }
                    assign(target, paragraphs: valueParagraphs(of: unit, after: value), location: unit.location, method: .table)
                }
                i += 1
                continue
            }
            if case .field = target, currentArea != nil, area(of: unit) == nil { currentArea = nil }
            noteLabel(target, text: text, at: unit.location)
            consumed.insert(id)
            i = readValue(rows, r, row, i, unit, target)
        }
    }

    /// Whether a unit's text is read: every unit but the paragraphs of a cell that was read
    /// as a whole.
    private func isRead(_ unit: TextUnit) -> Bool {
        guard let cell = unit.flowOf else { return true }
        return flowedCells.contains(cell)
    }

    /// A cell whose paragraphs after the first include a label or heading set apart as one
    /// (bold, a heading, or "Label:" with its colon): several fields or parts in one box.
    private func readsAsPage(_ paragraphs: [Int]) -> Bool {
        paragraphs.dropFirst().contains { id in
            let unit = layout.unit(id)
            let text = valueText(unit)
            let setApart = unit.looksLikeLabel || text.hasSuffix(":") || unit.paragraphs.first?.boldLead != nil
            guard setApart else { return false }
            // Inside the box an area's heading may come first, so Evidence or Rating count too.
            let label = inlineLabel(unit)?.label ?? text
            return target(of: unit, inArea: true) != nil || area(of: unit) != nil || spec.target(forLabel: label, inArea: true, inActions: inActions) != nil
        }
    }

    /// The value of the label in cell `i`: the cells right of it up to the next label, or
    /// the cell under it. Returns the index of the next cell to read.
    private func readValue(_ rows: [[Int]], _ r: Int, _ row: [Int], _ i: Int, _ unit: TextUnit, _ target: FormSpec.Target) -> Int {
        var values: [Int] = []
        var j = i + 1
        while j < row.count, !readsAsLabel(layout.unit(row[j]), besideLabel: unit, rows: rows, row: r) {
            // Past the value, a cell styled as a label is the next label of the row: the
            // right-hand pair of a four-column details table, a "Reason:" heading.
            if !values.isEmpty, isStyledLabel(layout.unit(row[j]), besideLabel: unit) { break }
            values.append(row[j])
            j += 1
        }
        if values.isEmpty {
            valueBelow(rows, r, unit, target)
        } else {
            cellsValue(rows, r, values, target, labelUnit: unit)
        }
        return j
    }

    /// Whether a cell right of a label is another label rather than its value. Values can
    /// read like labels ("Team Manager" as an auditor's role): a plain cell beside a styled
    /// label is a value, and so is any cell when the label's own column goes on with
    /// another label below (so its value cannot be under it).
    private func readsAsLabel(_ unit: TextUnit, besideLabel label: TextUnit, rows: [[Int]], row r: Int) -> Bool {
        guard target(of: unit) != nil else { return false }
        if label.looksLikeLabel, !unit.looksLikeLabel { return false }
        guard r + 1 < rows.count, let column = label.cell?.gridColumn,
              let below = rows[r + 1].first(where: { layout.unit($0).cell?.gridColumn == column })
        else { return false }
        let belowUnit = layout.unit(below)
        let belowIsLabel = (target(of: belowUnit) != nil || area(of: belowUnit) != nil)
            && (belowUnit.looksLikeLabel || !label.looksLikeLabel)
        return !belowIsLabel
    }

    /// A cell that names a field and looks like a label (as the label beside it does, or
    /// styled where that one is not).
    private func isStyledLabel(_ unit: TextUnit, besideLabel label: TextUnit) -> Bool {
        guard target(of: unit) != nil || area(of: unit) != nil else { return false }
        return unit.looksLikeLabel || !label.looksLikeLabel
    }

    /// Label above value: the cell in the next row under the label.
    private func valueBelow(_ rows: [[Int]], _ r: Int, _ label: TextUnit, _ target: FormSpec.Target) {
        guard r + 1 < rows.count, let position = label.cell else { return }
        if let type = choiceType(target), readOptionsGrid(rows, target: target, type: type, area: currentArea, startingAt: r + 1) { return }
        guard let below = rows[r + 1].first(where: { layout.unit($0).cell?.gridColumn == position.gridColumn }),
              !consumed.contains(below), layout.unit(below).cell?.isMergeContinuation != true
        else { return }
        let unit = layout.unit(below)
        if self.target(of: unit) != nil,
           unit.looksLikeLabel || !label.looksLikeLabel { return }
        consumed.insert(below)
        assign(target, paragraphs: statements(of: unit), location: unit.location, method: .table)
    }

    /// Label then value cells to its right: the first holds the value, a second one the
    /// field's reason or comment, and tick boxes across the cells make a choice.
    private func cellsValue(_ rows: [[Int]], _ r: Int, _ values: [Int], _ target: FormSpec.Target, labelUnit: TextUnit) {
        let units = values.map(layout.unit)
        let open = units.filter { !consumed.contains($0.id) && !valueText($0).isEmpty }
        if let type = choiceType(target) {
            var boxed = units.filter { ChoiceResolver.hasBoxes(valueText($0)) }
            if boxed.contains(where: { !valueText($0).contains(where: \.isLetter) }) {
                // Bare boxes in cells of their own, each beside its option ("Good | ☒").
                boxed = units.filter { ChoiceResolver.hasBoxes(valueText($0)) || isOption(valueText($0), type) }
            }
            let joined = boxed.map(valueText).joined(separator: "\t")
            if !boxed.isEmpty, !ChoiceResolver.tickedOptions(in: joined).isEmpty || joined.allSatisfy({ "☐□ \t\n".contains($0) }) {
                boxed.forEach { consumed.insert($0.id) }
                assign(target, paragraphs: [(joined, false)], location: boxed[0].location, method: .table)
                // Free text beside the boxes is the field's reason or comment.
                assignSubField(of: target, from: open.filter { unit in !boxed.contains { $0 === unit } })
                return
            }
            let options = open.filter { isOption(valueText($0), type) }
            let others = open.filter { !isOption(valueText($0), type) }
            if options.count >= 2 {
                // A row of options: the marks are in the row below. Never take the first
                // option as the answer when none is marked.
                if others.allSatisfy({ isSubFieldHeader($0, of: target) }) {
                    _ = readOptionsGrid(rows, target: target, type: type, area: currentArea, startingAt: r, columns: options, extras: others)
                }
                return
            }
        }
        guard let first = open.first else { return }
        consumed.insert(first.id)
        assign(target, paragraphs: statements(of: first), location: first.location, method: .table)
        assignSubField(of: target, from: Array(open.dropFirst().prefix(1)))
    }

    /// A cell beside a field's value holds its reason or comment ("Reason: …" or the text alone).
    private func assignSubField(of target: FormSpec.Target, from units: [TextUnit]) {
        guard case .field(let field) = target, let sub = field.subFields.first.flatMap(spec.field(key:)),
              let extra = units.first(where: { !consumed.contains($0.id) && !valueText($0).isEmpty }) else { return }
        consumed.insert(extra.id)
        var paragraphs = statements(of: extra)
        if let first = paragraphs.first, let (label, value) = LabelText.splitInline(first.text), subField(of: field, forLabel: label) != nil {
            paragraphs[0].text = value
        }
        assign(.field(sub), paragraphs: paragraphs, location: extra.location, method: .table)
    }

    /// A column heading such as "Reason" or "Comment" beside a choice's options.
    private func isSubFieldHeader(_ unit: TextUnit, of target: FormSpec.Target) -> Bool {
        guard case .field(let field) = target else { return false }
        return subField(of: field, forLabel: valueText(unit)) != nil
    }

    /// A row of options (Outstanding | Good | …) with a row of marks under it, or a row
    /// of options each with its own box. `extras` are headings beside the options
    /// ("Reason", "Comment") whose text is in the row below, under them.
    private func readOptionsGrid(_ rows: [[Int]], target: FormSpec.Target, type: FieldType, area: String?, startingAt r: Int,
                                 columns: [TextUnit]? = nil, extras: [TextUnit] = []) -> Bool {
        guard r < rows.count else { return false }
        let options = columns ?? rows[r].map(layout.unit).filter { !valueText($0).isEmpty }
        guard options.count >= 2, options.allSatisfy({ isOption(valueText($0), type) }) else { return false }
        let joined = options.map(valueText).joined(separator: "\t")
        if ChoiceResolver.hasBoxes(joined) {
            options.forEach { consumed.insert($0.id) }
            assign(target, paragraphs: [(joined, false)], location: options[0].location, method: .table, area: area)
            return true
        }
        guard r + 1 < rows.count else { return false }
        let marks = rows[r + 1].map(layout.unit)
        func under(_ unit: TextUnit) -> TextUnit? {
            guard let column = unit.cell?.gridColumn else { return nil }
            return marks.first { $0.cell?.gridColumn == column }
        }
        var chosen: [TextUnit] = []
        var markCells: [TextUnit] = []
        for option in options {
            guard let mark = under(option) else { continue }
            let text = valueText(mark)
            if ChoiceResolver.isMark(text) { chosen.append(option) } else if !ChoiceResolver.isUnmarked(text) { return false }
            markCells.append(mark)
        }
        guard !markCells.isEmpty else { return false }
        options.forEach { consumed.insert($0.id) }
        markCells.forEach { consumed.insert($0.id) }
        for extra in extras {
            consumed.insert(extra.id)
            if let below = under(extra), !consumed.contains(below.id) { assignSubField(of: target, from: [below]) }
        }
        resolveChoice(target, chosen: chosen, area: area)
        return true
    }

    /// The one option marked, or a warning when several are: two ticks are never a guess.
    private func resolveChoice(_ target: FormSpec.Target, chosen: [TextUnit], area: String?) {
        guard let first = chosen.first else { return }
        if chosen.count > 1 {
            warn(key(for: target, area: area), "more than one option is marked (\(chosen.map(valueText).joined(separator: ", "))); none was taken", location: first.location)
            return
        }
        assign(target, paragraphs: [(valueText(first), false)], location: first.location, method: .table, area: area)
    }

    /// Whether a bold line under an unanswered label can be its answer: for a choice, only
    /// one of its options (else it is the next heading, as "Actions" after an empty
    /// "Category of concern:" in a blank template); for other fields, anything.
    private func isAnswer(_ text: String, to target: FormSpec.Target) -> Bool {
        guard let type = choiceType(target) else { return true }
        let outcome = normaliser.normalise(text, as: type)
        return outcome.value != nil && outcome.warning == nil
    }

    /// The vocabulary or yes/no type of a target that is a choice, else nil.
    private func choiceType(_ target: FormSpec.Target) -> FieldType? {
        switch target {
        case .field(let field): isChoice(field.type) ? field.type : nil
        case .areaPart(let part, _): part == .rating ? .vocabulary("rating") : nil
        case .actionColumn(let column): column == "into_care_plan" ? .boolean : nil
        }
    }

    private func subField(of field: FormSpec.FieldSpec, forLabel label: String) -> FormSpec.FieldSpec? {
        subField(of: field, forCandidates: spec.candidates(label))
    }

    private func subField(of field: FormSpec.FieldSpec, forCandidates candidates: [String]) -> FormSpec.FieldSpec? {
        guard let sub = field.subFields.first, let subSpec = spec.field(key: sub) else { return nil }
        if candidates.contains(where: spec.besideChoiceLabels.contains) { return subSpec }
        if case .field(let named)? = spec.target(forCandidates: candidates, inArea: false), named.key == sub { return subSpec }
        return nil
    }

    /// A table whose header row lists a vocabulary's options (Who | Spoken with |
    /// Attempted | … | Reason) and whose rows are fields with a box or mark under the
    /// chosen option; a column that is no option holds each field's reason or comment.
    /// Rows may name the field in full ("Child / young person contacted") or only its
    /// party ("Child"), which the header's vocabulary makes plain.
    private func readChoiceColumns(_ rows: [[Int]]) -> Bool {
        guard rows.count >= 2 else { return false }
        typealias Grid = (type: FieldType, options: [Int: String], others: Set<Int>)
        // Every vocabulary the header could be a row of options of ("Yes | No" is a yes/no
        // and also participation's spellings): each row's field says which it is.
        var grids: [Grid] = []
        var h = 0
        for row in 0..<min(2, rows.count - 1) {
            let header = rows[row].map(layout.unit)
            // A row that names fields beside its first cell is label | value pairs, whose
            // values may well be options ("Social worker spoken with | Yes | Team manager … | No").
            if header.dropFirst().contains(where: { unit in
                if case .field? = target(of: unit, inArea: false) { true } else { false }
            }) { continue }
            for type in spec.choiceTypes {
                var options: [Int: String] = [:]
                var others: Set<Int> = []
                for unit in header.dropFirst() {
                    guard let column = unit.cell?.gridColumn else { continue }
                    let text = valueText(unit)
                    if isOption(text, type) { options[column] = text } else if !text.isEmpty { others.insert(column) }
                }
                if options.count >= 2 { grids.append((type, options, others)) }
            }
            if !grids.isEmpty { h = row; break }
        }
        grids.sort { $0.options.count > $1.options.count }
        guard !grids.isEmpty else { return false }
        var fieldRows: [(FormSpec.FieldSpec, [TextUnit], TextUnit, Grid)] = []
        /// A grid of ratings with one row per area of practice.
        var areaRows: [(String, [TextUnit], TextUnit, Grid)] = []
        for row in rows.dropFirst(h + 1) {
            let units = row.map(layout.unit)
            guard let first = units.first(where: { !valueText($0).isEmpty }), first.cell?.isMergeContinuation != true,
                  !grids.contains(where: { $0.options[first.cell?.gridColumn ?? -1] != nil }) else { continue }
            if case .field(let field)? = target(of: first, inArea: false), let grid = grids.first(where: { $0.type == field.type }) {
                fieldRows.append((field, units, first, grid))
            } else if let area = area(of: first), let grid = grids.first(where: { $0.type == .vocabulary("rating") }) {
                areaRows.append((area.key, units, first, grid))
            } else if let (field, grid) = grids.lazy.compactMap({ grid in self.spec.choiceField(ofType: grid.type, forParty: self.valueText(first)).map { ($0, grid) } }).first {
                fieldRows.append((field, units, first, grid))
            }
        }
        guard !fieldRows.isEmpty || !areaRows.isEmpty else { return false }
        let header = rows[h].map(layout.unit)
        for (area, units, label, grid) in areaRows {
            let optionColumns = grid.options
            consumed.insert(label.id)
            labelTexts.append(FormLabel(text: valueText(label), field: "areas.\(area)", location: label.location))
            let marked = units.filter { unit in
                unit !== label && optionColumns[unit.cell?.gridColumn ?? -1] != nil && ChoiceResolver.isMark(valueText(unit))
            }
            units.filter { optionColumns[$0.cell?.gridColumn ?? -1] != nil && ChoiceResolver.isUnmarked(valueText($0)) }.forEach { consumed.insert($0.id) }
            marked.forEach { consumed.insert($0.id) }
            let chosen = marked.compactMap { unit in optionColumns[unit.cell?.gridColumn ?? -1].map { (unit, $0) } }
            if chosen.count > 1 {
                warn("areas.\(area).rating", "more than one option is marked (\(chosen.map(\.1).joined(separator: ", "))); none was taken", location: chosen[0].0.location)
            } else if let (unit, option) = chosen.first {
                assign(.areaPart(.rating, area: area), paragraphs: [(option, false)], location: unit.location, method: .table)
            }
        }
        header.forEach { consumed.insert($0.id) }
        for row in rows.prefix(h) { row.forEach { consumed.insert($0) } }
        for (field, units, label, grid) in fieldRows {
            let (optionColumns, otherColumns) = (grid.options, grid.others)
            consumed.insert(label.id)
            noteLabel(.field(field), text: valueText(label), at: label.location)
            var chosen: [TextUnit] = []
            var optionText: [Int: String] = [:]
            for unit in units where unit !== label {
                guard let column = unit.cell?.gridColumn else { continue }
                let text = valueText(unit)
                if let option = optionColumns[column] {
                    if ChoiceResolver.isMark(text) { chosen.append(unit); optionText[unit.id] = option }
                    if ChoiceResolver.isUnmarked(text) || ChoiceResolver.isMark(text) { consumed.insert(unit.id) }
                } else if otherColumns.contains(column), !text.isEmpty, let sub = field.subFields.first, let subSpec = spec.field(key: sub) {
                    consumed.insert(unit.id)
                    assign(.field(subSpec), paragraphs: statements(of: unit), location: unit.location, method: .table)
                }
            }
            if let first = chosen.first {
                if chosen.count > 1 {
                    warn(field.key, "more than one option is marked (\(chosen.compactMap { optionText[$0.id] }.joined(separator: ", "))); none was taken", location: first.location)
                } else {
                    assign(.field(field), paragraphs: [(optionText[first.id] ?? "", false)], location: first.location, method: .table)
                }
            }
        }
        return true
    }

    private func isBooleanTarget(_ target: FormSpec.Target) -> Bool {
        if case .field(let field) = target, field.type == .boolean { return true }
        return false
    }

    private func isChoice(_ type: FieldType) -> Bool {
        switch type {
        case .vocabulary, .boolean: true
        default: false
        }
    }

    private func isOption(_ text: String, _ type: FieldType) -> Bool {
        // Options are short: a grid asks this of every cell, evidence cells included, for
        // every choice type, and walking their characters was most of import's time.
        guard text.utf8.count <= 160 else { return false }
        let stripped = ChoiceResolver.hasBoxes(text) ? text.filter { !"☐□☒☑✓✔✗✘".contains($0) }.trimmedWhitespace : text.trimmedWhitespace
        switch type {
        case .vocabulary(let name): return normaliser.schema.vocabulary(name)?.key(for: stripped) != nil
        case .boolean: return BooleanNormaliser.bool(from: stripped) != nil
        default: return false
        }
    }

    private func statements(of unit: TextUnit) -> [(text: String, isListItem: Bool)] {
        let placeholders = placeholderText[unit.id] ?? []
        return unit.statementSource.map { source in
            var text = source.text
            for p in placeholders { text = text.replacingOccurrences(of: p, with: "") }
            return (text, source.isListItem)
        }
    }

    // MARK: - Actions and area grids

    private func readActionsTable(_ rows: [[Int]]) -> Bool {
        guard let headerIndex = rows.prefix(3).firstIndex(where: { row in
            let columns = row.compactMap { spec.actionColumn(forCandidates: candidates(layout.unit($0))) }
            return Set(columns).count >= 2 && columns.contains("description")
        }) else { return false }
        var columns: [Int: String] = [:]
        for id in rows[headerIndex] {
            let unit = layout.unit(id)
            if let column = spec.actionColumn(forCandidates: candidates(unit)), let position = unit.cell {
                columns[position.gridColumn] = column
            }
            consumed.insert(id)
        }
        for row in rows.prefix(headerIndex) { row.forEach { if valueText(layout.unit($0)).count < 40 { consumed.insert($0) } } }
        inActions = true
        openAction = nil
        lastFieldWithSubFields = nil
        for row in rows.dropFirst(headerIndex + 1) {
            var action: [String: Hit] = [:]
            for id in row {
                let unit = layout.unit(id)
                guard let position = unit.cell, let column = columns[position.gridColumn] else { continue }
                let type: FieldType = switch column {
                case "due_on": .date
                case "into_care_plan": .boolean
                default: .text
                }
                let outcome = normaliser.normalise(statements(of: unit), as: type)
                consumed.insert(id)
                guard let value = outcome.value else { continue }
                action[column] = Hit(value: value, location: unit.location, method: .table)
                if let warning = outcome.warning { warn("actions[\(actions.count)].\(column)", warning, location: unit.location) }
            }
            if action["description"] != nil, action["into_care_plan"] == nil, columns.values.contains("into_care_plan") {
                // A tick column left blank on an action that exists: not added to the plan.
                if let location = action["description"]?.location { action["into_care_plan"] = Hit(value: .boolean(false), location: location, method: .table) }
            }
            // A row with nothing written in it (at most an unticked box) is no action.
            if case .text(let text)? = action["description"]?.value, saysNoAction(text) {
                labelTexts.append(FormLabel(text: text, field: "actions", location: action["description"]?.location ?? layout.unit(row[0]).location))
                continue
            }
            if action.values.contains(where: { $0.value != .boolean(false) }) { actions.append(action) }
        }
        return true
    }

    /// A grid with one row per area and columns Evidence | Impact | Rating, or with the
    /// rating's options as columns (Outstanding | Good | …) and a mark under one of them.
    private func readAreaGrid(_ rows: [[Int]]) -> Bool {
        guard let header = rows.first else { return false }
        var parts: [Int: FormSpec.AreaPart] = [:]
        var ratingOptions: [Int: String] = [:]
        for id in header {
            let unit = layout.unit(id)
            guard let position = unit.cell else { continue }
            if case .areaPart(let part, _)? = target(of: unit, inArea: true) {
                parts[position.gridColumn] = part
            } else if isOption(valueText(unit), .vocabulary("rating")) {
                ratingOptions[position.gridColumn] = valueText(unit)
            }
        }
        if ratingOptions.count >= 2 { parts = parts.filter { $0.value != .rating } } else { ratingOptions = [:] }
        guard Set(parts.values).count + (ratingOptions.isEmpty ? 0 : 1) >= 2,
              rows.dropFirst().contains(where: { row in row.first.map { area(of: layout.unit($0)) != nil } ?? false })
        else { return false }
        header.forEach { consumed.insert($0) }
        for row in rows.dropFirst() {
            guard let first = row.first, let area = area(of: layout.unit(first)) else { continue }
            consumed.insert(first)
            labelTexts.append(FormLabel(text: valueText(layout.unit(first)), field: "areas.\(area.key)", location: layout.unit(first).location))
            var marked: [TextUnit] = []
            for id in row.dropFirst() {
                let unit = layout.unit(id)
                guard let position = unit.cell else { continue }
                if ratingOptions[position.gridColumn] != nil {
                    let text = valueText(unit)
                    if ChoiceResolver.isMark(text) { marked.append(unit); consumed.insert(id) } else if ChoiceResolver.isUnmarked(text) { consumed.insert(id) }
                    continue
                }
                guard let part = parts[position.gridColumn] else { continue }
                consumed.insert(id)
                assign(.areaPart(part, area: area.key), paragraphs: statements(of: unit), location: unit.location, method: .table)
            }
            if marked.count > 1 {
                warn("areas.\(area.key).rating", "more than one option is marked (\(marked.compactMap { ratingOptions[$0.cell?.gridColumn ?? -1] }.joined(separator: ", "))); none was taken", location: marked[0].location)
            } else if let mark = marked.first, let option = ratingOptions[mark.cell?.gridColumn ?? -1] {
                assign(.areaPart(.rating, area: area.key), paragraphs: [(option, false)], location: mark.location, method: .table)
            }
        }
        return true
    }

    /// Parties across the top, answers under them: "Social worker | Team manager | Child |
    /// …" over a row of outcomes ("Spoken | Attempted | …") and perhaps a row of reasons. The
    /// answers say which choice the headings are (a participation, not the social worker's
    /// name), so a heading's text field never takes an outcome as a name.
    private func readChoiceColumnsAcross(_ rows: [[Int]]) -> Bool {
        guard rows.count >= 2 else { return false }
        let header = rows[0].map(layout.unit)
        // Fields named down the first column make it a table of rows, not of columns.
        let namedDownTheSide = rows.dropFirst().contains { row in
            row.first.map { id in if case .field? = target(of: layout.unit(id), inArea: false) { true } else { false } } ?? false
        }
        guard !namedDownTheSide else { return false }
        // Each heading's possible choices, worked out once: a choice it names in full, or
        // the choices of the party it names.
        var headings: [(column: Int, text: String, choices: [FormSpec.FieldSpec])] = []
        for unit in header {
            let text = valueText(unit)
            guard let column = unit.cell?.gridColumn, !text.isEmpty else { continue }
            var choices = spec.choiceFields(forParty: text)
            if case .field(let field)? = target(of: unit, inArea: false), isChoice(field.type) { choices.insert(field, at: 0) }
            if !choices.isEmpty { headings.append((column, text, choices)) }
        }
        guard headings.count >= 2 else { return false }
        var best: (type: FieldType, fields: [Int: FormSpec.FieldSpec], answers: Int)?
        for type in spec.choiceTypes {
            var fields: [Int: FormSpec.FieldSpec] = [:]
            for heading in headings where !isOption(heading.text, type) {
                if let field = heading.choices.first(where: { $0.type == type }) { fields[heading.column] = field }
            }
            guard fields.count >= 2 else { continue }
            // Answers: cells under the headings that are one of the type's options.
            let answers = rows.dropFirst().reduce(0) { count, row in
                count + row.map(layout.unit).filter { fields[$0.cell?.gridColumn ?? -1] != nil && isOption(valueText($0), type) }.count
            }
            if answers >= 2, answers > (best?.answers ?? 0) { best = (type, fields, answers) }
        }
        guard let (type, fields, _) = best else { return false }
        header.filter { fields[$0.cell?.gridColumn ?? -1] != nil || valueText($0).isEmpty }.forEach { unit in
            consumed.insert(unit.id)
            if let field = fields[unit.cell?.gridColumn ?? -1] { labelTexts.append(FormLabel(text: valueText(unit), field: field.key, location: unit.location)) }
        }
        for row in rows.dropFirst() {
            let units = row.map(layout.unit)
            let answerRow = units.contains { fields[$0.cell?.gridColumn ?? -1] != nil && isOption(valueText($0), type) }
            for unit in units {
                let text = valueText(unit)
                guard let field = fields[unit.cell?.gridColumn ?? -1] else {
                    // The row's own heading ("Outcome", "Reason") is a label of the grid.
                    if !text.isEmpty, unit.cell?.gridColumn == units.first?.cell?.gridColumn { consumed.insert(unit.id) }
                    continue
                }
                guard !text.isEmpty else { continue }
                if answerRow, isOption(text, type) {
                    consumed.insert(unit.id)
                    assign(.field(field), paragraphs: [(text, false)], location: unit.location, method: .table)
                } else if !answerRow {
                    assignSubField(of: .field(field), from: [unit])
                }
            }
        }
        return true
    }

    // MARK: - Recording values

    private func key(for target: FormSpec.Target, area: String?) -> String {
        switch target {
        case .field(let field): field.key
        case .areaPart(let part, let explicit): "areas.\(explicit ?? area ?? "?").\(part.rawValue)"
        case .actionColumn(let column): "actions[\(openAction ?? actions.count)].\(column)"
        }
    }

    private func assign(_ target: FormSpec.Target, paragraphs: [(text: String, isListItem: Bool)], location: Location, method: Method, area: String? = nil) {
        if let id = paragraphUnitByLocation[location] ?? unitByPlace[Place(location)] { valueUnits.insert(id) }
        switch target {
        case .field(let field):
            if let sub = field.subFields.first.flatMap(spec.field(key:)), isChoice(field.type),
               let (answer, rest) = answerAndRest(paragraphs, as: field.type) {
                // "Mixed" and, on the lines after it, what the parent said: the view and its comment.
                assign(target, paragraphs: [answer], location: location, method: method, area: area)
                if hits[sub.key].map({ $0.method < method }) ?? true {
                    assign(.field(sub), paragraphs: rest, location: location, method: method, area: area)
                }
                return
            }
            if let sub = field.subFields.first.flatMap(spec.field(key:)), isChoice(field.type), paragraphs.count == 1,
               let (answer, tail) = answerAndTail(paragraphs[0].text, as: field.type) {
                // "Attempted – he was at school": the answer, and its reason after the dash.
                assign(target, paragraphs: [(answer, false)], location: location, method: method, area: area)
                if hits[sub.key] == nil { assign(.field(sub), paragraphs: [(tail, false)], location: location, method: .inferred, area: area) }
                written[field.key] = paragraphs[0].text.trimmedWhitespace
                return
            }
            if let choice = partyChoice(for: field, written: paragraphs), method <= .table {
                // "Social worker | Spoken": an outcome under a party's name is that party's
                // participation, never the social worker's name.
                assign(.field(choice), paragraphs: paragraphs, location: location, method: method, area: area)
                return
            }
            let outcome = normaliser.normalise(paragraphs, as: field.type)
            if let warning = outcome.warning { warn(field.key, warning, location: location) }
            guard let value = outcome.value else { return }
            if let existing = hits[field.key], existing.method >= method { return }
            hits[field.key] = Hit(value: value, location: location, method: method)
            noteWritten(field.key, paragraphs, value)
        case .areaPart(let part, let explicit):
            guard let areaKey = explicit ?? area ?? currentArea else {
                warn("areas", "found \(part.rawValue) outside any area of practice", location: location)
                return
            }
            let type: FieldType = part == .rating ? .vocabulary("rating") : .statements
            let outcome = normaliser.normalise(paragraphs, as: type)
            if let warning = outcome.warning { warn("areas.\(areaKey).\(part.rawValue)", warning, location: location) }
            guard let value = outcome.value else { return }
            let builder = areas[areaKey] ?? AreaBuilder()
            areas[areaKey] = builder
            let hit = Hit(value: value, location: location, method: method)
            switch part {
            case .rating: if builder.rating.map({ $0.method < method }) ?? true { builder.rating = hit; noteWritten("areas.\(areaKey).rating", paragraphs, value) }
            case .evidence: if builder.evidence.map({ $0.method < method }) ?? true { builder.evidence = hit }
            case .impact: if builder.impact.map({ $0.method < method }) ?? true { builder.impact = hit }
            }
        case .actionColumn(let column):
            let type: FieldType = switch column {
            case "due_on": .date
            case "into_care_plan": .boolean
            default: .text
            }
            let outcome = normaliser.normalise(paragraphs, as: type)
            if column == FormSpec.actionDescription, case .text(let text)? = outcome.value, saysNoAction(text) {
                // Kept with the actions' labels: the auditor's words, though no action.
                labelTexts.append(FormLabel(text: text, field: "actions", location: location))
                openAction = nil
                return
            }
            // A column the open action already has starts the next action of the group.
            let index = openAction.flatMap { actions[$0][column] == nil ? $0 : nil } ?? actions.count
            if let warning = outcome.warning { warn("actions[\(index)].\(column)", warning, location: location) }
            guard let value = outcome.value else { return }
            if index == actions.count { actions.append([:]) }
            openAction = index
            actions[index][column] = Hit(value: value, location: location, method: method)
            noteWritten("actions[\(index)].\(column)", paragraphs, value)
        }
    }

    /// What auditors write where no action is needed (the form's `no_action_phrases`):
    /// not an action without an owner.
    private func saysNoAction(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let key = LabelKey.normalise(text)
        if spec.noActionPhrases.contains(key) { return true }
        // "No actions were agreed this month": a phrase of two words or more, then a few more.
        let words = key.split(separator: " ")
        guard words.count <= 8 else { return false }
        return spec.noActionPhrases.contains { phrase in phrase.contains(" ") && key.hasPrefix(phrase + " ") }
    }

    /// A choice's answer on its first line and free text after it, when the first line
    /// is exactly one of the choice's options.
    private func answerAndRest(_ paragraphs: [(text: String, isListItem: Bool)], as type: FieldType)
        -> (answer: (text: String, isListItem: Bool), rest: [(text: String, isListItem: Bool)])? {
        var lines: [(text: String, isListItem: Bool)] = []
        for paragraph in paragraphs {
            for line in paragraph.text.split(whereSeparator: \.isNewline) where !line.trimmedWhitespace.isEmpty {
                lines.append((String(line).trimmedWhitespace, paragraph.isListItem))
            }
        }
        guard lines.count >= 2, !ChoiceResolver.hasBoxes(lines[0].text), isOption(lines[0].text, type) else { return nil }
        return (lines[0], Array(lines.dropFirst()))
    }

    /// A row headed by a party alone ("Child", "Parent / carer") whose next cell is one of a
    /// choice's answers: that party's choice (participation, or view of the service).
    private func partyLabel(_ unit: TextUnit, besideIn row: [Int], at i: Int) -> FormSpec.Target? {
        guard i + 1 < row.count, valueText(unit).count <= 40 else { return nil }
        let answer = valueText(layout.unit(row[i + 1]))
        guard !answer.isEmpty, answer.count <= 120 else { return nil }
        return spec.choiceFields(forParty: valueText(unit)).first { isOption(answer, $0.type) || answerAndTail(answer, as: $0.type) != nil }.map { .field($0) }
    }

    /// The choice field of the party a text field names (the social worker's participation
    /// for `social_worker`), when what is written is one of that choice's own words and no
    /// plausible name or yes/no ("Attempted", "Not contacted", "Mixed").
    private func partyChoice(for field: FormSpec.FieldSpec, written paragraphs: [(text: String, isListItem: Bool)]) -> FormSpec.FieldSpec? {
        let choices = spec.partyChoices(of: field.key)
        guard !choices.isEmpty, paragraphs.count == 1 else { return nil }
        let text = paragraphs[0].text.trimmedWhitespace
        guard text.count <= 40, BooleanNormaliser.bool(from: text) == nil, LabelKey.normalise(text) != "none" else { return nil }
        return choices.first { isOption(text, $0.type) || answerAndTail(text, as: $0.type) != nil }
    }

    /// "Attempted – on leave", "Yes, discussed in supervision": a clean option, a dash, colon,
    /// semicolon or comma, then free text.
    private func answerAndTail(_ text: String, as type: FieldType) -> (answer: String, tail: String)? {
        // Every separator has one of these bytes ("–" and "—" open with 0xE2): most values have none.
        guard text.utf8.count <= 400, text.utf8.contains(where: { $0 == 0x2D || $0 == 0x3A || $0 == 0x3B || $0 == 0x2C || $0 == 0x28 || $0 == 0x2E || $0 == 0xE2 }) else { return nil }
        let line = text.trimmedWhitespace
        guard !line.contains("\n"), !ChoiceResolver.hasBoxes(line) else { return nil }
        for separator in [" – ", " — ", " - ", ": ", "; ", ", ", " (", ". "] {
            guard let range = line.range(of: separator) else { continue }
            let head = String(line[..<range.lowerBound]).trimmedWhitespace
            var tail = String(line[range.upperBound...]).trimmedWhitespace
            if separator == " (", tail.hasSuffix(")") { tail.removeLast() }
            guard !tail.isEmpty, tail.contains(where: \.isLetter), isOption(head, type), !isOption(line, type) else { continue }
            return (head, tail)
        }
        return nil
    }

    /// Keeps what was written when the record holds it in another form ("Dec-19" → 2019-12).
    private func noteWritten(_ key: String, _ paragraphs: [(text: String, isListItem: Bool)], _ value: RecordValue) {
        let raw = paragraphs.map(\.text).joined(separator: "\n").trimmedWhitespace
        let stored: String? = switch value {
        case .text(let text): text
        case .integer(let number): String(number)
        default: nil
        }
        if raw != stored, !raw.isEmpty { written[key] = raw }
    }

    private func noteLabel(_ target: FormSpec.Target, text: String, at location: Location) {
        let key = key(for: target, area: currentArea)
        if labelLocations[key] == nil { labelLocations[key] = location }
        labelTexts.append(FormLabel(text: text, field: key, location: location))
        switch target {
        case .field(let field):
            inActions = false
            openAction = nil
            if !field.subFields.isEmpty {
                lastFieldWithSubFields = field
            } else if lastFieldWithSubFields?.subFields.contains(field.key) != true {
                lastFieldWithSubFields = nil
            }
        case .areaPart:
            inActions = false
            lastFieldWithSubFields = nil
        case .actionColumn:
            inActions = true
            lastFieldWithSubFields = nil
        }
    }

    /// Every label and heading read, and every other text a reader consumed without taking
    /// it as a value (option headings of a grid, a section's title row): a form's words
    /// stay in the record even where they are not values.
    var labels: [FormLabel] {
        // The same words twice need keeping once: these keep the form's text, and where each
        // field's label stands is in labelLocations.
        var result = labelTexts
        var seen = Set(labelTexts.map(\.text))
        if let title, let unit = layout.units.first(where: { valueText($0) == title }) {
            if seen.insert(title).inserted { result.append(FormLabel(text: title, field: nil, location: unit.location)) }
        }
        for unit in layout.units where consumed.contains(unit.id) && !valueUnits.contains(unit.id) && isRead(unit) && !flowedCells.contains(unit.id) {
            let text = valueText(unit)
            guard !text.isEmpty, seen.insert(text).inserted else { continue }
            result.append(FormLabel(text: text, field: nil, location: unit.location))
        }
        return result
    }

    private func warn(_ field: String, _ message: String, location: Location?) {
        warnings.append(RecordWarning(field: field, message: message, written: nil, location: location))
    }
}
