/// Yes/no answers as forms write them: "Yes", "Y", "No", "N/A" is not an answer,
/// "true"/"false", "1"/"0", "ticked", and check glyphs (☒ ☑ ✓ ✔ vs ☐).
public enum BooleanNormaliser {
    private static let yes: Set<String> = ["yes", "y", "true", "1", "ticked", "checked", "agreed", "x", "on"]
    private static let no: Set<String> = ["no", "n", "false", "0", "unticked", "unchecked", "not agreed", "off"]

    public static func bool(from written: String) -> Bool? {
        let trimmed = written.trimmingCharacters(in: .whitespacesAndNewlines)
        if ["☒", "☑", "✓", "✔", "✅"].contains(trimmed) { return true }
        if ["☐", "□"].contains(trimmed) { return false }
        let key = LabelKey.normalise(trimmed)
        if yes.contains(key) { return true }
        if no.contains(key) { return false }
        return nil
    }
}

import Foundation
