import Foundation

/// UTC timestamps as ISO 8601 text, the same in SQLite and PostgreSQL.
enum Timestamp {
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
