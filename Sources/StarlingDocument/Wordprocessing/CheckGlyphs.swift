/// Characters forms use as tick boxes, and Word's symbol-font equivalents.
enum CheckGlyphs {
    static let checked: Set<Character> = ["☒", "☑", "✓", "✔", "✅", "✗", "✘", "☓"]
    static let unchecked: Set<Character> = ["☐", "□"]

    /// Whether `character` is a tick box, and if so whether it is ticked.
    static func state(of character: Character) -> Bool? {
        if checked.contains(character) { return true }
        if unchecked.contains(character) { return false }
        return nil
    }

    /// `w:sym` characters in the Wingdings fonts that stand for boxes and ticks; any other
    /// symbol character maps to itself when it is outside the private-use area.
    static func character(forSymbol code: String, font: String?) -> String? {
        guard var value = UInt32(code, radix: 16) else { return nil }
        let family = (font ?? "").lowercased()
        if family.hasPrefix("wingdings") {
            // Word stores symbol-font characters in the F000 private-use page.
            if value >= 0xF000 { value -= 0xF000 }
            let isTwo = family.contains("2")
            let map: [UInt32: String] = isTwo
                ? [0x50: "✓", 0x51: "✗", 0x52: "☑", 0x53: "☒", 0x54: "☒", 0xA3: "☐", 0x2A: "☐"]
                : [0xA8: "☐", 0x6F: "☐", 0x71: "☐", 0xFE: "☑", 0xFD: "☒", 0xFC: "✓", 0xFB: "✗"]
            return map[value]
        }
        guard let scalar = Unicode.Scalar(value), !(0xE000...0xF8FF).contains(value) else { return nil }
        return String(Character(scalar))
    }
}
