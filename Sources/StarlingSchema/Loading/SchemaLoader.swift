import Foundation

/// Reads the schema files and checks them against each other: every vocabulary a field
/// names exists, every standard an area names exists, no label means two fields.
struct SchemaLoader {
    let directory: URL
    /// The files' texts by path relative to the schema folder, when they come from memory
    /// (the fuzz harness, tests); nil reads `directory` on disk.
    var inMemory: [String: Data]? = nil

    func load() throws -> StarlingSchema {
        let root = try read("starling.yaml")
        try root.allowOnly(["schema", "version", "standards", "customer_service_standards", "areas"])
        let version = try root.string("version")
        let standards = try standardList(root.child("standards"), name: "standards")
        let customer = try standardList(root.child("customer_service_standards"), name: "customer_service_standards")
        let vocabularies = try loadVocabularies()
        let areas = try loadAreas(root, standards: Set((standards + customer).map(\.id)), vocabularies: vocabularies)
        let forms = try loadForms(vocabularies: vocabularies)
        return StarlingSchema(
            version: version, directory: directory, standards: standards, customerServiceStandards: customer,
            areas: areas, vocabularies: vocabularies, forms: forms)
    }

    private func read(_ relative: String) throws -> YAMLNode {
        let url = directory.appendingPathComponent(relative)
        let display = "Schemas/" + relative
        let data = inMemory == nil ? FileManager.default.contents(atPath: url.path) : inMemory?[relative]
        guard let data else {
            throw SchemaError(file: url.path, line: nil, "cannot read the schema file (is --schemas pointing at the Schemas folder?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SchemaError(file: display, line: nil, "the file is not UTF-8 text")
        }
        return try YAMLNode.parse(text, file: display)
    }

    private func standardList(_ node: YAMLNode?, name: String) throws -> [Standard] {
        guard let node else { throw SchemaError(file: "Schemas/starling.yaml", line: nil, "'\(name)' is missing") }
        var seen = Set<String>()
        return try node.entries().map { id, title in
            guard seen.insert(id).inserted else { throw title.error("standard '\(id)' is listed twice") }
            return Standard(id: id, title: try title.scalar())
        }
    }

    private func loadAreas(_ root: YAMLNode, standards: Set<String>, vocabularies: [String: Vocabulary]) throws -> [AreaOfPractice] {
        guard let list = root.child("areas") else { throw root.error("'areas' is missing") }
        var seen = Set<String>()
        return try list.items().map { node in
            try node.allowOnly(["key", "name", "standards", "labels", "tags", "expected_for"])
            let key = try node.string("key")
            guard seen.insert(key).inserted else { throw node.error("area '\(key)' is listed twice") }
            let tested = try node.strings("standards")
            for id in tested where !standards.contains(id) {
                throw node.error("area '\(key)' tests standard '\(id)', which is not in the standards list")
            }
            let expectedFor = try node.strings("expected_for")
            if let legal = vocabularies["legal_status"] {
                for status in expectedFor where legal.term(status) == nil {
                    throw node.error("area '\(key)' is expected for '\(status)', which is not a legal_status key")
                }
            }
            return AreaOfPractice(
                key: key, name: try node.string("name"), standards: tested, labels: try node.strings("labels"),
                tags: try node.strings("tags"), expectedFor: expectedFor)
        }
    }

    private func loadVocabularies() throws -> [String: Vocabulary] {
        let root = try read("vocabularies.yaml")
        var vocabularies: [String: Vocabulary] = [:]
        for (name, node) in try root.entries() {
            var terms: [Vocabulary.Term] = []
            var spellings: [String: String] = [:]
            for item in try node.items() {
                try item.allowOnly(["key", "label", "synonyms"])
                let term = Vocabulary.Term(key: try item.string("key"), label: try item.string("label"), synonyms: try item.strings("synonyms"))
                for spelling in [term.key, term.label] + term.synonyms {
                    let normal = LabelKey.normalise(spelling)
                    if let other = spellings[normal], other != term.key {
                        throw item.error("in vocabulary '\(name)', '\(spelling)' would mean both '\(other)' and '\(term.key)'")
                    }
                    spellings[normal] = term.key
                }
                terms.append(term)
            }
            vocabularies[name] = Vocabulary(name: name, terms: terms)
        }
        return vocabularies
    }

    private func loadForms(vocabularies: [String: Vocabulary]) throws -> [FormDefinition] {
        let folder = directory.appendingPathComponent("forms")
        let listed = inMemory.map { files in
            files.keys.filter { $0.hasPrefix("forms/") }.map { String($0.dropFirst("forms/".count)) }
        }
        let names = (listed ?? (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        guard !names.isEmpty else { throw SchemaError(file: "Schemas/forms", line: nil, "no form definitions (forms/*.yaml)") }
        var kinds = Set<String>()
        return try names.map { name in
            let form = try loadForm(try read("forms/" + name), vocabularies: vocabularies)
            guard kinds.insert(form.kind).inserted else {
                throw SchemaError(file: "Schemas/forms/" + name, line: nil, "form kind '\(form.kind)' is defined twice")
            }
            return form
        }
    }

    private func loadForm(_ root: YAMLNode, vocabularies: [String: Vocabulary]) throws -> FormDefinition {
        try root.allowOnly(["kind", "title", "detection", "fields", "area_parts", "action_columns", "beside_choice_labels", "no_action_phrases", "word_comments_field"])
        var fields: [FieldDefinition] = []
        var labelOwner: [String: String] = [:]
        guard let list = root.child("fields") else { throw root.error("'fields' is missing") }
        for node in try list.items() {
            try node.allowOnly(["key", "type", "required", "labels", "tags"])
            let key = try node.string("key")
            let written = try node.string("type")
            guard let type = FieldType(written) else {
                throw node.error("field '\(key)' has unknown type '\(written)' (expected text, multiline, date, month, integer, boolean, statements or vocabulary:<name>)")
            }
            if case .vocabulary(let name) = type, vocabularies[name] == nil {
                throw node.error("field '\(key)' uses vocabulary '\(name)', which vocabularies.yaml does not define")
            }
            guard !fields.contains(where: { $0.key == key }) else { throw node.error("field '\(key)' is defined twice") }
            let labels = try node.strings("labels")
            for label in labels {
                let normal = LabelKey.normalise(label)
                if let owner = labelOwner[normal], owner != key {
                    throw node.error("label '\(label)' of field '\(key)' is already a label of '\(owner)'")
                }
                labelOwner[normal] = key
            }
            fields.append(FieldDefinition(
                key: key, type: type, required: try node.bool("required", default: false), labels: labels,
                tags: try node.strings("tags")))
        }
        var wordCommentsField: String?
        if let node = root.child("word_comments_field") {
            let key = try node.scalar()
            guard fields.contains(where: { $0.key == key }) else { throw node.error("word_comments_field names '\(key)', which is no field of this form") }
            wordCommentsField = key
        }
        return FormDefinition(
            kind: try root.string("kind"), title: try root.string("title"), detection: try root.strings("detection"),
            fields: fields, areaPartLabels: try labelTable(root.child("area_parts"), allowed: ["evidence", "impact", "rating"]),
            actionColumnLabels: try labelTable(root.child("action_columns"), allowed: ["description", "owner", "due_on", "into_care_plan"]),
            besideChoiceLabels: try root.child("beside_choice_labels") == nil ? [] : root.strings("beside_choice_labels"),
            noActionPhrases: try root.child("no_action_phrases") == nil ? [] : root.strings("no_action_phrases"),
            wordCommentsField: wordCommentsField)
    }

    private func labelTable(_ node: YAMLNode?, allowed: Set<String>) throws -> [String: [String]] {
        guard let node else { return [:] }
        try node.allowOnly(allowed)
        var table: [String: [String]] = [:]
        for (key, value) in try node.entries() {
            table[key] = try value.items().map { try $0.scalar() }
        }
        return table
    }
}
