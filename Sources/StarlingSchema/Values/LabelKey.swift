import Foundation

/// The form of a label used for matching: case-, space- and punctuation-insensitive.
/// "Child's name:" , "CHILDS NAME" and "child_s  name" all become "childs name"; words
/// stay separated by single spaces so phrases can still be found inside longer text.
public enum LabelKey {
    public static func normalise(_ text: String) -> String {
        if let ascii = normaliseASCII(text) { return ascii }
        return normaliseUnicode(text)
    }

    /// The common case, without Foundation's folding: ASCII text, possibly with typographic
    /// punctuation (curly quotes, dashes, no-break spaces), which folding would leave alone
    /// anyway. Nil for anything else (letters with accents, other scripts).
    private static func normaliseASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            guard scalar.isASCII else {
                switch scalar.value {
                case 0x2018, 0x2019: continue  // ‘ ’ as in "child’s"
                case 0xA0, 0x2000...0x2017, 0x201A...0x206F: pendingSpace = true; continue  // spaces, dashes, quotes, bullets
                // Arrows, shapes, check boxes and ticks (☐ ☒ ✓), short of the dingbat digits (❶…➓).
                case 0x2190...0x2775, 0x2794...0x2BFF: pendingSpace = true; continue
                default: return nil
                }
            }
            let byte = UInt8(scalar.value)
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: "&"):
                bytes += bytes.isEmpty ? Array("and".utf8) : Array(" and".utf8)
                pendingSpace = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingSpace, !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            default:
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func normaliseUnicode(_ text: String) -> String {
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
