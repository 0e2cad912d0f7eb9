import Foundation
import StarlingNative

/// Reads a Word package (`.docx`, `.docm`, `.dotx`, `.dotm`) into a `WordDocument`.
/// The main story must read; optional parts (styles, headers, comments, …) that are
/// damaged are reported in `warnings` and the rest is still read.
public enum WordDocumentReader {
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws -> WordDocument {
        try read(data: try InputFile.read(path: path, maxSize: options.maxFileSize), file: path, options: options)
    }

    public static func read(data: Data, file: String, options: ReadOptions = ReadOptions()) throws -> WordDocument {
        let package = try OPCPackage(data: data, file: file, limits: options.zip, xmlOptions: options.xml,
                                     maxRelationships: options.document.maxRelationshipsPerPart)
        return try read(package: package, limits: options.document, reusesSharedParts: options.reusesSharedParts)
    }

    public static func read(package: OPCPackage, limits: DocumentLimits = .default, reusesSharedParts: Bool = true) throws -> WordDocument {
        let file = package.file
        let mainPart = try package.mainDocumentPart()
        if let type = package.contentType(of: mainPart), !OPCPackage.isWordMainContentType(type) {
            throw DocumentError(file: file, reason: .noMainDocument, message: "is not a Word document: its main part '\(mainPart)' has content type \(type)")
        }
        var warnings: [String] = []
        let relationships = try package.relationships(of: mainPart)
        /// The parts of one kind, each read once however many relationships name it (a
        /// crafted package can point thousands at one part), at most `limit` of them.
        func optionalParts<T>(_ kind: String, limit: Int, _ read: (String, Data) throws -> T) -> [(part: String, value: T)] {
            var seen = Set<String>()
            var targets: [String] = []
            for relationship in relationships where relationship.kind == kind && !relationship.isExternal {
                guard seen.insert(PartName.key(relationship.target)).inserted else { continue }
                guard targets.count < limit else {
                    warnings.append("the document names more than \(limit) \(kind) parts; read the first \(limit)")
                    break
                }
                targets.append(relationship.target)
            }
            return targets.compactMap { target in
                guard package.contains(target) else {
                    warnings.append("the \(kind) part '\(target)' is missing")
                    return nil
                }
                do {
                    return (target, try read(target, try package.data(of: target)))
                } catch {
                    warnings.append("the \(kind) part could not be read: \(DocumentError.from(error, file: file, part: target).message)")
                    return nil
                }
            }
        }
        /// The one part of a kind the document uses (styles, numbering, comments): the first named.
        func optionalPart<T>(_ kind: String, _ read: (String, Data) throws -> T) -> T? {
            optionalParts(kind, limit: 1, read).first?.value
        }

        /// A part forms share with their template, parsed once per distinct content.
        func sharedPart<T>(_ kind: String, _ cache: SharedPartCache<T>, _ read: @escaping (XMLStreamReader) throws -> T) -> T? {
            optionalPart(kind) { part, bytes in
                let parse = { try read(try package.reader(for: part, bytes: bytes)) }
                return reusesSharedParts ? try cache.value(for: bytes, crc32: package.entry(of: part)?.crc32 ?? 0, parse: parse) : try parse()
            }
        }
        let styles = sharedPart("styles", SharedParts.styles, StyleSheet.read) ?? StyleSheet()
        let numbering = sharedPart("numbering", SharedParts.numbering, NumberingDefinitions.read) ?? NumberingDefinitions()
        warnings += styles.warnings + numbering.warnings
        func story(_ part: String, _ bytes: Data) throws -> StoryResult {
            let rels = (try? package.relationships(of: part)) ?? []
            var parser = StoryParser(part: part, styles: styles, numbering: numbering, relationships: rels, limits: limits)
            return try parser.parse(try package.reader(for: part, bytes: bytes))
        }

        let main: StoryResult
        do {
            main = try story(mainPart, try package.data(of: mainPart))
        } catch {
            throw DocumentError.from(error, file: file, part: mainPart)
        }
        guard let root = main.rootNamespace, WordNamespace.isWord(root) else {
            throw DocumentError(file: file, reason: .noMainDocument, message: "its main part '\(mainPart)' is not WordprocessingML")
        }

        var document = WordDocument(
            file: file, conformance: root == WordNamespace.strict ? .strict : .transitional,
            main: Story(part: mainPart, kind: .main, blocks: main.blocks))
        var results = [main]
        for (kind, storyKind) in [("header", Story.Kind.header), ("footer", .footer), ("footnotes", .footnotes), ("endnotes", .endnotes)] {
            let limit = storyKind == .header || storyKind == .footer ? limits.maxHeaderOrFooterParts : 1
            for (part, parsed) in optionalParts(kind, limit: limit, story) {
                let stored = Story(part: part, kind: storyKind, blocks: parsed.blocks)
                switch storyKind {
                case .header: document.headers.append(stored)
                case .footer: document.footers.append(stored)
                default: document.notes.append(stored)
                }
                results.append(parsed)
            }
        }
        for parsed in results {
            document.contentControls += parsed.contentControls
            document.formFields += parsed.formFields
            document.checkBoxes += parsed.checkBoxes
            document.revisions += parsed.revisions
            document.hyperlinks += parsed.hyperlinks
            warnings += parsed.warnings
        }
        let comments = optionalPart("comments") { try CommentsPart.read(try package.reader(for: $0, bytes: $1), limit: limits.maxComments) }
        warnings += comments?.warnings ?? []
        document.comments = (comments?.comments ?? []).map { comment in
            var comment = comment
            if let anchor = main.commentAnchors[comment.id] {
                comment.anchor = anchor.location
                comment.anchorText = anchor.text
            } else {
                comment.anchor = main.commentReferences[comment.id]
            }
            return comment
        }
        // The package's own warnings last: relationships are read (and may warn) as parts are.
        document.warnings = package.warnings + warnings
        return document
    }
}
