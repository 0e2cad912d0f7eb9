import StarlingForms

/// AUD-001: an audit cannot be counted or moderated without who, whom, when and where.
struct IdentifyingFieldsRule: Rule {
    static let description = RuleDescription(
        id: "AUD-001", title: "Identifying fields are missing", severity: .blocking, standard: "Admissibility: identification",
        appliesTo: [.monthlyAudit],
        guidance: "Add the missing details at the top of the form. The QA team needs them to count the audit in the right month and team, and to link it to the child's record.",
        passing: [#"{"child": {"id": "5067991", "legal_status": "child_in_need"}, "auditor": {"name": "A. Auditor"}, "audit": {"month": "2019-12"}, "team": "Team 3"}"#],
        failing: [#"{"child": {"legal_status": "child_in_need"}, "auditor": {"name": "A. Auditor"}, "audit": {"month": "2019-12"}, "team": "Team 3"}"#])

    static let fields: [(key: String, name: String, value: @Sendable (AuditRecord) -> String?)] = [
        ("child.id", "the child's ID", { $0.child?.id }),
        ("auditor.name", "the auditor's name", { $0.auditor?.name }),
        ("audit.month", "the audit month", { $0.audit?.month }),
        ("child.legal_status", "the child's legal status", { $0.child?.legalStatus }),
        ("team", "the team", { $0.team }),
    ]

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit else { return [] }
        return Self.fields.filter { ($0.value(audit) ?? "").isEmpty }.map {
            finding(context, field: $0.key, message: "The form does not give \($0.name).")
        }
    }
}
