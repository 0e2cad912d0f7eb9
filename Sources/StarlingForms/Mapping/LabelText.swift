import StarlingSchema

/// The ways a label can be written around its words: numbered ("3. Planning"), with a colon
/// and the value after it, with a hint in brackets ("Date of birth (dd/mm/yyyy)"), with a
/// required-field star. Each candidate is normalised with the schema's `LabelKey`.
enum LabelText {
    /// Normalised candidates for `text` as a whole label, most literal first.
    static func candidates(_ text: String) -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 160 else { return [] }
        var forms = [trimmed]
        let withoutHint = trimmed.replacingOccurrences(of: #"\s*\([^)]*\)\s*"#, with: " ", options: .regularExpression)
        forms.append(withoutHint)
        let withoutNumber = trimmed.replacingOccurrences(
            of: #"^\s*((section|area|part|question|q)\s*)?([0-9]+|[ivx]+|[a-h])[.):]?\s+"#, with: "",
            options: [.regularExpression, .caseInsensitive])
        forms.append(withoutNumber)
        forms.append(withoutNumber.replacingOccurrences(of: #"\s*\([^)]*\)\s*"#, with: " ", options: .regularExpression))
        var seen = Set<String>()
        return forms.map(LabelKey.normalise).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// "Label: value" on one line → (label, value), when there is a colon early in the line.
    static func splitInline(_ text: String) -> (label: String, value: String)? {
        let firstLine = text.prefix { $0 != "\n" }
        guard let colon = firstLine.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = String(text[..<colon])
        guard label.count <= 80, !label.isEmpty else { return nil }
        let value = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespacesAndNewlines)
        return (label, value)
    }
}

import Foundation
