import Foundation
import StarlingForms

enum JSONOutput {
    /// Stable, readable JSON: sorted keys so output diffs cleanly between runs.
    static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func string<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        String(decoding: try encoder(pretty: pretty).encode(value), as: UTF8.self)
    }

    /// For the document model (`dump`), whose Swift names are camelCase: snake_case keys, the
    /// style of the records and every other output. The attributes of an XML form's elements
    /// are the form's own names and are written as they are.
    static func snakeCaseString<T: Encodable>(_ value: T) throws -> String {
        let encoder = encoder()
        encoder.keyEncodingStrategy = .custom { path in
            let key = path[path.count - 1]
            if path.count >= 2, path[path.count - 2].stringValue == "attributes" { return key }
            return SnakeKey(SnakeCase.from(camelCase: key.stringValue))
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private struct SnakeKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
