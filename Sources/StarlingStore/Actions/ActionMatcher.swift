/// Finds which of an audit's actions a tracker row means: by number (its position, from
/// 1: "2", "#2", "Action 2"), or by its description — the same text once case, spacing
/// and punctuation are ignored, else a description that starts with the row's text (a
/// tracker often cuts it short), else the one clearly most alike.
enum ActionMatcher {
    enum Match: Equatable {
        /// The action's position in the audit, from 0.
        case action(Int)
        case none(String)
        case ambiguous(String)
    }

    /// Least likeness (Dice coefficient of letter pairs) taken as the same description.
    static let threshold = 0.8
    /// How far the best must lead the runner-up.
    static let margin = 0.1

    static func match(_ cell: SheetCell?, descriptions: [String?]) -> Match {
        let count = descriptions.count
        guard let cell, !cell.isBlank else {
            return count == 1 ? .action(0) : .ambiguous("the row names no action and the audit has \(count)")
        }
        if let number = number(cell) {
            return (1...max(count, 1)).contains(number) && count > 0
                ? .action(number - 1) : .none("the audit has \(count) action\(count == 1 ? "" : "s"); there is no action \(number)")
        }
        let wanted = normalised(cell.text)
        let texts = descriptions.map { normalised($0 ?? "") }
        let exact = texts.indices.filter { texts[$0] == wanted }
        if exact.count == 1 { return .action(exact[0]) }
        if exact.count > 1 { return .ambiguous("actions \(list(exact)) have the same description") }
        if wanted.count >= 15 {
            let prefixed = texts.indices.filter { texts[$0].hasPrefix(wanted) }
            if prefixed.count == 1 { return .action(prefixed[0]) }
            if prefixed.count > 1 { return .ambiguous("actions \(list(prefixed)) all start with the row's description") }
        }
        let scores = texts.map { dice(wanted, $0) }
        let ranked = scores.indices.sorted { scores[$0] > scores[$1] }
        guard let best = ranked.first, scores[best] >= threshold else {
            return .none("no action of the audit matches the description")
        }
        if ranked.count > 1, scores[best] - scores[ranked[1]] < margin {
            return .ambiguous("the description is as like action \(best + 1) as action \(ranked[1] + 1)")
        }
        return .action(best)
    }

    /// A position from a number cell or text like "2", "2.", "#2", "No. 2", "Action 2".
    static func number(_ cell: SheetCell) -> Int? {
        if case .number(let value) = cell { return value == value.rounded() && value >= 1 && value < 1000 ? Int(value) : nil }
        guard case .text(let text) = cell else { return nil }
        var words = text.lowercased().split { $0.isWhitespace || $0 == "." || $0 == "#" || $0 == ":" }
        words.removeAll { ["action", "no", "number"].contains($0) }
        guard words.count == 1, words[0].count <= 3, words[0].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(words[0]).flatMap { $0 >= 1 ? $0 : nil }
    }

    static func normalised(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// Dice coefficient of the texts' letter pairs: 1 for the same text, near 0 for unrelated.
    static func dice(_ a: String, _ b: String) -> Double {
        func pairs(_ text: String) -> [String: Int] {
            let letters = Array(text.filter { $0 != " " })
            var counts: [String: Int] = [:]
            for index in letters.indices.dropLast() { counts[String(letters[index...index + 1]), default: 0] += 1 }
            return counts
        }
        let (left, right) = (pairs(a), pairs(b))
        let total = left.values.reduce(0, +) + right.values.reduce(0, +)
        guard total > 0 else { return 0 }
        let shared = left.reduce(0) { $0 + min($1.value, right[$1.key] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }

    private static func list(_ positions: [Int]) -> String {
        positions.map { String($0 + 1) }.joined(separator: ", ")
    }
}
