import Foundation
import StarlingSchema

/// What the mapper needs from one form definition of the schema, indexed for lookup by
/// normalised label and tag. The only place that knows the schema's shape.
struct FormSpec {
    enum Target: Equatable {
        case field(FieldSpec)
        case areaPart(AreaPart, area: String?)
        /// A column of the repeated actions group (`description`, `owner`, `due_on`,
        /// `into_care_plan`), however the form lays the group out.
        case actionColumn(String)
    }

    enum AreaPart: String { case evidence, impact, rating }

    struct FieldSpec: Equatable {
        let key: String
        let type: FieldType
        let required: Bool
        /// Keys of its sub-fields (`participation.child.reason`), if any.
        var subFields: [String] = []
    }

    struct AreaSpec {
        let key: String
        let name: String
        let standards: [String]
        let labels: Set<String>
        /// Short names in tags and legacy field names (`plan` in `plan_evidence`).
        let tags: Set<String>
    }

    let kind: FormKind
    let title: String
    let detection: [String]
    let fields: [FieldSpec]
    let areas: [AreaSpec]
    private var byLabel: [String: FieldSpec] = [:]
    /// Each field's normalised labels, for matching a grid row by its party.
    private var labelsByKey: [String: [String]] = [:]
    /// The words of every choice field's labels, by their first word, in field order: a
    /// grid row named by its party is looked up for every cell of every table.
    private var choiceLabelWords: [String: [(FieldSpec, [String])]] = [:]
    /// Text field key → the choice fields of the party it names (worked out once).
    private var partyChoices: [String: [FieldSpec]] = [:]
    private var byTag: [String: FieldSpec] = [:]
    private var areaByLabel: [String: AreaSpec] = [:]
    private var partByLabel: [String: AreaPart] = [:]
    private(set) var actionColumns: [String: String] = [:]
    /// Normalised headings of the free text beside a choice ("reason", "comments").
    let besideChoiceLabels: Set<String>
    /// Normalised phrases that say no action is needed ("none required").
    let noActionPhrases: Set<String>
    /// The field a moderator's Word comments fill when none is written on the form.
    let wordCommentsField: String?
    /// Memo of label candidates for one document's texts (see `caching`).
    private var cache: LabelCache?

