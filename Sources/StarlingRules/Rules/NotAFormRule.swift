import StarlingForms

/// FRM-001: something that is not a STARLIng form cannot be admitted.
struct NotAFormRule: Rule {
    static let description = RuleDescription(
        id: "FRM-001", title: "Not a STARLIng form", severity: .blocking, standard: "Admissibility: structure",
        appliesTo: [.notAForm],
        guidance: "Use the current audit or observation template (Samples/templates/), or check that this is the file you meant to submit.",
        passing: [#"{"kind": "monthly_audit", "team": "Team 3"}"#],
        failing: [#"{"kind": "not_a_form", "not_a_form_reason": "a letter"}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard context.record.kind == .notAForm else { return [] }
        return [finding(context, field: "document", message: "This file is " + (context.record.notAFormReason ?? "not a STARLIng form") + ".")]
    }
}
