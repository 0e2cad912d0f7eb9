import Foundation
import StarlingForms
import StarlingSchema

/// The verdict on one submission.
public struct Validation: Sendable, Codable {
    public var file: String
    public var kind: FormKind
    public var admissible: Bool
    public var findings: [Finding]

    public var blocking: Int { findings.filter { $0.severity == .blocking }.count }
    public var advisories: Int { findings.filter { $0.severity == .advisory }.count }

    /// `admissible`, `admissible with 2 advisories`, `inadmissible: 3 blocking`.
    public var verdict: String {
        if !admissible { return "inadmissible: \(blocking) blocking" + (advisories > 0 ? ", \(advisories) advisor\(advisories == 1 ? "y" : "ies")" : "") }
        return advisories == 0 ? "admissible" : "admissible with \(advisories) advisor\(advisories == 1 ? "y" : "ies")"
    }
}

/// Runs the rule pack over imported forms.
public struct RuleEngine: Sendable {
    /// Every rule, in the order feedback lists them.
    public static let rules: [any Rule.Type] = [
        NotAFormRule.self, BlankFormRule.self, XMLSchemaRule.self,
        IdentifyingFieldsRule.self, OverallJudgementRule.self, AreaEvidenceRule.self, AreaImpactRule.self,
        InadequateCategoryRule.self, ActionsRequiredRule.self, ActionOwnerRule.self, ActionDueDateRule.self,
        PractitionerInvolvementRule.self, ParticipationReasonRule.self, ObservationConsentRule.self, ObservationRequiredFieldsRule.self,
        UnreadableValueRule.self, DateSenseRule.self, ModeratorNamedRule.self,
        ImpactAboutChildRule.self, ImpactProcessOnlyRule.self, AdviceInStatementsRule.self, EvidenceImpactRepeatRule.self,
        JudgementConsistencyRule.self, ActionOutcomeRule.self, TrackedChangesRule.self, PermanenceRule.self, LateSubmissionRule.self,
    ]

    public let pack: RulePack

    public init(pack: RulePack, schema: StarlingSchema) {
        var pack = pack
        for area in schema.areas {
            pack.labels[area.key] = area.name
            if !area.expectedFor.isEmpty { pack.areasExpectedFor[area.key] = area.expectedFor }
        }
        for form in schema.forms {
            if pack.labels[form.kind] == nil { pack.labels[form.kind] = form.title }
            pack.requiredFields[form.kind] = form.fields.filter(\.required).map(\.key)
            for field in form.fields { if let label = field.labels.first { pack.fieldLabels[form.kind + ":" + field.key] = label } }
        }
        for vocabulary in schema.vocabularies.values {
            for term in vocabulary.terms where pack.labels[term.key] == nil { pack.labels[term.key] = term.label }
        }
        self.pack = pack
    }

    public static func description(of id: String) -> RuleDescription? {
        rules.first { $0.description.id.caseInsensitiveCompare(id) == .orderedSame }?.description
    }

    public func validate(_ imported: ImportedForm, today: String = RuleEngine.today()) -> Validation {
        validate(record: imported.record, imported: imported, today: today)
    }

    public func validate(record: FormRecord, imported: ImportedForm? = nil, today: String = RuleEngine.today()) -> Validation {
        let context = RuleContext(record: record, imported: imported, pack: pack, today: today)
        var findings: [Finding] = []
        // A blank form gets one finding, not one for each field left empty (unless a pack turned that finding off).
        let blankOnly = record.isBlank && pack.isEnabled(BlankFormRule.description.id)
        let rules = blankOnly ? Self.rules.filter { $0.description.checksBlankForms } : Self.rules
        for rule in rules where pack.isEnabled(rule.description.id) && rule.description.appliesTo.contains(record.kind) {
            findings += rule.init().check(context)
        }
        findings.sort { ($0.severity, Self.order($0.rule)) < ($1.severity, Self.order($1.rule)) }
        return Validation(file: record.source.file, kind: record.kind, admissible: !findings.contains { $0.severity == .blocking }, findings: findings)
    }

    private static func order(_ id: String) -> Int { rules.firstIndex { $0.description.id == id } ?? rules.count }

    /// Today in the local time zone, `YYYY-MM-DD`. From calendar components, not a
    /// DateFormatter: making one costs more than validating a form, and callers may ask often.
    public static func today() -> String {
        let day = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return String(format: "%04d-%02d-%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0)
    }
}

