import Foundation
import StarlingDocument
import StarlingSchema

/// Maps a Word document onto the STARLIng form it is, producing a typed record in which
/// every value keeps its provenance and unmatched text is kept in `unmapped`.
public struct FormMapper: Sendable {
    public let schema: StarlingSchema
    private let specs: [FormSpec]
    /// The author of the Word comments `validate --annotate` adds: the mapper does not read
    /// them back as the moderator's comments.
    public static let annotationAuthor = "Starling"

    public init(schema: StarlingSchema) {
        self.schema = schema
        self.specs = [FormKind.monthlyAudit, .practiceObservation, .meetingObservation].compactMap { FormSpec(schema: schema, kind: $0) }
    }

    public func map(_ document: WordDocument, sha256: String) -> FormRecord {
        let layout = FormLayout(document: document)
        let labels = LabelCache()
        let verdict = FormDetector(specs: specs.map { $0.caching(labels) }).detect(document, layout: layout)
        var source = SourceInfo(
            file: document.file, sha256: sha256, formKind: .notAForm, layouts: [], schemaVersion: schema.version,
            title: nil, provenance: [:], revisions: document.revisions, comments: document.comments)
        guard let spec = verdict.spec else {
            let unmapped = layout.units.filter { !$0.text.isEmpty && $0.flowOf == nil }.map { UnmappedText(text: $0.text, location: $0.location) }
            return FormRecord(kind: .notAForm, body: .none, unmapped: unmapped, source: source, warnings: [], notAFormReason: verdict.reason)
        }
        let session = MappingSession(document: document, layout: layout, spec: spec, normaliser: ValueNormaliser(schema: schema))
        session.run()
        source.formKind = spec.kind
        source.title = session.title
        source.layouts = session.layoutsUsed
        var warnings = session.warnings
        let assembled = RecordAssembler(spec: spec, session: session).assemble()
        source.provenance = assembled.provenance
        source.labelLocations = session.labelLocations
        source.labels = session.labels
        source.written = session.written
        warnings += assembled.warnings
        var record = FormRecord(kind: spec.kind, body: assembled.body, unmapped: session.unmapped, source: source, warnings: warnings, notAFormReason: nil)
        record.isBlank = assembled.isBlank
        return record
    }
}

/// Writes the session's hits into a record tree and decodes the typed record.
struct RecordAssembler {
    let spec: FormSpec
    let session: MappingSession

    func assemble() -> (body: FormRecord.Body, provenance: [String: Location], warnings: [RecordWarning], isBlank: Bool) {
        var tree = RecordTree()
        var provenance: [String: Location] = [:]
        for (key, hit) in session.hits {
            let hasChildren = !(spec.field(key: key)?.subFields.isEmpty ?? true)
            tree.set(RecordTree.storageKey(for: key, hasChildren: hasChildren), hit.value)
            provenance[key] = hit.location
        }
        let areaList: [RecordValue] = spec.areas.compactMap { area in
            guard let builder = session.areas[area.key] else { return nil }
            var entry: [String: RecordValue] = ["area": .text(area.key), "standards": .texts(area.standards)]
            for (part, hit) in [("rating", builder.rating), ("evidence", builder.evidence), ("impact", builder.impact)] {
                guard let hit else { continue }
                entry[part] = hit.value
                provenance["areas.\(area.key).\(part)"] = hit.location
            }
            return .object(entry)
        }
        if !areaList.isEmpty { tree.set("areas", .list(areaList)) }
        if !session.actions.isEmpty {
            tree.set("actions", .list(session.actions.enumerated().map { index, action in
                for (column, hit) in action { provenance["actions[\(index)].\(column)"] = hit.location }
                return .object(action.mapValues(\.value))
            }))
        }
        var warnings: [RecordWarning] = []
        let isBlank = tree.isBlank
        if spec.kind == .monthlyAudit {
            tree.applyAuditDefaults()
        }
        do {
            let body: FormRecord.Body = switch spec.kind {
            case .monthlyAudit: .audit(try tree.decode(AuditRecord.self))
            case .practiceObservation: .practiceObservation(try tree.decode(PracticeObservationRecord.self))
            case .meetingObservation: .meetingObservation(try tree.decode(MeetingObservationRecord.self))
            case .notAForm: .none
            }
            return (body, provenance, warnings, isBlank)
        } catch {
            warnings.append(RecordWarning(field: "record", message: "the values found do not fit the record: \(error)", written: nil, location: nil))
            return (.none, provenance, warnings, isBlank)
        }
    }
}
