extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing white space (new lines included). Native
    /// Swift rather than Foundation's `trimmingCharacters`, which bridges through NSString
    /// and dominated the mapper's profile; ASCII ends are trimmed on the UTF-8 bytes, so
    /// long statements are not walked character by character.
    var trimmedWhitespace: String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, Self.isASCIISpace(bytes[start]) { start = bytes.index(after: start) }
        while start < end, Self.isASCIISpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == end { return "" }
        if bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 { return String(self[start..<end]) }
        // A non-ASCII end (a no-break space, a combining mark): decide by characters.
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
