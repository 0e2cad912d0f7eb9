import Foundation
import StarlingDocument
import StarlingForms
import StarlingNative

/// Writes a copy of a `.docx` with each finding as a Word comment anchored on the
/// paragraph it concerns. Adds (or extends) the comments part, its relationship and its
/// content type; every other part is copied unchanged. The original is never written.
public struct DocxAnnotator {
    public var author = FormMapper.annotationAuthor
    public var initials = "ST"
    public var date = Date()

    public init() {}

    public enum AnnotationError: Error, CustomStringConvertible {
        case sameFile(String)
        case notWordML(String)
        public var description: String {
            switch self {
            case .sameFile(let path): "the annotated copy would overwrite the original '\(path)'; choose another folder"
            case .notWordML(let part): "'\(part)' is not WordprocessingML Starling can annotate"
            }
        }
    }

    /// Writes the annotated copy of `file` into `folder` and returns its path.
    @discardableResult
    public func annotate(file: String, findings: [Finding], into folder: String, name: String? = nil) throws -> String {
        let source = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let target = URL(fileURLWithPath: folder).appendingPathComponent(name ?? source.lastPathComponent)
            .standardizedFileURL
        if target.resolvingSymlinksInPath().path == source.path { throw AnnotationError.sameFile(file) }
        let data = try Data(contentsOf: source)
        let entries = try annotatedEntries(data: data, file: file, findings: findings)
        // Write beside the target, then move into place: no half-written copy is left behind.
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try ZipWriter.write(entries, to: temporary.path)
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        return target.path
    }

    /// The package's entries with the comments added.
    public func annotatedEntries(data: Data, file: String, findings: [Finding]) throws -> [ZipWriter.Entry] {
        let package = try OPCPackage(data: data, file: file)
        let main = try package.mainDocumentPart()
        let strict = try package.relationships(of: "").contains { $0.type.hasPrefix("http://purl.oclc.org/ooxml/") }
        let namespace = strict ? "http://purl.oclc.org/ooxml/wordprocessingml/main" : "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let relationshipType = (strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/") + "comments"

        var document = Array(try package.data(of: main))
        guard let prefix = Self.prefix(of: namespace, in: document) else { throw AnnotationError.notWordML(main) }
        let existing = try package.relationships(of: main).first { $0.kind == "comments" && !$0.isExternal && package.contains($0.target) }
        var commentsPart = existing.map { Array((try? package.data(of: $0.target)) ?? Data()) }
        let firstId = max(Self.maxId(in: document), commentsPart.map(Self.maxId) ?? -1) + 1

        // Anchor each finding; findings on the same paragraph share it.
        let anchors = CommentAnchors(bytes: document, prefix: prefix).scan()
        var inserts: [(offset: Int, order: Int, remove: Int, text: String)] = []
        var comments: [(id: Int, finding: Finding)] = []
        var replaced: [Range<Int>: (start: [String], end: [String])] = [:]
        let w = prefix.isEmpty ? "" : prefix + ":"
        for (index, finding) in findings.enumerated() {
            let id = firstId + index
            guard let anchor = CommentAnchors.keys(for: finding.location?.part == main ? finding.location : nil)
                .lazy.compactMap({ anchors[$0] }).first else { continue }
            comments.append((id, finding))
            let start = "<\(w)commentRangeStart \(w)id=\"\(id)\"/>"
            let end = "<\(w)commentRangeEnd \(w)id=\"\(id)\"/><\(w)r><\(w)commentReference \(w)id=\"\(id)\"/></\(w)r>"
            if let range = anchor.selfClosing {
                replaced[range, default: ([], [])].start.append(start)
                replaced[range, default: ([], [])].end.append(end)
            } else {
                inserts.append((anchor.start, 0, 0, start))
                inserts.append((anchor.end, 1, 0, end))
            }
        }
        guard !comments.isEmpty else { return try Self.copy(package) }
        for (range, marks) in replaced {
            // `<w:p/>` becomes `<w:p>marks</w:p>`, keeping its attributes.
            var open = String(decoding: document[range], as: UTF8.self)
            open = String(open.dropLast(2)).trimmingCharacters(in: .whitespaces) + ">"
            inserts.append((range.lowerBound, 0, range.count, open + marks.start.joined() + marks.end.joined() + "</\(w)p>"))
        }
        for insert in inserts.sorted(by: { ($0.offset, $0.order) > ($1.offset, $1.order) }) {
            document.replaceSubrange(insert.offset..<(insert.offset + insert.remove), with: Array(insert.text.utf8))
        }

        // The comments part: extend the existing one or write a new one.
        var changed: [String: Data] = [main: Data(document)]
        let commentXML = comments.map { commentElement(id: $0.id, finding: $0.finding) }
        var additions: [ZipWriter.Entry] = []
        if let existing, var part = commentsPart, let commentsPrefix = Self.prefix(of: namespace, in: part),
           let close = Self.lastClosingTag(in: part) {
            let text = commentXML.joined().replacingOccurrences(of: "<w:", with: "<\(commentsPrefix.isEmpty ? "" : commentsPrefix + ":")")
                .replacingOccurrences(of: "</w:", with: "</\(commentsPrefix.isEmpty ? "" : commentsPrefix + ":")")
                .replacingOccurrences(of: " w:", with: " \(commentsPrefix.isEmpty ? "" : commentsPrefix + ":")")
            part.insert(contentsOf: Array(text.utf8), at: close)
            commentsPart = part
            changed[existing.target] = Data(part)
        } else {
            let name = Self.freeName("word/comments.xml", in: package, directory: (main as NSString).deletingLastPathComponent)
            let xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                + #"<w:comments xmlns:w="\#(namespace)">"# + commentXML.joined() + "</w:comments>"
            additions.append(ZipWriter.Entry(name: name, data: Data(xml.utf8)))
            changed["[Content_Types].xml"] = try addOverride(package: package, part: name)
            let relsPart = PartName.relationshipsPart(of: main)
            changed[relsPart] = try addRelationship(
                package: package, relsPart: relsPart, type: relationshipType,
                target: Self.relativeTarget(from: main, to: name))
        }

