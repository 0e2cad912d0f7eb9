/// Reads which option is ticked in a rating grid or a yes/no pair, whether the boxes are
/// glyphs (☒ ☑ ✓ ✔ X), Word check boxes (shown as ☒/☐ in the model's text) or marks in the
/// cells under a row of options.
enum ChoiceResolver {
    private static let ticked: Set<Character> = ["☒", "☑", "✓", "✔", "✅", "✗", "✘", "☓"]
    private static let empty: Set<Character> = ["☐", "□"]

    /// The same glyphs as scalars, by code point: a Set lookup per scalar (hashing each one)
    /// was most of the cost of reading a line of boxes, and every en dash sends a line here.
    private static func isTicked(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2612, 0x2611, 0x2713, 0x2714, 0x2705, 0x2717, 0x2718, 0x2613: true
        default: false
        }
    }
    private static func isEmptyBox(_ scalar: Unicode.Scalar) -> Bool { scalar.value == 0x2610 || scalar.value == 0x25A1 }

    /// Every box and tick glyph is encoded from 0xE2 in UTF-8: most text has none, and a
    /// byte scan says so before any walk over characters or scalars.
    private static func mayHaveBoxes(_ text: String) -> Bool { text.utf8.contains(0xE2) }

    static func hasBoxes(_ text: String) -> Bool {
        guard mayHaveBoxes(text) else { return false }
        return text.contains { ticked.contains($0) || empty.contains($0) }
    }

    /// In "☐ Outstanding ☒ Good ☐ Requires improvement", the labels whose box is ticked.
    /// A box may come before its label (the usual) or after it ("Good ☒").
    static func tickedOptions(in text: String) -> [String] {
        guard mayHaveBoxes(text) else { return [] }
        // Scalars, not characters: every box is one scalar, and grapheme breaking is slow.
        var segments: [(box: Bool?, label: String)] = []
        var label = String.UnicodeScalarView()
        var pendingBox: Bool?
        func flush() {
            let trimmed = trimmingSeparators(String(label))
            if !trimmed.isEmpty || pendingBox != nil { segments.append((pendingBox, trimmed)) }
            label = String.UnicodeScalarView()
            pendingBox = nil
        }
        for scalar in text.unicodeScalars {
            if isTicked(scalar) || isEmptyBox(scalar) {
                flush()
                pendingBox = isTicked(scalar)
            } else if scalar == "\t" || scalar == "\n" {
                flush()
            } else if scalar != "\u{FE0E}", scalar != "\u{FE0F}" {  // text or emoji presentation of a box
                label.append(scalar)
            }
        }
        flush()
        // "Yes ☐ No ☒": every box follows its label (the text opens with a label and ends
        // with a box), so each box belongs to the label before it, not the one after.
        let firstScalar = text.unicodeScalars.first { !$0.properties.isWhitespace }
        let lastScalar = text.unicodeScalars.last { !$0.properties.isWhitespace && $0 != "\u{FE0E}" && $0 != "\u{FE0F}" }
        if let firstScalar, let lastScalar, !isBox(firstScalar), isBox(lastScalar) {
            var result: [String] = []
            var label = ""
            for segment in segments {
                // segments: (nil, first label), (box of that label, next label), …, (last box, "")
                if let box = segment.box, box, !label.isEmpty { result.append(label) }
                label = segment.label
            }
            return result
        }
        var result: [String] = []
        for (index, segment) in segments.enumerated() where segment.box == true {
            if !segment.label.isEmpty {
                result.append(segment.label)
            } else if index > 0, segments[index - 1].box == nil, !segments[index - 1].label.isEmpty {
                result.append(segments[index - 1].label)  // "Good ☒"
            }
        }
        return result
    }

    private static func isBox(_ scalar: Unicode.Scalar) -> Bool { isTicked(scalar) || isEmptyBox(scalar) }

    /// A label without white space or the separators ("/", "|", ",", ";") around it.
    private static func trimmingSeparators(_ text: String) -> String {
        let isSeparator: (Character) -> Bool = { $0.isWhitespace || "/|,;".contains($0) }
        guard let first = text.firstIndex(where: { !isSeparator($0) }), let last = text.lastIndex(where: { !isSeparator($0) }) else { return "" }
        return String(text[first...last])
    }

    /// The text without its boxes and ticks: the option a box stands beside ("☒ Good" → "Good").
    static func withoutBoxes(_ text: String) -> String {
        text.filter { !ticked.contains($0) && !empty.contains($0) }.trimmedWhitespace
    }

    /// A cell left unmarked in a grid: empty or an empty box.
    static func isUnmarked(_ text: String) -> Bool {
        text.allSatisfy { empty.contains($0) || $0.isWhitespace }
    }

    /// A cell that marks a choice in a grid: a tick glyph, or a lone X / Yes.
    static func isMark(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        if trimmed.contains(where: { ticked.contains($0) }) { return true }
        return ["x", "yes", "y", "•", "●", "*"].contains(trimmed.lowercased())
    }
}

import Foundation
