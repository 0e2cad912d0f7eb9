import StarlingDocument
import StarlingForms

/// A rule's self-description: what it checks, how serious it is, what it says, how to
/// put it right, and examples the test suite runs (in the spirit of SwiftLint's rules).
public struct RuleDescription: Sendable {
    public var id: String
    public var title: String
    public var severity: Severity
    public var standard: String
    public var appliesTo: Set<FormKind>
    /// Plain-English, restorative guidance on how to put it right.
    public var guidance: String
    /// Record snippets (JSON, keyed as the record is) that must not trigger the rule…
    public var passing: [String]
    /// …and that must trigger it, at least once.
    public var failing: [String]
    /// Whether it still has something to say about a blank form. Most rules would only
    /// report each empty field, so the engine runs just these on one (see FRM-002).
    public var checksBlankForms = false
}

/// What a rule sees: the typed record, the document it came from, and the rule pack's data.
public struct RuleContext: Sendable {
    public var record: FormRecord
    public var imported: ImportedForm?
    public var pack: RulePack
    /// Today, for "a date in the future" checks (ISO `YYYY-MM-DD`).
    public var today: String

    public init(record: FormRecord, imported: ImportedForm? = nil, pack: RulePack, today: String) {
        self.record = record
        self.imported = imported
        self.pack = pack
        self.today = today
    }

    public var audit: AuditRecord? { record.audit }

    /// Verdicts on the record's statements, shared by the rules that classify them: each
    /// statement is classified once per validation, not once per rule.
    public let statements = StatementVerdicts()

    /// Where the value of a field came from, for feedback that points at it.
    public func location(_ field: String) -> Location? {
        record.source.provenance[field] ?? record.source.labelLocations[field]
    }
}

public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Findings for the record; `finding(…)` fills in id, severity, standard and guidance.
    func check(_ context: RuleContext) -> [Finding]
}

extension Rule {
    /// A finding of this rule, with the rule's severity, standard and guidance.
    func finding(_ context: RuleContext, field: String, message: String, quote: String? = nil, because: String? = nil, locationOf: String? = nil) -> Finding {
        let description = Self.description
        return Finding(
            rule: description.id, severity: context.pack.severity(of: description), field: field,
            // The field itself (its value, or its label when empty), else the place the rule names.
            location: context.location(field) ?? locationOf.flatMap(context.location)
                ?? context.location(field.components(separatedBy: ".").prefix(2).joined(separator: ".")),
            quote: quote, message: message, guidance: description.guidance, standard: description.standard, because: because)
    }
}
