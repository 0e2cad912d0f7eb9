/// What `starling actions import` did with each row of a tracker: every row read is either
/// matched to an action (then updated, unchanged, in conflict or not yet completed) or
/// unmatched with a reason — none is dropped without a word.
public struct ActionsImportSummary: Sendable, Equatable {
    public enum Reason: String, Sendable, CaseIterable, Comparable {
        case missingChildID = "no child ID"
        case unreadableMonth = "unreadable audit month"
        case unreadableDate = "unreadable date"
        case noSuchAudit = "no such child/month"
        case noSuchAction = "no such action"
        case ambiguous

        public static func < (a: Reason, b: Reason) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// A row that could not be used, with its number as the spreadsheet shows it. Messages
    /// never repeat the child's ID: the row number finds it.
    public struct Problem: Sendable, Equatable {
        public var row: Int
        /// Nil for a conflict (a matched row that disagrees with the store).
        public var reason: Reason?
        public var message: String
        public var line: String { "\(reason?.rawValue ?? "conflict"): \(message)" }
    }

    public var rowsRead = 0
    public var matched = 0
    /// Completion dates written (or, in a dry run, that would be).
    public var updated = 0
    /// The store already had the same date.
    public var unchanged = 0
    /// Matched rows with no completion date: the action is still open.
    public var notCompleted = 0
    /// Matched rows whose date differs from one already stored: reported, not applied.
    public var conflicts: [Problem] = []
    public var unmatched: [Problem] = []

    public var unmatchedByReason: [(Reason, Int)] {
        Dictionary(grouping: unmatched.compactMap(\.reason), by: { $0 }).map { ($0.key, $0.value.count) }.sorted { $0.0 < $1.0 }
    }

    public func lines(dryRun: Bool) -> [String] {
        var lines = [
            "\(rowsRead) row\(rowsRead == 1 ? "" : "s") read" + (dryRun ? " (dry run: nothing written)" : ""),
            "  matched:          \(matched)",
            "    updated:        \(updated)",
            "    unchanged:      \(unchanged)",
            "    not completed:  \(notCompleted)",
            "    conflicts:      \(conflicts.count)" + (conflicts.isEmpty ? "" : " (the stored date kept)"),
            "  unmatched:        \(unmatched.count)",
        ]
        lines += unmatchedByReason.map { "    \($0.0.rawValue): \($0.1)" }
        return lines
    }
}
