import Foundation
import StarlingForms

/// Turns a rule's example snippet into a full record: the snippet's keys over a minimal
/// record of the rule's form kind. Used by the test suite and by `starling rules explain`.
public enum RuleExamples {
    public static func record(_ snippet: String, kind: FormKind) throws -> FormRecord {
        var object = try JSONSerialization.jsonObject(with: Data(snippet.utf8)) as? [String: Any] ?? [:]
        let kind = (object["kind"] as? String).flatMap(FormKind.init(rawValue:)) ?? kind
        var source: [String: Any] = [
            "file": "example.docx", "sha256": "", "form_kind": kind.rawValue, "layouts": [String](),
            "schema_version": "example", "provenance": [String: Any](), "revisions": [Any](), "comments": [Any](),
        ]
        if let given = object["source"] as? [String: Any] { source.merge(given) { _, new in new } }
        object["source"] = source
        object["kind"] = kind.rawValue
        let data = try JSONSerialization.data(withJSONObject: object)
        return try JSONDecoder().decode(FormRecord.self, from: data)
    }
}
