/// A whole number read from an untrusted file (an attribute, a cell reference), held to the
/// range its format allows. `Int("…")` is not enough: it accepts anything up to `Int.max`,
/// and arithmetic on such a value traps the process; every number a file gives us goes
/// through here instead, and the caller decides what an out-of-range value means
/// (clamp it, or ignore it) and says so in a warning.
public enum BoundedInteger: Equatable, Sendable {
    /// Written as a whole number inside the range.
    case valid(Int)
    /// Written as a whole number outside the range (however many digits): the nearest bound.
    case outOfRange(nearest: Int)
    /// Not a whole number at all (empty, letters, a fraction).
    case notANumber

    /// Reads `text` as XML Schema writes integers (optional sign, ASCII digits, surrounding
    /// white space allowed) without ever overflowing.
    public init(_ text: some StringProtocol, in range: ClosedRange<Int>) {
        var bytes = Substring(text).utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { bytes = bytes.dropLast() }
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { self = .notANumber; return }
        // Stop growing at 10^17 (the next step stays below 10^18, well inside Int): anything
        // that large is out of every range a file format uses, and more digits only make it larger.
        let ceiling = 100_000_000_000_000_000
        var magnitude = 0
        for byte in bytes {
            guard (0x30...0x39).contains(byte) else { self = .notANumber; return }
            if magnitude < ceiling { magnitude = magnitude * 10 + Int(byte - 0x30) }
        }
        let value = negative ? -magnitude : magnitude
        if range.contains(value) {
            self = .valid(value)
        } else {
            self = .outOfRange(nearest: value < range.lowerBound ? range.lowerBound : range.upperBound)
        }
    }

    /// The value when it was written inside the range.
    public var value: Int? {
        if case .valid(let value) = self { return value }
        return nil
    }

    /// The value held to the range: out-of-range values become the nearest bound.
    public var clamped: Int? {
        switch self {
        case .valid(let value), .outOfRange(let value): value
        case .notANumber: nil
        }
    }
}
