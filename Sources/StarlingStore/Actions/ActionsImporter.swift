/// Puts a tracker's completion dates on the actions of the audits in the store. Each row
/// goes to the current imported monthly audit of its child and month, then to one of its
/// actions; the dates are written in one transaction. A date already stored is never
/// overwritten (a different one is a conflict, reported), so importing the same tracker
/// again changes nothing.
public struct ActionsImporter: Sendable {
    public let store: RecordStore

    public init(store: RecordStore) { self.store = store }

    /// One action in the store, and the completion date it has (or will have after this run).
    struct Slot {
        var position: Int
        var description: String?
        var completedOn: String?
    }

    public func run(_ tracker: Tracker, dryRun: Bool = false) async throws -> ActionsImportSummary {
        var audits = try await loadAudits()
        var summary = ActionsImportSummary()
        var statements: [SQLStatement] = []
        for row in tracker.rows {
            summary.rowsRead += 1
            func unmatched(_ reason: ActionsImportSummary.Reason, _ message: String) {
                summary.unmatched.append(.init(row: row.number, reason: reason, message: message))
            }
            guard let id = row.childID.map(\.text), !id.allSatisfy(\.isWhitespace) else {
                unmatched(.missingChildID, "the child ID is empty"); continue
            }
            guard let monthCell = row.month, let month = TrackerValues.month(monthCell) else {
                unmatched(.unreadableMonth, row.month.map { "'\($0.text)' is not an audit month" } ?? "the audit month is empty"); continue
            }
            let completed = row.completed.flatMap { $0.isBlank ? nil : $0 }
            let date = completed.flatMap(TrackerValues.date)
            if let completed, date == nil {
                unmatched(.unreadableDate, "'\(completed.text)' is not a date"); continue
            }
            let child = TrackerValues.childKey(id)
            let candidates = audits[child]?[month] ?? [:]
            guard candidates.count == 1, let (source, slots) = candidates.first.map({ ($0.key, $0.value) }) else {
                if candidates.count > 1 {
                    unmatched(.ambiguous, "\(candidates.count) audits of this child in \(month)")
                } else {
                    let others = (audits[child] ?? [:]).keys.sorted()
                    unmatched(.noSuchAudit, "no audit of this child in \(month)"
                        + (others.isEmpty ? " (none of this child at all)" : " (the store has \(others.joined(separator: ", ")))"))
                }
                continue
            }
            let index: Int
            switch ActionMatcher.match(row.action, descriptions: slots.map(\.description)) {
            case .action(let found): index = found
            case .none(let message): unmatched(.noSuchAction, message); continue
            case .ambiguous(let message): unmatched(.ambiguous, message); continue
            }
            summary.matched += 1
            guard let date else { summary.notCompleted += 1; continue }
            let slot = slots[index]
            switch slot.completedOn {
            case .some(date):
                summary.unchanged += 1
            case nil:
                summary.updated += 1
                audits[child]![month]![source]![index].completedOn = date
                statements.append(SQLStatement(
                    "UPDATE actions SET completed_on = ? WHERE source_id = ? AND position = ? AND completed_on IS NULL",
                    [.text(date), .text(source), .integer(Int64(slot.position))]))
            case let stored?:
                summary.conflicts.append(.init(row: row.number, reason: nil, message:
                    "action \(index + 1) of the \(month) audit was completed on \(stored); this row says \(date) (kept \(stored))"))
            }
        }
        if !dryRun, !statements.isEmpty { try await store.database.execute(statements) }
        return summary
    }

    /// Child key → month → source id → its actions in order: current, imported monthly
    /// audits only, so a superseded version or a duplicate copy is never matched.
    func loadAudits() async throws -> [String: [String: [String: [Slot]]]] {
        let rows = try await store.database.query("""
            SELECT r.source_id, r.child_id, r.month, a.position, a.description, a.completed_on
            FROM records r JOIN source_files s ON s.id = r.source_id LEFT JOIN actions a ON a.source_id = r.source_id
            WHERE s.is_current = 1 AND s.outcome = 'imported' AND r.kind = 'monthly_audit'
                AND r.child_id IS NOT NULL AND r.month IS NOT NULL
            ORDER BY r.source_id, a.position
            """, [])
        var audits: [String: [String: [String: [Slot]]]] = [:]
        for row in rows {
            guard let source = row[0].text, let id = row[1].text, let month = row[2].text else { continue }
            let child = TrackerValues.childKey(id)
            var slots = audits[child]?[month]?[source] ?? []
            if let position = row[3].integer { slots.append(Slot(position: Int(position), description: row[4].text, completedOn: row[5].text)) }
            audits[child, default: [:]][month, default: [:]][source] = slots
        }
        return audits
    }
}
