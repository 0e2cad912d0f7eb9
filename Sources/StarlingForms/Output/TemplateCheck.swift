import Foundation
import StarlingDocument
import StarlingSchema

/// What `starling template check` says of one form: which of its kind's fields were read and
/// from where, which were not, and the text that matched no field (the labels a historic
/// template uses that the schema does not know yet, with what was written beside them).
public struct TemplateCheck: Encodable, Sendable {
    public struct Field: Encodable, Sendable {
        public var key: String
        /// A value was read for it.
        public var found: Bool
        /// `content control` (by its tag), `table` or `paragraph` (by a label, or a legacy
        /// form field's name, in that place), or `xml`.
        public var how: String?
        public var location: String?
        /// Where the field's label was, when the form has it (also when nothing is written
        /// beside it, as on a blank template).
        public var labelLocation: String?

        /// Starling knows where this field is on the form: read, or its label found.
        public var recognised: Bool { found || labelLocation != nil }

        enum CodingKeys: String, CodingKey { case key, found, recognised, how, location, labelLocation = "label_location" }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(key, forKey: .key)
            try container.encode(found, forKey: .found)
            try container.encode(recognised, forKey: .recognised)
            try container.encodeIfPresent(how, forKey: .how)
            try container.encodeIfPresent(location, forKey: .location)
            try container.encodeIfPresent(labelLocation, forKey: .labelLocation)
        }
    }

    public struct Unmatched: Encodable, Sendable {
        public var text: String
        public var location: String
    }

    public var file: String
    public var kind: String
    /// The template the form was made from, as far as its labels tell: forms whose labels are
    /// the same share it.
    public var version: String
    public var fields: [Field]
    public var unmatched: [Unmatched]

    public init(record: FormRecord, schema: StarlingSchema) {
        file = record.source.file
        kind = record.kind.rawValue
        version = Self.version(kind: kind, labels: record.source.labels)
        let provenance = record.source.provenance
        let labels = record.source.labelLocations
        fields = Self.expectedKeys(kind: kind, schema: schema).map { key in
            let label = labels.filter { Self.key($0.key, isOrIsUnder: key) }.min { $0.key < $1.key }?.value
            let hits = provenance.filter { Self.key($0.key, isOrIsUnder: key) }
            guard let first = hits.min(by: { $0.key < $1.key }) else { return Field(key: key, found: false, labelLocation: label?.description) }
            return Field(key: key, found: true, how: Self.how(first.value),
                         location: first.value.description, labelLocation: label?.description)
        }
        unmatched = record.unmapped.map { Unmatched(text: $0.text, location: $0.location.description) }
    }

    /// The form's fields, its areas' parts and its actions' columns, as record keys.
    static func expectedKeys(kind: String, schema: StarlingSchema) -> [String] {
        guard let form = schema.form(kind) else { return [] }
        var keys = form.fields.map(\.key)
        for area in schema.areas where !form.areaPartLabels.isEmpty {
            keys += form.areaPartLabels.keys.sorted().map { "areas.\(area.key).\($0)" }
        }
        keys += form.actionColumnLabels.keys.sorted().map { "actions.\($0)" }
        return keys
    }

    /// `actions.owner` covers `actions[2].owner`; `child.id` covers itself and what is below it.
    static func key(_ recorded: String, isOrIsUnder expected: String) -> Bool {
        if recorded == expected || recorded.hasPrefix(expected + ".") || recorded.hasPrefix(expected + "[") { return true }
        guard expected.hasPrefix("actions."), recorded.hasPrefix("actions[") else { return false }
        guard let close = recorded.firstIndex(of: "]") else { return false }
        return "actions" + recorded[recorded.index(after: close)...] == expected
    }

    static func how(_ location: Location) -> String {
        if location.line != nil, !location.part.hasPrefix("word/") { return "xml" }
        if location.control != nil { return "content control" }
        return location.cells.isEmpty ? "paragraph" : "table"
    }

    static func version(kind: String, labels: [String]) -> String {
        let text = ([kind] + Set(labels).sorted()).joined(separator: "\n")
        return kind + "-" + ContentHash.sha256Hex(Data(text.utf8)).prefix(8)
    }
}

/// The forms of one template version (the same labels): how many, and in what share of them
/// each field was read.
public struct TemplateVersionSummary: Encodable, Sendable {
    public var version: String
    public var kind: String
    public var forms: Int
    public var files: [String]
    /// Field key → share of the version's forms where it was recognised (read, or its label
    /// found), 0–1.
    public var read: [String: Double]

    public static func summaries(_ checks: [TemplateCheck]) -> [TemplateVersionSummary] {
        Dictionary(grouping: checks, by: \.version).map { version, forms in
            var read: [String: Double] = [:]
            for field in forms[0].fields.map(\.key) {
                let count = forms.filter { $0.fields.contains { $0.key == field && $0.recognised } }.count
                read[field] = Double(count) / Double(forms.count)
            }
            return TemplateVersionSummary(version: version, kind: forms[0].kind, forms: forms.count, files: forms.map(\.file).sorted(), read: read)
        }.sorted { ($0.forms, $1.version) > ($1.forms, $0.version) }
    }
}
