/// Maps libxml2's interned name pointers to Swift strings and small integer tokens.
/// Open addressing on the pointer's bits: the reader looks up two names per element, and
/// SipHash through `Dictionary` showed up in profiles as a real share of parse time.
struct NameTable {
    private var keys: [UnsafeRawPointer?]
    private var values: [Int]
    /// Token → string; token 0 is the empty string (no namespace).
    private(set) var strings: [String] = [""]

    init(capacity: Int = 512) {
        keys = Array(repeating: nil, count: capacity)
        values = Array(repeating: 0, count: capacity)
    }

    /// The token for a pointer already seen (read-only, so the hot path never copies).
    func lookup(_ pointer: UnsafeRawPointer) -> Int? {
        let mask = keys.count - 1
        var slot = Int(bitPattern: UInt(bitPattern: pointer) >> 3) & mask
        while let key = keys[slot] {
            if key == pointer { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The token for a pointer, making its string on first sight.
    mutating func token(for pointer: UnsafeRawPointer, make: () -> String) -> Int {
        var mask = keys.count - 1
        var slot = Int(bitPattern: UInt(bitPattern: pointer) >> 3) & mask
        while let key = keys[slot] {
            if key == pointer { return values[slot] }
            slot = (slot + 1) & mask
        }
        if strings.count * 2 > keys.count {
            grow()
            mask = keys.count - 1
            slot = Int(bitPattern: UInt(bitPattern: pointer) >> 3) & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
        }
        let token = strings.count
        strings.append(make())
        keys[slot] = pointer
        values[slot] = token
        return token
    }

    private mutating func grow() {
        let old = zip(keys, values).compactMap { key, value in key.map { ($0, value) } }
        keys = Array(repeating: nil, count: keys.count * 2)
        values = Array(repeating: 0, count: keys.count)
        let mask = keys.count - 1
        for (key, value) in old {
            var slot = Int(bitPattern: UInt(bitPattern: key) >> 3) & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
