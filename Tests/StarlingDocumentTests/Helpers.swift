import Foundation
import StarlingDocument
import StarlingNative
import StarlingTestSupport
import Testing

/// Builds a .docx from `body` (inner XML of `w:body`) plus parts, and reads it.
func readDocx(_ body: String, parts: [DocxBuilder.Part] = [], strict: Bool = false, file: String = "test.docx") throws -> WordDocument {
    var builder = DocxBuilder(body: body, strict: strict)
    builder.parts = parts
    return try WordDocumentReader.read(data: try builder.data(), file: file)
}

func readDocx(_ builder: DocxBuilder, file: String = "test.docx", options: ReadOptions = ReadOptions()) throws -> WordDocument {
    try WordDocumentReader.read(data: try builder.data(), file: file, options: options)
}

/// A paragraph with one run of text.
func para(_ text: String, properties: String = "") -> String {
    "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
}

/// A run of text.
func run(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }

/// The DocumentError thrown by `body`; records an issue if it throws something else or nothing.
func documentError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> DocumentError? {
    do {
        try body()
        Issue.record("expected a DocumentError, but reading succeeded", sourceLocation: sourceLocation)
        return nil
    } catch let error as DocumentError {
        return error
    } catch {
        Issue.record("expected a DocumentError, got \(type(of: error)): \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

extension WordDocument {
    /// Top-level tables of the main story.
    var tables: [Table] { main.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } } }
}

/// Paths in the repository, found from this file so tests run from any folder.
enum Repository {
    static let root: URL? = RepositoryRoot.url

    /// `../shared/corpora/public-docx` next to the repository.
    /// The public corpus: `$STARLING_CORPUS`, else `../shared/corpora/public-docx` beside the
    /// repository (where the project's workspace keeps it). It is other projects' test data
    /// (pandoc's is GPL), so it is not copied into this repository.
    static var publicCorpus: URL? {
        if let explicit = ProcessInfo.processInfo.environment["STARLING_CORPUS"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        guard let url = root?.deletingLastPathComponent().appendingPathComponent("shared/corpora/public-docx").standardizedFileURL,
              FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }
}
