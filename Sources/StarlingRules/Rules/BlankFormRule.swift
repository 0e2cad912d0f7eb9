import StarlingForms

/// FRM-002: a form with nothing written in it (often the template sent by mistake) is not
/// a submission. It gets this one finding rather than one for every empty field.
struct BlankFormRule: Rule {
    static let description = RuleDescription(
        id: "FRM-002", title: "Nothing has been written in the form", severity: .blocking, standard: "Admissibility: structure",
        appliesTo: [.monthlyAudit, .practiceObservation, .meetingObservation],
        guidance: "Check that you attached the completed form, not the blank template, and submit it again.",
        passing: [#"{"team": "Team 3"}"#],
        failing: [#"{"blank": true}"#, #"{"kind": "meeting_observation", "blank": true}"#],
        checksBlankForms: true)

    func check(_ context: RuleContext) -> [Finding] {
        guard context.record.isBlank else { return [] }
        let form = context.record.source.title ?? context.pack.label(context.record.kind.rawValue)
        return [finding(context, field: "document", message: "Nothing is written in this \(form): it has the form's labels and no answers, like the blank template.")]
    }
}
