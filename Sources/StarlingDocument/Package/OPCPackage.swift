import Foundation
import StarlingNative

/// An Open Packaging Conventions package (the zip inside every .docx), read safely:
/// bounded inflation, case-insensitive part names with duplicates refused, and the main
/// document found through relationships and content types, never by assuming a path.
public final class OPCPackage {
    public let file: String
    private let archive: ZipArchive
    /// Part key (lower-cased name) → entry.
    private let parts: [String: ZipEntry]
    /// Content types: overrides by part key, defaults by extension (lower-cased).
    private var overrides: [String: String] = [:]
    private var defaults: [String: String] = [:]
    public private(set) var warnings: [String] = []
    /// Relationships already read, by owning part.
    private var relationshipCache: [String: [Relationship]] = [:]
    /// Options for every XML part.
    let xmlOptions: XMLReadOptions
    /// Relationships read from one `.rels` part; more are left out with a warning.
    let maxRelationships: Int

    /// Opens `data` read from `file` (the name is only used in messages).
    public init(data: Data, file: String, limits: ZipLimits = .default, xmlOptions: XMLReadOptions = XMLReadOptions(),
                maxRelationships: Int = DocumentLimits.default.maxRelationshipsPerPart) throws {
        self.file = file
        self.xmlOptions = xmlOptions
        self.maxRelationships = maxRelationships
        switch FileSniffer.kind(of: data) {
        case .empty:
            throw DocumentError(file: file, reason: .empty, message: "is empty (0 bytes)")
        case .oleCompound:
            throw DocumentError(file: file, reason: .legacyWordDocument, message: "is a legacy Word 97–2003 (.doc) file; open it in Word or LibreOffice and save it as .docx")
        case .encryptedOffice:
            throw DocumentError(file: file, reason: .encrypted, message: "is password-protected (encrypted); remove the password in Word and save it again")
        case .zip, .other:
            break
        }
        do {
            archive = try ZipArchive(data: data, limits: limits)
        } catch {
            throw DocumentError.from(error, file: file, part: nil)
        }
        var parts: [String: ZipEntry] = [:]
        for entry in archive.entries where !entry.name.hasSuffix("/") {
            let key = PartName.key(entry.name)
            if let existing = parts[key] {
                throw DocumentError(file: file, reason: .duplicatePartName, message: "has two parts with the same name ('\(existing.name)' and '\(entry.name)'); part names are case-insensitive, so the package is ambiguous")
            }
            parts[key] = entry
        }
        self.parts = parts
        try readContentTypes()
    }

    /// Names of every part, as stored.
    public var partNames: [String] { parts.values.sorted { $0.index < $1.index }.map(\.name) }

    public func contains(_ part: String) -> Bool { parts[PartName.key(part)] != nil }

    /// The content type of a part: its override, else its extension's default.
    public func contentType(of part: String) -> String? {
        if let type = overrides[PartName.key(part)] { return type }
        let name = PartName.normalised(part)
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return defaults[name[name.index(after: dot)...].lowercased()]
    }

    /// The bytes of a part (bounded by the limits).
    public func data(of part: String) throws -> Data {
        guard let entry = parts[PartName.key(part)] else {
            throw DocumentError(file: file, reason: .unreadable, message: "has no part named '\(part)'")
        }
        do {
            return try archive.read(entry)
        } catch {
            throw DocumentError.from(error, file: file, part: part)
        }
    }

    /// The zip directory's entry for a part (its size and CRC-32), without reading it.
    func entry(of part: String) -> ZipEntry? { parts[PartName.key(part)] }

    /// A streaming reader over a part, with the package's XML limits.
    func reader(for part: String) throws -> XMLStreamReader {
        try reader(for: part, bytes: try data(of: part))
    }

    /// A streaming reader over bytes already read from `part`.
    func reader(for part: String, bytes: Data) throws -> XMLStreamReader {
        do {
            return try XMLStreamReader(data: bytes, name: PartName.normalised(part), options: xmlOptions)
        } catch {
            throw DocumentError.from(error, file: file, part: part)
        }
    }

    /// Relationships owned by `part` (pass "" for the package's own `_rels/.rels`).
    /// A missing relationships part means none; a damaged one is an error.
    public func relationships(of part: String) throws -> [Relationship] {
        if let cached = relationshipCache[part] { return cached }
        let relsPart = part.isEmpty ? "_rels/.rels" : PartName.relationshipsPart(of: part)
        guard contains(relsPart) else { return [] }
        var result: [Relationship] = []
        var leftOut = 0
        defer {
            relationshipCache[part] = result
            if leftOut > 0 { warnings.append("'\(relsPart)' has \(result.count + leftOut) relationships; read the first \(maxRelationships)") }
        }
        try stream(relsPart) { event in
            guard case .start(let name, let attributes) = event, name.local == "Relationship",
                  let id = attributes.value("Id"), let type = attributes.value("Type"), let target = attributes.value("Target")
            else { return }
            guard result.count < maxRelationships else { leftOut += 1; return }
            let external = attributes.value("TargetMode")?.lowercased() == "external"
            result.append(Relationship(
                id: id, type: type,
                target: external ? target : PartName.resolve(target, from: part.isEmpty ? "/" : part),
                isExternal: external))
        }
        return result
    }

    /// The main document part: the package's `officeDocument` relationship, else the part
    /// whose content type says it is a Word main document.
    public func mainDocumentPart() throws -> String {
        let relationships = try self.relationships(of: "")
        if let main = relationships.first(where: { $0.kind == "officeDocument" && !$0.isExternal }) {
            guard contains(main.target) else {
                throw DocumentError(file: file, reason: .noMainDocument, message: "names '\(main.target)' as its main document, but the package has no such part")
            }
            return canonicalName(main.target)
        }
        if let byType = overrides.first(where: { Self.isWordMainContentType($0.value) && contains($0.key) }) {
            warnings.append("no officeDocument relationship; used '\(canonicalName(byType.key))' from its content type")
            return canonicalName(byType.key)
        }
        let what = contains("xl/workbook.xml") ? " (it looks like an Excel workbook)" : contains("ppt/presentation.xml") ? " (it looks like a PowerPoint presentation)" : ""
        throw DocumentError(file: file, reason: .noMainDocument, message: "is a zip but has no Word main document part\(what)")
    }

    /// The stored spelling of a part name.
    func canonicalName(_ part: String) -> String { parts[PartName.key(part)]?.name ?? PartName.normalised(part) }

    static func isWordMainContentType(_ type: String) -> Bool {
        type.hasPrefix("application/vnd.openxmlformats-officedocument.wordprocessingml.")
            && type.hasSuffix(".main+xml") || type.hasPrefix("application/vnd.ms-word.") && type.hasSuffix(".main+xml")
    }

    /// Streams a part's events, mapping wrapper errors to document errors that name the part.
    func stream(_ part: String, _ body: (XMLEvent) throws -> Void) throws {
        let reader = try reader(for: part)
        do {
            while let event = try reader.next() { try body(event) }
        } catch {
            throw DocumentError.from(error, file: file, part: part)
        }
    }

    private func readContentTypes() throws {
        guard contains("[Content_Types].xml") else {
            warnings.append("the package has no [Content_Types].xml; read it by relationships alone")
            return
        }
        try stream("[Content_Types].xml") { event in
            guard case .start(let name, let attributes) = event, let type = attributes.value("ContentType") else { return }
            if name.local == "Override", let part = attributes.value("PartName") {
                overrides[PartName.key(part)] = type
            } else if name.local == "Default", let ext = attributes.value("Extension") {
                defaults[ext.lowercased()] = type
            }
        }
    }
}
