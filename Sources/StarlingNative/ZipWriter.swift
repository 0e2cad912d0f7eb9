import Foundation
internal import CLibZip

/// Writes a new zip archive with libzip. Used for annotated copies and test fixtures;
/// it only ever writes the one path it is given.
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
            guard zip_close(za) == 0 else { throw failure(za, "cannot write '\(path)'") }
        } catch {
            zip_discard(za)
            throw error
        }
    }

    /// Builds an archive in memory (via a private temporary file) and returns its bytes.
    public static func data(_ entries: [Entry]) throws -> Data {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("starling-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(entries, to: url.path)
        return try Data(contentsOf: url)
    }

    private static func failure(_ za: OpaquePointer, _ what: String) -> ZipError {
        let error = zip_get_error(za)
        return ZipError(.library, code: zip_error_code_zip(error), message: "\(what): \(String(cString: zip_error_strerror(error)))")
    }
}
