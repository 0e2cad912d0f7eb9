/// One form of the schema (monthly audit, practice observation, meeting observation):
/// how to recognise it and every field with the labels it appears under.
public struct FormDefinition: Sendable, Equatable {
    public let kind: String
    public let title: String
    /// Titles and phrases that identify the form ("Monthly case audit").
    public let detection: [String]
    public let fields: [FieldDefinition]
    /// Labels of the parts inside an area section: `evidence`, `impact`, `rating`.
    public let areaPartLabels: [String: [String]]
    /// Column headings of the actions table: `description`, `owner`, `due_on`, `into_care_plan`.
    public let actionColumnLabels: [String: [String]]
    /// Headings of the free text beside a choice (a participation's "Reason", a view's
    /// "Comment"): the reason or comment of the choice labelled just before it.
    public let besideChoiceLabels: [String]
    /// What auditors write in the actions section where no action is needed ("None required").
    public let noActionPhrases: [String]
    /// The field a moderator's Word comments fill when the form has none written.
    public let wordCommentsField: String?

    public init(
        kind: String, title: String, detection: [String], fields: [FieldDefinition],
        areaPartLabels: [String: [String]] = [:], actionColumnLabels: [String: [String]] = [:],
        besideChoiceLabels: [String] = [], noActionPhrases: [String] = [], wordCommentsField: String? = nil
    ) {
        self.besideChoiceLabels = besideChoiceLabels
        self.noActionPhrases = noActionPhrases
        self.wordCommentsField = wordCommentsField
        self.kind = kind
        self.title = title
        self.detection = detection
        self.fields = fields
        self.areaPartLabels = areaPartLabels
        self.actionColumnLabels = actionColumnLabels
    }

    public func field(_ key: String) -> FieldDefinition? { fields.first { $0.key == key } }
}

/// One field of a form: its record key, value type, and the labels and tags it goes by.
public struct FieldDefinition: Sendable, Equatable {
    public let key: String
    public let type: FieldType
    public let required: Bool
    public let labels: [String]
    /// Content-control tags and legacy form-field names (the record key itself always counts).
    public let tags: [String]

    public init(key: String, type: FieldType, required: Bool = false, labels: [String], tags: [String] = []) {
        self.key = key
        self.type = type
        self.required = required
        self.labels = labels
        self.tags = tags
    }
}

/// What kind of value a field holds, and so how a written value is normalised.
public enum FieldType: Sendable, Equatable, CustomStringConvertible {
    case text, multiline, date, month, integer, boolean, statements
    case vocabulary(String)

    /// `text`, `date`, …, or `vocabulary:<name>` as written in the schema files.
    public init?(_ written: String) {
        switch written {
        case "text": self = .text
        case "multiline": self = .multiline
        case "date": self = .date
        case "month": self = .month
        case "integer": self = .integer
        case "boolean": self = .boolean
        case "statements": self = .statements
        default:
            guard written.hasPrefix("vocabulary:"), written.count > 11 else { return nil }
            self = .vocabulary(String(written.dropFirst(11)))
        }
    }

    public var description: String {
        switch self {
        case .text: "text"
        case .multiline: "multiline"
        case .date: "date"
        case .month: "month"
        case .integer: "integer"
        case .boolean: "boolean"
        case .statements: "statements"
        case .vocabulary(let name): "vocabulary:\(name)"
        }
    }
}
