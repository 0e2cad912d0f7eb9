/// Compiler-style feedback lines: `FILE: SECTION: blocking [RULE-ID]: message`.
public enum FeedbackText {
    public static func lines(for validation: Validation) -> [String] {
        validation.findings.map { finding in
            var line = "\(validation.file): \(finding.field): \(finding.severity.rawValue) [\(finding.rule)]: \(finding.message)"
            if let location = finding.location { line += " (\(location))" }
            return line
        } + ["\(validation.file): \(validation.verdict)"]
    }
}
