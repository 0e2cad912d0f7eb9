import StarlingForms

/// OBS-001: nobody is observed with a family without consent, confirmed by the observer.
struct ObservationConsentRule: Rule {
    static let description = RuleDescription(
        id: "OBS-001", title: "An observation without both consents", severity: .blocking, standard: "Customer Service Standard CS7",
        appliesTo: [.practiceObservation],
        guidance: "Record that the practitioner gained the family's consent, and that you confirmed it with the child and family yourself, before the observation.",
        passing: [#"{"consent": {"by_practitioner": true, "confirmed_by_observer": true}}"#],
        failing: [#"{"consent": {"by_practitioner": true}}"#, #"{"consent": {"by_practitioner": true, "confirmed_by_observer": false}}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard case .practiceObservation(let observation) = context.record.body else { return [] }
        var findings: [Finding] = []
        if observation.consent?.byPractitioner != true {
            findings.append(finding(context, field: "consent.by_practitioner", message: "The form does not show that the practitioner gained consent."))
        }
        if observation.consent?.confirmedByObserver != true {
            findings.append(finding(context, field: "consent.confirmed_by_observer", message: "The form does not show that you confirmed consent with the child and family."))
        }
        return findings
    }
}
