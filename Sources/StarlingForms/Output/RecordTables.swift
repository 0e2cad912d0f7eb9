import StarlingSchema

/// The CSV tables of a batch: one row per form (failures included), one per area, one per action.
public struct RecordTables {
    public var forms: CSVTable
    public var areas: CSVTable
    public var actions: CSVTable

    public init(outcomes: [ImportOutcome], schema: StarlingSchema) throws {
        var fieldColumns: [String] = []
        for form in schema.forms {
            for field in form.fields where !fieldColumns.contains(field.key) && !["areas", "actions"].contains(field.key) {
                fieldColumns.append(field.key)
            }
        }
        forms = CSVTable(header: ["file", "kind", "sha256", "error"] + fieldColumns + ["moderation.outcome", "areas", "actions", "unmapped", "warnings"])
        areas = CSVTable(header: ["file", "child.id", "audit.month", "area", "rating", "standards", "evidence", "impact"])
        actions = CSVTable(header: ["file", "child.id", "audit.month", "action", "description", "owner", "due_on", "into_care_plan"])
        for outcome in outcomes {
            switch outcome {
            case .failure(let file, let reason, let message):
                forms.append(["file": file, "kind": "failed", "error": "\(reason): \(message)"])
            case .record(let record):
                var row = try RecordFlattener.scalars(of: record)
                row["file"] = record.source.file
                row["sha256"] = record.source.sha256
                row["unmapped"] = String(record.unmapped.count)
                row["warnings"] = String(record.warnings.count)
                if record.kind == .notAForm { row["error"] = record.notAFormReason }
                guard let audit = record.audit else { forms.append(row); continue }
                row["areas"] = String(audit.areas.count)
                row["actions"] = String(audit.actions.count)
                forms.append(row)
                let common = ["file": record.source.file, "child.id": audit.child?.id ?? "", "audit.month": audit.audit?.month ?? ""]
                for area in audit.areas {
                    areas.append(common.merging([
                        "area": area.area, "rating": area.rating ?? "", "standards": area.standards.joined(separator: " "),
                        "evidence": area.evidence.joined(separator: " | "), "impact": area.impact.joined(separator: " | "),
                    ]) { a, _ in a })
                }
                for (index, action) in audit.actions.enumerated() {
                    actions.append(common.merging([
                        "action": String(index + 1), "description": action.description ?? "", "owner": action.owner ?? "",
                        "due_on": action.dueOn ?? "", "into_care_plan": action.intoCarePlan.map { $0 ? "yes" : "no" } ?? "",
                    ]) { a, _ in a })
                }
            }
        }
    }
}
