import Foundation
import StarlingDocument
import StarlingSchema

/// One pass of mapping a Word document onto a form definition. Walks the layout in
/// reading order, keeping the current area of practice and a pending label, and records
/// each value with where it came from. Whatever no field consumes ends up in `unmapped`.
final class MappingSession {
    /// How a value was found; a better method wins when the same field is found twice.
    enum Method: Int, Comparable {
        case paragraph = 1, table = 2, formField = 3, contentControl = 4
        static func < (a: Method, b: Method) -> Bool { a.rawValue < b.rawValue }
        var layoutName: String {
            switch self {
            case .paragraph: "paragraph"
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
        for item in layout.items {
            switch item {
            case .paragraph(let id): paragraph(id)
            case .table(let index): table(index)
            }
        }
        flushPending()
    }

    /// Text of units that nothing consumed.
    var unmapped: [UnmappedText] {
        layout.units.filter { !consumed.contains($0.id) && !valueText($0).isEmpty }
            .map { UnmappedText(text: valueText($0), location: $0.location) }
    }

    // MARK: - Controls and legacy fields

    private func indexControlsAndFields() {
        var unitByPlace: [Place: Int] = [:]
        for unit in layout.units {
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

    /// The field or area part the unit's text names as a label; `inArea` defaults to
    /// whether the walk is inside an area of practice.
    private func target(of unit: TextUnit, inArea: Bool? = nil) -> FormSpec.Target? {
        spec.target(forCandidates: candidates(unit), inArea: inArea ?? (currentArea != nil))
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
            covered.append(control.text)
            if control.showingPlaceholder { continue }
            let written: String?
            switch control.kind {
            case .checkBox:
                // In a grid of boxes sharing one tag, each box's title is its option ("Good").
                if choiceType(target) != nil, let option = control.title,
                   !isBooleanTarget(target) || BooleanNormaliser.bool(from: option) != nil {
                    guard control.checked == true else { continue }
                    written = option
                } else {
                    written = control.checked.map { $0 ? "Yes" : "No" }
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
        if let area = area(of: unit), unit.looksLikeLabel || text.count <= 80 {
            flushPending()
            currentArea = area.key
            consumed.insert(id)
            return
        }
        if let open = pending, open.units.isEmpty, open.styled, !unit.looksLikeLabel, area(of: unit) == nil,
           LabelText.splitInline(text).flatMap({ spec.target(forLabel: $0.label, inArea: currentArea != nil) }) == nil {
            // Under a bold label, a plain paragraph is its value even when it reads like
            // another label ("Team Manager" as the auditor's role).
            pending?.units.append(id)
            consumed.insert(id)
            return
        }
        if let (label, value) = LabelText.splitInline(text), !value.isEmpty,
           let field = pending.flatMap({ open -> FormSpec.FieldSpec? in if case .field(let f) = open.target { f } else { nil } }) ?? inlineField,
           let sub = subField(of: field, forLabel: label) {
            // "Reason: …" / "Comment: …" under a participation or feedback answer.
            assign(.field(sub), paragraphs: [(value, false)], location: unit.location, method: .paragraph)
            consumed.insert(id)
            return
        }
        if let target = target(of: unit) {
            flushPending()
            if case .field = target { currentArea = nil }
            noteLabel(target, at: unit.location)
            inlineField = nil
            pending = (target, [], currentArea, unit.looksLikeLabel)
            consumed.insert(id)
            return
        }
        if let (label, value) = LabelText.splitInline(text), let target = spec.target(forLabel: label, inArea: currentArea != nil) {
            flushPending()
            if case .field = target { currentArea = nil }
            noteLabel(target, at: unit.location)
            inlineField = nil
            if case .field(let field) = target, !field.subFields.isEmpty { inlineField = field }
            if value.isEmpty {
                pending = (target, [], currentArea, unit.looksLikeLabel)
            } else {
                assign(target, paragraphs: [(value, unit.paragraphs.first?.list != nil)], location: unit.location, method: .paragraph)
            }
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
    }

    private func flushPending() {
        guard let open = pending else { return }
        pending = nil
        guard let first = open.units.first else { return }
        let paragraphs = open.units.flatMap { layout.unit($0).statementSource }
        assign(open.target, paragraphs: paragraphs, location: layout.unit(first).location, method: .paragraph, area: open.area)
    }

    // MARK: - Tables

    private func table(_ index: Int) {
        let rows = layout.tables[index]
        for row in rows { for id in row { applyControls(id) } }
        if readActionsTable(rows) { return }
        if readAreaGrid(rows) { return }
        if let open = pending, let type = choiceType(open.target), readOptionsGrid(rows, target: open.target, type: type, area: open.area, startingAt: 0) {
            pending = nil
            return
        }
        flushPending()
        if readChoiceColumns(rows) { return }
        for r in rows.indices { row(rows, r) }
    }

    private func row(_ rows: [[Int]], _ r: Int) {
        let row = rows[r]
        let open = row.filter { !consumed.contains($0) && !valueText(layout.unit($0)).isEmpty }
        if open.count == 1, let area = area(of: layout.unit(open[0])) {
            currentArea = area.key
            consumed.insert(open[0])
            return
        }
        var i = 0
        while i < row.count {
            let id = row[i]
            let unit = layout.unit(id)
            let text = valueText(unit)
            if consumed.contains(id) || text.isEmpty || unit.cell?.isMergeContinuation == true { i += 1; continue }
            if let area = area(of: unit), unit.looksLikeLabel || row.count == 1 {
                currentArea = area.key
                consumed.insert(id)
                i += 1
                continue
            }
            guard let target = target(of: unit) else {
                if let (label, value) = LabelText.splitInline(text), !value.isEmpty,
                   let target = spec.target(forLabel: label, inArea: currentArea != nil) {
                    assign(target, paragraphs: [(value, false)], location: unit.location, method: .table)
                    consumed.insert(id)
                }
                i += 1
                continue
            }
            if case .field = target, currentArea != nil, area(of: unit) == nil { currentArea = nil }
            noteLabel(target, at: unit.location)
            consumed.insert(id)
            var values: [Int] = []
            var j = i + 1
            while j < row.count, !readsAsLabel(layout.unit(row[j]), besideLabel: unit, rows: rows, row: r) {
                values.append(row[j])
                j += 1
            }
            if values.isEmpty || (j < row.count && values.allSatisfy { valueText(layout.unit($0)).isEmpty && !consumed.contains($0) } && false) {
                valueBelow(rows, r, unit, target)
            } else {
                cellsValue(rows, r, values, target, labelUnit: unit)
            }
            i = j
        }
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
            let joined = units.map(valueText).joined(separator: "\t")
            if ChoiceResolver.hasBoxes(joined), !ChoiceResolver.tickedOptions(in: joined).isEmpty || joined.allSatisfy({ "☐□ \t\n".contains($0) }) {
                units.forEach { consumed.insert($0.id) }
                assign(target, paragraphs: [(joined, false)], location: units[0].location, method: .table)
                return
            }
            if open.count >= 2, open.allSatisfy({ isOption(valueText($0), type) }) {
                // A row of options: the marks are in the row below. Never take the first
                // option as the answer when none is marked.
                _ = readOptionsGrid(rows, target: target, type: type, area: currentArea, startingAt: r, columns: open)
                return
            }
        }
        guard let first = open.first else { return }
        consumed.insert(first.id)
        assign(target, paragraphs: statements(of: first), location: first.location, method: .table)
        if case .field(let field) = target, let sub = field.subFields.first, open.count > 1 {
            let extra = open[1]
            consumed.insert(extra.id)
            var text = valueText(extra)
            if let (label, value) = LabelText.splitInline(text), subField(of: field, forLabel: label) != nil { text = value }
            if let subSpec = spec.field(key: sub) {
                assign(.field(subSpec), paragraphs: [(text, false)], location: extra.location, method: .table)
            }
        }
    }

    /// A row of options (Outstanding | Good | …) with a row of marks under it, or a row
    /// of options each with its own box.
    private func readOptionsGrid(_ rows: [[Int]], target: FormSpec.Target, type: FieldType, area: String?, startingAt r: Int, columns: [TextUnit]? = nil) -> Bool {
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
        var chosen: [TextUnit] = []
        for option in options {
            guard let column = option.cell?.gridColumn,
                  let mark = marks.first(where: { $0.cell?.gridColumn == column }) else { continue }
            if ChoiceResolver.isMark(valueText(mark)) { chosen.append(option) }
        }
        guard !chosen.isEmpty || marks.allSatisfy({ ChoiceResolver.isUnmarked(valueText($0)) }) else { return false }
        options.forEach { consumed.insert($0.id) }
        marks.forEach { consumed.insert($0.id) }
        if let first = chosen.first {
            assign(target, paragraphs: [(valueText(first), false)], location: first.location, method: .table, area: area)
            if chosen.count > 1 {
                warn(key(for: target, area: area), "more than one option is marked (\(chosen.map(valueText).joined(separator: ", "))); took the first", location: first.location)
            }
        }
        return true
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
        }
    }

    /// Words that introduce a field's reason or comment on the line after its answer.
    private static let subFieldWords: Set<String> = ["reason", "reasons", "comment", "comments", "why", "because", "reason given", "details", "notes"]

    private func subField(of field: FormSpec.FieldSpec, forLabel label: String) -> FormSpec.FieldSpec? {
        guard let sub = field.subFields.first, let subSpec = spec.field(key: sub) else { return nil }
        let key = LabelKey.normalise(label)
        if Self.subFieldWords.contains(key) { return subSpec }
        if case .field(let named)? = spec.target(forLabel: label, inArea: false), named.key == sub { return subSpec }
        return nil
    }

    /// A table whose header row lists a vocabulary's options (Who | Spoken with |
    /// Attempted | … | Reason) and whose rows are fields with a box or mark under the
    /// chosen option; a column that is no option holds each field's reason or comment.
    private func readChoiceColumns(_ rows: [[Int]]) -> Bool {
        guard rows.count >= 2 else { return false }
        let header = rows[0].map(layout.unit)
        var fieldRows: [(FormSpec.FieldSpec, [TextUnit], TextUnit)] = []
        for row in rows.dropFirst() {
            let units = row.map(layout.unit)
            guard let first = units.first, first.cell?.isMergeContinuation != true,
                  case .field(let field)? = target(of: first, inArea: false),
                  isChoice(field.type) else { continue }
            fieldRows.append((field, units, first))
        }
        guard let type = fieldRows.first.map({ $0.0.type }) else { return false }
        var optionColumns: [Int: String] = [:]
        var otherColumns: Set<Int> = []
        for unit in header.dropFirst() {
            guard let column = unit.cell?.gridColumn else { continue }
            let text = valueText(unit)
            if isOption(text, type) { optionColumns[column] = text } else if !text.isEmpty { otherColumns.insert(column) }
        }
        guard optionColumns.count >= 2 else { return false }
        // Option headings are read into the values; other headings (Who, Reason) stay unmapped.
        header.filter { $0.cell.map { optionColumns[$0.gridColumn] != nil } ?? false }.forEach { consumed.insert($0.id) }
        for (field, units, label) in fieldRows {
            consumed.insert(label.id)
            var chosen: [(String, TextUnit)] = []
            for unit in units.dropFirst() {
                guard let column = unit.cell?.gridColumn else { continue }
                let text = valueText(unit)
                if let option = optionColumns[column] {
                    if ChoiceResolver.isMark(text) { chosen.append((option, unit)) }
                    if ChoiceResolver.isUnmarked(text) || ChoiceResolver.isMark(text) { consumed.insert(unit.id) }
                } else if otherColumns.contains(column), !text.isEmpty, let sub = field.subFields.first, let subSpec = spec.field(key: sub) {
                    consumed.insert(unit.id)
                    assign(.field(subSpec), paragraphs: statements(of: unit), location: unit.location, method: .table)
                }
            }
            if let (option, unit) = chosen.first {
                assign(.field(field), paragraphs: [(option, false)], location: unit.location, method: .table)
                if chosen.count > 1 {
                    warn(field.key, "more than one option is marked (\(chosen.map(\.0).joined(separator: ", "))); took the first", location: unit.location)
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
        let stripped = text.filter { !"☐□☒☑✓✔✗✘".contains($0) }.trimmedWhitespace
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
        guard let headerIndex = rows.prefix(2).firstIndex(where: { row in
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
            if action.values.contains(where: { $0.value != .boolean(false) }) { actions.append(action) }
        }
        return true
    }

    /// A grid with one row per area and columns Evidence | Impact | Rating.
    private func readAreaGrid(_ rows: [[Int]]) -> Bool {
        guard let header = rows.first else { return false }
        var parts: [Int: FormSpec.AreaPart] = [:]
        for id in header {
            let unit = layout.unit(id)
            if case .areaPart(let part, _)? = target(of: unit, inArea: true), let position = unit.cell {
                parts[position.gridColumn] = part
            }
        }
        guard Set(parts.values).count >= 2,
              rows.dropFirst().contains(where: { row in row.first.map { area(of: layout.unit($0)) != nil } ?? false })
        else { return false }
        header.forEach { consumed.insert($0) }
        for row in rows.dropFirst() {
            guard let first = row.first, let area = area(of: layout.unit(first)) else { continue }
            consumed.insert(first)
            for id in row.dropFirst() {
                let unit = layout.unit(id)
                guard let position = unit.cell, let part = parts[position.gridColumn] else { continue }
                consumed.insert(id)
                assign(.areaPart(part, area: area.key), paragraphs: statements(of: unit), location: unit.location, method: .table)
            }
        }
        return true
    }

    // MARK: - Recording values

    private func key(for target: FormSpec.Target, area: String?) -> String {
        switch target {
        case .field(let field): field.key
        case .areaPart(let part, let explicit): "areas.\(explicit ?? area ?? "?").\(part.rawValue)"
        }
    }

    private func assign(_ target: FormSpec.Target, paragraphs: [(text: String, isListItem: Bool)], location: Location, method: Method, area: String? = nil) {
        switch target {
        case .field(let field):
            let outcome = normaliser.normalise(paragraphs, as: field.type)
            if let warning = outcome.warning { warn(field.key, warning, location: location) }
            guard let value = outcome.value else { return }
            if let existing = hits[field.key], existing.method >= method { return }
            hits[field.key] = Hit(value: value, location: location, method: method)
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
            case .rating: if builder.rating.map({ $0.method < method }) ?? true { builder.rating = hit }
            case .evidence: if builder.evidence.map({ $0.method < method }) ?? true { builder.evidence = hit }
            case .impact: if builder.impact.map({ $0.method < method }) ?? true { builder.impact = hit }
            }
        }
    }

    private func noteLabel(_ target: FormSpec.Target, at location: Location) {
        let key = key(for: target, area: currentArea)
        if labelLocations[key] == nil { labelLocations[key] = location }
    }

    private func warn(_ field: String, _ message: String, location: Location?) {
        warnings.append(RecordWarning(field: field, message: message, written: nil, location: location))
    }
}
