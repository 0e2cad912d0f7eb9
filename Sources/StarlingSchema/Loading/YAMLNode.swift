import Yams

/// A YAML node that knows its file and line, so every complaint about a schema file says
/// where to look. Also refuses keys it does not know, which catches typos ("lables").
struct YAMLNode {
    let node: Node
    let file: String

    var line: Int? { node.mark?.line }

    func error(_ message: String) -> SchemaError { SchemaError(file: file, line: line, message) }

    static func parse(_ text: String, file: String) throws -> YAMLNode {
        if let line = YAMLDepth.lineTooDeep(in: text) {
            throw SchemaError(file: file, line: line, "nests more than \(YAMLDepth.limit) levels deep; no schema file needs that many")
        }
        do {
            guard let node = try Yams.compose(yaml: text) else { throw SchemaError(file: file, line: nil, "the file is empty") }
            return YAMLNode(node: node, file: file)
        } catch let error as SchemaError {
            throw error
        } catch let error as YamlError {
            throw SchemaError(file: file, line: Self.line(of: error), "not valid YAML: \(error)")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    /// The entries of a mapping, in file order.
    func entries() throws -> [(key: String, value: YAMLNode)] {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping of names to values") }
        return try mapping.map { pair in
            guard let key = pair.key.string else {
                throw SchemaError(file: file, line: pair.key.mark?.line, "expected a name here")
            }
            return (key, YAMLNode(node: pair.value, file: file))
        }
    }

    func items() throws -> [YAMLNode] {
        guard case .sequence(let sequence) = node else { throw error("expected a list") }
        return sequence.map { YAMLNode(node: $0, file: file) }
    }

    func scalar() throws -> String {
        guard case .scalar(let scalar) = node else { throw error("expected a single value") }
        return scalar.string
    }

    func child(_ key: String) -> YAMLNode? {
        guard case .mapping(let mapping) = node, let value = mapping[key] else { return nil }
        return YAMLNode(node: value, file: file)
    }

    func string(_ key: String) throws -> String {
        guard let child = child(key) else { throw error("'\(key)' is missing") }
        let value = try child.scalar()
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw child.error("'\(key)' is empty") }
        return value
    }

    /// A list of strings; a single string counts as a list of one.
    func strings(_ key: String) throws -> [String] {
        guard let child = child(key) else { return [] }
        if case .scalar(let scalar) = child.node { return [scalar.string] }
        return try child.items().map { try $0.scalar() }
    }

    func bool(_ key: String, default value: Bool) throws -> Bool {
        guard let child = child(key) else { return value }
        switch try child.scalar().lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw child.error("'\(key)' must be true or false")
        }
    }

    /// Refuses names other than `known`, naming the nearest one that is allowed.
    func allowOnly(_ known: Set<String>) throws {
        guard case .mapping(let mapping) = node else { return }
        for pair in mapping {
            guard let key = pair.key.string, !known.contains(key) else { continue }
            throw SchemaError(
                file: file, line: pair.key.mark?.line,
                "unknown entry '\(key)' (expected one of: \(known.sorted().joined(separator: ", ")))")
        }
    }
}