    init?(schema: StarlingSchema, kind: FormKind) {
        guard let form = schema.form(kind.rawValue) else { return nil }
        self.kind = kind
        self.title = form.title
        self.detection = form.detection.map(LabelKey.normalise)
        self.besideChoiceLabels = Set(form.besideChoiceLabels.map(LabelKey.normalise))
        self.noActionPhrases = Set(form.noActionPhrases.map(LabelKey.normalise))
        self.wordCommentsField = form.wordCommentsField
        var fields = form.fields.map { FieldSpec(key: $0.key, type: $0.type, required: $0.required) }
        for i in fields.indices {
            let prefix = fields[i].key + "."
            fields[i].subFields = fields.map(\.key).filter { $0.hasPrefix(prefix) }
        }
        self.fields = fields
        for field in form.fields {
            guard let spec = fields.first(where: { $0.key == field.key }) else { continue }
            switch spec.type {
            case .vocabulary, .boolean: break
            default: continue
            }
            for label in field.labels {
                let words = Self.words(LabelKey.normalise(label))
                if let first = words.first { choiceLabelWords[first, default: []].append((spec, words)) }
            }
        }
        let specs = Dictionary(fields.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for field in form.fields {
            guard let spec = specs[field.key] else { continue }
            for label in field.labels { byLabel[LabelKey.normalise(label)] = byLabel[LabelKey.normalise(label)] ?? spec }
            labelsByKey[field.key] = field.labels.map(LabelKey.normalise)
            for tag in field.tags + [field.key] { byTag[LabelKey.normalise(tag)] = spec }
        }
        areas = kind == .monthlyAudit ? schema.areas.map { area in
            AreaSpec(key: area.key, name: area.name, standards: area.standards,
                     labels: Set(([area.name, area.key] + area.labels).map(LabelKey.normalise)),
                     tags: Set(area.tags.map(LabelKey.normalise)))
        } : []
        for area in areas { for label in area.labels { areaByLabel[label] = area } }
        for (part, labels) in form.areaPartLabels {
            guard let part = AreaPart(rawValue: part) else { continue }
            for label in labels { partByLabel[LabelKey.normalise(label)] = part }
        }
        for (column, labels) in form.actionColumnLabels {
            for label in labels { actionColumns[LabelKey.normalise(label)] = column }
        }
        for field in fields where field.type == .text || field.type == .multiline {
            var found: [FieldSpec] = []
            for label in labelsByKey[field.key] ?? [] {
                for choice in choiceFields(forPartyWords: Self.words(label)) where choice.key != field.key && !found.contains(choice) {
                    found.append(choice)
                }
            }
            if !found.isEmpty { partyChoices[field.key] = found }
        }
    }

    func field(key: String) -> FieldSpec? { fields.first { $0.key == key } }

    /// The value types of the form's choice fields (vocabularies and yes/no), in field order.
    var choiceTypes: [FieldType] {
        var seen: [FieldType] = []
        for field in fields where !seen.contains(field.type) {
            switch field.type {
            case .vocabulary, .boolean: seen.append(field.type)
            default: continue
            }
        }
        return seen
    }

    /// In a grid over one vocabulary, a row named only by its party ("Child", "Parent /
    /// carer", "IRO"): the field of that type one of whose labels begins with those words.
    func choiceField(ofType type: FieldType, forParty text: String) -> FieldSpec? {
        choiceFields(forParty: text).first { $0.type == type }
    }

    /// Every choice field, one per type at most and in field order, whose label begins with
    /// `text`'s words.
    func choiceFields(forParty text: String) -> [FieldSpec] {
        guard text.utf8.count <= 160, let candidate = candidates(text).last else { return [] }
        return choiceFields(forPartyWords: Self.words(candidate))
    }

    private func choiceFields(forPartyWords party: [String]) -> [FieldSpec] {
        guard let first = party.first, party.count <= 6, let entries = choiceLabelWords[first] else { return [] }
        var found: [FieldSpec] = []
        for (field, words) in entries where !found.contains(where: { $0.type == field.type }) {
            if words.count > party.count, Array(words.prefix(party.count)) == party { found.append(field) }
        }
        return found
    }

    /// The choice field of `type` one of whose labels begins with a label of the text field
    /// `key` ("Social worker" → "Social worker spoken with").
    func partyChoices(of key: String) -> [FieldSpec] { partyChoices[key] ?? [] }

    /// A normalised label's words, a possessive or plural "s" dropped ("childs" → "child").
    private static func words(_ label: String) -> [String] {
        label.split(separator: " ").map { word in
            word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : String(word)
        }
    }

    /// The field, area part or action column a label names. Area parts only count inside an
    /// area section; action columns other than the action itself ("Owner", "When") only
    /// inside the actions section, where such generic words cannot mean anything else.
    func target(forLabel text: String, inArea: Bool, inActions: Bool = false) -> Target? {
        target(forCandidates: candidates(text), inArea: inArea, inActions: inActions)
    }

    /// As `target(forLabel:inArea:inActions:)`, for a text's `candidates` already worked out.
    func target(forCandidates candidates: [String], inArea: Bool, inActions: Bool = false) -> Target? {
        for candidate in candidates {
            if inArea, let part = partByLabel[candidate] { return .areaPart(part, area: nil) }
            if let field = byLabel[candidate] { return .field(field) }
            if let column = actionColumns[candidate], inActions || column == Self.actionDescription { return .actionColumn(column) }
        }
        // "Action 2", "Owner (1)": a repeated group numbers its labels.
        if inActions || candidates.contains(where: { $0.utf8.starts(with: Self.actionPrefix) }) {
            for candidate in candidates {
                let stem = Self.droppingTrailingNumber(candidate)
                if stem != candidate, let column = actionColumns[stem], inActions || column == Self.actionDescription { return .actionColumn(column) }
            }
        }
        return nil
    }

    private static let actionPrefix = Array("action".utf8)

    /// The action column that holds the action itself: its label opens the actions section.
    static let actionDescription = "description"

    /// "action 2" → "action"; "owner 1" → "owner". Normalised labels only.
    private static func droppingTrailingNumber(_ label: String) -> String {
        var words = label.split(separator: " ")
        guard words.count >= 2, let last = words.last, last.count <= 3,
              last.allSatisfy({ $0.isNumber }) || ["i", "ii", "iii", "iv", "v", "vi"].contains(last) else { return label }
        words.removeLast()
        if words.last == "no" { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// The field or area part a content-control tag or form-field name stands for:
    /// `child_id`, `ChildID`, `planning_evidence`, `area_planning_rating`.
    func target(forTag tag: String) -> Target? {
        let key = LabelKey.normalise(tag)
        if let field = byTag[key] ?? byLabel[key] { return .field(field) }
        for (label, part) in partByLabel where key.hasSuffix(label) {
            var prefix = String(key.dropLast(label.count)).trimmingCharacters(in: .whitespaces)
            for lead in ["areas ", "area "] where prefix.hasPrefix(lead) { prefix = String(prefix.dropFirst(lead.count)) }
            if prefix.isEmpty { return .areaPart(part, area: nil) }
            if let area = areaByLabel[prefix] ?? areas.first(where: { $0.tags.contains(prefix) }) {
                return .areaPart(part, area: area.key)
            }
        }
        return nil
    }

    func area(forCandidates candidates: [String]) -> AreaSpec? {
        for candidate in candidates {
            if let area = areaByLabel[candidate] { return area }
        }
        return nil
    }

    func actionColumn(forCandidates candidates: [String]) -> String? {
        candidates.lazy.compactMap { actionColumns[$0] }.first
    }

    func isTitle(candidates: [String]) -> Bool {
        return detection.contains { phrase in
            candidates.contains { $0 == phrase || ($0.utf8.count <= phrase.utf8.count + 40 && Self.bytes($0, contain: phrase) && $0.count <= phrase.count + 40) }
        }
    }

    /// Whether `text` holds `phrase`, byte for byte. Foundation's `contains` goes through
    /// NSString and the standard library's `firstRange(of:)` is generic and slow; these
    /// are short normalised labels, where a plain scan is quickest.
    private static func bytes(_ text: String, contain phrase: String) -> Bool {
        // In place (`withUTF8` copies only a string that is not already contiguous UTF-8):
        // copying both into arrays was most of the cost of detecting a form's title.
        var text = text, phrase = phrase
        return text.withUTF8 { text in
            phrase.withUTF8 { phrase in
                guard let first = phrase.first, phrase.count <= text.count else { return phrase.isEmpty }
                for start in 0...(text.count - phrase.count) where text[start] == first {
                    if memcmp(text.baseAddress! + start, phrase.baseAddress!, phrase.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// A copy that remembers the label candidates of each text it is asked about: the
    /// mapper asks about the same cell many times. Use one per document (not thread-safe).
    func caching(_ cache: LabelCache = LabelCache()) -> FormSpec {
        var copy = self
        copy.cache = cache
        return copy
    }

    /// The normalised forms of `text` as a label (see `LabelText.candidates`), memoised.
    func candidates(_ text: String) -> [String] {
        // Long text is never a label: say so before hashing it for the cache.
        guard text.utf8.count <= LabelText.maximumBytes else { return [] }
        guard let cache else { return LabelText.candidates(text) }
        if let hit = cache.candidates[text] { return hit }
        let found = LabelText.candidates(text)
        cache.candidates[text] = found
        return found
    }
}

/// Label candidates already worked out for a document's texts.
final class LabelCache: @unchecked Sendable {
    var candidates: [String: [String]] = [:]
}
