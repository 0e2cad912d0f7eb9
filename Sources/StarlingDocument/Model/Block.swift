import Foundation

/// A block of a story: a paragraph or a table.
public enum Block: Hashable, Sendable {
    case paragraph(Paragraph)
    case table(Table)

    public var location: Location {
        switch self {
        case .paragraph(let p): p.location
        case .table(let t): t.location
        }
    }

    /// Accepted text; a table gives rows as lines and cells separated by tabs.
    public var text: String { render(original: false) }
    public var originalText: String { render(original: true) }

    /// Every paragraph in reading order, descending into tables.
    public var paragraphs: [Paragraph] {
        switch self {
        case .paragraph(let p): [p]
        case .table(let t): t.rows.flatMap { $0.cells.flatMap(\.paragraphs) }
        }
    }

    private func render(original: Bool) -> String {
        switch self {
        case .paragraph(let p):
            return original ? p.originalText : p.text
        case .table(let t):
            return t.rows.filter { original || !$0.isDeleted }.map { row in
                row.cells.map { cell in
                    cell.blocks.map { $0.render(original: original) }.joined(separator: " ")
                        .replacingOccurrences(of: "\n", with: " ")
                        .replacingOccurrences(of: "\t", with: " ")
                }.joined(separator: "\t")
            }.joined(separator: "\n")
        }
    }
}

extension Block: Codable {
    private enum CodingKeys: String, CodingKey { case type, paragraph, table }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "table": self = .table(try container.decode(Table.self, forKey: .table))
        default: self = .paragraph(try container.decode(Paragraph.self, forKey: .paragraph))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraph(let p):
            try container.encode("paragraph", forKey: .type)
            try container.encode(p, forKey: .paragraph)
        case .table(let t):
            try container.encode("table", forKey: .type)
            try container.encode(t, forKey: .table)
        }
    }
}
