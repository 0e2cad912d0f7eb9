import Foundation
internal import CLibZip

/// One entry of a zip archive, as its central directory describes it.
public struct ZipEntry: Sendable, Equatable {
    public let index: Int
    public let name: String
    /// The size the archive claims; reading never trusts it.
    public let declaredSize: Int
    public let compressedSize: Int
    /// The CRC-32 the central directory gives (0 when it gives none): with the size, a free
    /// first guess at whether two packages carry the same part (see `SharedPartCache`).
    public let crc32: UInt32
}

/// A zip archive opened read-only with libzip. Owns its `zip_t`; closes it on deinit.
/// Not thread-safe: use one archive per task.
public final class ZipArchive {
    private let handle: OpaquePointer
    public let entries: [ZipEntry]
    public let limits: ZipLimits
    private var totalRead = 0
    /// One uninitialised read buffer per archive, reused for every entry.
    private let chunk = 64 << 10
    private lazy var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)

    /// Opens the archive at `path`. Throws `ZipError` naming what is wrong.
    public init(path: String, limits: ZipLimits = .default) throws {
        var code: Int32 = 0
        guard let za = zip_open(path, ZIP_RDONLY, &code) else {
            throw ZipArchive.openError(code: code)
        }
        self.handle = za
        self.limits = limits
        do {
            self.entries = try ZipArchive.listEntries(za, limits: limits)
        } catch {
            zip_discard(za)
            throw error
        }
    }

    /// Opens an archive held in memory (the bytes are copied and owned by the archive).
    public init(data: Data, limits: ZipLimits = .default) throws {
        let size = data.count
        guard let buffer = malloc(max(size, 1)) else {
            throw ZipError(.library, message: "out of memory")
        }
        data.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: size)
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        // freep = 1: libzip frees the buffer when the source is released.
        guard let source = zip_source_buffer_create(buffer, zip_uint64_t(size), 1, &error) else {
            free(buffer)
            throw ZipArchive.openError(code: zip_error_code_zip(&error))
        }
        guard let za = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            throw ZipArchive.openError(code: zip_error_code_zip(&error))
        }
        self.handle = za
        self.limits = limits
        do {
            self.entries = try ZipArchive.listEntries(za, limits: limits)
        } catch {
            zip_discard(za)
            throw error
        }
    }

    deinit {
        zip_discard(handle)
        buffer.deallocate()
    }

    /// The entry with exactly this name, if any.
    public func entry(named name: String) -> ZipEntry? {
        entries.first { $0.name == name }
    }

    /// Inflates one entry into memory, stopping at the limits rather than trusting declared sizes.
    public func read(_ entry: ZipEntry) throws -> Data {
        guard let file = zip_fopen_index(handle, zip_uint64_t(entry.index), 0) else {
            throw ZipArchive.lastError(handle, entry: entry.name)
        }
        defer { zip_fclose(file) }
        let cap = min(limits.maxEntrySize, limits.maxTotalSize - totalRead)
        var data = Data()
        data.reserveCapacity(min(max(entry.declaredSize, 0), cap, 16 << 20))
        let buffer = self.buffer
        while true {
            let n = zip_fread(file, buffer.baseAddress, zip_uint64_t(chunk))
            if n < 0 {
                let message = String(cString: zip_file_strerror(file))
                throw ZipError(.library, message: "cannot inflate '\(entry.name)': \(message)")
            }
            if n == 0 { break }
            data.append(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: Int(n))
            if data.count > cap {
                let which = cap == limits.maxEntrySize ? "per-part limit of \(limits.maxEntrySize) bytes" : "total limit of \(limits.maxTotalSize) bytes"
                throw ZipError(.limitExceeded, message: "'\(entry.name)' inflates past the \(which) (zip bomb?)")
            }
            if data.count > limits.ratioThreshold, entry.compressedSize > 0,
               data.count / entry.compressedSize > limits.maxCompressionRatio {
                throw ZipError(.limitExceeded, message: "'\(entry.name)' has a compression ratio over \(limits.maxCompressionRatio):1 (zip bomb?)")
            }
        }
        totalRead += data.count
        return data
    }

    /// Reads an entry by name.
    public func read(named name: String) throws -> Data {
        guard let entry = entry(named: name) else {
            throw ZipError(.noSuchEntry, message: "no part named '\(name)'")
        }
        return try read(entry)
    }

    private static func listEntries(_ za: OpaquePointer, limits: ZipLimits) throws -> [ZipEntry] {
        let count = zip_get_num_entries(za, 0)
        guard count >= 0 else { throw lastError(za, entry: nil) }
        guard count <= limits.maxEntries else {
            throw ZipError(.limitExceeded, message: "the archive lists \(count) entries, over the limit of \(limits.maxEntries)")
        }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(count))
        for i in 0..<count {
            var st = zip_stat_t()
            zip_stat_init(&st)
            guard zip_stat_index(za, zip_uint64_t(i), 0, &st) == 0 else { throw lastError(za, entry: nil) }
            if st.valid & zip_uint64_t(ZIP_STAT_ENCRYPTION_METHOD) != 0, st.encryption_method != ZIP_EM_NONE {
                throw ZipError(.encryptedEntry, message: "entry \(i) is encrypted")
            }
            let name = st.name.map { ZipArchive.decodeName($0) } ?? ""
            entries.append(ZipEntry(
                index: Int(i), name: name,
                declaredSize: Int(clamping: st.size), compressedSize: Int(clamping: st.comp_size),
                crc32: st.valid & zip_uint64_t(ZIP_STAT_CRC) != 0 ? st.crc : 0))
        }
        return entries
    }

    /// Entry names are UTF-8 in practice; anything else is kept readable rather than dropped.
    private static func decodeName(_ cName: UnsafePointer<CChar>) -> String {
        String(validatingCString: cName) ?? String(decoding: Data(bytes: cName, count: strlen(cName)), as: UTF8.self)
    }

    private static func openError(code: Int32) -> ZipError {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        let message = String(cString: zip_error_strerror(&error))
        switch code {
        case ZIP_ER_NOZIP, ZIP_ER_INCONS, ZIP_ER_EOF, ZIP_ER_READ, ZIP_ER_SEEK, ZIP_ER_CRC:
            return ZipError(.notAZip, code: code, message: "not a readable zip archive (\(message))")
        case ZIP_ER_NOENT:
            return ZipError(.library, code: code, message: "no such file")
        case ZIP_ER_OPEN:
            return ZipError(.library, code: code, message: "cannot open the file (\(message))")
        default:
            return ZipError(.library, code: code, message: message)
        }
    }

    private static func lastError(_ za: OpaquePointer, entry: String?) -> ZipError {
        let error = zip_get_error(za)
        let code = zip_error_code_zip(error)
        let message = String(cString: zip_error_strerror(error))
        let prefix = entry.map { "'\($0)': " } ?? ""
        let kind: ZipError.Kind = (code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_NOPASSWD) ? .encryptedEntry : .library
        return ZipError(kind, code: code, message: prefix + message)
    }
}
