/// Where a tracker keeps the four things an import needs, found by the headings QA teams
/// use (case, spaces and punctuation ignored), so columns may be in any order and the
/// header need not be the first row (trackers often have a title above it).
public struct TrackerColumns: Sendable, Equatable {
    /// The header's row number.
    public var headerRow: Int
    public var childID: Int
    public var month: Int
    /// Action columns, most specific first: a number column, then "Action", then "Description".
    public var actions: [Int]
    public var completed: Int

    static let childIDNames: Set = ["childid", "lcsnumber", "lcsno", "lcsid", "mosaicnumber", "mosaicno", "mosaicid", "id"]
    static let monthNames: Set = ["auditmonth", "month", "monthofaudit"]
    static let actionNames: [Set<String>] = [
        ["actionnumber", "actionno", "#", "actionref"], ["action", "actionrequired"], ["description", "actiondescription"],
    ]
    static let completedNames: Set = ["completed", "completedon", "datecompleted", "completiondate", "completeddate", "datecomplete"]

    /// The first row, among the first `within`, that names a child ID, month and completion date.
    public static func find(in rows: [SheetRow], within: Int = 20) -> (index: Int, columns: TrackerColumns)? {
        for (index, row) in rows.prefix(within).enumerated() {
            let headings = row.cells.map { $0.map { key($0.text) } ?? "" }
            func first(_ names: Set<String>) -> Int? { headings.firstIndex { names.contains($0) } }
            guard let child = first(childIDNames), let month = first(monthNames), let completed = first(completedNames) else { continue }
            let actions = actionNames.compactMap(first)
            return (index, TrackerColumns(headerRow: row.number, childID: child, month: month, actions: actions, completed: completed))
        }
        return nil
    }

    /// "Action no." → "actionno"; "#" stays, as a heading on its own.
    static func key(_ heading: String) -> String {
        String(heading.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "#" })
    }
}
