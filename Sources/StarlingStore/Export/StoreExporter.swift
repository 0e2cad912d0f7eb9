import Foundation
import StarlingForms

/// Writes the store's tables — records, areas, actions, findings — as CSV (for Excel and
/// Power BI) or JSON Lines, current versions of imported forms only. With a pseudonymiser,
/// the child's name and ID are replaced by keyed hashes, in the record JSON too.
public struct StoreExporter: Sendable {
    public enum Format: String, Sendable, CaseIterable { case csv, jsonl }

    public let store: RecordStore
    public var pseudonymiser: Pseudonymiser?

    public init(store: RecordStore, pseudonymiser: Pseudonymiser? = nil) {
        self.store = store
        self.pseudonymiser = pseudonymiser
    }

    static let current = "source_files.is_current = 1 AND source_files.outcome = 'imported'"

    static let tables: [(name: String, sql: String)] = [
        ("records", """
            SELECT source_files.path, records.kind, records.month, records.team, records.legal_status, records.child_id,
                records.auditor, records.rating, records.moderated_rating, records.final_rating, records.moderation_outcome,
                records.moderator, records.concern_category, records.completed_on, records.submitted_on,
                records.participation_social_worker, records.participation_team_manager, records.participation_child,
                records.participation_parent_carer, records.participation_iro_cp_chair, records.admissible, records.blocking,
                records.advisories, source_files.sha256, source_files.version
            FROM records JOIN source_files ON source_files.id = records.source_id WHERE \(current) ORDER BY source_files.path
            """),
        ("areas", """
            SELECT source_files.path, records.child_id, records.month, areas.position, areas.area, areas.rating, areas.standards,
                areas.evidence_count, areas.impact_count
            FROM areas JOIN records ON records.source_id = areas.source_id JOIN source_files ON source_files.id = areas.source_id
            WHERE \(current) ORDER BY source_files.path, areas.position
            """),
        ("actions", """
            SELECT source_files.path, records.child_id, records.month, actions.position, actions.description, actions.owner,
                actions.due_on, actions.into_care_plan
            FROM actions JOIN records ON records.source_id = actions.source_id JOIN source_files ON source_files.id = actions.source_id
            WHERE \(current) ORDER BY source_files.path, actions.position
            """),
        ("findings", """
            SELECT source_files.path, records.child_id, records.month, findings.position, findings.rule, findings.severity,
                findings.field, findings.message, findings.location
            FROM findings JOIN records ON records.source_id = findings.source_id JOIN source_files ON source_files.id = findings.source_id
            WHERE \(current) ORDER BY source_files.path, findings.position
            """),
    ]

    /// Column names of a table, from its SELECT list.
    static func columns(_ sql: String) -> [String] {
        let list = sql.components(separatedBy: "SELECT ")[1].components(separatedBy: "\n            FROM")[0]
        return list.split(separator: ",").map { column in
            String(column.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").last ?? "")
        }
    }

    /// Writes `<table>.csv` or `<table>.jsonl` for each table into `folder`; returns the paths.
    public func export(format: Format, into folder: String) async throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var written: [String] = []
        for table in Self.tables {
            let columns = Self.columns(table.sql)
            var rows = try await store.database.query(table.sql, [])
            if let pseudonymiser, let id = columns.firstIndex(of: "child_id") {
                rows = rows.map { row in
                    var row = row
                    if let value = row[id].text { row[id] = .text(pseudonymiser.pseudonym(value, kind: "id")) }
                    return row
                }
            }
            let path = (folder as NSString).appendingPathComponent("\(table.name).\(format.rawValue)")
            let text: String
            switch format {
            case .csv:
                var csv = CSVTable(header: columns)
                for row in rows { csv.rows.append(row.map { $0.text ?? "" }) }
                text = csv.rendered()
            case .jsonl:
                text = try rows.map { row in
                    var object: [String: Any] = [:]
                    for (column, value) in zip(columns, row) {
                        switch value {
                        case .null: object[column] = NSNull()
                        case .integer(let number): object[column] = number
                        case .real(let number): object[column] = number
                        case .text(let text): object[column] = text
                        }
                    }
                    return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
                }.map { $0 + "\n" }.joined()
            }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            written.append(path)
        }
        if format == .jsonl {
            written.append(try await exportFullRecords(into: folder))
        }
        return written
    }

    /// `full_records.jsonl`: each current record as `import` writes it.
    private func exportFullRecords(into folder: String) async throws -> String {
        let rows = try await store.database.query("""
            SELECT records.record_json FROM records JOIN source_files ON source_files.id = records.source_id
            WHERE \(Self.current) ORDER BY source_files.path
            """, [])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var text = ""
        for row in rows {
            guard let json = row[0].text else { continue }
            if let pseudonymiser {
                let record = try JSONDecoder().decode(FormRecord.self, from: Data(json.utf8))
                text += String(decoding: try encoder.encode(pseudonymiser.apply(to: record)), as: UTF8.self) + "\n"
            } else {
                text += json + "\n"
            }
        }
        let path = (folder as NSString).appendingPathComponent("full_records.jsonl")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
