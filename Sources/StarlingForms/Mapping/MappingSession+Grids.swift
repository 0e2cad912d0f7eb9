import Foundation
import StarlingDocument
import StarlingSchema

/// Option grids: a choice marked in a row of options, a grid with a column per option, parties
/// across the top, area rows with ratings; what counts as one of a choice's options.
extension MappingSession {
    /// A row of options (Outstanding | Good | …) with a row of marks under it, or a row
    /// of options each with its own box. `extras` are headings beside the options
    /// ("Reason", "Comment") whose text is in the row below, under them.
    func readOptionsGrid(_ rows: [[Int]], target: FormSpec.Target, type: FieldType, area: String?, startingAt r: Int,
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
        resolveChoice(target, chosen: chosen.map { ($0, valueText($0)) }, area: area)
        return true
    }

    /// The one option marked, or a warning when several are: two ticks are never a guess.
    /// Every grid reader resolves its marks here: `chosen` are the marked cells (or options)
    /// with the option each stands for.
    func resolveChoice(_ target: FormSpec.Target, chosen: [(unit: TextUnit, option: String)], area: String? = nil) {
        guard let first = chosen.first else { return }
        if chosen.count > 1 {
            warn(key(for: target, area: area), "more than one option is marked (\(chosen.map(\.option).joined(separator: ", "))); none was taken", location: first.unit.location)
            return
        }
        assign(target, paragraphs: [(first.option, false)], location: first.unit.location, method: .table, area: area)
    }

    /// Whether a bold line under an unanswered label can be its answer: for a choice, only
    /// one of its options (else it is the next heading, as "Actions" after an empty
    /// "Category of concern:" in a blank template); for other fields, anything.
    func isAnswer(_ text: String, to target: FormSpec.Target) -> Bool {
        guard let type = choiceType(target) else { return true }
        let outcome = normaliser.normalise(text, as: type)
        return outcome.value != nil && outcome.warning == nil
    }

    /// The vocabulary or yes/no type of a target that is a choice, else nil.
    func choiceType(_ target: FormSpec.Target) -> FieldType? {
        switch target {
        case .field(let field): isChoice(field.type) ? field.type : nil
        case .areaPart(let part, _): part == .rating ? .vocabulary("rating") : nil
        case .actionColumn(let column): column == "into_care_plan" ? .boolean : nil
        }
    }

    func subField(of field: FormSpec.FieldSpec, forLabel label: String) -> FormSpec.FieldSpec? {
        subField(of: field, forCandidates: spec.candidates(label))
    }

    func subField(of field: FormSpec.FieldSpec, forCandidates candidates: [String]) -> FormSpec.FieldSpec? {
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
    func readChoiceColumns(_ rows: [[Int]]) -> Bool {
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
            labelTexts.append(valueText(label))
            let marked = units.filter { unit in
                unit !== label && optionColumns[unit.cell?.gridColumn ?? -1] != nil && ChoiceResolver.isMark(valueText(unit))
            }
            units.filter { optionColumns[$0.cell?.gridColumn ?? -1] != nil && ChoiceResolver.isUnmarked(valueText($0)) }.forEach { consumed.insert($0.id) }
            marked.forEach { consumed.insert($0.id) }
            let chosen = marked.compactMap { unit in optionColumns[unit.cell?.gridColumn ?? -1].map { (unit, $0) } }
            resolveChoice(.areaPart(.rating, area: area), chosen: chosen)
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
            resolveChoice(.field(field), chosen: chosen.map { ($0, optionText[$0.id] ?? "") })
        }
        return true
    }

    func isBooleanTarget(_ target: FormSpec.Target) -> Bool {
        if case .field(let field) = target, field.type == .boolean { return true }
        return false
    }

    func isChoice(_ type: FieldType) -> Bool {
        switch type {
        case .vocabulary, .boolean: true
        default: false
        }
    }

    func isOption(_ text: String, _ type: FieldType) -> Bool {
        // Options are short: a grid asks this of every cell, evidence cells included, for
        // every choice type, and walking their characters was most of import's time.
        guard text.utf8.count <= 160 else { return false }
        let stripped = ChoiceResolver.hasBoxes(text) ? ChoiceResolver.withoutBoxes(text) : text.trimmedWhitespace
        switch type {
        case .vocabulary(let name): return normaliser.schema.vocabulary(name)?.key(for: stripped) != nil
        case .boolean: return BooleanNormaliser.bool(from: stripped) != nil
        default: return false
        }
    }

    /// A grid with one row per area and columns Evidence | Impact | Rating, or with the
    /// rating's options as columns (Outstanding | Good | …) and a mark under one of them.
    func readAreaGrid(_ rows: [[Int]]) -> Bool {
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
            labelTexts.append(valueText(layout.unit(first)))
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
            resolveChoice(.areaPart(.rating, area: area.key), chosen: marked.compactMap { mark in ratingOptions[mark.cell?.gridColumn ?? -1].map { (mark, $0) } })
        }
        return true
    }

    /// Parties across the top, answers under them: "Social worker | Team manager | Child |
    /// …" over a row of outcomes ("Spoken | Attempted | …") and perhaps a row of reasons. The
    /// answers say which choice the headings are (a participation, not the social worker's
    /// name), so a heading's text field never takes an outcome as a name.
    func readChoiceColumnsAcross(_ rows: [[Int]]) -> Bool {
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
            if fields[unit.cell?.gridColumn ?? -1] != nil { labelTexts.append(valueText(unit)) }
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
}