        var entries: [ZipWriter.Entry] = []
        var written = Set<String>()
        for name in package.partNames {
            let key = PartName.key(name)
            if let replacement = changed.first(where: { PartName.key($0.key) == key })?.value {
                entries.append(ZipWriter.Entry(name: name, data: replacement))
                written.insert(key)
            } else {
                entries.append(ZipWriter.Entry(name: name, data: try package.data(of: name)))
            }
        }
        for (name, data) in changed where !written.contains(PartName.key(name)) {
            entries.append(ZipWriter.Entry(name: name, data: data))
        }
        return entries + additions
    }

    // MARK: - Pieces

    private func commentElement(id: Int, finding: Finding) -> String {
        let stamp = ISO8601DateFormatter().string(from: date)
        var lines = ["\(finding.severity == .blocking ? "Blocking" : "Advisory") [\(finding.rule)]: \(finding.message)"]
        if let quote = finding.quote, !quote.isEmpty { lines.append("On the form: “\(quote)”") }
        lines.append("How to put it right: \(finding.guidance)")
        lines.append("Standard: \(finding.standard)")
        let paragraphs = lines.enumerated().map { index, line in
            let reference = index == 0 ? #"<w:r><w:annotationRef/></w:r>"# : ""
            return "<w:p>\(reference)<w:r><w:t xml:space=\"preserve\">\(Self.escape(line))</w:t></w:r></w:p>"
        }
        return "<w:comment w:id=\"\(id)\" w:author=\"\(Self.escape(author))\" w:date=\"\(stamp)\" w:initials=\"\(Self.escape(initials))\">"
            + paragraphs.joined() + "</w:comment>"
    }

    private func addOverride(package: OPCPackage, part: String) throws -> Data {
        var types = Array(try package.data(of: "[Content_Types].xml"))
        guard let close = Self.lastClosingTag(in: types) else { throw AnnotationError.notWordML("[Content_Types].xml") }
        let override = #"<Override PartName="/\#(part)" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>"#
        types.insert(contentsOf: Array(override.utf8), at: close)
        return Data(types)
    }

    private func addRelationship(package: OPCPackage, relsPart: String, type: String, target: String) throws -> Data {
        let empty = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"#
        var rels = package.contains(relsPart) ? Array(try package.data(of: relsPart)) : Array(empty.utf8)
        let text = String(decoding: rels, as: UTF8.self)
        var id = "rIdStarlingComments"
        var n = 1
        while text.contains("Id=\"\(id)\"") { n += 1; id = "rIdStarlingComments\(n)" }
        guard let close = Self.lastClosingTag(in: rels) else { throw AnnotationError.notWordML(relsPart) }
        rels.insert(contentsOf: Array(#"<Relationship Id="\#(id)" Type="\#(type)" Target="\#(target)"/>"#.utf8), at: close)
        return Data(rels)
    }

    /// The prefix bound to `namespace` on the part's root element ("" when it is the default).
    static func prefix(of namespace: String, in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(16_384), as: UTF8.self)
        for quote in ["\"", "'"] {
            guard let range = head.range(of: "=\(quote)\(namespace)\(quote)") else { continue }
            let before = head[..<range.lowerBound]
            guard let space = before.lastIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) else { continue }
            let attribute = before[before.index(after: space)...]
            if attribute == "xmlns" { return "" }
            if attribute.hasPrefix("xmlns:") { return String(attribute.dropFirst(6)) }
        }
        return nil
    }

    /// The largest `w:id` used by comments in a part, or -1.
    static func maxId(in bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        var best = -1
        var search = text.startIndex..<text.endIndex
        while let range = text.range(of: "comment", range: search) {
            search = range.upperBound..<text.endIndex
            let tail = text[range.upperBound...].prefix(200)
            guard let idRange = tail.range(of: "id=\"") else { continue }
            let digits = tail[idRange.upperBound...].prefix { $0.isNumber }
            if let value = Int(digits) { best = max(best, value) }
        }
        return best
    }

    /// Offset of the last `</…>` (the root's end tag).
    static func lastClosingTag(in bytes: [UInt8]) -> Int? {
        var i = bytes.count - 2
        while i >= 0 {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "/") { return i }
            i -= 1
        }
        return nil
    }

    private static func freeName(_ preferred: String, in package: OPCPackage, directory: String) -> String {
        let base = directory.isEmpty ? "comments" : directory + "/comments"
        var name = directory.isEmpty ? "comments.xml" : base + ".xml"
        if preferred.hasPrefix(directory) && !package.contains(preferred) { name = preferred }
        var n = 1
        while package.contains(name) { n += 1; name = "\(base)\(n).xml" }
        return name
    }

    private static func relativeTarget(from source: String, to target: String) -> String {
        let directory = (source as NSString).deletingLastPathComponent
        if !directory.isEmpty, target.hasPrefix(directory + "/") { return String(target.dropFirst(directory.count + 1)) }
        return "/" + target
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result += " "
            default:
                // XML 1.0 forbids most control characters.
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func copy(_ package: OPCPackage) throws -> [ZipWriter.Entry] {
        try package.partNames.map { ZipWriter.Entry(name: $0, data: try package.data(of: $0)) }
    }
}
