import StarlingNative

/// Limits for reading one document. The defaults suit real audit forms by a wide margin;
/// README.md lists them.
public struct ReadOptions: Sendable, Equatable {
    /// Largest file read at all, before unzipping.
    public var maxFileSize: Int
    public var zip: ZipLimits
    public var xml: XMLReadOptions
    public var document: DocumentLimits
    /// Reuse the style sheet and numbering parsed from an earlier form with the same bytes
    /// (see `SharedPartCache`); off only to check that reuse changes nothing.
    public var reusesSharedParts = true

    public init(maxFileSize: Int = 512 << 20, zip: ZipLimits = .default, xml: XMLReadOptions = XMLReadOptions(), document: DocumentLimits = .default) {
        self.maxFileSize = maxFileSize
        self.zip = zip
        self.xml = xml
        self.document = document
    }
}
