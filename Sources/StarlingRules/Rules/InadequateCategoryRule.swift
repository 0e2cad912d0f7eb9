import StarlingForms

/// AUD-005: every inadequate audit raises a Child of Concern notification (Ofsted Annex H).
struct InadequateCategoryRule: Rule {
    static let description = RuleDescription(
        id: "AUD-005", title: "Inadequate with no category of concern", severity: .blocking, standard: "Admissibility: child of concern",
        appliesTo: [.monthlyAudit],
        guidance: "An inadequate audit must say whether this is Category 1 (the child may be at risk and the Head of Service must act now) or Category 2 (the risk assessment or service is not right for the child's needs), with the reason.",
        passing: [#"{"judgement": {"rating": "inadequate"}, "concern": {"category": "category_2", "summary": "The plan does not address neglect."}}"#],
        failing: [#"{"judgement": {"rating": "inadequate"}, "concern": {"category": "none"}}"#, #"{"judgement": {"rating": "inadequate"}}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit, audit.judgement?.rating == "inadequate" else { return [] }
        let category = audit.concern?.category
        guard category != "category_1", category != "category_2" else { return [] }
        return [finding(context, field: "concern.category", message: "The audit is rated inadequate but no Category 1 or Category 2 concern is recorded.", quote: category)]
    }
}
