/// `gridSpan` → `grid_span`, `monthlyCaseAudit` → `monthly_case_audit`: how XML form element
/// names become record keys, and how `dump` writes the document model's Swift names.
public enum SnakeCase {
    public static func from(camelCase name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase, !result.isEmpty { result += "_" }
            result += character.lowercased()
        }
        return result
    }
}
