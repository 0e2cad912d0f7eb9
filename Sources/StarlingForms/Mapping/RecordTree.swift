/// A JSON-shaped tree that values are written into by record key path ("child.id",
/// "participation.child.reason"), then decoded into the typed record. One mechanism serves
/// every form kind, and the typed structs stay the single statement of the output shape.
struct RecordTree {
    private(set) var root: [String: RecordValue] = [:]

    /// Where a field that also has sub-fields keeps its own value:
    /// `participation.child` → `participation.child.outcome`.
    static func storageKey(for key: String, hasChildren: Bool) -> String {
        guard hasChildren else { return key }
        if key.hasPrefix("participation.") { return key + ".outcome" }
        if key.hasPrefix("feedback.") { return key + ".view" }
        return key + ".value"
    }

    mutating func set(_ path: String, _ value: RecordValue) {
        let parts = path.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { return }
        root = Self.setting(root, parts[...], value)
    }

    /// The value at `path`, if one was set.
    func value(at path: String) -> RecordValue? {
        var members = root
        let parts = path.split(separator: ".").map(String.init)
        for (i, part) in parts.enumerated() {
            guard let next = members[part] else { return nil }
            if i == parts.count - 1 { return next }
            guard case .object(let object) = next else { return nil }
            members = object
        }
        return nil
    }

    func contains(_ path: String) -> Bool { value(at: path) != nil }

    /// Nothing was written in the form: at most unticked boxes, and areas that carry only
    /// their own name and standards (a blank template). Both mappers ask this before
    /// defaults such as `audit.type` are filled in, so Word and XML forms are judged alike.
    var isBlank: Bool {
        root.allSatisfy { key, value in
            guard key == "areas", case .list(let areas) = value else { return !Self.isWritten(value) }
            return areas.allSatisfy { area in
                guard case .object(let members) = area else { return !Self.isWritten(area) }
                return members.allSatisfy { ["area", "standards"].contains($0.key) || !Self.isWritten($0.value) }
            }
        }
    }

    private static func isWritten(_ value: RecordValue) -> Bool {
        switch value {
        case .text(let text): !text.isEmpty
        case .integer: true
        case .boolean(let flag): flag
        case .list(let values): values.contains(where: isWritten)
        case .object(let members): members.values.contains(where: isWritten)
        }
    }

    private static func setting(_ object: [String: RecordValue], _ parts: ArraySlice<String>, _ value: RecordValue) -> [String: RecordValue] {
        var object = object
        let head = parts.first!
        if parts.count == 1 {
            object[head] = value
        } else {
            var child: [String: RecordValue] = [:]
            if case .object(let existing) = object[head] { child = existing }
            object[head] = .object(setting(child, parts.dropFirst(), value))
        }
        return object
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: RecordValueDecoder(.object(root)))
    }
}

extension RecordTree {
    /// What every audit record gets however it was read: `audit.type` defaults to `monthly`,
    /// and `moderation.outcome` is derived from the auditor's and the moderator's ratings.
    mutating func applyAuditDefaults() {
        if !contains("audit.type") { set("audit.type", .text("monthly")) }
        let order = ["inadequate", "requires_improvement", "good", "outstanding"]
        guard let auditor = value(at: "judgement.rating")?.text, let moderator = value(at: "moderation.rating")?.text,
              let a = order.firstIndex(of: auditor), let m = order.firstIndex(of: moderator) else { return }
        set("moderation.outcome", .text(m == a ? "agreed" : m > a ? "upgraded" : "downgraded"))
    }
}
