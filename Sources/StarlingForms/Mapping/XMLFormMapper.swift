import Foundation
import StarlingDocument
import StarlingNative
import StarlingSchema

/// Maps the project's own XML forms onto records. Elements mirror record keys
/// (`<child><id>`), so the mapping is by path: camelCase element names become snake_case
/// keys, an `outcome`/`view`/`value` attribute is the element's own value, areas and
/// actions are lists. Every element that maps to no field is kept in `unmapped`.
struct XMLFormMapper: Sendable {
    let schema: StarlingSchema
    private let specs: [FormKind: FormSpec]
    private let schemas: [FormKind: XMLSchema]

    static let rootKinds: [String: FormKind] = [
        "audit": .monthlyAudit, "monthlyAudit": .monthlyAudit, "monthlyCaseAudit": .monthlyAudit,
        "practiceObservation": .practiceObservation, "meetingObservation": .meetingObservation,
    ]

    init(schema: StarlingSchema) throws {
        self.schema = schema
        var specs: [FormKind: FormSpec] = [:]
        var schemas: [FormKind: XMLSchema] = [:]
        for kind in [FormKind.monthlyAudit, .practiceObservation, .meetingObservation] {
            specs[kind] = FormSpec(schema: schema, kind: kind)
            let file = kind == .monthlyAudit ? "audit" : kind.rawValue
            let url = schema.directory.appendingPathComponent("xsd/\(file).xsd")
            if FileManager.default.fileExists(atPath: url.path) { schemas[kind] = try XMLSchema(contentsOf: url) }
        }
        self.specs = specs
        self.schemas = schemas
    }

    func map(data: Data, file: String, sha256: String, options: ReadOptions) throws -> ImportedForm {
        // Read once without a schema to learn the root, then validate against its XSD.
        let probe = try XMLFormReader.read(data: data, file: file, options: options)
        guard let kind = Self.rootKinds[probe.root.name], let spec = specs[kind] else {
            let source = SourceInfo(file: file, sha256: sha256, formKind: .notAForm, layouts: ["xml"], schemaVersion: schema.version,
                                    title: nil, provenance: [:], revisions: [], comments: [])
            var unmapped: [UnmappedText] = []
            collectText(probe.root, path: probe.root.name, file: file, into: &unmapped)
            return ImportedForm(
                record: FormRecord(kind: .notAForm, body: .none, unmapped: unmapped, source: source, warnings: [],
                                   notAFormReason: "not a STARLIng form: an XML document whose root element is <\(probe.root.name)>"),
                document: nil, xml: probe)
        }
        let form = try schemas[kind].map { try XMLFormReader.read(data: data, file: file, schema: $0, options: options) } ?? probe
        var session = XMLSession(spec: spec, normaliser: ValueNormaliser(schema: schema), file: file)
        for child in form.root.children { session.visit(child, path: [child.name]) }
        for issue in form.schemaIssues {
            session.warnings.append(RecordWarning(field: "document", message: "does not match \(form.schema ?? "the XSD"): \(issue.message)", written: nil,
                                                  location: Location(part: (file as NSString).lastPathComponent, block: 0, line: issue.line)))
        }
        let isBlank = session.tree.isBlank
        if kind == .monthlyAudit { session.tree.applyAuditDefaults() }
        var source = SourceInfo(file: file, sha256: sha256, formKind: kind, layouts: ["xml"], schemaVersion: form.root.attributes["schemaVersion"] ?? schema.version,
                                title: nil, provenance: session.provenance, revisions: [], comments: [])
        let body: FormRecord.Body
        do {
            body = switch kind {
            case .monthlyAudit: .audit(try session.tree.decode(AuditRecord.self))
            case .practiceObservation: .practiceObservation(try session.tree.decode(PracticeObservationRecord.self))
            case .meetingObservation: .meetingObservation(try session.tree.decode(MeetingObservationRecord.self))
            case .notAForm: .none
            }
        } catch {
            throw DocumentError(file: file, reason: .malformedPart, message: "its values do not fit a \(kind.rawValue) record: \(error)")
        }
        source.schemaVersion = form.root.attributes["schemaVersion"] ?? schema.version
        var record = FormRecord(kind: kind, body: body, unmapped: session.unmapped, source: source, warnings: session.warnings, notAFormReason: nil)
        record.isBlank = isBlank
        return ImportedForm(record: record,
                            document: nil, xml: form)
    }

    private func collectText(_ node: XMLElementNode, path: String, file: String, into unmapped: inout [UnmappedText]) {
        if let text = node.text { unmapped.append(UnmappedText(text: text, location: Location(part: (file as NSString).lastPathComponent, block: 0, control: path, line: node.line))) }
        for child in node.children { collectText(child, path: "\(path).\(child.name)", file: file, into: &unmapped) }
    }
}

