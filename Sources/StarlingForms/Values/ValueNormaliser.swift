import Foundation
import StarlingDocument
import StarlingSchema

/// Turns what was written on a form into the record's value for a field type. When it
/// cannot, the value is kept as written (for text-like types) and a warning says why.
struct ValueNormaliser {
    let schema: StarlingSchema

    struct Outcome {
        /// Text, a number, yes/no or statements. Nil when nothing was entered.
        var value: RecordValue?
        var warning: String?
    }

    /// Whole numbers a form can mean (ages, counts): anything larger is a slip or damage, and
    /// is kept out of records, where a store or a report could trip over it.
    static let integerRange = 0...Int(Int32.max)

    /// Template text that means "nothing entered".
    private static let placeholders: Set<String> = [
        "click or tap here to enter text", "click here to enter text", "click or tap to enter a date",
        "click here to enter a date", "choose an item", "select", "select one", "please select", "dd mm yyyy",
        "enter text", "type here",
    ]

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    static func isPlaceholder(_ text: String) -> Bool {
        // Placeholders are short; long text with a letter or digit in it is never one.
        if text.utf8.count > 64, text.utf8.contains(where: isASCIIAlphanumeric) { return false }
        let key = LabelKey.normalise(text)
        if key.isEmpty { return !ChoiceResolver.hasBoxes(text) }
        return placeholders.contains(key)
    }

    func normalise(_ paragraphs: [(text: String, isListItem: Bool)], as type: FieldType) -> Outcome {
        // Statements are split from the paragraphs; the joined text is only needed to tell a
        // placeholder, and long text never is one.
        if type == .statements, paragraphs.contains(where: { $0.text.utf8.count > 64 && $0.text.utf8.contains(where: Self.isASCIIAlphanumeric) }) {
            return statements(paragraphs)
        }
        let lines = paragraphs.map { $0.text.trimmedWhitespace }.filter { !$0.isEmpty }
        let written = lines.joined(separator: "\n")
        guard !Self.isPlaceholder(written) else { return Outcome(value: nil) }
        switch type {
        case .statements:
            return statements(paragraphs)
        case .multiline:
            return Outcome(value: .text(written))
        case .text:
            return Outcome(value: .text(lines.joined(separator: " ")))
        case .date:
            if let iso = DateNormaliser.isoDate(from: written) { return Outcome(value: .text(iso)) }
            return Outcome(value: .text(written), warning: "'\(written)' is not a date Starling can read; kept as written")
        case .month:
            if let month = MonthNormaliser.isoMonth(from: written) { return Outcome(value: .text(month)) }
            if let iso = DateNormaliser.isoDate(from: written) { return Outcome(value: .text(String(iso.prefix(7)))) }
            return Outcome(value: .text(written), warning: "'\(written)' is not a month Starling can read; kept as written")
        case .integer:
            let digits = written.prefix { $0.isNumber || $0.isWhitespace }.filter(\.isNumber)
            switch BoundedInteger(digits, in: Self.integerRange) {
            case .valid(let number): return Outcome(value: .integer(number))
            case .outOfRange: return Outcome(value: nil, warning: "'\(written)' is too large a number to be right; left out of the record")
            case .notANumber: return Outcome(value: nil, warning: "'\(written)' is not a whole number; left out of the record")
            }
        case .boolean:
            return boolean(written)
        case .vocabulary(let name):
            return vocabulary(name, written)
        }
    }

    private func statements(_ paragraphs: [(text: String, isListItem: Bool)]) -> Outcome {
        let statements = StatementSplitter.statements(paragraphs)
        return Outcome(value: statements.isEmpty ? nil : .texts(statements))
    }

    func normalise(_ text: String, as type: FieldType) -> Outcome {
        normalise([(text, false)], as: type)
    }

    private func boolean(_ written: String) -> Outcome {
        if ChoiceResolver.hasBoxes(written) {
            let ticked = ChoiceResolver.tickedOptions(in: written)
            if ticked.isEmpty, written.allSatisfy({ "☐□ \t\n".contains($0) }) { return Outcome(value: .boolean(false)) }
            if let first = ticked.first {
                if let value = BooleanNormaliser.bool(from: first) { return Outcome(value: .boolean(value)) }
                return Outcome(value: .boolean(true))  // a single ticked box with its own label
            }
            if written.contains(where: { "☒☑✓✔✗✘".contains($0) }) { return Outcome(value: .boolean(true)) }
            return Outcome(value: .boolean(false))
        }
        if let value = BooleanNormaliser.bool(from: written) { return Outcome(value: .boolean(value)) }
        // "Yes – discussed in supervision": the answer, then a comment.
        if let first = written.split(whereSeparator: { !$0.isLetter }).first, let value = BooleanNormaliser.bool(from: String(first)) {
            return Outcome(value: .boolean(value))
        }
        return Outcome(value: nil, warning: "'\(written)' is not a yes or no; left out of the record")
    }

    private func vocabulary(_ name: String, _ written: String) -> Outcome {
        guard let vocabulary = schema.vocabulary(name) else { return Outcome(value: .text(written)) }
        var text = written
        if ChoiceResolver.hasBoxes(written) {
            let ticked = ChoiceResolver.tickedOptions(in: written)
            guard let first = ticked.first else { return Outcome(value: nil) }
            text = first
            if ticked.count > 1 {
                // Two ticks are never a guess: no value, and the warning makes it a finding.
                return Outcome(value: nil, warning: "more than one box is ticked (\(ticked.joined(separator: ", "))); none was taken")
            }
        }
        if let key = vocabulary.key(for: text) { return Outcome(value: .text(key)) }
        // "Attempted – child was at school": the answer, then a reason.
        for separator in ["\n", " – ", " - ", ":", ",", ";", "(", "."] {
            if let head = text.components(separatedBy: separator).first, head != text, let key = vocabulary.key(for: head) {
                return Outcome(value: .text(key))
            }
        }
        return Outcome(value: .text(text), warning: "'\(text)' is not one of the \(name.replacingOccurrences(of: "_", with: " ")) values; kept as written")
    }
}
