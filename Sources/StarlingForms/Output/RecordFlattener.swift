import Foundation

/// Flattens records to dotted columns (`child.id`, `participation.child.reason`) for CSV,
/// from their JSON encoding so the CSV always matches the JSON.
public enum RecordFlattener {
    /// Scalar values of a record, excluding lists (areas, actions, unmapped) and `source`.
    public static func scalars(of record: FormRecord) throws -> [String: String] {
        let data = try JSONEncoder().encode(record)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var result: [String: String] = [:]
        flatten(object.filter { !["source", "unmapped", "warnings", "areas", "actions"].contains($0.key) }, prefix: "", into: &result)
        return result
    }

    static func flatten(_ object: [String: Any], prefix: String, into result: inout [String: String]) {
        for (key, value) in object {
            let path = prefix.isEmpty ? key : "\(prefix).\(key)"
            switch value {
            case let nested as [String: Any]: flatten(nested, prefix: path, into: &result)
            case let list as [Any]: result[path] = list.map(text).joined(separator: " | ")
            default: result[path] = text(value)
            }
        }
    }

    static func text(_ value: Any) -> String {
        switch value {
        case let string as String: return string
        case let number as NSNumber:
            // JSONSerialization gives booleans as NSNumber; keep them readable.
            if String(cString: number.objCType) == "c" { return number.boolValue ? "yes" : "no" }
            return number.stringValue
        case is NSNull: return ""
        default: return "\(value)"
        }
    }
}
