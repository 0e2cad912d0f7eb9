import Foundation

/// A JSON-shaped tree that values are written into by record key path ("child.id",
/// "participation.child.reason"), then decoded into the typed record. One mechanism serves
/// every form kind, and the typed structs stay the single statement of the output shape.
struct RecordTree {
    indirect enum Node {
        case value(Any)
        case object([String: Node])
    }

    private(set) var root: [String: Node] = [:]

    /// Where a field that also has sub-fields keeps its own value:
    /// `participation.child` → `participation.child.outcome`.
    static func storageKey(for key: String, hasChildren: Bool) -> String {
        guard hasChildren else { return key }
        if key.hasPrefix("participation.") { return key + ".outcome" }
        if key.hasPrefix("feedback.") { return key + ".view" }
        return key + ".value"
    }

    mutating func set(_ path: String, _ value: Any) {
        let parts = path.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { return }
        root = Self.setting(root, parts[...], value)
    }

    func contains(_ path: String) -> Bool {
        var node: [String: Node]? = root
        let parts = path.split(separator: ".").map(String.init)
        for (i, part) in parts.enumerated() {
            guard let next = node?[part] else { return false }
            if i == parts.count - 1 { return true }
            guard case .object(let object) = next else { return false }
            node = object
        }
        return false
    }

    private static func setting(_ object: [String: Node], _ parts: ArraySlice<String>, _ value: Any) -> [String: Node] {
        var object = object
        let head = parts.first!
        if parts.count == 1 {
            object[head] = .value(value)
        } else {
            var child: [String: Node] = [:]
            if case .object(let existing) = object[head] { child = existing }
            object[head] = .object(setting(child, parts.dropFirst(), value))
        }
        return object
    }

    func jsonObject() -> [String: Any] { Self.plain(root) }

    private static func plain(_ object: [String: Node]) -> [String: Any] {
        object.mapValues { node -> Any in
            switch node {
            case .value(let value): return value
            case .object(let child): return plain(child)
            }
        }
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let data = try JSONSerialization.data(withJSONObject: jsonObject())
        return try JSONDecoder().decode(type, from: data)
    }
}

extension RecordTree {
    /// What every audit record gets however it was read: `audit.type` defaults to `monthly`,
    /// and `moderation.outcome` is derived from the auditor's and the moderator's ratings.
    mutating func applyAuditDefaults() {
        if !contains("audit.type") { set("audit.type", "monthly") }
        let object = jsonObject()
        let auditor = (object["judgement"] as? [String: Any])?["rating"] as? String
        let moderator = (object["moderation"] as? [String: Any])?["rating"] as? String
        let order = ["inadequate", "requires_improvement", "good", "outstanding"]
        guard let auditor, let moderator, let a = order.firstIndex(of: auditor), let m = order.firstIndex(of: moderator) else { return }
        set("moderation.outcome", m == a ? "agreed" : m > a ? "upgraded" : "downgraded")
    }
}
