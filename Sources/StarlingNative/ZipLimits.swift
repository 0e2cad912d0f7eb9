/// Safety limits applied while reading a zip archive. Sizes in the central directory
/// are only claims: every read goes into a bounded buffer and stops at the cap.
public struct ZipLimits: Sendable, Equatable {
    /// Most entries an archive may list (a Word document has a few dozen).
    public var maxEntries: Int
    /// Most bytes one entry may inflate to.
    public var maxEntrySize: Int
    /// Most bytes all entries read from one archive may inflate to, together.
    public var maxTotalSize: Int
    /// Highest inflated/compressed ratio tolerated once an entry passes `ratioThreshold` bytes.
    public var maxCompressionRatio: Int
    /// Below this many inflated bytes the ratio is not checked: small XML compresses very well.
    public var ratioThreshold: Int

    public init(
        maxEntries: Int = 10_000,
        maxEntrySize: Int = 256 << 20,
        maxTotalSize: Int = 1 << 30,
        maxCompressionRatio: Int = 200,
        ratioThreshold: Int = 4 << 20
    ) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioThreshold = ratioThreshold
    }

    public static let `default` = ZipLimits()
}
