import Foundation
internal import CLibZip

/// Writes a new zip archive with libzip, to a file or in memory. Used for annotated copies
/// and test fixtures; it only ever writes the one path it is given.
public enum ZipWriter {
    public struct Entry: Sendable {
        public let name: String
        public let data: Data
        /// Store rather than deflate (e.g. for a `mimetype` entry or already-compressed media).
        public let stored: Bool
        public init(name: String, data: Data, stored: Bool = false) {
            self.name = name
            self.data = data
            self.stored = stored
        }
    }

    /// Writes `entries`, in order, to a new archive at `path`, replacing any file there.
    public static func write(_ entries: [Entry], to path: String) throws {
        var code: Int32 = 0
        guard let za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw ZipError(.library, code: code, message: "cannot create '\(path)': \(String(cString: zip_error_strerror(&error)))")
        }
        try fill(za, with: entries, closingAs: "'\(path)'")
    }

    /// Builds an archive in memory (a libzip buffer source, no file) and returns its bytes.
    public static func data(_ entries: [Entry]) throws -> Data {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ZipError(.library, code: zip_error_code_zip(&error), message: "cannot create an archive in memory: \(String(cString: zip_error_strerror(&error)))")
        }
        guard let za = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)  // the caller's to free when the open fails (as zip_open does)
            throw ZipError(.library, code: zip_error_code_zip(&error), message: "cannot create an archive in memory: \(String(cString: zip_error_strerror(&error)))")
        }
        // Kept past zip_close, which writes the archive into it and would otherwise free it.
        zip_source_keep(source)
        defer { zip_source_free(source) }
        try fill(za, with: entries, closingAs: "the archive in memory")
        guard zip_source_open(source) == 0 else { throw sourceFailure(source) }
        defer { zip_source_close(source) }
        var bytes = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, zip_uint64_t($0.count)) }
            if count < 0 { throw sourceFailure(source) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<Int(count)])
        }
        return bytes
    }

    /// Adds the entries and closes (writes) the archive; discards it on failure.
    private static func fill(_ za: OpaquePointer, with entries: [Entry], closingAs name: String) throws {
        // libzip reads the buffers at zip_close, so they must stay alive until then.
        var buffers: [UnsafeMutableRawPointer] = []
        defer { buffers.forEach { free($0) } }
        do {
            for entry in entries {
                let size = entry.data.count
                let buffer = malloc(max(size, 1))!
                buffers.append(buffer)
                entry.data.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: size)
                guard let source = zip_source_buffer(za, buffer, zip_uint64_t(size), 0) else {
                    throw failure(za, "cannot add '\(entry.name)'")
                }
                let index = zip_file_add(za, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE))
                if index < 0 {
                    zip_source_free(source)
                    throw failure(za, "cannot add '\(entry.name)'")
                }
                let method = entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
                _ = zip_set_file_compression(za, zip_uint64_t(index), method, 0)
            }
            guard zip_close(za) == 0 else { throw failure(za, "cannot write \(name)") }
        } catch {
            zip_discard(za)
            throw error
        }
    }

    private static func sourceFailure(_ source: OpaquePointer) -> ZipError {
        let error = zip_source_error(source)
        return ZipError(.library, code: zip_error_code_zip(error), message: "cannot read the archive back from memory: \(String(cString: zip_error_strerror(error)))")
    }

    private static func failure(_ za: OpaquePointer, _ what: String) -> ZipError {
        let error = zip_get_error(za)
        return ZipError(.library, code: zip_error_code_zip(error), message: "\(what): \(String(cString: zip_error_strerror(error)))")
    }
}
