/// The comment ranges open in a story (`w:commentRangeStart` seen, its end not yet) and the
/// text they cover. The text is kept once, in one buffer shared by every open range, and
/// each range remembers only where in it it starts: appending a run costs the same however
/// many ranges are open. A range keeps at most `maxText` bytes of what it covers, and at
/// most `maxOpen` ranges are open at once, so a crafted story (thousands of ranges never
/// closed, each over the whole document) costs work and memory linear in its size.
struct CommentRanges {
    struct Anchor {
        var location: Location
        var text: String
    }

    let maxOpen: Int
    let maxText: Int
    /// Accepted text (UTF-8) since the oldest open range started; emptied when none is open.
    private(set) var buffer: [UInt8] = []
    private var open: [String: (location: Location, start: Int)] = [:]
    /// Where the most recently started range starts: no open range starts later.
    private var latestStart = 0
    /// Ranges not opened because `maxOpen` were already open.
    private(set) var refused = 0

    init(maxOpen: Int, maxText: Int) {
        self.maxOpen = maxOpen
        self.maxText = maxText
    }

    var isEmpty: Bool { open.isEmpty }
    var openCount: Int { open.count }

    /// Starts range `id` here. False when too many are open (the range is then not anchored).
    mutating func start(_ id: String, at location: Location) -> Bool {
        guard open[id] != nil || open.count < maxOpen else {
            refused += 1
            return false
        }
        open[id] = (location, buffer.count)
        latestStart = buffer.count
        return true
    }

    /// Text read inside every open range.
    mutating func append(_ text: String) {
        guard !open.isEmpty else { return }
        // No open range keeps more than `maxText` bytes from its start, so the buffer
        // need not grow past that from the latest start.
        let room = latestStart + maxText - buffer.count
        guard room > 0 else { return }
        let utf8 = text.utf8
        guard utf8.count > room else { buffer.append(contentsOf: utf8); return }
        var cut = utf8.index(utf8.startIndex, offsetBy: room)
        while cut > utf8.startIndex, utf8[cut] & 0xC0 == 0x80 { cut = utf8.index(before: cut) }  // not inside a character
        buffer.append(contentsOf: utf8[..<cut])
    }

    /// Ends range `id`: where it started and the (bounded) text it covers. Nil if it was never opened.
    mutating func end(_ id: String) -> Anchor? {
        guard let range = open.removeValue(forKey: id) else { return nil }
        var end = min(buffer.count, range.start + maxText)
        // Cut on a character boundary: back off continuation bytes (10xxxxxx).
        while end < buffer.count, end > range.start, buffer[end] & 0xC0 == 0x80 { end -= 1 }
        let text = String(decoding: buffer[range.start..<end], as: UTF8.self)
        if open.isEmpty {
            buffer.removeAll(keepingCapacity: true)
            latestStart = 0
        }
        return Anchor(location: range.location, text: text)
    }
}
