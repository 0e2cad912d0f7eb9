import StarlingForms

/// AUD-010: when the child or a parent was not spoken to, the reason matters.
struct ParticipationReasonRule: Rule {
    static let description = RuleDescription(
        id: "AUD-010", title: "Child or parent not spoken to, with no reason", severity: .blocking, standard: "S4",
        appliesTo: [.monthlyAudit],
        guidance: "Say why the child or parent was not spoken to: for example the child's age or understanding, that they declined, or when you tried and could not reach them.",
        passing: [#"{"participation": {"child": {"outcome": "not_appropriate", "reason": "Ali is 18 months old."}, "parent_carer": {"outcome": "spoken"}}}"#],
        failing: [#"{"participation": {"child": {"outcome": "not_contacted"}, "parent_carer": {"outcome": "spoken"}}}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let participation = context.audit?.participation else { return [] }
        let parties: [(String, String, AuditRecord.PartyParticipation?)] = [
            ("child", "the child", participation.child), ("parent_carer", "the parent or carer", participation.parentCarer),
        ]
        return parties.compactMap { key, name, party in
            guard let outcome = party?.outcome, outcome != "spoken", (party?.reason ?? "").isEmpty else { return nil }
            return finding(context, field: "participation.\(key).reason",
                           message: "The form says \(name) was \(outcome.replacingOccurrences(of: "_", with: " ")) but gives no reason.",
                           locationOf: "participation.\(key)")
        }
    }
}
