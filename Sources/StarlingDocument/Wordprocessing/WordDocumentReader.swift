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
        let package = try OPCPackage(data: data, file: file, limits: options.zip, xmlOptions: options.xml)
        return try read(package: package)
    }

    public static func read(package: OPCPackage) throws -> WordDocument {
        let file = package.file
        let mainPart = try package.mainDocumentPart()
        if let type = package.contentType(of: mainPart), !OPCPackage.isWordMainContentType(type) {
            throw DocumentError(file: file, reason: .noMainDocument, message: "is not a Word document: its main part '\(mainPart)' has content type \(type)")
        }
        var warnings = package.warnings
        let relationships = try package.relationships(of: mainPart)
        func optionalPart<T>(_ kind: String, _ read: (String, XMLStreamReader) throws -> T) -> [(part: String, value: T)] {
            relationships.filter { $0.kind == kind && !$0.isExternal }.compactMap { relationship in
                guard package.contains(relationship.target) else {
                    warnings.append("the \(kind) part '\(relationship.target)' is missing")
                    return nil
                }
                do {
                    let reader = try package.reader(for: relationship.target)
                    return (relationship.target, try read(relationship.target, reader))
                } catch {
                    warnings.append("the \(kind) part could not be read: \(DocumentError.from(error, file: file, part: relationship.target).message)")
                    return nil
                }
            }
        }

        let styles = optionalPart("styles") { try StyleSheet.read($1) }.first?.value ?? StyleSheet()
        let numbering = optionalPart("numbering") { try NumberingDefinitions.read($1) }.first?.value ?? NumberingDefinitions()
        func story(_ part: String, _ reader: XMLStreamReader) throws -> StoryResult {
            let rels = (try? package.relationships(of: part)) ?? []
            var parser = StoryParser(part: part, styles: styles, numbering: numbering, relationships: rels)
            return try parser.parse(reader)
        }

        let main: StoryResult
        do {
            main = try story(mainPart, try package.reader(for: mainPart))
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
            for (part, parsed) in optionalPart(kind, story) {
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
        }
        document.comments = (optionalPart("comments") { try CommentsPart.read($1) }.first?.value ?? []).map { comment in
            var comment = comment
            if let anchor = main.commentAnchors[comment.id] {
                comment.anchor = anchor.location
                comment.anchorText = anchor.text
            } else {
                comment.anchor = main.commentReferences[comment.id]
            }
            return comment
        }
        document.warnings = warnings
        return document
    }
}
