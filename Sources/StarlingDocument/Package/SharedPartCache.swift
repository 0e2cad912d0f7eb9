import Foundation
import StarlingNative

/// Parts that forms made from one template share byte for byte (the style sheet, the
/// numbering definitions), parsed once per distinct content and reused. A migration of
/// thousands of forms from a few templates otherwise parses the same 300 KB style sheet
/// thousands of times: on forms from python-docx's default template that was most of
/// import's time.
///
/// Keyed by what the zip directory gives for free (CRC-32 and size) and confirmed with the
/// bytes, so two different parts that collide on both are never confused. Bounded in
/// entries and in the bytes it holds, least recently used out first, whatever the number of
/// templates. Shared by the threads of one process; each worker process has its own.
final class SharedPartCache<Value: Sendable>: @unchecked Sendable {
    private struct Key: Hashable {
        let crc32: UInt32
        let size: Int
    }
    private struct Entry {
        let bytes: Data
        let value: Value
        var lastUse: Int
    }

    let maxEntries: Int
    let maxBytes: Int
    private let lock = NSLock()
    private var entries: [Key: [Entry]] = [:]
    private var heldBytes = 0
    private var clock = 0
    /// Parses avoided and done, for tests and the benchmarks.
    private(set) var hits = 0
    private(set) var misses = 0

    init(maxEntries: Int = 16, maxBytes: Int = 32 << 20) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    /// The value parsed from `bytes` before, or `parse()`'s, kept for next time when it fits.
    /// A parse that throws is not kept.
    func value(for bytes: Data, crc32: UInt32, parse: () throws -> Value) rethrows -> Value {
        let key = Key(crc32: crc32, size: bytes.count)
        if let value = lookUp(key, bytes) { return value }
        let value = try parse()
        store(key, bytes, value)
        return value
    }

    var count: Int { lock.withLock { storedCount } }
    /// Call with the lock held.
    private var storedCount: Int { entries.values.reduce(0) { $0 + $1.count } }

    private func lookUp(_ key: Key, _ bytes: Data) -> Value? {
        lock.withLock {
            clock += 1
            guard let index = entries[key]?.firstIndex(where: { $0.bytes == bytes }) else {
                misses += 1
                return nil
            }
            hits += 1
            entries[key]![index].lastUse = clock
            return entries[key]![index].value
        }
    }

    private func store(_ key: Key, _ bytes: Data, _ value: Value) {
        // A part larger than the whole budget is parsed every time rather than evict everything.
        guard bytes.count <= maxBytes, maxEntries > 0 else { return }
        lock.withLock {
            if entries[key]?.contains(where: { $0.bytes == bytes }) == true { return }
            while storedCount >= maxEntries || heldBytes + bytes.count > maxBytes { evictOldest() }
            entries[key, default: []].append(Entry(bytes: bytes, value: value, lastUse: clock))
            heldBytes += bytes.count
        }
    }

    /// Call with the lock held.
    private func evictOldest() {
        guard let (key, index) = entries.flatMap({ key, list in list.indices.map { (key, $0) } })
            .min(by: { entries[$0.0]![$0.1].lastUse < entries[$1.0]![$1.1].lastUse }) else { return }
        heldBytes -= entries[key]![index].bytes.count
        entries[key]!.remove(at: index)
        if entries[key]!.isEmpty { entries[key] = nil }
    }
}

/// The process's caches of the parts the document model reads from every form.
enum SharedParts {
    static let styles = SharedPartCache<StyleSheet>()
    static let numbering = SharedPartCache<NumberingDefinitions>()
}
