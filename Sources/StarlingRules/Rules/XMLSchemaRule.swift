import StarlingForms

/// STR-001: an XML form must match its XSD to be trusted.
struct XMLSchemaRule: Rule {
    static let description = RuleDescription(
        id: "STR-001", title: "The XML form does not match its schema", severity: .blocking, standard: "Admissibility: structure",
        appliesTo: [.monthlyAudit, .practiceObservation, .meetingObservation],
        guidance: "Correct the XML at the line shown so that it matches the STARLIng XSD (Schemas/xsd/). The system that wrote it may need fixing.",
        passing: [#"{"team": "Team 3"}"#],
        failing: [#"{"warnings": [{"field": "document", "message": "does not match audit.xsd: Element 'colour': This element is not expected.", "location": {"part": "a.xml", "block": 0, "cells": [], "line": 12}}]}"#],
        // A blank XML form can still break its XSD, and the system that wrote it needs telling.
        checksBlankForms: true)

    func check(_ context: RuleContext) -> [Finding] {
        context.record.warnings.filter { $0.field == "document" && $0.message.hasPrefix("does not match") }.map { warning in
            let sentence = warning.message.hasSuffix(".") ? warning.message : warning.message + "."
            var result = finding(context, field: "document", message: "The XML form " + sentence)
            result.location = warning.location
            return result
        }
    }
}
