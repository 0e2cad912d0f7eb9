import StarlingSchema

/// The ways a label can be written around its words: numbered ("3. Planning"), with a colon
/// and the value after it, with a hint in brackets ("Date of birth (dd/mm/yyyy)"), with a
/// required-field star. Each candidate is normalised with the schema's `LabelKey`.
enum LabelText {
    /// Longer text is never taken for a label (160 characters of up to four bytes).
    static let maximumBytes = 640

    /// Normalised candidates for `text` as a whole label, most literal first.
    static func candidates(_ text: String) -> [String] {
        let trimmed = text.trimmedWhitespace
        // Labels are short; measuring bytes first spares counting the characters of long text.
        let bytes = trimmed.utf8.count
        guard bytes > 0, bytes <= 160 || (bytes <= maximumBytes && trimmed.count <= 160) else { return [] }
        let withoutNumber = dropNumbering(trimmed)
        let hinted = trimmed.utf8.contains(UInt8(ascii: "("))
        // Only the forms that differ are normalised: most texts have no number and no hint.
        var forms = [trimmed]
        if hinted { forms.append(dropHints(trimmed)) }
        if withoutNumber != trimmed { forms.append(withoutNumber) }
        if hinted, withoutNumber != trimmed { forms.append(dropHints(withoutNumber)) }
        var seen = Set<String>()
        var found = forms.map(LabelKey.normalise).filter { !$0.isEmpty && seen.insert($0).inserted }
        // "Child's LCS number", "Young person's date of birth": the field named for the child,
        // tried after the label as written.
        for form in found {
            for subject in subjects where form.utf8.starts(with: subject.utf8) && form.utf8.count > subject.utf8.count {
                let rest = String(form.dropFirst(subject.count))
                if seen.insert(rest).inserted { found.append(rest) }
            }
        }
        return found
    }

    /// Normalised openings that name whose a field is ("childs lcs number").
    private static let subjects = ["childs ", "child ", "young persons ", "the childs "]

    /// "Date of birth (dd/mm/yyyy)" → "Date of birth ".
    static func dropHints(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "(")) else { return text }
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
        // Read the opening bytes: every marker is ASCII, and most labels have none.
        let bytes = Array(text.utf8.prefix(64))
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return dropNumberingByCharacter(text) }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var i = 0
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        for word in numberingWords where bytes.count - i >= word.count
            && zip(bytes[i...], word).allSatisfy({ ((0x41...0x5A).contains($0) ? $0 + 32 : $0) == $1 }) {
            i += word.count
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            break
        }
        var j = i
        while j < bytes.count, (0x30...0x39).contains(bytes[j]) { j += 1 }
        // "3.1 Planning", "2.4.1 Evidence": outline numbers of several levels.
        while j > i, j + 1 < bytes.count, bytes[j] == UInt8(ascii: "."), (0x30...0x39).contains(bytes[j + 1]) {
            j += 1
            while j < bytes.count, (0x30...0x39).contains(bytes[j]) { j += 1 }
        }
        if j == i { while j < bytes.count, "ivxIVX".utf8.contains(bytes[j]) { j += 1 } }
        if j == i, j < bytes.count, "abcdefghABCDEFGH".utf8.contains(bytes[j]) { j += 1 }
        guard j > i else { return text }
        if j < bytes.count, ".):".utf8.contains(bytes[j]) { j += 1 }
        guard j < bytes.count, isSpace(bytes[j]) else { return bytes.count < 64 ? text : dropNumberingByCharacter(text) }
        while j < bytes.count, isSpace(bytes[j]) { j += 1 }
        if j == bytes.count, text.utf8.count > bytes.count { return dropNumberingByCharacter(text) }
        return String(text[text.utf8.index(text.startIndex, offsetBy: j)...])
    }

    private static let numberingWords = ["section", "question", "area", "part", "q"].map { Array($0.utf8) }

    /// The same, by characters, for labels that open with non-ASCII text.
    static func dropNumberingByCharacter(_ text: String) -> String {
        var rest = Substring(text).drop { $0.isWhitespace }
        let lowered = rest.prefix(9).lowercased()
        for word in ["section", "question", "area", "part", "q"] where lowered.hasPrefix(word) {
            rest = rest.dropFirst(word.count).drop { $0.isWhitespace }
            break
        }
        var marker = rest.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
        while marker.hasSuffix(".") { marker = marker.dropLast() }
        if marker.first == "." { marker = "" }
        if marker.isEmpty { marker = rest.prefix { "ivxIVX".contains($0) } }
        if marker.isEmpty, let first = rest.first, "abcdefghABCDEFGH".contains(first) { marker = rest.prefix(1) }
        guard !marker.isEmpty else { return text }
        var after = rest.dropFirst(marker.count)
        if let first = after.first, ".):".contains(first) { after = after.dropFirst() }
        guard let space = after.first, space.isWhitespace else { return text }
        return String(after.drop { $0.isWhitespace })
    }

    /// The text before the first of `separators` that it holds (tried in order), found in
    /// the UTF-8 bytes: Foundation's `range(of:)` cost thousands of instructions a call on
    /// every short line of a form. Each separator starts and ends on a whole character, so
    /// the head is cut on a character boundary.
    static func head(of text: String, before separators: [String]) -> String? {
        let array = Array(text.utf8)
        for separator in separators {
            let pattern = Array(separator.utf8)
            guard let first = pattern.first, array.count >= pattern.count else { continue }
            var start = 0
            while start + pattern.count <= array.count {
                if array[start] == first, array[start..<start + pattern.count].elementsEqual(pattern) {
                    return String(decoding: array[..<start], as: UTF8.self)
                }
                start += 1
            }
        }
        return nil
    }

    /// Parts of a line set apart by bars or tabs ("Child ID: 7001234 | Team: Riverside 2");
    /// the line itself when it has neither byte, without walking its characters.
    static func barSegments(_ text: String) -> [String] {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\t") }) else { return text.isEmpty ? [] : [text] }
        return text.split(whereSeparator: { $0 == "|" || $0 == "\t" }).map(String.init)
    }

    /// "Label: value" on one line → (label, value), when there is a colon early in the line.
    static func splitInline(_ text: String) -> (label: String, value: String)? {
        // Find the colon in the UTF-8 bytes: a long paragraph with no colon near its start
        // is rejected without walking its characters.
        let bytes = text.utf8
        var index = bytes.startIndex
        var scanned = 0
        var colon: String.Index?
        var after: String.Index?
        while index < bytes.endIndex, scanned < 80 * 4 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { break }
            let next = bytes.index(after: index)
            if byte == UInt8(ascii: ":") { colon = index; after = next; break }
            // "：" (U+FF1A, full-width colon) is EF BC 9A.
            if byte == 0xEF, next < bytes.endIndex, bytes[next] == 0xBC {
                let third = bytes.index(after: next)
                if third < bytes.endIndex, bytes[third] == 0x9A { colon = index; after = bytes.index(after: third); break }
            }
            index = next
            scanned += 1
        }
        guard let colon, let after else { return nil }
        let label = String(text[..<colon])
        guard label.count <= 80, !label.isEmpty else { return nil }
        let value = text[after...].trimmedWhitespace
        return (label, value)
    }
}
