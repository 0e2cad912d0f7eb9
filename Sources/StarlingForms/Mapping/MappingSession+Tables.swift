import Foundation
import StarlingDocument
import StarlingSchema

/// Table rows: a label and its value beside or under it, several pairs to a row, a cell
/// read as a page.
extension MappingSession {
    func table(_ index: Int) {
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

    func row(_ rows: [[Int]], _ r: Int) {
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
    func isRead(_ unit: TextUnit) -> Bool {
        guard let cell = unit.flowOf else { return true }
        return flowedCells.contains(cell)
    }

    /// A cell whose paragraphs after the first include a label or heading set apart as one
    /// (bold, a heading, or "Label:" with its colon): several fields or parts in one box.
    func readsAsPage(_ paragraphs: [Int]) -> Bool {
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
    func readValue(_ rows: [[Int]], _ r: Int, _ row: [Int], _ i: Int, _ unit: TextUnit, _ target: FormSpec.Target) -> Int {
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
    func readsAsLabel(_ unit: TextUnit, besideLabel label: TextUnit, rows: [[Int]], row r: Int) -> Bool {
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
    func isStyledLabel(_ unit: TextUnit, besideLabel label: TextUnit) -> Bool {
        guard target(of: unit) != nil || area(of: unit) != nil else { return false }
        return unit.looksLikeLabel || !label.looksLikeLabel
    }

    /// Label above value: the cell in the next row under the label.
    func valueBelow(_ rows: [[Int]], _ r: Int, _ label: TextUnit, _ target: FormSpec.Target) {
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
    func cellsValue(_ rows: [[Int]], _ r: Int, _ values: [Int], _ labelTarget: FormSpec.Target, labelUnit: TextUnit) {
        let units = values.map(layout.unit)
        let open = units.filter { !consumed.contains($0.id) && !valueText($0).isEmpty }
        var target = labelTarget
        if case .field(let field) = labelTarget, let first = open.first, let choice = partyChoice(for: field, written: statements(of: first)) {
            // "Team manager | No | Post vacant": the party's participation and its reason.
            target = .field(choice)
        }
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
    func assignSubField(of target: FormSpec.Target, from units: [TextUnit]) {
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
    func isSubFieldHeader(_ unit: TextUnit, of target: FormSpec.Target) -> Bool {
        guard case .field(let field) = target else { return false }
        return subField(of: field, forLabel: valueText(unit)) != nil
    }

    /// A row headed by a party alone ("Child", "Parent / carer") whose next cell is one of a
    /// choice's answers: that party's choice (participation, or view of the service).
    func partyLabel(_ unit: TextUnit, besideIn row: [Int], at i: Int) -> FormSpec.Target? {
        guard i + 1 < row.count, valueText(unit).count <= 40 else { return nil }
        let answer = valueText(layout.unit(row[i + 1]))
        guard !answer.isEmpty, answer.count <= 120 else { return nil }
        return spec.choiceFields(forParty: valueText(unit)).first { isOption(answer, $0.type) || answerAndTail(answer, as: $0.type) != nil }.map { .field($0) }
    }
}
