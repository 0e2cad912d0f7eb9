/// How deeply a YAML text nests, worked out before Yams reads it: Yams parses nested
/// collections by recursion, so a file of a few thousand `[` (found by the schema fuzzer)
/// overflowed the stack and killed the process. No schema or rule pack comes near the limit.
public enum YAMLDepth {
    public static let limit = 64

    /// The first line at which the text nests deeper than `limit`, or nil.
    /// Counts block levels by indentation, `- ` items opening a line, and open flow
    /// collections (`[`, `{`) outside quotes and comments. It may overcount (a bracket inside a
    /// plain scalar), never undercount, so it is only a guard before the real parse.
    public static func lineTooDeep(in text: String, limit: Int = limit) -> Int? {
        var indents: [Int] = []
        var flow = 0
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var index = line.startIndex
            var indent = 0
            while index < line.endIndex, line[index] == UInt8(ascii: " ") { indent += 1; index = line.index(after: index) }
            if index == line.endIndex || line[index] == UInt8(ascii: "#") { continue }
            if flow == 0 {
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
            }
            // "- - - x": each "- " that opens the line opens a sequence inside the one before.
            var items = 0
            while index < line.endIndex, line[index] == UInt8(ascii: "-") {
                let next = line.index(after: index)
                guard next == line.endIndex || line[next] == UInt8(ascii: " ") else { break }
                items += 1
                index = next
                while index < line.endIndex, line[index] == UInt8(ascii: " ") { index = line.index(after: index) }
            }
            if indents.count + items + flow > limit { return lineNumber }
            var quote: UInt8?
            var previous = UInt8(ascii: " ")
            // The last byte before this one that is not a space: what a scalar would follow.
            var lastMark = UInt8(ascii: "-")
            while index < line.endIndex {
                let byte = line[index]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"), opensScalar(lastMark) {
                    // Only a quote that starts a scalar quotes: "Auditor's name" is plain text.
                    quote = byte
                } else if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") {
                    break
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flow += 1
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flow = max(0, flow - 1)
                }
                if indents.count + items + flow > limit { return lineNumber }
                previous = byte
                if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { lastMark = byte }
                index = line.index(after: index)
            }
        }
        return nil
    }

    /// Whether a scalar may start after this byte: at the line's start (after `- `), a key's
    /// `:`, or a flow collection's `[`, `{` or `,`.
    private static func opensScalar(_ mark: UInt8) -> Bool {
        mark == UInt8(ascii: "-") || mark == UInt8(ascii: ":") || mark == UInt8(ascii: "[") || mark == UInt8(ascii: "{")
            || mark == UInt8(ascii: ",") || mark == UInt8(ascii: "?")
    }
}
