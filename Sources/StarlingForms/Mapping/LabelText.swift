import StarlingSchema

/// The ways a label can be written around its words: numbered ("3. Planning"), with a colon
/// and the value after it, with a hint in brackets ("Date of birth (dd/mm/yyyy)"), with a
/// required-field star. Each candidate is normalised with the schema's `LabelKey`.
enum LabelText {
    /// Normalised candidates for `text` as a whole label, most literal first.
    static func candidates(_ text: String) -> [String] {
        let trimmed = text.trimmedWhitespace
        guard !trimmed.isEmpty, trimmed.count <= 160 else { return [] }
        let withoutNumber = dropNumbering(trimmed)
        let forms = [trimmed, dropHints(trimmed), withoutNumber, dropHints(withoutNumber)]
        var seen = Set<String>()
        return forms.map(LabelKey.normalise).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// "Date of birth (dd/mm/yyyy)" → "Date of birth ".
    static func dropHints(_ text: String) -> String {
        guard text.contains("(" as Character) else { return text }
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; result.append(" "); continue }
            if character == ")", depth > 0 { depth -= 1; continue }
            if depth == 0 { result.append(character) }
        }
        return result
    }

    /// "3. Planning", "Section 2 Planning", "b) Impact", "iv: Rating" → the words after the number.
    static func dropNumbering(_ text: String) -> String {
        var rest = Substring(text).drop { $0.isWhitespace }
        let lowered = rest.lowercased()
        for word in ["section", "question", "area", "part", "q"] where lowered.hasPrefix(word) {
            rest = rest.dropFirst(word.count).drop { $0.isWhitespace }
            break
        }
        var marker = rest.prefix { $0.isASCII && $0.isNumber }
        if marker.isEmpty { marker = rest.prefix { "ivxIVX".contains($0) } }
        if marker.isEmpty, let first = rest.first, "abcdefghABCDEFGH".contains(first) { marker = rest.prefix(1) }
        guard !marker.isEmpty else { return text }
        var after = rest.dropFirst(marker.count)
        if let first = after.first, ".):".contains(first) { after = after.dropFirst() }
        guard let space = after.first, space.isWhitespace else { return text }
        return String(after.drop { $0.isWhitespace })
    }

    /// "Label: value" on one line → (label, value), when there is a colon early in the line.
    static func splitInline(_ text: String) -> (label: String, value: String)? {
        let firstLine = text.prefix { $0 != "\n" }
        guard let colon = firstLine.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = String(text[..<colon])
        guard label.count <= 80, !label.isEmpty else { return nil }
        let value = String(text[text.index(after: colon)...]).trimmedWhitespace
        return (label, value)
    }
}

import Foundation
