import StarlingDocument

/// Blocking: the audit is inadmissible until fixed. Advisory: admissible, but should be improved.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case blocking, advisory
    public static func < (a: Severity, b: Severity) -> Bool { a == .blocking && b == .advisory }
}

/// One thing a rule found, pointing at the field and the place in the form.
public struct Finding: Codable, Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    /// The record key path it concerns: `concern.category`, `areas.planning.impact`,
    /// `actions[1].owner`, `document` for whole-file matters.
    public var field: String
    public var location: Location?
    /// The words on the form the finding is about, when there are some.
    public var quote: String?
    public var message: String
    public var guidance: String
    /// The Standard for Practice (S1–S6) or admissibility principle it serves.
    public var standard: String
    /// Why a classifier decided, e.g. "no reference to the child; process words: held, meeting".
    public var because: String?

    public init(rule: String, severity: Severity, field: String, location: Location?, quote: String? = nil,
                message: String, guidance: String, standard: String, because: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.field = field
        self.location = location
        self.quote = quote
        self.message = message
        self.guidance = guidance
        self.standard = standard
        self.because = because
    }

    /// The section of the form a field belongs to, for grouping feedback.
    public var section: String {
        if field == "document" { return "Whole form" }
        if field.hasPrefix("areas.") { return "Area: " + (field.split(separator: ".").dropFirst().first.map(String.init) ?? "") }
        if field.hasPrefix("actions") { return "Actions" }
        return String(field.split(separator: ".").first ?? Substring(field))
    }
}
