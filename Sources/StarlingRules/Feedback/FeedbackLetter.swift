import Foundation
import StarlingForms

/// A feedback letter to the auditor, restorative in tone, grouped by section: something a QA
/// officer could email as it is. Self-contained HTML, no scripts.
public enum FeedbackLetter {
    public static func html(for validation: Validation, record: FormRecord, pack: RulePack) -> String {
        let audit = record.audit
        let name = audit?.auditor?.name.map { " \(HTMLText.escape($0))" } ?? ""
        let month = audit?.audit?.month.map { " for \(HTMLText.escape(MonthNames.longName(ofMonth: $0)))" } ?? ""
        let team = audit?.team.map { ", \(HTMLText.escape($0))" } ?? ""
        var body = "<p>Dear\(name.isEmpty ? " colleague" : name),</p>\n"
        let form = switch record.kind {
        case .monthlyAudit: "audit"
        case .practiceObservation, .meetingObservation: "observation"
        case .notAForm: "form"
        }
        // A blank form was sent, not completed: thank the sender without saying otherwise.
        body += record.isBlank
            ? "<p>Thank you for sending this \(form) form. It reached us with nothing written in it, so it cannot be counted or moderated yet. "
            : "<p>Thank you for completing this \(form)\(month)\(team). Before it goes to moderation, we have read it against the STARLIng standards so that it can be counted and the learning shared. "
        if validation.admissible {
            body += validation.findings.isEmpty
                ? "It is <strong>ready for moderation</strong> as it stands, with nothing to change.</p>\n"
                : "It is <strong>ready for moderation</strong>. A few points below would make it stronger; they are suggestions, not conditions.</p>\n"
        } else {
            body += (validation.blocking == 1 ? "There is <strong>1 thing" : "There are <strong>\(validation.blocking) things") + " to put right</strong> before it can be moderated. Each is set out below with what would help.</p>\n"
        }
        let groups = Dictionary(grouping: validation.findings, by: \.section)
        for section in orderedSections(validation.findings) {
            body += "<h2>\(HTMLText.escape(sectionTitle(section, pack: pack)))</h2>\n<ul>\n"
            for finding in groups[section] ?? [] {
                body += "<li class=\"\(finding.severity.rawValue)\"><p><span class=\"tag\">\(finding.severity == .blocking ? "To put right" : "To consider")</span> \(HTMLText.escape(finding.message))</p>"
                if let quote = finding.quote, !quote.isEmpty { body += "<blockquote>\(HTMLText.escape(quote))</blockquote>" }
                body += "<p class=\"how\">\(HTMLText.escape(finding.guidance))</p>"
                var small = "\(finding.rule) · \(finding.standard)"
                if let location = finding.location { small += " · \(location)" }
                body += "<p class=\"ref\">\(HTMLText.escape(small))</p></li>\n"
            }
            body += "</ul>\n"
        }
        body += "<p>If anything here does not fit the child's circumstances, please say so: this is a conversation, and your knowledge of the case matters. The QA team is happy to talk it through.</p>\n<p>With thanks,<br>Quality Assurance team</p>\n"
        return """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>\(form.capitalized) feedback: \(HTMLText.escape((record.source.file as NSString).lastPathComponent))</title>
            <style>
            body { font: 11pt/1.5 Arial, sans-serif; max-width: 46em; margin: 2em auto; color: #1b1b1b; }
            h1 { font-size: 16pt; } h2 { font-size: 12.5pt; border-bottom: 1px solid #ccc; margin-top: 1.6em; }
            ul { list-style: none; padding: 0; } li { margin: 0 0 1em; padding: .4em .8em; border-left: 4px solid #8a8a8a; }
            li.blocking { border-color: #b3261e; } li.advisory { border-color: #2b6cb0; }
            .tag { font-weight: bold; } blockquote { margin: .3em 0; padding: .3em .8em; background: #f4f4f4; font-style: italic; }
            .how { margin: .3em 0; } .ref { color: #666; font-size: 9pt; margin: 0; }
            @media print { body { margin: 1cm; } li { break-inside: avoid; } }
            </style></head><body>
            <h1>\(form.capitalized) feedback — \(HTMLText.escape(validation.verdict))</h1>
            \(body)</body></html>
            """
    }

    static func orderedSections(_ findings: [Finding]) -> [String] {
        var seen: [String] = []
        for finding in findings where !seen.contains(finding.section) { seen.append(finding.section) }
        return seen
    }

    static func sectionTitle(_ section: String, pack: RulePack) -> String {
        if section.hasPrefix("Area: ") { return "Area of practice: " + pack.label(String(section.dropFirst(6))) }
        switch section {
        case "child": return "The child"
        case "audit", "auditor", "team": return "Audit details"
        case "judgement": return "Overall judgement"
        case "concern": return "Child of concern"
        case "participation": return "Who took part"
        case "moderation": return "Moderation"
        case "submitted_on", "completed_on": return "Dates"
        default: return section.prefix(1).uppercased() + section.dropFirst().replacingOccurrences(of: "_", with: " ")
        }
    }

}
