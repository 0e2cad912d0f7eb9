import Foundation

/// OPC part-name helpers. Part names are case-insensitive (ECMA-376 Part 2, 9.1.1.1).
public enum PartName {
    /// `/word/document.xml` → `word/document.xml`.
    public static func normalised(_ name: String) -> String {
        name.hasPrefix("/") ? String(name.dropFirst()) : name
    }

    /// The key two names are compared by.
    public static func key(_ name: String) -> String { normalised(name).lowercased() }

    /// Resolves a relationship target against the part that owns the relationship.
    public static func resolve(_ target: String, from source: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var segments: [Substring]
        if decoded.hasPrefix("/") {
            segments = []
        } else {
            segments = normalised(source).split(separator: "/", omittingEmptySubsequences: true)
            if !segments.isEmpty { segments.removeLast() }  // the source's own file name
        }
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// `word/document.xml` → `word/_rels/document.xml.rels`.
    public static func relationshipsPart(of part: String) -> String {
        let name = normalised(part)
        guard let slash = name.lastIndex(of: "/") else { return "_rels/\(name).rels" }
        return "\(name[..<slash])/_rels/\(name[name.index(after: slash)...]).rels"
    }
}
