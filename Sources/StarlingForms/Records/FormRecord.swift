import StarlingDocument

/// The three STARLIng forms, and the answer for anything else.
public enum FormKind: String, Codable, Hashable, Sendable, CaseIterable {
    case monthlyAudit = "monthly_audit"
    case practiceObservation = "practice_observation"
    case meetingObservation = "meeting_observation"
    case notAForm = "not_a_form"
}

/// A form read into a typed record, with everything needed to trust it: where each value
/// came from, the text that mapped to no field, and what could not be normalised.
public struct FormRecord: Hashable, Sendable {
    public enum Body: Hashable, Sendable {
        case audit(AuditRecord)
        case practiceObservation(PracticeObservationRecord)
        case meetingObservation(MeetingObservationRecord)
        case none
    }

    public var kind: FormKind
    public var body: Body
    /// Text that maps to no field, with its location. Never dropped.
    public var unmapped: [UnmappedText]
    public var source: SourceInfo
    /// Values kept as written because they could not be normalised, and similar notes.
    public var warnings: [RecordWarning]
    /// For `not_a_form`: what was found instead.
    public var notAFormReason: String?
    /// The form's labels were found but nothing was written in it (at most unticked boxes):
    /// a blank template. Worked out at import; in the JSON as `"blank": true`, only when so.
    public var isBlank = false

    public var audit: AuditRecord? { if case .audit(let record) = body { record } else { nil } }
}

public struct UnmappedText: Codable, Hashable, Sendable {
    public var text: String
    public var location: Location
}

public struct RecordWarning: Codable, Hashable, Sendable {
    /// The record key the warning concerns, e.g. `child.date_of_birth`.
    public var field: String
    public var message: String
    /// The value exactly as written on the form.
    public var written: String?
    public var location: Location?
}

/// Where a record came from.
public struct SourceInfo: Codable, Hashable, Sendable {
    public var file: String
    public var sha256: String
    public var formKind: FormKind
    /// The ways fields were found: `content_control`, `form_field`, `table`, `paragraph`, `xml`.
    public var layouts: [String]
    public var schemaVersion: String
    /// The form's title as found, e.g. "Monthly Case Audit".
    public var title: String?
    /// Record key → where its value was read.
    public var provenance: [String: Location]
    public var revisions: [Revision]
    public var comments: [Comment]
    /// Record key → where the field's label is, also when its value was left empty, so
    /// feedback about a missing value can point at the place to fill in.
    public var labelLocations: [String: Location] = [:]
    /// The text of every label, heading and option heading read on the form, in reading
    /// order: the form's own words, kept although they are not values (where each field's
    /// label is, `labelLocations` says). Plain strings: a form has many, and objects with a
    /// location each cost import a third of its JSON time.
    public var labels: [String] = []
    /// Record key → the value exactly as written, where the record holds it normalised
    /// ("Dec-19" for `audit.month` 2019-12).
    public var written: [String: String] = [:]

    enum CodingKeys: String, CodingKey {
        case file, sha256, layouts, title, provenance, revisions, comments, labels, written
        case formKind = "form_kind", schemaVersion = "schema_version", labelLocations = "label_locations"
    }
}

extension SourceInfo {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try c.decode(String.self, forKey: .file), sha256: try c.decode(String.self, forKey: .sha256),
            formKind: try c.decode(FormKind.self, forKey: .formKind), layouts: try c.decodeIfPresent([String].self, forKey: .layouts) ?? [],
            schemaVersion: try c.decode(String.self, forKey: .schemaVersion), title: try c.decodeIfPresent(String.self, forKey: .title),
            provenance: try c.decodeIfPresent([String: Location].self, forKey: .provenance) ?? [:],
            revisions: try c.decodeIfPresent([Revision].self, forKey: .revisions) ?? [],
            comments: try c.decodeIfPresent([Comment].self, forKey: .comments) ?? [],
            labelLocations: try c.decodeIfPresent([String: Location].self, forKey: .labelLocations) ?? [:],
            labels: try c.decodeIfPresent([String].self, forKey: .labels) ?? [],
            written: try c.decodeIfPresent([String: String].self, forKey: .written) ?? [:])
    }
}

extension FormRecord: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, unmapped, source, warnings
        case notAFormReason = "not_a_form_reason", isBlank = "blank"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        if isBlank { try container.encode(true, forKey: .isBlank) }
        switch body {
        case .audit(let record): try record.encode(to: encoder)
        case .practiceObservation(let record): try record.encode(to: encoder)
        case .meetingObservation(let record): try record.encode(to: encoder)
        case .none: break
        }
        try container.encodeIfPresent(notAFormReason, forKey: .notAFormReason)
        try container.encode(unmapped, forKey: .unmapped)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(source, forKey: .source)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(FormKind.self, forKey: .kind)
        switch kind {
        case .monthlyAudit: body = .audit(try AuditRecord(from: decoder))
        case .practiceObservation: body = .practiceObservation(try PracticeObservationRecord(from: decoder))
        case .meetingObservation: body = .meetingObservation(try MeetingObservationRecord(from: decoder))
        case .notAForm: body = .none
        }
        unmapped = try container.decodeIfPresent([UnmappedText].self, forKey: .unmapped) ?? []
        warnings = try container.decodeIfPresent([RecordWarning].self, forKey: .warnings) ?? []
        source = try container.decode(SourceInfo.self, forKey: .source)
        notAFormReason = try container.decodeIfPresent(String.self, forKey: .notAFormReason)
        isBlank = try container.decodeIfPresent(Bool.self, forKey: .isBlank) ?? false
    }
}
