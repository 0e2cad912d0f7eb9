import Crypto
import Foundation

/// Replaces the child's name and ID with stable keyed hashes (HMAC-SHA256), so exports can
/// be joined across months without identifying the child. The key is the council's secret:
/// without it the hashes cannot be reversed by trying every possible ID.
public struct Pseudonymiser: Sendable {
    private let secret: Data

    public init(secret: String) {
        self.secret = Data(secret.utf8)
    }

    public func pseudonym(_ value: String, kind: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(kind):\(value)".utf8), using: SymmetricKey(data: secret))
        return "\(kind)-" + mac.prefix(6).map { String(format: "%02x", $0) }.joined()
    }

    /// The record with `child.id` and `child.name` replaced, and the child's name replaced
    /// wherever it appears in the record's text (evidence, impact, unmapped, comments…).
    public func apply(to record: FormRecord) -> FormRecord {
        guard case .audit(var audit) = record.body, var child = audit.child else { return record }
        var replacements: [(String, String)] = []
        if let name = child.name {
            let pseudonym = pseudonym(name, kind: "name")
            replacements.append((name, pseudonym))
            for part in name.split(separator: " ") where part.count >= 3 { replacements.append((String(part), pseudonym)) }
            child.name = pseudonym
        }
        if let id = child.id {
            let pseudonym = pseudonym(id, kind: "id")
            replacements.append((id, pseudonym))
            child.id = pseudonym
        }
        audit.child = child
        var result = record
        result.body = .audit(audit)
        guard !replacements.isEmpty,
              let data = try? JSONEncoder().encode(result),
              var text = String(data: data, encoding: .utf8)
        else { return result }
        for (original, pseudonym) in replacements.sorted(by: { $0.0.count > $1.0.count }) {
            let escaped = String(decoding: (try? JSONEncoder().encode(original)) ?? Data(), as: UTF8.self).dropFirst().dropLast()
            // Whole words only: "Ann" must not touch "Annual".
            let pattern = #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: String(escaped)) + #"(?![\p{L}\p{N}])"#
            text = text.replacingOccurrences(of: pattern, with: pseudonym, options: .regularExpression)
        }
        return (try? JSONDecoder().decode(FormRecord.self, from: Data(text.utf8))) ?? result
    }
}
