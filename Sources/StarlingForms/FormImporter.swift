import Foundation
import StarlingDocument
import StarlingNative
import StarlingSchema

/// Imports one file — Word or XML — into a record. The single entry point the CLI, the
/// validator and the migration share, so every path reads a file the same way.
public struct FormImporter: Sendable {
    public let schema: StarlingSchema
    public let options: ReadOptions
    private let mapper: FormMapper
    private let xml: XMLFormMapper

    public init(schema: StarlingSchema, options: ReadOptions = ReadOptions()) throws {
        self.schema = schema
        self.options = options
        self.mapper = FormMapper(schema: schema)
        self.xml = try XMLFormMapper(schema: schema)
    }

    /// The record, or a `DocumentError` naming the file and what is wrong with it.
    public func importFile(at path: String) throws -> ImportedForm {
        let data = try InputFile.read(path: path, maxSize: options.maxFileSize)
        return try importData(data, file: path)
    }

    /// `sha256`: the bytes' hash when the caller has already worked it out (the migration
    /// hashes every file first, to skip unchanged ones).
    public func importData(_ data: Data, file: String, sha256: String? = nil) throws -> ImportedForm {
        let sha = sha256 ?? ContentHash.sha256Hex(data)
        if Self.looksLikeXML(data, file: file) {
            return try xml.map(data: data, file: file, sha256: sha, options: options)
        }
        let document = try WordDocumentReader.read(data: data, file: file, options: options)
        var record = mapper.map(document, sha256: sha)
        record.warnings += document.warnings.map { RecordWarning(field: "document", message: $0, written: nil, location: nil) }
        return ImportedForm(record: record, document: document, xml: nil)
    }

    static func looksLikeXML(_ data: Data, file: String) -> Bool {
        if file.lowercased().hasSuffix(".xml") { return true }
        let head = data.prefix(64).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return head.first == UInt8(ascii: "<")
    }
}

/// A record with the model it was read from, for rules that look at the document itself.
public struct ImportedForm: Sendable {
    public var record: FormRecord
    public var document: WordDocument?
    public var xml: XMLFormDocument?
}
