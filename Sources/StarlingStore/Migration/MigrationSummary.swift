import Foundation

/// What a migration run did; every file seen is in exactly one of the outcome counts.
public struct MigrationSummary: Sendable, Equatable {
    public var seen = 0
    /// New records (first version of a path).
    public var imported = 0
    /// Changed files re-imported as a new version of their path.
    public var newVersions = 0
    /// Already in the store with the same content: skipped.
    public var unchanged = 0
    /// Same content as another file already stored.
    public var duplicates = 0
    public var quarantined: [String: Int] = [:]
    public var admissible = 0
    public var inadmissible = 0
    /// `FILE: error: message` for each file a worker crashed, hung or ran out of memory on.
    public var workerFailures: [String] = []
    public var interrupted = false
    public var seconds = 0.0

    public var quarantinedTotal: Int { quarantined.values.reduce(0, +) }
    /// Files with an outcome so far.
    public var done: Int { imported + newVersions + unchanged + duplicates + quarantinedTotal }

    public var lines: [String] {
        var lines = [
            "\(seen) file\(seen == 1 ? "" : "s") seen in \(String(format: "%.1f", seconds)) s\(interrupted ? " (interrupted: run again to finish)" : "")",
            "  imported:     \(imported)" + (newVersions > 0 ? " (+\(newVersions) new versions of changed files)" : ""),
            "    admissible: \(admissible), inadmissible: \(inadmissible)",
            "  unchanged:    \(unchanged) (already in the store)",
            "  duplicates:   \(duplicates)",
            "  quarantined:  \(quarantinedTotal)",
        ]
        for (reason, count) in quarantined.sorted(by: { $0.key < $1.key }) { lines.append("    \(reason): \(count)") }
        return lines
    }
}
