import StarlingNative

/// The number format of each list level, from the numbering part.
struct NumberingDefinitions: Sendable {
    /// numId → abstractNumId
    var instances: [String: String] = [:]
    /// abstractNumId → level → format (`bullet`, `decimal`, …)
    var formats: [String: [Int: String]] = [:]

    func format(numberingId: String, level: Int) -> String? {
        guard let abstract = instances[numberingId] else { return nil }
        return formats[abstract]?[level]
    }

    static func read(_ reader: XMLStreamReader) throws -> NumberingDefinitions {
        var definitions = NumberingDefinitions()
        var abstractId: String?
        var level: Int?
        var numId: String?
        while let kind = try reader.read() {
            let name = reader.name
            guard WordNamespace.isWord(name.namespace) else { continue }
            if kind == .end {
                switch name.local {
                case "abstractNum": abstractId = nil
                case "lvl": level = nil
                case "num": numId = nil
                default: break
                }
                continue
            }
            guard kind == .start else { continue }
            let ns = name.namespace
            switch name.local {
            case "abstractNum": abstractId = reader.attribute("abstractNumId", namespace: ns)
            case "lvl": level = reader.attribute("ilvl", namespace: ns).flatMap { Int($0) }
            case "numFmt":
                if let abstractId, let level, let format = reader.attribute("val", namespace: ns) {
                    definitions.formats[abstractId, default: [:]][level] = format
                }
            case "num": numId = reader.attribute("numId", namespace: ns)
            case "abstractNumId":
                if let numId, let value = reader.attribute("val", namespace: ns) { definitions.instances[numId] = value }
            default: break
            }
        }
        return definitions
    }
}
