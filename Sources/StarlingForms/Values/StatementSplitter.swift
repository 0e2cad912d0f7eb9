import Foundation

/// Splits evidence, impact and similar cells into statements: one per list item or bullet,
/// otherwise one per sentence.
enum StatementSplitter {
    private static let bullets: Set<Character> = ["•", "◦", "▪", "‣", "-", "–", "—", "*", "·", "○", "■", "□", "➢", "✓"]
    /// Words after which a full stop does not end a sentence.
    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "no", "vs", "approx", "dept", "st", "cp", "cin", "cla", "iro", "sw", "tm", "ref",
    ]

    /// `paragraphs` are the value's paragraphs, each flagged when Word numbers or bullets it.
    /// Each list item, bullet, paragraph and line is a statement of its own; sentences are
    /// split only as the last resort, in a value written as one block of prose. Two
    /// statements are never run together.
    static func statements(_ paragraphs: [(text: String, isListItem: Bool)]) -> [String] {
        var found: [(text: String, marked: Bool)] = []
        for paragraph in paragraphs {
            for line in lines(paragraph.text) {
                let text = line.trimmedWhitespace
                guard !text.isEmpty else { continue }
                if let item = droppingMarker(text) {
                    found.append((item, true))
                } else {
                    found.append((text, paragraph.isListItem))
                }
            }
        }
        if found.count == 1, !found[0].marked { return sentences(found[0].text).filter { !$0.isEmpty } }
        return found.map(\.text).filter { !$0.isEmpty }
    }

    /// A line opened by a typed bullet ("• ", "- ") or number ("1. ", "2) ", "(a) "): the
    /// statement after it.
    static func droppingMarker(_ text: String) -> String? {
        if let first = text.first, bullets.contains(first), text.dropFirst().first?.isWhitespace == true {
            return String(text.dropFirst()).trimmedWhitespace
        }
        var rest = Substring(text)
        let opened = rest.first == "("
        if opened { rest = rest.dropFirst() }
        let marker = rest.prefix { $0.isASCII && $0.isNumber }
        let letter = marker.isEmpty && rest.first.map { $0.isASCII && $0.isLowercase } == true
        guard (1...2).contains(marker.count) || letter else { return nil }
        rest = rest.dropFirst(letter ? 1 : marker.count)
        guard let close = rest.first, close == ")" || (!opened && close == "." && !letter) else { return nil }
        rest = rest.dropFirst()
        guard rest.first?.isWhitespace == true else { return nil }
        let statement = rest.trimmedWhitespace
        return statement.isEmpty ? nil : statement
    }

    /// The text's lines, split on scalars rather than characters (see `sentences`).
    private static func lines(_ text: String) -> [Substring] {
        // Most statements are one line: a break is a byte 0x0A–0x0D, or a sequence that opens
        // 0xC2 (U+0085) or 0xE2 (U+2028, U+2029); without one, no need to walk the scalars.
        if !text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) {
            return text.isEmpty ? [] : [Substring(text)]
        }
        return text.unicodeScalars.split { scalar in
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }.map(Substring.init)
    }

    /// Sentence split at `.`, `!` or `?` followed by a space and a capital, digit or quote,
    /// except after a known abbreviation or a single initial. Works on Unicode scalars, not
    /// characters: every mark it looks for is a single scalar, and grapheme breaking long
    /// evidence text was most of the mapper's cost.
    static func sentences(_ text: String) -> [String] {
        let view = text.unicodeScalars
        let scalars = Array(view)
        // Where each scalar starts, so sentences are cut from the text rather than rebuilt.
        let offsets = Array(view.indices) + [view.endIndex]
        func string(_ range: Range<Int>) -> String { String(Substring(view[offsets[range.lowerBound]..<offsets[range.upperBound]])) }
        var sentences: [String] = []
        var start = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < scalars.count, scalars[end] == "." || scalars[end] == "\"" || scalars[end] == "”" || scalars[end] == ")" { end += 1 }
                if end < scalars.count, isSpace(scalars[end]) {
                    var next = end
                    while next < scalars.count, isSpace(scalars[next]) { next += 1 }
                    let startsSentence = next < scalars.count && (isUppercase(scalars[next]) || isDigit(scalars[next]) || "\"“'‘(".unicodeScalars.contains(scalars[next]))
                    if startsSentence, c != "." || !isAbbreviation(scalars, before: i) {
                        sentences.append(string(start..<end).trimmedWhitespace)
                        start = next
                        i = next
                        continue
                    }
                }
            }
            i += 1
        }
        let rest = string(start..<scalars.count).trimmedWhitespace
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        var j = index - 1
        while j >= 0, isLetter(scalars[j]) || scalars[j] == "." { j -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[(j + 1)..<index])
        if index - (j + 1) == 1, isUppercase(scalars[index - 1]) { return true }  // an initial: "J. Smith"
        return abbreviations.contains(String(word).lowercased())
    }

    // ASCII answers first: the Unicode property tables are slow to consult for every scalar.
    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s == " " || (s.value >= 0x09 && s.value <= 0x0D) : s.properties.isWhitespace
    }

    private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x30 && s.value <= 0x39) : s.properties.numericType != nil
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? ((s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A) : s.properties.isAlphabetic
    }
}
