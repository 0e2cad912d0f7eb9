import StarlingNative

/// What the parser needs from the styles part: names, heading levels, bold, list numbering.
struct StyleSheet: Sendable {
    struct Style: Sendable {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var bold: Bool?
        var numberingId: String?
        var numberingLevel: Int?
    }

    var styles: [String: Style] = [:]
    var defaultParagraphStyle: String?
    /// Numbers out of their range (see `WordRanges`).
    var warnings: [String] = []

    func name(of id: String) -> String? { styles[id]?.name }

    /// Heading level 1–9 from the style's name ("heading 2", "Heading 2") or outline level,
    /// following `basedOn`.
    func headingLevel(of id: String) -> Int? {
        resolve(id) { style in
            if let name = style.name?.lowercased(), name.hasPrefix("heading "),
               let level = Int(name.dropFirst("heading ".count)), (1...9).contains(level) {
                return level
            }
            return style.outlineLevel.flatMap { (0...8).contains($0) ? $0 + 1 : nil }
        }
    }

    func isBold(_ id: String) -> Bool? { resolve(id) { $0.bold } }

    func numbering(of id: String) -> (id: String, level: Int)? {
        resolve(id) { style in style.numberingId.map { ($0, style.numberingLevel ?? 0) } }
    }

    /// Walks the `basedOn` chain (bounded, so a cycle cannot hang).
    private func resolve<T>(_ id: String, _ property: (Style) -> T?) -> T? {
        var current: String? = id
        for _ in 0..<16 {
            guard let key = current, let style = styles[key] else { return nil }
            if let value = property(style) { return value }
            current = style.basedOn
        }
        return nil
    }

    static func read(_ reader: XMLStreamReader) throws -> StyleSheet {
        var sheet = StyleSheet()
        var current: (id: String, style: Style)?
        var inRunProperties = false
        var inChange = 0
        var ranges = RangeWarnings()
        func place() -> String { "the styles part, style '\(current?.id ?? "")'" }
        while let kind = try reader.read() {
            let name = reader.name
            guard kind != .text, WordNamespace.isWord(name.namespace) else { continue }
            if kind == .end {
                if name.local == "style", let done = current { sheet.styles[done.id] = done.style; current = nil }
                if name.local == "rPr" { inRunProperties = false }
                if name.local.hasSuffix("PrChange") { inChange -= 1 }
                continue
            }
            func value() -> String? { reader.attribute("val", namespace: name.namespace) }
            switch name.local {
            case "style":
                let id = reader.attribute("styleId", namespace: name.namespace) ?? ""
                current = (id, Style())
                if reader.attribute("default", namespace: name.namespace).map({ OnOff.parse($0) }) == true,
                   reader.attribute("type", namespace: name.namespace) == "paragraph" {
                    sheet.defaultParagraphStyle = id
                }
            case "name": current?.style.name = value()
            case "basedOn": current?.style.basedOn = value()
            case "outlineLvl":
                current?.style.outlineLevel = ranges.read(value(), "w:outlineLvl", in: WordRanges.outlineLevel, at: place()) { _ in "ignored" }?.value
            case "numId":
                current?.style.numberingId = ranges.read(value(), "w:numId", in: WordRanges.numberingId, at: place()) { _ in "read as no list" }
                    .map { $0.value.map(String.init) ?? "0" }
            case "ilvl":
                current?.style.numberingLevel = ranges.read(value(), "w:ilvl", in: WordRanges.listLevel, at: place()) { parsed in
                    parsed.clamped.map { "read as \($0)" } ?? "ignored"
                }?.clamped
            case "rPr": inRunProperties = true
            case "b" where inRunProperties && inChange == 0: current?.style.bold = OnOff.parse(value())
            default:
                if name.local.hasSuffix("PrChange") { inChange += 1 }
            }
        }
        sheet.warnings = ranges.messages
        return sheet
    }
}
