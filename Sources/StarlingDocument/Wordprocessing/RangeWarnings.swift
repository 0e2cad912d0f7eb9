import Foundation

/// Numbers a part wrote outside their range (see `WordRanges`), reported as one warning
/// per attribute with a count, so a part full of damaged values cannot flood the warnings.
/// Only numbers are ever quoted back: a value that is not one may be anybody's text.
struct RangeWarnings {
    private struct Entry {
        var count: Int
        let first: String
    }
    private var entries: [String: Entry] = [:]
    /// Attributes in the order first seen, so the messages come out in document order.
    private var order: [String] = []

    /// Reads `written` (nil when the attribute is absent) within `range`, noting a value
    /// outside it. `attribute` names it as the XML does (`w:gridSpan`); `place` says where
    /// (a part and block) and `action` what was done instead ("read as 63", "ignored").
    mutating func read(_ written: String?, _ attribute: String, in range: ClosedRange<Int>, at place: @autoclosure () -> String,
                       action: (BoundedInteger) -> String) -> BoundedInteger? {
        guard let written else { return nil }
        let parsed = BoundedInteger(written, in: range)
        if parsed.value == nil { noteOutOfRange(written, parsed, attribute, in: range, at: place(), action: action(parsed)) }
        return parsed
    }

    /// Notes `written`, read as `parsed`, as outside `range`.
    mutating func noteOutOfRange(_ written: String, _ parsed: BoundedInteger, _ attribute: String, in range: ClosedRange<Int>,
                                 at place: String, action: String) {
        note(attribute, "\(Self.describe(written, parsed)) at \(place) is outside \(range.lowerBound)–\(range.upperBound); \(action)")
    }

    /// Notes any other out-of-range finding under `attribute`, counted the same way.
    mutating func note(_ attribute: String, _ message: @autoclosure () -> String) {
        if let entry = entries[attribute] {
            entries[attribute] = Entry(count: entry.count + 1, first: entry.first)
        } else {
            entries[attribute] = Entry(count: 1, first: "\(attribute) \(message())")
            order.append(attribute)
        }
    }

    var messages: [String] {
        order.compactMap { attribute in
            entries[attribute].map { $0.count == 1 ? $0.first : "\($0.first) (and \($0.count - 1) more like it)" }
        }
    }

    /// "9223372036854775807", "a number of 40 digits", or "a value that is not a whole number".
    private static func describe(_ written: String, _ parsed: BoundedInteger) -> String {
        guard parsed != .notANumber else { return "a value that is not a whole number" }
        let trimmed = written.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count <= 24 ? "'\(trimmed)'" : "a number of \(trimmed.count) characters"
    }
}
