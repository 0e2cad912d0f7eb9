import Foundation
import StarlingNative

/// Builds a minimal, valid .docx in memory so a test says exactly what it reads.
///
/// The body is the inner XML of `w:body`; the builder declares the `w`, `w14`, `mc`, `r`,
/// `wp`, `v` and `wps` prefixes on the root of every part it wraps, in either the
/// Transitional or the Strict form of the namespaces.
///
///     let data = try DocxBuilder(body: "<w:p><w:r><w:t>Hi</w:t></w:r></w:p>")
///         .adding(.comments("<w:comment w:id=\"0\">…</w:comment>"))
///         .data()
public struct DocxBuilder: Sendable {
    /// A package part besides the main document, with its relationship from the main part.
    public struct Part: Sendable {
        /// Part name without a leading slash, e.g. `word/comments.xml`.
        public var name: String
        /// Content-type override; nil adds none.
        public var contentType: String?
        /// Last segment of the relationship type (`comments`, `header`, …); nil: no relationship.
        public var relationshipKind: String?
        /// Root element (e.g. `w:comments`) the builder wraps `content` in, declaring the
        /// namespaces; nil means `content` is the whole part.
        public var root: String?
        public var content: String

        public init(name: String, contentType: String?, relationshipKind: String?, root: String?, content: String) {
            self.name = name
            self.contentType = contentType
            self.relationshipKind = relationshipKind
            self.root = root
            self.content = content
        }

        private static let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"

        public static func comments(_ inner: String) -> Part {
            Part(name: "word/comments.xml", contentType: "\(wml).comments+xml", relationshipKind: "comments", root: "w:comments", content: inner)
        }
        public static func numbering(_ inner: String) -> Part {
            Part(name: "word/numbering.xml", contentType: "\(wml).numbering+xml", relationshipKind: "numbering", root: "w:numbering", content: inner)
        }
        public static func styles(_ inner: String) -> Part {
            Part(name: "word/styles.xml", contentType: "\(wml).styles+xml", relationshipKind: "styles", root: "w:styles", content: inner)
        }
        public static func header(_ inner: String, name: String = "word/header1.xml") -> Part {
            Part(name: name, contentType: "\(wml).header+xml", relationshipKind: "header", root: "w:hdr", content: inner)
        }
        public static func footer(_ inner: String, name: String = "word/footer1.xml") -> Part {
            Part(name: name, contentType: "\(wml).footer+xml", relationshipKind: "footer", root: "w:ftr", content: inner)
        }
        public static func footnotes(_ inner: String) -> Part {
            Part(name: "word/footnotes.xml", contentType: "\(wml).footnotes+xml", relationshipKind: "footnotes", root: "w:footnotes", content: inner)
        }
        public static func endnotes(_ inner: String) -> Part {
            Part(name: "word/endnotes.xml", contentType: "\(wml).endnotes+xml", relationshipKind: "endnotes", root: "w:endnotes", content: inner)
        }
    }

    /// A relationship from the main part to something outside the package.
    public struct ExternalRelationship: Sendable {
        public var id: String
        public var kind: String
        public var target: String
        public init(id: String, kind: String, target: String) {
            self.id = id
            self.kind = kind
            self.target = target
        }
    }

    public var body: String
    /// Where the main part lives; the package relationship and content types follow it.
    public var mainPart: String = "word/document.xml"
    /// Use the Strict (ISO 29500) namespaces and relationship types.
    public var strict: Bool = false
    public var parts: [Part] = []
    public var externalRelationships: [ExternalRelationship] = []
    /// More relationships from the main part to parts inside the package (`target` relative
    /// to the main part's folder), beyond the one each part gets.
    public var extraRelationships: [ExternalRelationship] = []
    /// When set, the whole main part exactly as given (the body is ignored).
    public var rawMainPart: String?

    public init(body: String, mainPart: String = "word/document.xml", strict: Bool = false) {
        self.body = body
        self.mainPart = mainPart
        self.strict = strict
    }

    /// A copy with one more part.
    public func adding(_ part: Part) -> DocxBuilder {
        var copy = self
        copy.parts.append(part)
        return copy
    }

    /// A copy with one more external relationship (`TargetMode="External"`).
    public func addingExternal(id: String, kind: String, target: String) -> DocxBuilder {
        var copy = self
        copy.externalRelationships.append(ExternalRelationship(id: id, kind: kind, target: target))
        return copy
    }

    /// A copy with one more relationship to a part in the package (which may already have one).
    public func addingRelationship(id: String, kind: String, target: String) -> DocxBuilder {
        var copy = self
        copy.extraRelationships.append(ExternalRelationship(id: id, kind: kind, target: target))
        return copy
    }

    // MARK: Namespaces

    public static func wordNamespace(strict: Bool) -> String {
        strict ? "http://purl.oclc.org/ooxml/wordprocessingml/main" : "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    }

    public static func relationshipType(_ kind: String, strict: Bool) -> String {
        strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/\(kind)"
            : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(kind)"
    }

    /// The namespace declarations put on every root element the builder writes.
    public static func namespaceDeclarations(strict: Bool) -> String {
        let r = strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return [
            "xmlns:w=\"\(wordNamespace(strict: strict))\"",
            "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"",
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"",
            "xmlns:r=\"\(r)\"",
            "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"",
            "xmlns:v=\"urn:schemas-microsoft-com:vml\"",
            "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"",
            "mc:Ignorable=\"w14 wps\"",
        ].joined(separator: " ")
    }

    /// `<root ns…>inner</root>` with an XML declaration.
    public static func wrap(_ root: String, _ inner: String, strict: Bool = false) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<\(root) \(namespaceDeclarations(strict: strict))>\(inner)</\(root)>"
    }

