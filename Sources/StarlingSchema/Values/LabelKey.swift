import Foundation

/// The form of a label used for matching: case-, space- and punctuation-insensitive.
/// "Child's name:" , "CHILDS NAME" and "child_s  name" all become "childs name"; words
/// stay separated by single spaces so phrases can still be found inside longer text.
public enum LabelKey {
    public static func normalise(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        var pendingSpace = false
        for character in text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil) {
            switch character {
            case "'", "’", "‘", "`", "´":
                continue  // "child's" and "childs" are the same word
            case "&":
                result += result.isEmpty ? "and" : " and"
                pendingSpace = true
            default:
                if character.isLetter || character.isNumber {
                    if pendingSpace, !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    result.append(character)
                } else {
                    pendingSpace = true
                }
            }
        }
        return result
    }
}
