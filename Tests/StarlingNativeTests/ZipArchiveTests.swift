import Foundation
import StarlingNative
import StarlingTestSupport
import Testing

@Suite("ZipArchive: reading entries and enforcing limits")
struct ZipArchiveTests {
    private func zip(_ entries: [(String, Data)]) throws -> Data {
        try RawZip.data(entries.map { (name: $0.0, data: $0.1) })
    }

    private func limitError(_ body: () throws -> Void) -> ZipError? {
        do {
            try body()
            return nil
        } catch let error as ZipError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    @Test func readsEntriesBackByteForByte() throws {
        let binary = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let archive = try ZipArchive(data: try zip([("a.txt", Data("hello".utf8)), ("dir/b.bin", binary)]))
        #expect(archive.entries.map(\.name) == ["a.txt", "dir/b.bin"])
        #expect(archive.entries.map(\.index) == [0, 1])
        #expect(archive.entries[1].declaredSize == 5000)
        #expect(try archive.read(named: "a.txt") == Data("hello".utf8))
        #expect(try archive.read(archive.entries[1]) == binary)
        #expect(archive.entry(named: "missing") == nil)
    }

    @Test func emptyEntryReadsAsEmptyData() throws {
        let archive = try ZipArchive(data: try zip([("empty", Data())]))
        #expect(try archive.read(named: "empty").isEmpty)
    }

    @Test func missingEntryIsNoSuchEntry() throws {
        let archive = try ZipArchive(data: try zip([("a", Data("x".utf8))]))
        let error = limitError { _ = try archive.read(named: "b") }
        #expect(error?.kind == .noSuchEntry)
        #expect(error?.message.contains("'b'") == true)
    }

    @Test func entryNamesAreCaseSensitiveAtThisLayer() throws {
        // Two entries whose names differ only in case both survive; OPC refuses them later.
        let archive = try ZipArchive(data: try zip([("word/document.xml", Data("1".utf8)), ("Word/Document.xml", Data("2".utf8))]))
        #expect(archive.entries.count == 2)
        #expect(try archive.read(named: "Word/Document.xml") == Data("2".utf8))
    }

    @Test(arguments: [Data("just some text, not a zip".utf8), Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0])])
    func notAZip(data: Data) {
        let error = limitError { _ = try ZipArchive(data: data) }
        #expect(error?.kind == .notAZip)
    }

    @Test func truncatedZipIsRefused() throws {
        let whole = try zip([("a.txt", Data(repeating: 65, count: 1000))])
        let error = limitError { _ = try ZipArchive(data: whole.prefix(whole.count / 2)) }
        #expect(error?.kind == .notAZip)
    }

    @Test func openingFromPathReadsTheSameEntries() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: url) }
        try ZipWriter.write([.init(name: "x.xml", data: Data("<x/>".utf8)), .init(name: "m", data: Data("s".utf8), stored: true)], to: url.path)
        let archive = try ZipArchive(path: url.path)
        #expect(archive.entries.map(\.name) == ["x.xml", "m"])
        #expect(try archive.read(named: "m") == Data("s".utf8))
    }

    @Test func missingPathIsAnError() {
        let error = limitError { _ = try ZipArchive(path: "/nonexistent/\(UUID().uuidString).zip") }
        #expect(error != nil)
        #expect(error?.kind != .limitExceeded)
    }

    // MARK: Limits

    @Test func tooManyEntries() throws {
        let data = try zip((0..<6).map { ("e\($0)", Data("x".utf8)) })
        #expect(try ZipArchive(data: data, limits: ZipLimits(maxEntries: 6)).entries.count == 6)
        let error = limitError { _ = try ZipArchive(data: data, limits: ZipLimits(maxEntries: 5)) }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.contains("6 entries") == true)
    }

    @Test func entryOverMaxEntrySize() throws {
        let data = try zip([("small", Data(repeating: 1, count: 100)), ("big", Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 251) }))])
        let archive = try ZipArchive(data: data, limits: ZipLimits(maxEntrySize: 100_000))
        #expect(try archive.read(named: "small").count == 100)
        let error = limitError { _ = try archive.read(named: "big") }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.contains("'big'") == true)
        #expect(error?.message.contains("per-part") == true)
    }

    @Test func declaredSizeIsNotTrusted() throws {
        // The limit is enforced on inflated bytes: an entry exactly at the limit reads.
        let data = try zip([("exact", Data(repeating: 7, count: 65_536))])
        let archive = try ZipArchive(data: data, limits: ZipLimits(maxEntrySize: 65_536))
        #expect(try archive.read(named: "exact").count == 65_536)
    }

    @Test func totalOverMaxTotalSize() throws {
        let part = Data((0..<150_000).map { UInt8(truncatingIfNeeded: $0 % 253) })
        let data = try zip([("one", part), ("two", part)])
        let archive = try ZipArchive(data: data, limits: ZipLimits(maxEntrySize: 200_000, maxTotalSize: 250_000))
        #expect(try archive.read(named: "one").count == 150_000)
        let error = limitError { _ = try archive.read(named: "two") }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.contains("total") == true)
    }

    @Test func compressionRatioOverLimit() throws {
        // 2 MB of one byte deflates to a few KB: a ratio of several hundred to one.
        let data = try zip([("bomb.xml", RawZip.compressible(2 << 20))])
        let archive = try ZipArchive(data: data, limits: ZipLimits(maxCompressionRatio: 50, ratioThreshold: 256 << 10))
        let entry = try #require(archive.entry(named: "bomb.xml"))
        #expect(entry.compressedSize > 0 && entry.declaredSize / entry.compressedSize > 50)
        let error = limitError { _ = try archive.read(entry) }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.contains("compression ratio") == true)
    }

    @Test func compressionRatioIgnoredBelowThreshold() throws {
        // The same ratio under the threshold is ordinary well-compressed XML.
        let data = try zip([("small.xml", RawZip.compressible(200_000))])
        let archive = try ZipArchive(data: data, limits: ZipLimits(maxCompressionRatio: 50, ratioThreshold: 1 << 20))
        #expect(try archive.read(named: "small.xml").count == 200_000)
    }

    @Test func defaultLimitsStopARealZipBomb() throws {
        // 64 MB of spaces compresses about 1000:1, far over the default ratio of 200.
        let data = try zip([("word/document.xml", RawZip.compressible(64 << 20))])
        #expect(data.count < 1 << 20)
        let archive = try ZipArchive(data: data)
        let error = limitError { _ = try archive.read(named: "word/document.xml") }
        #expect(error?.kind == .limitExceeded)
    }
}