/// State of one XML form mapping.
private struct XMLSession {
    let spec: FormSpec
    let normaliser: ValueNormaliser
    let file: String
    var tree = RecordTree()
    var provenance: [String: Location] = [:]
    var unmapped: [UnmappedText] = []
    var warnings: [RecordWarning] = []

    init(spec: FormSpec, normaliser: ValueNormaliser, file: String) {
        self.spec = spec
        self.normaliser = normaliser
        self.file = file
    }

    private func location(_ node: XMLElementNode, _ key: String) -> Location {
        Location(part: (file as NSString).lastPathComponent, block: 0, control: key, line: node.line)
    }

    mutating func visit(_ node: XMLElementNode, path: [String]) {
        let key = path.map { SnakeCase.from(camelCase: $0) }.joined(separator: ".")
        if key == "areas" { node.children.forEach { area($0) }; return }
        if key == "actions" { actions(node); return }
        var handled = false
        if let field = spec.field(key: key), field.type == .statements, !node.children.isEmpty {
            set(field, node.text ?? "", node)
            return
        }
        if let field = spec.field(key: key) {
            let own = node.attributes["outcome"] ?? node.attributes["view"] ?? node.attributes["value"] ?? node.text
            if let own { set(field, own, node); handled = true }
        }
        for (name, value) in node.attributes where !["outcome", "view", "value"].contains(name) {
            let subKey = key + "." + SnakeCase.from(camelCase: name)
            if let field = spec.field(key: subKey) { set(field, value, node) } else { keep(value, node, key + "@" + name) }
        }
        if !handled, let text = node.text {
            if node.children.isEmpty { keep(text, node, key) } else if let field = spec.field(key: key) { set(field, text, node) } else { keep(text, node, key) }
        }
        for child in node.children { visit(child, path: path + [child.name]) }
    }

    private mutating func set(_ field: FormSpec.FieldSpec, _ written: String, _ node: XMLElementNode) {
        let paragraphs: [(text: String, isListItem: Bool)] = field.type == .statements && !node.children.isEmpty
            ? node.children.compactMap { $0.text.map { ($0, true) } } + (node.text.map { [($0, false)] } ?? []) : [(written, false)]
        let outcome = normaliser.normalise(paragraphs, as: field.type)
        if let warning = outcome.warning { warnings.append(RecordWarning(field: field.key, message: warning, written: written, location: location(node, field.key))) }
        guard let value = outcome.value else { return }
        tree.set(RecordTree.storageKey(for: field.key, hasChildren: !field.subFields.isEmpty), value)
        provenance[field.key] = location(node, field.key)
    }

    private mutating func keep(_ text: String, _ node: XMLElementNode, _ path: String) {
        unmapped.append(UnmappedText(text: text, location: location(node, path)))
    }

    private mutating func area(_ node: XMLElementNode) {
        guard let key = node.attributes["key"] ?? node.attributes["area"], let area = spec.areas.first(where: { $0.key == key }) else {
            keep(node.attributes.values.joined(separator: " "), node, "areas.area")
            return
        }
        var entry: [String: RecordValue] = ["area": .text(key), "standards": .texts(area.standards)]
        let rating = node.attributes["rating"] ?? node.child("rating")?.text
        if let rating {
            let outcome = normaliser.normalise(rating, as: .vocabulary("rating"))
            entry["rating"] = outcome.value
            if let warning = outcome.warning { warnings.append(RecordWarning(field: "areas.\(key).rating", message: warning, written: rating, location: location(node, "areas.\(key).rating"))) }
            provenance["areas.\(key).rating"] = location(node, "areas.\(key).rating")
        }
        for part in ["evidence", "impact"] {
            guard let element = node.child(part) else { continue }
            let statements = element.children.compactMap(\.text) + (element.text.map { [$0] } ?? [])
            if !statements.isEmpty { entry[part] = .texts(statements) }
            provenance["areas.\(key).\(part)"] = location(element, "areas.\(key).\(part)")
        }
        guard case .list(let list)? = tree.value(at: "areas") else { tree.set("areas", .list([.object(entry)])); return }
        tree.set("areas", .list(list + [.object(entry)]))
    }

    private mutating func actions(_ node: XMLElementNode) {
        var list: [RecordValue] = []
        for (index, action) in node.children.enumerated() {
            var entry: [String: RecordValue] = [:]
            for child in action.children {
                let column = SnakeCase.from(camelCase: child.name)
                guard let text = child.text else { continue }
                let type: FieldType = column == "due_on" ? .date : column == "into_care_plan" ? .boolean : .text
                let outcome = normaliser.normalise(text, as: type)
                if let value = outcome.value { entry[column] = value }
                if let warning = outcome.warning { warnings.append(RecordWarning(field: "actions[\(index)].\(column)", message: warning, written: text, location: location(child, column))) }
                provenance["actions[\(index)].\(column)"] = location(child, "actions[\(index)].\(column)")
            }
            if !entry.isEmpty { list.append(.object(entry)) }
        }
        if !list.isEmpty { tree.set("actions", .list(list)) }
    }
}
