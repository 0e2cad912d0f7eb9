/// A value on its way into a typed record: what a field normalises to (text, a number, yes
/// or no, statements) and the objects and lists the record tree nests them in. Typed rather
/// than `Any`, so the tree encodes straight to JSON for decoding into the record.
enum RecordValue: Encodable, Equatable {
    case text(String)
    case integer(Int)
    case boolean(Bool)
    case list([RecordValue])
    case object([String: RecordValue])

    static func texts(_ values: [String]) -> RecordValue { .list(values.map(RecordValue.text)) }

    var text: String? {
        if case .text(let value) = self { value } else { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .boolean(let value): try container.encode(value)
        case .list(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }
}
