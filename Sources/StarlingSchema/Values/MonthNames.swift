/// English month names and their abbreviations ("Sept" included), 1-based.
enum MonthNames {
    private static let names = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    static func number(_ word: String) -> Int? {
        let word = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard word.count >= 3 else { return nil }
        if word == "sept" { return 9 }
        for (index, name) in names.enumerated() where name == word || (word.count == 3 && name.hasPrefix(word)) {
            return index + 1
        }
        return nil
    }
}

import Foundation
