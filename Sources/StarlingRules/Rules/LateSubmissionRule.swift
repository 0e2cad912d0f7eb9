import StarlingForms

/// AUD-109: audits submitted after the last day of their month are not counted in it.
struct LateSubmissionRule: Rule {
    static let description = RuleDescription(
        id: "AUD-109", title: "Submitted after the end of the audit month", severity: .advisory, standard: "Admissibility: timeliness",
        appliesTo: [.monthlyAudit],
        guidance: "Audits must be submitted on or before the last day of the audit month to count in that month's report. If there was an agreed exemption, note it for the QA team.",
        passing: [#"{"audit": {"month": "2019-12"}, "submitted_on": "2019-12-31"}"#],
        failing: [#"{"audit": {"month": "2019-12"}, "submitted_on": "2020-01-02"}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit, let month = audit.audit?.month, month.count == 7,
              let submitted = audit.submittedOn, submitted.count == 10, String(submitted.prefix(7)) > month
        else { return [] }
        return [finding(context, field: "submitted_on", message: "The audit for \(month) was submitted on \(submitted), after the end of the month, so it will not be counted in that month's report.", quote: submitted)]
    }
}
