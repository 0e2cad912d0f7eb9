import Foundation
import StarlingDocument
import StarlingForms
import StarlingRules

/// What a migration learned about one file, ready to be written: its bytes' identity and
/// either a record with its findings, or why it was quarantined.
public struct StoredFile: Sendable {
    public enum Content: Sendable {
        /// `json` is the record as stored, encoded on the worker that read it rather than
        /// by the single writer.
        case record(FormRecord, Validation, json: String)
        case quarantined(reason: QuarantineReason, message: String)
    }

    /// The content for a record, with the JSON the store keeps (keys sorted, so two runs
    /// store the same text).
    public static func record(_ record: FormRecord, _ validation: Validation) throws -> Content {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return .record(record, validation, json: String(decoding: try encoder.encode(record), as: UTF8.self))
    }

    public var path: String
    public var size: Int
    public var sha256: String
    public var content: Content

    public init(path: String, size: Int, sha256: String, content: Content) {
        self.path = path
        self.size = size
        self.sha256 = sha256
        self.content = content
    }

    /// The source row id: stable for a path and version, so two runs over the same files
    /// write the same store.
    static func sourceId(path: String, version: Int) -> String {
        String(ContentHash.sha256Hex(Data("\(path)\u{0}\(version)".utf8)).prefix(32))
    }

    /// Where a file goes in the store: the next version of its path, and the source it
    /// copies when its content was already imported (damaged copies stay quarantined each).
    struct Placement {
        var id: String
        var version: Int
        var duplicateOf: String?
        var previousId: String?
    }

    var isRecord: Bool { if case .record = content { true } else { false } }

    /// `previous`: the path's current version in the store; `owners`: who imported each content hash.
    func placement(previous: RecordStore.KnownSource?, owners: [String: String]) -> Placement {
        let version = (previous?.version ?? 0) + 1
        return Placement(
            id: Self.sourceId(path: path, version: version), version: version,
            duplicateOf: isRecord ? owners[sha256] : nil, previousId: previous?.id)
    }

    /// Adds the statements that store this file as the placement's version of its path.
    func write(_ placement: Placement, now: String, into batch: inout WriteBatch) {
        let id = placement.id
        var outcome = "imported"
        if placement.duplicateOf != nil { outcome = "duplicate" } else if case .quarantined = content { outcome = "quarantined" }
        batch.add(.retireOlderVersions, SQLStatement("UPDATE source_files SET is_current = 0 WHERE path = ?", [.text(path)]))
        batch.add(.sourceFiles, SQLStatement(
            "INSERT INTO source_files (id, path, version, is_current, size, sha256, first_seen, last_seen, outcome, duplicate_of) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
            [.text(id), .text(path), .init(placement.version), .init(size), .text(sha256), .text(now), .text(now), .text(outcome), .init(placement.duplicateOf)]))
        guard placement.duplicateOf == nil else { return }
        switch content {
        case .quarantined(let reason, let message):
            batch.add(.quarantine, SQLStatement("INSERT INTO quarantine (source_id, reason, message) VALUES (?, ?, ?)", [.text(id), .text(reason.rawValue), .text(message)]))
        case .record(let record, let validation, let json):
            writeRecord(id: id, record: record, validation: validation, json: json, into: &batch)
            if let previousId = placement.previousId {
                // A new version of an audit keeps the completion dates the tracker gave the
                // actions of the version before it (matched by position and description).
                batch.add(.carryOverCompletions, SQLStatement("""
                    UPDATE actions SET completed_on = (SELECT p.completed_on FROM actions p WHERE p.source_id = ?
                        AND p.position = actions.position AND p.description = actions.description)
                    WHERE source_id = ?
                    """, [.text(previousId), .text(id)]))
            }
        }
    }

