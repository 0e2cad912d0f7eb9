import StarlingForms

/// AUD-107: a form with tracked changes left in does not say one thing.
struct TrackedChangesRule: Rule {
    static let description = RuleDescription(
        id: "AUD-107", title: "Tracked changes are unresolved", severity: .advisory, standard: "S5",
        appliesTo: [.monthlyAudit, .practiceObservation, .meetingObservation],
        guidance: "Accept or reject each tracked change (Review → Accept/Reject in Word) so the form says one thing. Starling has read it as if all changes were accepted.",
        passing: [#"{"team": "Team 3"}"#],
        failing: [#"{"source": {"revisions": [{"kind": "insertion", "author": "Moderator", "text": "rated good", "location": {"part": "word/document.xml", "block": 3, "cells": []}}]}}"#])

    func check(_ context: RuleContext) -> [Finding] {
        let revisions = context.record.source.revisions
        guard let first = revisions.first else { return [] }
        let authors = Set(revisions.compactMap(\.author)).sorted().joined(separator: ", ")
        var result = finding(context, field: "document",
                             message: "The form still has \(revisions.count) tracked change\(revisions.count == 1 ? "" : "s")\(authors.isEmpty ? "" : " (by \(authors))").",
                             quote: revisions.map(\.text).first { !$0.isEmpty })
        result.location = first.location
        return [result]
    }
}
