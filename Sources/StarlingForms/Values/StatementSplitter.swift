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
    static func statements(_ paragraphs: [(text: String, isListItem: Bool)]) -> [String] {
        var result: [String] = []
        for paragraph in paragraphs {
            for line in paragraph.text.split(whereSeparator: \.isNewline) {
                var text = line.trimmedWhitespace
                guard !text.isEmpty else { continue }
                if let first = text.first, bullets.contains(first), text.count > 1,
                   text.dropFirst().first?.isWhitespace == true {
                    text = String(text.dropFirst()).trimmedWhitespace
                    result.append(text)
                } else if paragraph.isListItem {
                    result.append(text)
                } else {
                    result += sentences(text)
                }
            }
        }
        return result.filter { !$0.isEmpty }
    }

    /// Sentence split at `.`, `!` or `?` followed by a space and a capital, digit or quote,
    /// except after a known abbreviation or a single initial.
    static func sentences(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < characters.count, characters[end] == "." || characters[end] == "\"" || characters[end] == "”" || characters[end] == ")" { end += 1 }
                if end < characters.count, characters[end].isWhitespace {
                    var next = end
                    while next < characters.count, characters[next].isWhitespace { next += 1 }
                    let startsSentence = next < characters.count && (characters[next].isUppercase || characters[next].isNumber || "\"“'‘(".contains(characters[next]))
                    if startsSentence, c != "." || !isAbbreviation(characters, before: i) {
                        sentences.append(String(characters[start..<end]).trimmedWhitespace)
                        start = next
                        i = next
                        continue
                    }
                }
            }
            i += 1
        }
        let rest = String(characters[start...]).trimmedWhitespace
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static func isAbbreviation(_ characters: [Character], before index: Int) -> Bool {
        var j = index - 1
        while j >= 0, characters[j].isLetter || characters[j] == "." { j -= 1 }
        let word = String(characters[(j + 1)..<index]).lowercased()
        if word.count == 1, characters[index - 1].isUppercase { return true }  // an initial: "J. Smith"
        return abbreviations.contains(word)
    }
}
