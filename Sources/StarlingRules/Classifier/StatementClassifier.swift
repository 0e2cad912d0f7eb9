import Foundation

/// Classifies an evidence or impact statement, explainably: every verdict names the words
/// that decided it. Word lists come from the rule pack, not from code.
public struct StatementClassifier: Sendable {
    public struct Verdict: Sendable, Equatable {
        /// Mentions the child (by name, pronoun, "the child", "young person") or their lived experience.
        public var aboutChild: [String]
        /// Process words with nothing about what changed for the child.
        public var process: [String]
        /// Advice or recommendation words.
        public var advice: [String]

        public var isProcessOnly: Bool { !process.isEmpty && aboutChild.isEmpty }
    }

    let words: RulePack.WordLists
    /// Extra words that mean the child in this record: their names.
    let names: [String]
    /// Each name as a statement's words spell it ("tia", "tia's") → which name it is.
    private let nameByForm: [String: Int]

    /// The word lists indexed by their first word, so a statement is checked against the
    /// entries its own words could start rather than against every entry.
    private let index: WordListIndex

    public init(words: RulePack.WordLists, childName: String?) {
        self.init(words: words, index: WordListIndex(words), childName: childName)
    }

    /// With the pack's index already built (see `RulePack.wordIndex`).
    init(words: RulePack.WordLists, index: WordListIndex, childName: String?) {
        self.words = words
        self.index = index
        self.names = (childName ?? "").split(separator: " ").map(String.init).filter { $0.count >= 2 }
        var nameByForm: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            let lower = name.lowercased()
            for form in [lower, lower + "'s", lower + "’s"] where nameByForm[form] == nil { nameByForm[form] = index }
        }
        self.nameByForm = nameByForm
    }

    public func classify(_ statement: String) -> Verdict {
        classify(words: Self.words(statement))
    }

    /// `tokens`: the statement's `words`, when already split.
    func classify(words tokens: [String]) -> Verdict {
        var namedIndices = Set<Int>()
        for token in tokens { if let index = nameByForm[token] { namedIndices.insert(index) } }
        let named = names.indices.filter(namedIndices.contains).map { names[$0] }
        let found = index.entries(in: tokens)
        return Verdict(aboutChild: found[.about, default: []] + named, process: found[.process, default: []], advice: found[.advice, default: []])
    }

    /// Whether a phrase of several words occurs in the statement's words, in a row.
    static func contains(_ phrase: [String], in tokens: [String]) -> Bool {
        guard let first = phrase.first, tokens.count >= phrase.count else { return false }
        for start in 0...(tokens.count - phrase.count) where tokens[start] == first {
            if tokens[start..<(start + phrase.count)].elementsEqual(phrase) { return true }
        }
        return false
    }

    /// Lower-case words of ASCII letters, digits and apostrophes.
    static func words(_ statement: String) -> [String] {
        // ASCII statements (most) are split on bytes: Character properties are slow.
        if statement.utf8.allSatisfy({ $0 < 0x80 }) {
            var result: [String] = []
            var word: [UInt8] = []
            for byte in statement.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"): word.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
                default:
                    if !word.isEmpty { result.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
                }
            }
            if !word.isEmpty { result.append(String(decoding: word, as: UTF8.self)) }
            return result
        }
        return statement.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }.map(String.init)
    }

    /// How alike two statements are (shared content words over the smaller set), 0…1.
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(contentWords(a), contentWords(b))
    }

    /// Words longer than three letters, apostrophes dropped: what two statements share.
    public static func contentWords(_ statement: String) -> Set<String> {
        contentWords(words: words(statement))
    }

    static func contentWords(words: [String]) -> Set<String> {
        var result = Set<String>(minimumCapacity: words.count)
        for word in words {
            var plain = word
            // Most words have no apostrophe: look at the bytes before filtering characters.
            if word.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 >= 0x80 }) {
                plain = String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != "'" && $0 != "’" }))
            }
            if plain.utf8.count > 3 { result.insert(plain) }
        }
        return result
    }

    public static func similarity(_ x: Set<String>, _ y: Set<String>) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        let (smaller, larger) = x.count <= y.count ? (x, y) : (y, x)
        let shared = smaller.reduce(0) { larger.contains($1) ? $0 + 1 : $0 }  // no intersection set built
        return Double(shared) / Double(smaller.count)
    }
}

/// The classifier's word lists, each entry split into words once and indexed by the word it
/// starts with; an entry "^word" must open the statement (an instruction, so "the assessment
/// does not consider…" is not advice) and is indexed by that word.
struct WordListIndex: Sendable {
    enum List: Hashable, Sendable { case about, process, advice }

    private let entries: [(list: List, entry: String, phrase: [String])]
    private let byFirstWord: [String: [Int]]
    private let byOpeningWord: [String: [Int]]

    init(_ words: RulePack.WordLists) {
        self.init([(.about, words.child + words.lived), (.process, words.process), (.advice, words.advice)])
    }

    init(_ lists: [(List, [String])]) {
        var entries: [(List, String, [String])] = []
        var byFirstWord: [String: [Int]] = [:]
        var byOpeningWord: [String: [Int]] = [:]
        for (list, words) in lists {
            for entry in words {
                let lower = entry.lowercased()
                let phrase = lower.hasPrefix("^") ? [lower] : StatementClassifier.words(lower)
                guard let first = phrase.first else { continue }
                if first.hasPrefix("^") {
                    byOpeningWord[String(first.dropFirst()), default: []].append(entries.count)
                } else {
                    byFirstWord[first, default: []].append(entries.count)
                }
                entries.append((list, entry, phrase))
            }
        }
        self.entries = entries
        self.byFirstWord = byFirstWord
        self.byOpeningWord = byOpeningWord
    }

    /// The entries found in the statement's words, by list, in each list's order.
    func entries(in tokens: [String]) -> [List: [String]] {
        var found = Set(tokens.first.flatMap { byOpeningWord[$0] } ?? [])
        for word in tokens {
            for index in byFirstWord[word] ?? [] where !found.contains(index) {
                let phrase = entries[index].phrase
                if phrase.count == 1 || StatementClassifier.contains(phrase, in: tokens) { found.insert(index) }
            }
        }
        var result: [List: [String]] = [:]
        for index in found.sorted() { result[entries[index].list, default: []].append(entries[index].entry) }
        return result
    }
}
