import StarlingForms

/// STR-002: a value that is not one of the allowed answers, or not a real date, cannot be counted.
struct UnreadableValueRule: Rule {
    static let description = RuleDescription(
        id: "STR-002", title: "A value is not one Starling can use", severity: .blocking, standard: "Admissibility: structure",
        appliesTo: [.monthlyAudit, .practiceObservation, .meetingObservation],
        guidance: "Choose one of the form's options, or write the date as dd/mm/yyyy. Starling kept what you wrote, but it cannot be counted as it stands.",
        passing: [#"{"child": {"legal_status": "child_in_need"}}"#],
        failing: [#"{"warnings": [{"field": "child.legal_status", "message": "'on a plan' is not one of the legal status values; kept as written"}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        context.record.warnings.filter { $0.field != "document" && $0.field != "record" }.map { warning in
            var result = finding(context, field: warning.field, message: "The value for \(warning.field.replacingOccurrences(of: "_", with: " ")) cannot be used: \(warning.message).",
                                 quote: warning.written)
            result.location = warning.location ?? result.location
            return result
        }
    }
}
