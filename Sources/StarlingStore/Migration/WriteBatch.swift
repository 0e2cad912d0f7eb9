/// The writes of a batch of files, run step by step for every file of the batch at once:
/// all older versions retired, then all source rows, then all records, all areas, and so
/// on. On PostgreSQL the statements of one step then sit side by side and go to the server
/// as a few multi-row `INSERT`s (see `PostgresDatabase.merged`) instead of one round trip
/// per row.
///
/// The order is safe because nothing one file writes depends on another file's rows in the
/// same batch: versions and duplicates are decided in memory before writing, a path appears
/// once per migration, and a carried-over completion date reads the previous version's
/// actions, which an earlier run stored. Within a file the steps keep their order: a path's
/// old version is retired before its new one is inserted, and its actions are inserted
/// before their completion dates are carried over.
struct WriteBatch {
    enum Step: Int, CaseIterable {
        case retireOlderVersions, sourceFiles, quarantine, records, areas, actions, findings, annotations, carryOverCompletions, touchUnchanged
    }

    private var steps = [[SQLStatement]](repeating: [], count: Step.allCases.count)
    var isEmpty: Bool { steps.allSatisfy(\.isEmpty) }

    mutating func add(_ step: Step, _ statement: SQLStatement) {
        steps[step.rawValue].append(statement)
    }

    /// Every statement in step order, and the batch emptied for the next files.
    mutating func take() -> [SQLStatement] {
        defer {
            for index in steps.indices { steps[index].removeAll(keepingCapacity: true) }
        }
        return steps.flatMap { $0 }
    }
}