    // MARK: Output

    /// The main part's XML.
    public var mainPartXML: String {
        rawMainPart ?? Self.wrap("w:document", "<w:body>\(body)</w:body>", strict: strict)
    }

    /// The package's entries, in the order they are written.
    public func entries() -> [ZipWriter.Entry] {
        let mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        var types = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/\(mainPart)" ContentType="\(mainType)"/>
            """
        for part in parts {
            if let type = part.contentType { types += "<Override PartName=\"/\(part.name)\" ContentType=\"\(type)\"/>" }
        }
        types += "</Types>"

        let packageRels = Self.relationships([
            "<Relationship Id=\"rId1\" Type=\"\(Self.relationshipType("officeDocument", strict: strict))\" Target=\"\(mainPart)\"/>"
        ])
        let mainDirectory = mainPart.contains("/") ? String(mainPart[..<mainPart.lastIndex(of: "/")!]) : ""
        var mainRels: [String] = []
        for (index, part) in parts.enumerated() {
            guard let kind = part.relationshipKind else { continue }
            mainRels.append("<Relationship Id=\"rIdPart\(index + 1)\" Type=\"\(Self.relationshipType(kind, strict: strict))\" Target=\"\(Self.relative(part.name, from: mainDirectory))\"/>")
        }
        for extra in extraRelationships {
            mainRels.append("<Relationship Id=\"\(extra.id)\" Type=\"\(Self.relationshipType(extra.kind, strict: strict))\" Target=\"\(Self.escape(extra.target))\"/>")
        }
        for external in externalRelationships {
            mainRels.append("<Relationship Id=\"\(external.id)\" Type=\"\(Self.relationshipType(external.kind, strict: strict))\" Target=\"\(Self.escape(external.target))\" TargetMode=\"External\"/>")
        }

        var entries = [
            ZipWriter.Entry(name: "[Content_Types].xml", data: Data(types.utf8)),
            ZipWriter.Entry(name: "_rels/.rels", data: Data(packageRels.utf8)),
            ZipWriter.Entry(name: mainPart, data: Data(mainPartXML.utf8)),
        ]
        if !mainRels.isEmpty {
            let relsName = mainDirectory.isEmpty ? "_rels/\(mainPart).rels"
                : "\(mainDirectory)/_rels/\(mainPart[mainPart.index(after: mainPart.lastIndex(of: "/")!)...]).rels"
            entries.append(ZipWriter.Entry(name: relsName, data: Data(Self.relationships(mainRels).utf8)))
        }
        for part in parts {
            let xml = part.root.map { Self.wrap($0, part.content, strict: strict) } ?? part.content
            entries.append(ZipWriter.Entry(name: part.name, data: Data(xml.utf8)))
        }
        return entries
    }

    /// The .docx bytes.
    public func data() throws -> Data { try ZipWriter.data(entries()) }

    private static func relationships(_ items: [String]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.joined() + "</Relationships>"
    }

    /// `word/header1.xml` seen from `word` → `header1.xml`; from elsewhere, an absolute name.
    private static func relative(_ name: String, from directory: String) -> String {
        if !directory.isEmpty, name.hasPrefix(directory + "/") { return String(name.dropFirst(directory.count + 1)) }
        return "/" + name
    }

    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// Raw zip archives with whatever entries a test needs (duplicate names, bombs, junk).
public enum RawZip {
    public static func data(_ entries: [(name: String, data: Data)]) throws -> Data {
        try ZipWriter.data(entries.map { ZipWriter.Entry(name: $0.name, data: $0.data) })
    }

    /// `count` bytes of one repeated byte: deflate shrinks it about a thousandfold.
    public static func compressible(_ count: Int, byte: UInt8 = 0x20) -> Data {
        Data(repeating: byte, count: count)
    }
}

/// Minimal OLE compound files (the container of legacy .doc and of encrypted OOXML).
/// Only what `FileSniffer` looks at is meaningful: the 8-byte signature and, for an
/// encrypted file, the stream name "EncryptionInfo" in UTF-16LE in a directory entry.
public enum OLEFile {
    public static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// A 512-byte header followed by one 512-byte directory sector holding the named streams.
    public static func data(streams: [String]) -> Data {
        var header = [UInt8](repeating: 0, count: 512)
        header.replaceSubrange(0..<8, with: signature)
        header[0x18] = 0x3E  // minor version
        header[0x1A] = 0x03  // major version 3
        header[0x1C] = 0xFE; header[0x1D] = 0xFF  // byte order mark
        header[0x1E] = 0x09  // sector shift: 512-byte sectors
        header[0x20] = 0x06  // mini sector shift
        var directory = [UInt8](repeating: 0, count: 512)
        for (index, name) in (["Root Entry"] + streams).prefix(4).enumerated() {
            let units = Array(name.utf16.prefix(31)) + [0]
            let base = index * 128
            for (i, unit) in units.enumerated() {
                directory[base + 2 * i] = UInt8(unit & 0xFF)
                directory[base + 2 * i + 1] = UInt8(unit >> 8)
            }
            directory[base + 64] = UInt8(units.count * 2)
            directory[base + 66] = index == 0 ? 5 : 2  // root storage / stream
        }
        return Data(header + directory)
    }

    /// What Word 97–2003 writes: a `WordDocument` stream.
    public static var legacyWordDocument: Data { data(streams: ["WordDocument", "1Table"]) }

    /// What Office writes for a password-protected .docx.
    public static var encryptedOOXML: Data { data(streams: ["EncryptionInfo", "EncryptedPackage"]) }
}