    private func writeRecord(id: String, record: FormRecord, validation: Validation, json: String, into batch: inout WriteBatch) {
        let audit = record.audit
        let columns = ReportColumns(record)
        batch.add(.records, SQLStatement(
            """
            INSERT INTO records (source_id, kind, month, team, legal_status, child_id, auditor, rating, moderated_rating, final_rating,
                moderation_outcome, moderator, concern_category, completed_on, submitted_on, participation_social_worker,
                participation_team_manager, participation_child, participation_parent_carer, participation_iro_cp_chair,
                admissible, blocking, advisories, schema_version, record_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(id), .text(record.kind.rawValue), .init(columns.month), .init(columns.team), .init(audit?.child?.legalStatus),
                .init(audit?.child?.id), .init(columns.author), .init(audit?.judgement?.rating), .init(audit?.moderation?.rating),
                .init(audit?.moderation?.rating ?? audit?.judgement?.rating), .init(audit?.moderation?.outcome), .init(audit?.moderation?.moderator),
                .init(audit?.concern?.category), .init(audit?.completedOn), .init(audit?.submittedOn),
                .init(audit?.participation?.socialWorker?.outcome), .init(audit?.participation?.teamManager?.outcome),
                .init(audit?.participation?.child?.outcome), .init(audit?.participation?.parentCarer?.outcome),
                .init(audit?.participation?.iroCpChair?.outcome), .init(validation.admissible), .init(validation.blocking),
                .init(validation.advisories), .text(record.source.schemaVersion), .text(json),
            ]))
        for (position, area) in (audit?.areas ?? []).enumerated() {
            batch.add(.areas, SQLStatement(
                "INSERT INTO areas (source_id, position, area, rating, standards, evidence_count, impact_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [.text(id), .init(position), .text(area.area), .init(area.rating), .text(area.standards.joined(separator: " ")),
                 .init(area.evidence.count), .init(area.impact.count)]))
        }
        for (position, action) in (audit?.actions ?? []).enumerated() {
            batch.add(.actions, SQLStatement(
                "INSERT INTO actions (source_id, position, description, owner, due_on, into_care_plan) VALUES (?, ?, ?, ?, ?, ?)",
                [.text(id), .init(position), .init(action.description), .init(action.owner), .init(action.dueOn), .init(action.intoCarePlan)]))
        }
        for (position, finding) in validation.findings.enumerated() {
            batch.add(.findings, SQLStatement(
                "INSERT INTO findings (source_id, position, rule, severity, field, message, quote, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [.text(id), .init(position), .text(finding.rule), .text(finding.severity.rawValue), .text(finding.field),
                 .text(finding.message), .init(finding.quote), .init(finding.location?.description)]))
        }
        let annotations = record.source.revisions.map { ("revision_" + $0.kind.rawValue, $0.author, $0.date, $0.text) }
            + record.source.comments.map { ("comment", $0.author, $0.date, $0.text) }
        for (position, note) in annotations.enumerated() {
            batch.add(.annotations, SQLStatement(
                "INSERT INTO annotations (source_id, position, kind, author, date, text) VALUES (?, ?, ?, ?, ?, ?)",
                [.text(id), .init(position), .text(note.0), .init(note.1), .init(note.2), .text(note.3)]))
        }
    }
}

/// The columns every kind of record fills, read from the typed record: the month it is
/// about, its team, and who wrote it (the auditor or the observer).
private struct ReportColumns {
    var month: String?
    var team: String?
    var author: String?

    init(_ record: FormRecord) {
        switch record.body {
        case .audit(let audit):
            (month, team, author) = (audit.audit?.month, audit.team, audit.auditor?.name)
        case .practiceObservation(let observation):
            (month, team, author) = (observation.observedOn.map { String($0.prefix(7)) }, observation.team, observation.observer?.name)
        case .meetingObservation(let observation):
            (month, team, author) = (observation.meeting?.date.map { String($0.prefix(7)) }, nil, observation.observer?.name)
        case .none:
            break
        }
    }
}
