import Foundation
import StarlingStore

/// One monthly audit as the report needs it: teams and ratings, never the child's name or
/// ID (those stay in the store), so nothing personal can reach the report's files.
public struct AuditRow: Sendable {
    public struct Action: Sendable {
        public var dueOn: String?
        /// When the action was done, from the action tracker (the form does not say).
        public var completedOn: String?
    }

    public var month: ReportMonth
    public var team: String
    public var legalStatus: String?
    /// The auditor's overall rating.
    public var auditorRating: String?
    /// The moderator's rating where there is one, else the auditor's: the rating that counts.
    public var rating: String?
    /// `agreed`, `upgraded` or `downgraded`; nil when not moderated.
    public var moderationOutcome: String?
    public var concernCategory: String?
    public var submittedOn: String?
    /// Party (`social_worker`, `team_manager`, `iro_cp_chair`, `child`, `parent_carer`) → outcome.
    public var participation: [String: String]
    /// Passed the admissibility rules and was not ruled inadmissible by the moderator.
    public var admissible: Bool
    public var atRiskOfInadequate: Bool
    public var childView: String?
    public var parentView: String?
    /// Area key → the auditor's rating of it.
    public var areas: [(area: String, rating: String?)]
    public var actions: [Action]

    /// Submitted after the last day of its month: not counted in that month.
    public var isLate: Bool { submittedOn.map { $0 > month.lastDay } ?? false }
    /// Counts in its month's figures.
    public var counts: Bool { admissible && !isLate }
}

/// The audits the report reads, and the teams the store knows.
public struct ReportData: Sendable {
    public var audits: [AuditRow]
    /// Teams with any monthly audit in the store in the twelve months to the report month.
    public var knownTeams: [String]

    public init(audits: [AuditRow], knownTeams: [String]) {
        self.audits = audits
        self.knownTeams = knownTeams
    }

    /// Only current, imported sources of kind monthly_audit are audits; duplicates and
    /// superseded versions would count one audit twice.
    static let auditJoin = """
        FROM records r JOIN source_files s ON s.id = r.source_id
        WHERE s.is_current = 1 AND s.outcome = 'imported' AND r.kind = 'monthly_audit' AND r.month >= ? AND r.month <= ?
        """

    /// Reads the audits of the months `from`…`to`. Plain columns only (no date functions),
    /// so the same SQL runs on SQLite and PostgreSQL.
    public static func load(_ store: RecordStore, from: ReportMonth, to: ReportMonth) async throws -> ReportData {
        let db = store.database
        let range: [SQLValue] = [.text(from.description), .text(to.description)]
        let rows = try await db.query(
            """
            SELECT r.source_id, r.month, r.team, r.legal_status, r.rating, r.final_rating, r.moderation_outcome,
                r.concern_category, r.submitted_on, r.participation_social_worker, r.participation_team_manager,
                r.participation_iro_cp_chair, r.participation_child, r.participation_parent_carer, r.admissible, r.record_json
            \(auditJoin)
            """, range)
        var areas: [String: [(Int64, String, String?)]] = [:]
        for row in try await db.query("SELECT a.source_id, a.position, a.area, a.rating FROM areas a WHERE a.source_id IN (SELECT r.source_id \(auditJoin))", range) {
            guard let id = row[0].text, let area = row[2].text else { continue }
            areas[id, default: []].append((row[1].integer ?? 0, area, row[3].text))
        }
        // Completion dates come from the action tracker (`starling actions import`).
        var actions: [String: [(Int64, String?, String?)]] = [:]
        for row in try await db.query("SELECT a.source_id, a.position, a.due_on, a.completed_on FROM actions a WHERE a.source_id IN (SELECT r.source_id \(auditJoin))", range) {
            guard let id = row[0].text else { continue }
            actions[id, default: []].append((row[1].integer ?? 0, row[2].text, row[3].text))
        }
        var audits: [AuditRow] = []
        for row in rows {
            guard let id = row[0].text, let month = row[1].text.flatMap(ReportMonth.init) else { continue }
            let json = (row[15].text.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } as? [String: Any]) ?? [:]
            let parties = ["social_worker", "team_manager", "iro_cp_chair", "child", "parent_carer"]
            var participation: [String: String] = [:]
            for (index, party) in parties.enumerated() { participation[party] = row[9 + index].text }
            let moderatorSaysAdmissible = Self.value(json, "moderation.admissible.value") as? Bool
            audits.append(AuditRow(
                month: month, team: row[2].text ?? "(team not recorded)", legalStatus: row[3].text, auditorRating: row[4].text,
                rating: row[5].text, moderationOutcome: row[6].text, concernCategory: row[7].text, submittedOn: row[8].text,
                participation: participation, admissible: row[14].integer == 1 && moderatorSaysAdmissible != false,
                atRiskOfInadequate: Self.value(json, "judgement.at_risk_of_inadequate") as? Bool ?? false,
                childView: Self.value(json, "feedback.child.view") as? String,
                parentView: Self.value(json, "feedback.parent_carer.view") as? String,
                areas: (areas[id] ?? []).sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) },
                actions: (actions[id] ?? []).sorted { $0.0 < $1.0 }.map { AuditRow.Action(dueOn: $0.1, completedOn: $0.2) }))
        }
        let teamRows = try await db.query("SELECT DISTINCT r.team \(auditJoin) AND r.team IS NOT NULL", [.text(to.adding(-11).description), .text(to.description)])
        return ReportData(audits: audits, knownTeams: teamRows.compactMap { $0[0].text }.sorted())
    }

    private static func value(_ json: [String: Any], _ path: String) -> Any? {
        var node: Any? = json
        for part in path.split(separator: ".") { node = (node as? [String: Any])?[String(part)] }
        return node
    }
}
