import StarlingNative

/// The number format of each list level, from the numbering part.
struct NumberingDefinitions: Sendable {
    /// numId → abstractNumId
    var instances: [String: String] = [:]
    /// abstractNumId → level → format (`bullet`, `decimal`, …)
    var formats: [String: [Int: String]] = [:]
    /// Numbers out of their range (see `WordRanges`).
    var warnings: [String] = []

    func format(numberingId: String, level: Int) -> String? {
        guard let abstract = instances[numberingId] else { return nil }
        return formats[abstract]?[level]
    }

    static func read(_ reader: XMLStreamReader) throws -> NumberingDefinitions {
        var definitions = NumberingDefinitions()
        var abstractId: String?
        var level: Int?
        var numId: String?
        var ranges = RangeWarnings()
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
            case "lvl":
                // A level outside 0–8 is one no paragraph can use (theirs are held to 0–8 too).
                level = ranges.read(reader.attribute("ilvl", namespace: ns), "w:ilvl", in: WordRanges.listLevel,
                                    at: "the numbering part, list \(abstractId ?? "")") { _ in "ignored" }?.value
            case "numFmt":
                if let abstractId, let level, let format = reader.attribute("val", namespace: ns) {
                    definitions.formats[abstractId, default: [:]][level] = format
                }
            case "num":
                // Keyed as the paragraphs key theirs: the number's canonical spelling ("01" is 1).
                numId = ranges.read(reader.attribute("numId", namespace: ns), "w:numId", in: WordRanges.numberingId,
                                    at: "the numbering part") { _ in "ignored" }?.value.map(String.init)
            case "abstractNumId":
                if let numId, let value = reader.attribute("val", namespace: ns) { definitions.instances[numId] = value }
            default: break
            }
        }
        definitions.warnings = ranges.messages
        return definitions
    }
}
